"""Tests for what a lead leaves out before the story's words (issue 18, cleaning round 15): a
credited dateline however its dash is spaced, a date before the credit, a standfirst above
the paragraph that opens on a dateline, a section's label glued before a paragraph."""

from __future__ import annotations

import pytest

from generator.analysis.summary import lead

_STORY = "The island ferry returned to service on Monday after a week of storms."


@pytest.mark.parametrize(
    "opening",
    [
        "(HARBOUR NEWS)\u2014",
        "(Harbour News) -- ",
        "OSLO (AFP)--",
        "March 12 (UPI) -- ",
        "Oct. 7, 2024 (Reuters) \u2013 ",
    ],
)
def test_a_lead_leaves_out_a_credited_dateline_however_its_dash_is_spaced(opening: str) -> None:
    assert lead(f"{opening}{_STORY} Crews cheered.") == f"{_STORY} Crews cheered."


def test_a_lead_starts_at_the_paragraph_that_opens_on_a_credited_dateline() -> None:
    standfirst = '"We are back," the captain said Monday.'
    text = f"{standfirst}\n\n(HARBOUR NEWS)\u2014{_STORY}\n\nCrews cheered."
    assert lead(text) == f"{_STORY} Crews cheered."


def test_a_lead_over_a_second_dateline_keeps_its_first_sentences() -> None:
    text = f"OSLO (AFP) - {_STORY}\n\nBERGEN (AFP) - Crews cheered on the quay."
    assert lead(text) == f"{_STORY} Crews cheered on the quay."


def test_a_lead_leaves_out_a_sections_label_glued_before_a_paragraph() -> None:
    text = f"The ferry company agreed to buy two new boats.\n\nWhat Happened: {_STORY}"
    assert lead(text) == f"The ferry company agreed to buy two new boats. {_STORY}"
    assert lead(f"Why it matters: {_STORY}") == _STORY


def test_a_speakers_name_before_a_colon_stays_in_the_lead() -> None:
    text = f"Captain Berg: {_STORY}"
    assert lead(text) == text
