"""A speaker's description is the role the article gives them, not the words before it; and a
couple who share a surname are two people."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes
from generator.briefing.speakers import canonical_speakers
from generator.models import Quote
from tests.conftest import found


def across_briefing(*speakers: str) -> dict[str, str]:
    """The name Who said what gives each speaker, when each is given by another article."""
    names = canonical_speakers(
        {
            str(index): [Quote("Words", speaker, "", paragraph=0, start=0, how="after")]
            for index, speaker in enumerate(speakers)
        }
    )
    return {speaker: names[str(index), speaker] for index, speaker in enumerate(speakers)}


@pytest.mark.parametrize(
    ("sentence", "surname", "description"),
    [
        ("Jurors found former president Donald Trump guilty.", "Trump", "former president"),
        ("A judge sentenced President-elect Donald Trump.", "Trump", "President-elect"),
        ("The lineup included NASA Administrator Bill Nelson.", "Nelson", "NASA Administrator"),
        ("King Charles will host US President Donald Trump.", "Trump", "US President"),
        ("date 2023-08-23 Prime Minister Narendra Modi spoke.", "Modi", "Prime Minister"),
        ("A soaked Rishi Sunak spoke outside Downing Street.", "Sunak", ""),
        # What ends like a verb but belongs to the role stays (in lower case: it opened the
        # sentence, and is a common word).
        ("Acting president Jane Roe spoke.", "Roe", "acting president"),
        (
            "Veteran left-wing Labour MP John McDonnell spoke.",
            "McDonnell",
            "Veteran left-wing Labour MP",
        ),
    ],
)
def test_a_role_read_back_from_a_name_stops_at_a_verb_or_a_figure(
    sentence: str, surname: str, description: str
) -> None:
    (quote,) = quotes(f'{sentence} "We will see it through," {surname} said.')
    assert quote.speaker_description == description


def test_a_couple_under_one_title_are_two_people_and_the_surname_alone_neither() -> None:
    text = (
        "President and Melania Trump stepped out of the carriages. The king has commended "
        "President Trump's commitment.\n\n"
        'In his banquet speech, the president praised the prince as an "unbelievable success".'
        '\n\n"It was wonderful," Melania Trump said.'
    )
    praise, wonderful = quotes(text)
    assert praise.speaker != "Melania Trump"
    assert wonderful.speaker == "Melania Trump"


def test_a_name_with_two_particles_is_one_name_with_its_role() -> None:
    text = (
        "European Commission President Ursula von der Leyen met the leaders. "
        '"More effort is needed," von der Leyen said.'
    )
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == (
        "Ursula von der Leyen",
        "European Commission President",
    )


def test_an_adjective_before_a_speaker_is_no_role() -> None:
    text = 'In the pouring rain, a soaked Mr Sunak said "now is the moment" for the country.'
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == ("Sunak", "")


def test_pm_is_a_title_in_an_article_and_across_the_briefing() -> None:
    text = 'Keir Starmer won the vote. PM Starmer said "we will rebuild" the country.'
    (quote,) = quotes(text)
    assert quote.speaker == "Keir Starmer"
    assert set(across_briefing("Keir Starmer", "PM Starmer").values()) == {"Keir Starmer"}


def test_a_clause_before_a_quote_is_no_role_but_a_participle_before_a_noun_is() -> None:
    clause = (
        "After the royal event, Bukingam Palace shared the glimpse of lavish stated banquet on "
        'Instagram, along with the caption, "Anchored by the deep friendship between our people."'
    )
    (quote,) = quotes(clause)
    assert quote.speaker is None
    (quote,) = quotes('An injured passenger said: "We waited for hours."')
    assert quote.speaker == "An injured passenger"


def test_an_organisations_initials_are_its_name_across_the_briefing() -> None:
    names = across_briefing(
        "Indian Space Research Organisation",
        "ISRO",
        "NASA",  # no full name in the briefing: stays as written
        "Anna Frances Price",
        "AFP",  # a person's initials are not her name
    )
    assert names["ISRO"] == "Indian Space Research Organisation"
    assert names["NASA"] == "NASA"
    assert names["AFP"] == "AFP"


@pytest.mark.parametrize(
    ("attribution", "description"),
    [
        ("said Coun. Rick Webber.", "councillor"),
        ("said Cllr. Jane Roe.", "councillor"),
        ("said Det. Supt. Rick Webber.", "detective superintendent"),
        ("Rev. Rick Webber said.", "reverend"),
    ],
)
# Spelled out as a description after a name writes it (descriptions.tidy).
def test_a_title_written_short_is_the_speakers_role_not_the_speaker(
    attribution: str, description: str
) -> None:
    (quote,) = quotes(f'"We will see it through," {attribution}')
    assert quote.speaker != description.rstrip(".")
    assert quote.speaker and quote.speaker.endswith(("Webber", "Roe"))
    assert quote.speaker_description == description


def test_a_subject_after_a_place_is_no_description_of_the_place() -> None:
    text = (
        "Meanwhile, in Springfield, the county health office yesterday denied the rumours.\n\n"
        'The office said: "Always refer to valid sources."'
    )
    assert [speaker for speaker, _ in found(text)] != ["Springfield"]
    text = 'Mark Hill, a physicist who led the study, said: "The results hold."'
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == (
        "Mark Hill",
        "a physicist who led the study",
    )


def test_a_name_typed_and_typeset_is_one_person_in_an_article_and_across_the_briefing() -> None:
    text = 'Judge Eugene O’Kelly adjourned the case.\n\n"We cannot wait," Judge O\'Kelly said.'
    (quote,) = quotes(text)
    assert quote.speaker == "Eugene O’Kelly"
    assert len(set(across_briefing("Eugene O’Kelly", "Eugene O'Kelly").values())) == 1
