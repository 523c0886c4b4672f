"""Tests for the cleaning rules of issue 18 written for classes rather than sites: a pair of
headlines about other stories, a lone headline under the story, a bar of buttons, a caption in
the present tense.

Each test pins a class of boilerplate (made-up lines, not the development set's) and a story
line of a like shape that the cleaner must keep.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
TEASER = "related-article teaser"


def _dropped(raw: str, title: str = _TITLE) -> dict[str, str]:
    return dropped(raw, title)


def test_two_headlines_in_a_row_about_other_stories_are_teasers() -> None:
    pair = ("Teenager wins national chess title", "Bakery chain shuts last city branch")
    assert _dropped(page(*_STORY[:2], *pair, *_STORY[2:])) == dict.fromkeys(pair, TEASER)
    # Two subheadings in a row that name the story's own subject stay.
    heads = ("Terminal rebuilding plans", "Councillors split over the harbour money")
    lines = (*_STORY[:2], *heads, *_STORY[2:])
    assert story_lines(clean(page(*lines), _TITLE)) == list(lines)


def test_a_sentence_broken_across_lines_is_no_pair_of_headlines() -> None:
    broken = ('The leader repeated her promise from the spring that "', "Nobody Gets Left Behind")
    lines = (*_STORY[:2], *broken, '", she told the chamber.', *_STORY[2:])
    assert not _dropped(page(*lines))


def test_a_lone_headline_under_the_story_that_uses_none_of_its_words_is_a_teaser() -> None:
    lone = "Teenager wins national chess title"
    assert _dropped(page(*_STORY, lone, "Advertisement")) == {
        lone: TEASER,
        "Advertisement": "advertisement",
    }
    # Under the story, a line naming its subject is left to the other rules; and the page's last
    # line right under the story may be its next sentence, cut off by the scraper.
    near = "Ferry terminal rebuilding costs questioned by council"
    assert near not in _dropped(page(*_STORY, near, "Advertisement"))
    assert lone not in _dropped(page(*_STORY, lone))


def test_a_subheading_with_little_substance_is_not_a_lone_headline() -> None:
    heading = "What the two sides now say"
    lines = (*_STORY, heading, "Share")
    assert heading not in _dropped(page(*lines))


@pytest.mark.parametrize(
    "bar",
    ["Listen 4:32", "Next article »", "« Previous", "Download PDF", "Add to favourites", "Yes No"],
)
def test_a_line_of_buttons_is_a_page_widget(bar: str) -> None:
    assert _dropped(page(*_STORY[:2], bar, *_STORY[2:])) == {bar: "page widget"}


@pytest.mark.parametrize(
    "told",
    [
        "Next steps for the harbour",  # a subheading: "steps", "harbour" are no buttons
        "Read the council's full report.",  # a sentence
    ],
)
def test_a_story_line_with_a_button_word_is_kept(told: str) -> None:
    lines = (*_STORY[:2], told, *_STORY[2:])
    assert story_lines(clean(page(*lines), _TITLE)) == list(lines)


@pytest.mark.parametrize(
    "caption",
    [
        "Maria Ostend attends a council meeting in Wexmoor.",
        "Harbour Master Tom Reed poses beside the old terminal sign.",
        "Storm water is seen pouring over the harbour wall.",
        "The old ferry terminal, pictured in 2019.",
    ],
)
def test_a_caption_in_the_present_is_dropped(caption: str) -> None:
    assert _dropped(page(caption, *_STORY)) == {caption: "photo caption"}


@pytest.mark.parametrize(
    "told",
    [
        "Maria Ostend attended the meeting in Wexmoor and spoke first.",  # the past: a story's
        "What is seen as a threat to the harbour is the silt, engineers said.",
        "Maria Ostend visits the flooded terminal",  # a headline in the present: no full stop
    ],
)
def test_a_story_line_like_a_caption_in_the_present_is_kept(told: str) -> None:
    lines = (*_STORY[:2], told, *_STORY[2:])
    assert told in story_lines(clean(page(*lines), _TITLE))
