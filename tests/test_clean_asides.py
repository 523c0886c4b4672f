"""A standfirst between the page's header and a first paragraph opening on a dateline is the
story's, whether it retells that paragraph or tells more. A rule that took a line there that
tells of something else for a caption (issue 18, round 4) dropped two such standfirsts in the
tune event stories ("The president arrived at MacDill Air Force Base in Tampa before surveying
..."), so it was taken out; these pin the place. Made-up lines, not the development set's.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import page, story_lines

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


def test_a_standfirst_telling_more_than_the_dateline_lead_is_kept() -> None:
    standfirst = "Crews will work through the night so the ferry terminal stays open to visitors"
    kept = story_lines(clean(page(_TITLE, *_HEADER, standfirst, _LEAD, *_REST), ""))
    assert standfirst in kept and _LEAD in kept


def test_a_standfirst_retelling_the_dateline_lead_is_kept() -> None:
    standfirst = "The harbour bridge will close for six weeks while corroded supports are mended."
    kept = story_lines(clean(page(_TITLE, *_HEADER, standfirst, _LEAD, *_REST), ""))
    assert standfirst in kept and _LEAD in kept


def test_the_pages_first_line_over_a_dateline_lead_is_kept() -> None:
    # With no header chrome above it, the line opening the page may be its standfirst.
    standfirst = "Councillors and ferry crews meet to plan a safer crossing."
    kept = story_lines(clean(page(standfirst, _LEAD, *_REST), ""))
    assert standfirst in kept and _LEAD in kept
