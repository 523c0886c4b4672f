"""Where the words around a quote say it is not its nearest speaker's own, the quote is
unattributed: a wrong speaker is worse than none (issue 19). And where they name an
institution plainly ("the Dutch presidency"), it speaks."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes
from tests.conftest import speakers_of


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote holding `words` (that quote must be extracted)."""
    found = [quote for quote in quotes(text) if words in quote.text]
    assert found, [quote.text for quote in quotes(text)]
    return found[0].speaker


@pytest.mark.parametrize(
    "text",
    [
        # A speech verb said not to have been used: the words are what was not said.
        'Councillor Ines Varga denied ever calling the budget "a shambles" at the hearing.',
        "Ines Varga said she had never met the auditor, let alone told him that the books were"
        ' "cooked beyond repair".',
        # The content of someone else's claim.
        'Ines Varga said she was answering claims by Piet Dorn that she had been "hiding the'
        ' figures".',
        'Ines Varga dismissed allegations that her office was "a closed shop".',
        # Someone else's words quoted or cited.
        'Ines Varga quoted Nelson Mandela: "It always seems impossible until it is done."',
        'Ines Varga wrote that the plan failed, citing his "total disregard for the rules".',
        # A text of another's, read out or shared.
        'Ines Varga read out a letter from Piet Dorn: "The harbour must stay open to all."',
        'Ines Varga shared Piet Dorn\'s post on Friday: "The harbour must stay open to all."',
        # The question's words, not the answer's.
        'Ines Varga, asked whether the harbour was "finished for good", shook her head.',
        'The mayor, Ines Varga, asked about the "harbour scandal" and got no answer.',
    ],
)
def test_words_that_are_not_the_nearest_speakers_own_are_unattributed(text: str) -> None:
    assert all(speaker is None for speaker in speakers_of(text, ""))


def test_a_relative_who_after_a_name_is_that_name() -> None:
    text = 'Ines Varga replied to Piet Dorn, who had said the plan was "doomed from the start".'
    assert speaker_of(text, "doomed") == "Piet Dorn"


def test_an_institution_named_by_its_country_speaks() -> None:
    text = (
        "The ministers meet in Lyon on Monday.\n\n"
        '"The talks will turn to the price of grain and to shipping lanes," added the Dutch'
        " presidency."
    )
    assert speaker_of(text, "price of grain") == "Dutch presidency"


@pytest.mark.parametrize(
    "subject",
    ["the presidency", "the foreign ministry", "the government"],
)
def test_an_institution_with_no_country_stays_unattributed(subject: str) -> None:
    text = f'"The talks will turn to the price of grain and to shipping lanes," added {subject}.'
    assert speaker_of(text, "price of grain") is None


def test_own_words_cited_right_before_the_quote_stay_the_speakers() -> None:
    text = (
        'Ines Varga called herself "a harbour girl" in her memoir, citing "the salt, the nets'
        ' and the long nights of my childhood".'
    )
    assert speaker_of(text, "salt") == "Ines Varga"
