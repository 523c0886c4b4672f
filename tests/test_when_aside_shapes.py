"""A name's comma opens an aside only when it is the sentence's first comma and a participle
in "-ed" follows ("Morrow, dismissed on Friday, was reinstated"); a comma that closes an
aside, or a simple past after it, leaves the date the news's own. A told clause keeps a date
from looking ahead only when the date stands inside it ("will tour, her office said, on
Friday" is a Friday to come)."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.when import described_day

THURSDAY = datetime.date(2031, 6, 5)
TUESDAY = datetime.date(2031, 6, 3)
FRIDAY = datetime.date(2031, 6, 6)


@pytest.mark.parametrize(
    "lead",
    [
        # The comma after the name closes an aside that opened before it.
        "The cargo barge Tallis, registered in Norway, struck the Varde pier on Tuesday, the "
        "harbour board said.",
        # ... and "struck" after it is a simple past, the sentence's own verb.
        "The ferry, Kestrel, struck the Varde pier on June 3, injuring two deckhands.",
    ],
)
def test_a_verb_after_a_name_that_opens_no_aside_dates_the_news(lead: str) -> None:
    assert described_day("Barge hits Varde pier", lead, lead, THURSDAY).day == TUESDAY


def test_a_participle_after_the_first_comma_still_opens_an_aside() -> None:
    lead = "Ada Morrow, dismissed on Tuesday by the board, was reinstated by the harbour council."
    assert described_day("Morrow reinstated", lead, lead, THURSDAY).day == THURSDAY


def test_a_date_after_a_closed_told_clause_looks_ahead() -> None:
    lead = "The mayor will tour the Varde pier, her office said, on Friday to meet the crews."
    when = described_day("Mayor to tour Varde pier", lead, lead, THURSDAY)
    assert (when.day, when.preview) == (THURSDAY, True)
    assert "6 June" in when.basis  # looking ahead to the Friday to come, not the one gone


def test_a_date_inside_the_told_clause_is_the_telling_day() -> None:
    lead = "The pier will reopen next month, her office said on Tuesday."
    assert described_day("Varde pier to reopen", lead, lead, THURSDAY).day == TUESDAY
