"""Letters after a name ("Jane Doe MP") make a speaker of the name; after a constituency
("Leeds North MP", a place and a word dividing it into seats) they name a seat's member, who
is no "Leeds North": the quote is left without a speaker rather than given to a place."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


def _said(text: str) -> tuple[str | None, str]:
    found = quotes(text)
    assert len(found) == 1
    return found[0].speaker, found[0].speaker_description


@pytest.mark.parametrize("seat", ["Leeds North", "East Ham", "Glasgow", "Bristol South-West"])
def test_a_constituency_before_mp_is_no_speaker(seat: str) -> None:
    assert _said(f'"We will reopen the library," {seat} MP said.')[0] is None


def test_a_name_before_mp_is_the_speaker() -> None:
    assert _said('"We will reopen the library," Jane Doe MP said.') == ("Jane Doe", "MP")
