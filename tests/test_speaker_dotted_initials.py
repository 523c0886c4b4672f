"""A name written with dotted initials ("P.J. Moreno", "J.T. Okafor") is a person's, with the
role before it as the description; a place's initials before a word ("U.S. Steel") are not."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


@pytest.mark.parametrize(
    "text",
    [
        '"The talks were constructive," Harbour Board spokesman P.J. Moreno told reporters.',
        'Harbour Board spokesman P.J. Moreno said the talks were "constructive and frank."',
    ],
)
def test_dotted_initials_and_a_surname_name_the_speaker_apart_from_the_role(text: str) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == ("P.J. Moreno", "Harbour Board spokesman")


def test_a_place_s_initials_before_a_word_stay_an_organisation() -> None:
    (quote,) = quotes('"We will build the new mill," U.S. Steel said in a statement.')
    assert quote.speaker == "U.S. Steel"
