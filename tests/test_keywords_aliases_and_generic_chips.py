"""Keyword chips a new user met on a state-visit briefing: aliases, broken names, generic words."""

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords

_FILLER = (
    "The delegation toured the harbour district and the old observatory. "
    "Engineers from the Kestrel Foundation presented a tidal turbine prototype. "
    "Local farmers discussed irrigation quotas with the visiting ministers. "
)


def test_a_first_name_stays_itself_where_the_article_never_names_the_other_person():
    texts = [
        "Nadia Ferrante carried a Marisol Elizabeth handbag. Marisol Elizabeth is a label.",
        "He recalled his late mother, Queen Elizabeth, and her visit in 1957.",
    ]
    unified = unify_spellings([("Marisol Elizabeth",), ("Elizabeth",)], texts)
    assert unified == [("Marisol Elizabeth",), ("Elizabeth",)]


def test_a_surname_still_takes_the_full_name_the_article_gives():
    texts = ["Talia Brennick spoke first.", "Talia Brennick arrived. Brennick said so."]
    unified = unify_spellings([("Talia Brennick",), ("Brennick",)], texts)
    assert unified == [("Talia Brennick",), ("Talia Brennick",)]


def test_a_name_in_capitals_is_shown_as_another_article_writes_it():
    texts = ["The IRON GULL sailed. The IRON GULL docked. IRON GULL", "The Iron Gull sailed."]
    unified = unify_spellings([("IRON GULL",), ("Iron Gull",)], texts)
    assert unified == [("Iron Gull",), ("Iron Gull",)]


def _keywords(text: str) -> tuple[str, ...]:
    return extract_keywords("Visit to the coast", text)


def test_a_place_after_a_title_and_of_is_no_part_of_the_name():
    text = (
        "The Mayor of Leeds Tobin Varga greeted the guests at the harbour. "
        "Tobin Varga later hosted a dinner for the Kestrel Foundation engineers. " + _FILLER * 2
    )
    keywords = _keywords(text)
    assert "Tobin Varga" in keywords
    assert not any("Leeds Tobin" in keyword for keyword in keywords)


def test_a_name_is_not_cut_before_its_number():
    text = (
        "The Royal Navy Type 23 frigate Iron Gull escorted the ship. "
        "Sailors of the Royal Navy Type 23 frigate waved from the deck. " + _FILLER * 2
    )
    assert not any(keyword.endswith("Type") for keyword in _keywords(text))


def test_a_form_of_address_is_no_keyword():
    text = (
        "Their Majesties arrived at the harbour. Their Majesties then met the engineers. "
        "Crowds cheered Their Majesties on the quay. " + _FILLER * 2
    )
    assert "Majesties" not in _keywords(text)


def test_a_lone_word_no_other_article_carries_is_no_chip():
    texts = [f"Story {n} about the harbour." for n in range(4)]
    lists = [
        ("Kestrel Foundation", "plane", "welcomed", "postponed"),
        ("tidal turbine", "postponed"),
        ("Tobin Varga",),
        ("Iron Gull",),
    ]
    unified = unify_spellings(lists, texts)
    assert unified[0] == ("Kestrel Foundation", "postponed")


def test_a_common_word_most_of_the_briefing_uses_is_no_chip():
    texts = [f"The French delegation met engineers in town number {n}." for n in range(4)]
    lists = [("French", "Kestrel Foundation"), ("tidal turbine",), ("harbour",), ("quotas",)]
    unified = unify_spellings(lists, texts)
    assert unified[0] == ("Kestrel Foundation",)


def test_a_common_word_stays_in_a_briefing_of_three():
    texts = [f"The French delegation met engineers in town number {n}." for n in range(3)]
    unified = unify_spellings([("French", "Kestrel Foundation"), ("harbour",), ("quotas",)], texts)
    assert unified[0] == ("French", "Kestrel Foundation")


def test_a_name_takes_the_one_longer_name_that_adds_a_noun_to_it():
    texts = ["Guests reached the Verlaine Palace; the palace was lit.", "The Verlaine said no."]
    unified = unify_spellings([("Verlaine Palace",), ("Verlaine",)], texts)
    assert unified == [("Verlaine Palace",), ("Verlaine Palace",)]
