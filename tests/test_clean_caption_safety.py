"""Story lines that look like a photo caption by one feature and are the story's by another.

A caption says what the picture shows, at the moment it was taken, in the present: "Firefighters
battle a wildfire near the town on Saturday, July 8, 2017." A story's line with the same date
reports in the past ("The Senate approved ..."), tells what will happen or what happens again
and again ("... visits Kenya next week"), or names a lawmaker's party ("Gov. Jane Doe (R)").
Each test pins both: the caption still goes, the story line of a like shape stays. A headline
tagged "(PHOTOS)" is no caption either: taken for one, the standfirst under it became the headline.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

CAPTION = "photo caption"


def _reasons(*lines: str) -> dict[str, str]:
    return dropped(page(*lines), COUNCIL_TITLE)


@pytest.mark.parametrize(
    "line",
    [
        # Dated as a wire's caption is, and in the past: a report.
        "The Senate approved the measure on third and final reading on Monday, June 3, 2024.",
        "Residents queued for water in Harare, the capital, on Tuesday, June 4, 2024.",
        "The summit was held at the Great Hall of the People on March 22, 2018 in Beijing, China.",
        # In the present, but of a time ahead or a habit, not of a picture's moment.
        "Prime Minister Jane Doe visits Kenya next week for talks on trade and security.",
        "Jane Doe attends church every Sunday with her family.",
        # A lawmaker's party, not where someone stands.
        "Gov. Ron Smith (R) signed the bill into law on Monday.",
        "The measure passed 52-48, with Sen. Susan Collins (R) joining Democrats.",
    ],
)
def test_a_story_line_dated_or_marked_as_captions_are_is_kept(line: str) -> None:
    for lines in (
        (line, *COUNCIL_STORY),  # the lead under the headline
        (*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:]),  # a paragraph inside the story
    ):
        assert line not in _reasons(*lines)


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters battle a wildfire near Oroville, Calif., on Saturday, July 8, 2017.",
        "Jane Doe speaks at a rally in Lyon on Monday, June 3, 2024.",
        "The governor's aide Jane Doe (R) greets supporters at a rally in Lyon.",
        "Jane Doe (R) and Kim Lee shake hands at the palace.",
    ],
)
def test_a_caption_in_the_present_or_placing_people_is_still_dropped(caption: str) -> None:
    lines = (*COUNCIL_STORY[:2], caption, *COUNCIL_STORY[2:])
    assert _reasons(*lines).get(caption) == CAPTION


def test_a_standfirst_in_the_past_over_a_picture_is_kept() -> None:
    """Under the headline, above a picture's caption and credit, a short sentence ending on a
    weekday: in the past it is the standfirst; in the present, the picture's second caption."""
    standfirst = "Residents were evacuated from nearby buildings on Monday."
    picture = ("Jane Doe speaks at a rally in Lyon.", "Getty Images")
    assert standfirst not in _reasons(standfirst, *picture, *COUNCIL_STORY)
    second_caption = "Rescue workers search the rubble on Monday."
    assert _reasons(second_caption, *picture, *COUNCIL_STORY).get(second_caption) == CAPTION


def test_a_wire_paragraph_signed_with_its_agency_above_reader_comments_is_kept() -> None:
    """A story's last paragraph ending on "(Agency)" reports; a reader's remark under it is no
    paragraph of the story that would make it a caption in the middle of the text."""
    signed = "The two sides agreed to hold the next round of talks in Beijing. (Xinhua)"
    remark = "This is a great step forward for both countries and I hope it works out well."
    assert signed not in _reasons(*COUNCIL_STORY, signed, "Comments", remark)
    assert signed not in _reasons(*COUNCIL_STORY[:2], signed, *COUNCIL_STORY[2:])
    caption = "Crowds gather in the harbour on Saturday. (AP)"
    lines = (*COUNCIL_STORY[:2], caption, *COUNCIL_STORY[2:])
    assert _reasons(*lines).get(caption) == CAPTION


@pytest.mark.parametrize(
    "headline",
    [
        "Council backs ferry terminal plan after long debate (PHOTOS)",  # a headline's tag
        "Council said to back ferry terminal plan after long debate",  # a headline's passive
    ],
)
def test_a_headline_with_a_tag_or_said_to_is_taken_over_the_standfirst(headline: str) -> None:
    """With no title given, the headline is the page's: the standfirst under it stays text."""
    standfirst = "Opponents warn of the cost of dredging as the terminal plan passes"
    result = clean(page(headline, standfirst, *COUNCIL_STORY), "")
    assert result.headline == headline
    assert standfirst not in {removed.line for removed in result.removed}
