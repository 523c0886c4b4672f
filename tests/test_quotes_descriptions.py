"""A speaker's description is a role the text gives them (a title before the name, an
apposition), never a fragment of the sentence around the name; when in doubt, none."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


@pytest.mark.parametrize(
    ("sentence", "surname", "description"),
    [
        # A verb after "to" is no role: only the title stays.
        ("The idea to seat Senator Mara Quist first came late.", "Quist", "Senator"),
        ("Organisers will greet Mayor Ivo Brandt at noon.", "Brandt", "Mayor"),
        # A role opening after "to" stays.
        ("The letter went to former Governor Ivo Brandt.", "Brandt", "former Governor"),
        # "of" after a word that is no role: the words before it are the sentence's.
        (
            "Those were the thoughts of Dutch Prime Minister Piet Vos.",
            "Vos",
            "Dutch Prime Minister",
        ),
        ("She met the chief of staff Ana Lind.", "Lind", ""),
        # A time word ends a role read back from a name.
        ("Last month BBC presenter Pia Dahl spoke out.", "Dahl", "BBC presenter"),
        # A capital article opening the sentence is the description's "the".
        (
            "The port authority's director Lena Ortiz spoke.",
            "Ortiz",
            "the port authority's director",
        ),
    ],
)
def test_a_description_is_a_role_not_the_sentence_around_the_name(
    sentence: str, surname: str, description: str
) -> None:
    (quote,) = quotes(f'{sentence} "We will see it through," {surname} said.')
    assert quote.speaker_description == description


def test_a_possessive_alone_or_an_adjective_after_an_article_is_no_description() -> None:
    (quote,) = quotes('Ohio’s Tom Reed said, "We will see it through."')
    assert (quote.speaker, quote.speaker_description) == ("Tom Reed", "")
    text = 'Ivo Brandt heard the case. "Are you serious about this?" asked a puzzled Brandt.'
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == ("Ivo Brandt", "")


@pytest.mark.parametrize(
    ("sentence", "surname", "description"),
    [
        # A common word capitalised only because it opened the sentence.
        ("Part-time resident Ivo Brandt waved.", "Brandt", "part-time resident"),
        # A trailing abbreviated title, spelled out.
        ("Democratic Gov. Mara Quist waved.", "Quist", "Democratic governor"),
        # A name's capital stays: a nationality, a place, an office's name.
        ("Danish Prime Minister Piet Vos waved.", "Vos", "Danish Prime Minister"),
        ("Deputy Minister Ana Lind waved.", "Lind", "Deputy Minister"),
        ("Then Col. Ana Lind waved.", "Lind", "colonel"),
    ],
)
def test_a_description_reads_as_one_after_a_name(
    sentence: str, surname: str, description: str
) -> None:
    (quote,) = quotes(f'{sentence} "We will see it through," {surname} said.')
    assert quote.speaker_description == description


def test_a_speaker_has_one_description_in_an_article_the_fullest() -> None:
    text = (
        'Board chair Ivo Brandt said: "The quay opens in May."\n\n'
        'City board chair Ivo Brandt added: "The ferries will follow in June."'
    )
    assert {quote.speaker_description for quote in quotes(text)} == {"city board chair"}


def test_a_role_written_in_capitals_is_written_in_lower_case() -> None:
    text = 'A HARBOUR PILOT has described the new quay as "a danger to every ship".'
    (quote,) = quotes(text)
    assert quote.speaker == "A harbour pilot"
