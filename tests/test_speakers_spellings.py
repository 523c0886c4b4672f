"""One speaker across a briefing for an organisation's near-identical spellings and its
initials; two people whose names differ by a letter stay two."""

from __future__ import annotations

from generator.briefing.speakers import canonical_speakers
from generator.models import Quote


def across_briefing(*speakers: str) -> dict[str, str]:
    """The briefing's name for each speaker, each given by an article of its own."""
    names = canonical_speakers(
        {
            str(index): [Quote("Words", speaker, "", paragraph=0, start=0, how="after")]
            for index, speaker in enumerate(speakers)
        }
    )
    return {speaker: names[str(index), speaker] for index, speaker in enumerate(speakers)}


def test_an_organisations_spellings_and_initials_are_one_speaker() -> None:
    names = across_briefing(
        "Nepal Mountain Rescue Organisation",
        "Nepali Mountain Rescue Organisation",
        "NMRO",
        "Nepal Mountain Rescue Organisation",
    )
    assert set(names.values()) == {"Nepal Mountain Rescue Organisation"}


def test_ministry_spellings_of_one_word_are_one_speaker() -> None:
    names = across_briefing("Ministry of Defence", "Ministry of Defense")
    assert len(set(names.values())) == 1


def test_two_organisations_a_word_apart_stay_two() -> None:
    names = across_briefing("Kenya Ports Authority", "Kenya Power Authority")
    assert names == {
        "Kenya Ports Authority": "Kenya Ports Authority",
        "Kenya Power Authority": "Kenya Power Authority",
    }


def test_two_people_a_letter_apart_stay_two() -> None:
    names = across_briefing(
        "Jon Smithers", "John Smithers", "Mara Ellis Grant", "Maria Ellis Grant"
    )
    assert len(set(names.values())) == 4


def test_a_titled_name_and_the_bare_name_no_full_name_holds_are_one_speaker() -> None:
    names = across_briefing("Queen Maren", "Maren", "Queen Maren", "Doctor Vasko")
    assert names["Maren"] == names["Queen Maren"] == "Queen Maren"
    assert names["Doctor Vasko"] == "Doctor Vasko"


def test_a_bare_name_a_full_name_holds_still_goes_to_that_person() -> None:
    names = across_briefing("President Tarvo", "Tarvo", "Ilse Tarvo")
    assert set(names.values()) == {"Ilse Tarvo"}


def test_a_sole_office_as_a_role_is_the_one_speaker_the_briefing_titles_so() -> None:
    names = across_briefing("The King", "King Albert", "Queen Maren", "Queen Ilse", "The Queen")
    assert names["The King"] == "King Albert"
    assert names["The Queen"] == "The Queen"  # two queens: which one is not said


def test_a_country_spelled_three_ways_opens_one_organisation() -> None:
    names = across_briefing(
        "U.S. Harbour Patrol",
        "United States Harbour Patrol",
        "US Harbour Patrol",
        "US Harbour Patrol",
    )
    assert set(names.values()) == {"US Harbour Patrol"}


def test_an_organisation_without_its_country_joins_the_one_that_has_it() -> None:
    names = across_briefing("U.S. Harbour Patrol", "United States Harbour Patrol", "Harbour Patrol")
    assert len(set(names.values())) == 1
