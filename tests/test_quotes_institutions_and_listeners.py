"""Quotes round 5: an institution named by the first word of its name or by its noun, forms of
address, the one spoken to, a phrase about something of a person's, and a dateline or a day
before a description."""

from __future__ import annotations

from generator.analysis.quotes import quotes
from tests.conftest import speaker_of


def test_the_first_word_of_an_institutions_name_stands_for_it() -> None:
    text = (
        "Queen Mathilde had been due to travel to Lisbon, the Belem Palace said on Friday.\n\n"
        "Queen Mathilde had planned three days in the capital.\n\n"
        '"The trip will be rescheduled as soon as possible," the Belem said in a statement.'
    )
    assert speaker_of(text, "rescheduled") == "Belem Palace"


def test_an_accented_first_word_of_an_institution_stands_for_it() -> None:
    text = (
        "The Zélie Palace said the president had spoken to the queen by phone.\n\n"
        '"The trip will be rescheduled as soon as possible," said the Zélie.'
    )
    assert speaker_of(text, "rescheduled") == "Zélie Palace"


def test_the_palace_is_the_one_named_nearest_when_the_article_names_two() -> None:
    text = (
        "The Zélie Palace said the trip was off.\n\n"
        'Windmere Palace, the royal residence, confirmed the trip was "postponed". '
        '"Their hosts look forward to a new date," the palace said.'
    )
    assert speaker_of(text, "new date") == "Windmere Palace"


def test_a_form_of_address_is_no_name() -> None:
    text = (
        "King Albert toured the harbour on Monday.\n\n"
        'His Majesty said, "My parents came here in the spring of their wedding year."'
    )
    assert speaker_of(text, "My parents") != "Majesty"
    assert speaker_of(text, "My parents") not in ("His Majesty", "Majesty")


def test_the_one_told_is_not_the_speaker_of_a_phrase_after() -> None:
    text = (
        "A few moments later, Albert II addressed the assembly for his traditional toast, "
        "juggling between French, which he speaks fluently, and English. \u201cIt is up to all "
        "of us to renew our friendship so that it can meet the challenges of this century,"
        "\u201d he told Mr. Dupont, calling for a \u201crebirth\u201d of the old alliance, "
        "whose anniversary falls next April."
    )
    assert speaker_of(text, "rebirth") != "Dupont"


def test_the_office_of_a_named_president_is_not_the_president() -> None:
    text = (
        "President Jean Dupont welcomed the plan.\n\n"
        "In Paris, the office of French President Jean Dupont said the visit was "
        '"an honour for France at a time of great sporting events".'
    )
    assert speaker_of(text, "an honour") != "Jean Dupont"


def test_a_spokesman_for_a_named_president_is_not_the_president() -> None:
    text = 'A spokesman for President Jean Dupont said: "The talks went well, all things told."'
    assert speaker_of(text, "The talks") != "Jean Dupont"


def test_a_datelines_place_is_no_part_of_a_description() -> None:
    text = (
        'OSLO, Norway -- President Jane Roe said Sunday that the trip was "a turning point".\n\n'
        '"We have an opportunity to strengthen our ties," Roe said.'
    )
    described = {q.speaker: q.speaker_description for q in quotes(text)}
    assert described == {"Jane Roe": "President"}


def test_a_day_of_the_week_is_no_part_of_a_description() -> None:
    text = (
        "Before leaving on Monday President Jane Roe laid a wreath.\n\n"
        '"I miss him. He was a good friend," Roe said.'
    )
    described = {q.speaker: q.speaker_description for q in quotes(text)}
    assert described == {"Jane Roe": "President"}
