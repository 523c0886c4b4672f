"""Tests for the cleaning rules of issue 18 that read a line's place rather than its words: a
list of headlines about other stories, a headline after a short label in any language, a short
label between two lines of the page's chrome.

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
BETWEEN_CHROME = "short line between page chrome"


def _kept(*lines: str) -> list[str]:
    return story_lines(clean(page(*lines), _TITLE))


def test_a_list_of_headlines_about_other_stories_is_a_block_of_links() -> None:
    links = ("- Teenager wins national chess title", "- Bakery chain shuts last city branch")
    found = dropped(page(*_STORY[:2], *links, *_STORY[2:]), _TITLE)
    assert found == dict.fromkeys(links, TEASER)
    # Under the story's last paragraph, with no heading over it, too.
    assert dropped(page(*_STORY, *links), _TITLE) == dict.fromkeys(links, TEASER)


@pytest.mark.parametrize(
    "items",
    [
        # The story's own list, introduced by a sentence of its own, on its topic or not.
        (
            "The council also agreed to fund these projects:",
            "- Rural bus shelters",
            "- A new chess club",
        ),
        # A list of the story's own points, which use its words.
        ("- New ferry berths at the terminal", "- The coastal road reopened to traffic"),
    ],
)
def test_a_list_the_story_introduces_or_that_names_its_subject_is_kept(
    items: tuple[str, ...],
) -> None:
    lines = (*_STORY[:2], *items, *_STORY[2:])
    assert _kept(*lines) == [line.removeprefix("- ") for line in lines]


@pytest.mark.parametrize("label", ["Ook interessant", "Weiterlesen", "Elsewhere today"])
def test_a_headline_after_a_short_label_about_another_story_is_a_link(label: str) -> None:
    link = f"{label}: Bakery chain shuts last city branch"
    assert dropped(page(*_STORY[:2], link, *_STORY[2:]), _TITLE) == {link: TEASER}


def test_a_labelled_subheading_about_the_story_is_kept() -> None:
    heading = "Next steps: Councillors weigh the harbour dredging money"
    lines = (*_STORY[:2], heading, *_STORY[2:])
    assert _kept(*lines) == list(lines)


def test_a_short_label_between_two_lines_of_chrome_goes_with_them() -> None:
    label = "Wexmoor Radio Club"
    lines = (*_STORY[:2], "Advertisement", label, "Share", *_STORY[2:])
    assert dropped(page(*lines), _TITLE) == {
        "Advertisement": "advertisement",
        label: BETWEEN_CHROME,
        "Share": "share widget",
    }


@pytest.mark.parametrize(
    "lines",
    [
        # A subheading stands above its paragraph, even right under an advertisement.
        ("Advertisement", "Harbour money", _STORY[2]),
        # Beside a picture's parts (its credit, below it here), a line is left to the caption
        # rules: a picture sits beside a headline or a subheading.
        ("Advertisement", "Harbour money", "Photo: Jane Roe", "Share", _STORY[2]),
    ],
)
def test_a_subheading_beside_chrome_is_kept_or_left_to_the_caption_rules(
    lines: tuple[str, ...],
) -> None:
    found = dropped(page(*_STORY[:2], *lines, _STORY[3]), _TITLE)
    assert found.get("Harbour money", "photo caption") == "photo caption"


def test_a_standfirst_taken_for_the_headline_stays_when_cleaned_again() -> None:
    # A long line written as a sentence names the story but stays in its text (story.py); cleaned
    # again with it for the title, it is not taken for the headline's repeat. (Found by
    # tests/test_properties.py.)
    raw = "The the the the the the the council council council\nThe the the."
    once = clean(raw)
    assert clean(once.text, once.headline).text == once.text
