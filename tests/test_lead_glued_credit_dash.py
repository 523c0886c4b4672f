"""A wire dateline whose hyphen a scraper glued to the first word ("LYON (Reuters) -The city
...") is a dateline all the same: the lead starts after it."""

from __future__ import annotations

import pytest

from generator.analysis.summary import lead


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("VARDE (Reuters) -The harbour board closed the ferry quay on Monday.", "The harbour"),
        ("VARDE (AFP) -A ferry ran aground off the harbour on Monday.", "A ferry"),
    ],
)
def test_the_lead_starts_after_a_dateline_whose_hyphen_touches_the_sentence(
    text: str, first: str
) -> None:
    assert lead(text).startswith(first)


def test_a_hyphen_inside_a_sentence_after_a_bracket_is_no_dateline() -> None:
    text = "Shares of the harbour company (HRB) -rose 4 per cent on Monday."
    assert lead(text).startswith("Shares")
