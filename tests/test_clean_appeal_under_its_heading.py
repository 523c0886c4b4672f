"""A donation appeal closing the page under its own heading goes whole; a story section under
a heading of like words stays."""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import dropped, page, story_lines

_STORY = (
    "The orchard cooperative signed a deal with two supermarkets on Thursday, its chair said.",
    "Growers will be paid a fixed price for apples for three seasons under the agreement.",
    "The first deliveries are due in September, when the harvest begins in the valley.",
)
_TITLE = "Orchard cooperative signs supermarket deal"
_APPEAL = (
    "Help Fund Independent Journalism",
    "Without readers like you, none of this reporting would be possible.",
    "The Valley Courier answers to nobody but its readers. We report what we see.",
    "Give what you can, once or every month.",
    "Good reporting is a public good.",
    "Stay in touch by following us on social media",
)


def test_an_appeal_under_its_heading_at_the_foot_goes_whole() -> None:
    removed = dropped(page(*_STORY, *_APPEAL), _TITLE)
    assert set(_APPEAL) <= set(removed)
    assert story_lines(clean(page(*_STORY, *_APPEAL), _TITLE)) == list(_STORY)


def test_a_story_section_under_a_heading_of_like_words_stays() -> None:
    section = (
        "Support local journalism",
        "The county voted on Monday to fund two reporters at the weekly paper for a year.",
        "Printing costs have doubled since 2020, the paper's owner told the meeting.",
    )
    result = clean(page(*_STORY, *section), _TITLE)
    assert story_lines(result)[-2:] == list(section[1:])  # the heading is a call to action


def test_a_closing_line_of_like_words_with_no_heading_stays() -> None:
    told = "Good reporting is a public good, the cooperative's chair said in her statement."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]
