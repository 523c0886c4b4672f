"""A quotation whose own verb has its own subject ('"...," strikers shouted') is not given to
the source an "according to" of the same sentence names: that source reported it."""

from __future__ import annotations

from tests.conftest import speakers


def test_the_reporting_source_is_not_the_speaker_of_a_quote_with_its_own_subject() -> None:
    text = (
        "Hundreds of dock workers marched to the port gates on Thursday.\n\n"
        '"We will not load a single ship this week," strikers shouted at the gates, '
        "according to Mayor Jane Okoro's office."
    )
    assert speakers(text) == [None]


def test_according_to_still_gives_a_quote_with_no_verb_of_its_own() -> None:
    text = (
        "Hundreds of dock workers marched to the port gates on Thursday.\n\n"
        'The stoppage was "the longest the port has seen in thirty years," according to '
        "Mira Castell, the port's director."
    )
    assert speakers(text) == ["Mira Castell"]
