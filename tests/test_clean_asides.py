"""Tests for a caption found by its place (issue 18, round 4): one line alone between the
page's header chrome and a first paragraph that opens on a dateline, telling of something else
than that paragraph (`captions._aside_over_dateline`).

Made-up lines, not the development set's: the caption, and a standfirst of a like shape in the
same place that retells the lead and must stay.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import dropped, page, story_lines

_TITLE = "Harbour bridge to close for repairs after inspection"
_HEADER = ("By Jane Roe", "Updated 3 March 2025, 10:12")
_LEAD = (
    "PORTMERE, Wales (Coastal News) - The harbour bridge will close for six weeks from Monday "
    "after an inspection found corroded supports under its eastern span, the county said."
)
_REST = (
    "Engineers said the supports had worn faster than expected because of salt spray, and that "
    "heavy lorries had added to the strain over the past decade.",
    "Drivers will be sent along the coastal road, which adds about twenty minutes to the trip, "
    "while a shuttle boat will carry people on foot across the water.",
)
CAPTION = "photo caption"


def test_a_line_about_something_else_over_a_dateline_lead_is_a_caption() -> None:
    caption = "Fishing boats wait at the quay at sunrise."
    found = dropped(page(_TITLE, *_HEADER, caption, _LEAD, *_REST), "")
    assert found.get(caption) == CAPTION
    assert _LEAD in story_lines(clean(page(_TITLE, *_HEADER, caption, _LEAD, *_REST), ""))


def test_a_standfirst_retelling_the_dateline_lead_is_kept() -> None:
    standfirst = "The harbour bridge will close for six weeks while corroded supports are mended."
    kept = story_lines(clean(page(_TITLE, *_HEADER, standfirst, _LEAD, *_REST), ""))
    assert standfirst in kept and _LEAD in kept


def test_the_pages_first_line_over_a_dateline_lead_is_kept() -> None:
    # With no header chrome above it, the line opening the page may be its standfirst.
    standfirst = "Councillors and ferry crews meet to plan a safer crossing."
    kept = story_lines(clean(page(standfirst, _LEAD, *_REST), ""))
    assert standfirst in kept and _LEAD in kept
