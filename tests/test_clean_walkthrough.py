"""Tests for the boilerplate classes of issue 18 seen in a new-user walkthrough and on the new
tune pages: the site pointing its reader elsewhere, a teaser heading addressed to the reader, a
picture's caption above the dateline or again without its credit, a teaser cut short over the
paragraph it repeats, the other lines of a promo box.

Each test pins a class (made-up lines, not the development set's) and a story line of a like
shape that the cleaner must keep.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
_PROMO = "call to action"
_CAPTION = "photo caption"
_DATELINE = "WEXMOOR, England (AP) — "


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


@pytest.mark.parametrize(
    "promo",
    [
        "Watch live coverage in the video player above.",
        "See the full video below",
        "Discover more from The Wexmoor Gazette",
        "For More News And Analysis About Kent Follow The Gazette",
        "For more updates, please visit our website",
    ],
)
def test_the_site_pointing_its_reader_to_a_player_or_more_of_it_is_a_promo(promo: str) -> None:
    assert dropped(page(_STORY[0], promo, *_STORY[1:]), _TITLE) == {promo: _PROMO}


@pytest.mark.parametrize(
    "line",
    [
        "Residents watched the vote on a screen in the hall above the quay.",
        "For more than a decade the terminal has flooded every winter.",
        "From the hill above the town, viewers could see the flooded quay below.",
    ],
)
def test_a_story_line_about_watching_or_more_is_kept(line: str) -> None:
    lines = (_STORY[0], line, *_STORY[1:])
    assert _kept(page(*lines)) == list(lines)


def test_a_teaser_heading_addressed_to_the_reader_below_the_story_is_related() -> None:
    heading = "Before You Leave, Check This Out"
    found = dropped(page(*_STORY, heading), _TITLE)
    assert found == {heading: "related-article teaser"}
    sentence = "Before you leave the island, the council says, check the new ferry times."
    assert _kept(page(*_STORY, sentence)) == [*_STORY, sentence]


def test_a_caption_of_people_meeting_above_the_dateline_paragraph_is_a_caption() -> None:
    caption = "Mayor Jane Holt and harbour master Tom Reyes meet at the quay late on May 7."
    lines = (caption, _DATELINE + _STORY[0], *_STORY[1:])
    assert dropped(page(*lines), "") == {caption: _CAPTION}
    # A standfirst gives no day; under the story's first paragraph the same line is the story's.
    standfirst = "Councillors and ferry crews meet to plan a higher terminal."
    assert _kept(page(standfirst, *lines[1:]), "")[0] == standfirst
    inside = (_DATELINE + _STORY[0], caption, *_STORY[1:])
    assert caption in _kept(page(*inside), "")


def test_a_caption_again_without_the_credit_its_other_copy_has_is_a_caption() -> None:
    caption = (
        "Mayor Jane Holt and ferry crews inspect the flooded quay, on May 7, 2024 at the harbour"
    )
    credited = caption + " | Photo Credit: AP"
    found = dropped(page(_STORY[0], credited, caption, *_STORY[1:]), _TITLE)
    assert found == {credited: _CAPTION, caption: _CAPTION}
    # A paragraph beside a caption, not its copy, stays.
    assert _kept(page(_STORY[0], credited, *_STORY[1:])) == list(_STORY)


def test_a_teaser_cut_short_over_the_paragraph_it_repeats_is_dropped() -> None:
    teaser = "The council of Wexmoor voted on Tuesday to spend four million pounds rebuilding..."
    first = _DATELINE + _STORY[0]
    assert dropped(page(teaser, first, *_STORY[1:]), "") == {teaser: "truncated repeat"}
    # A quote trailing off, that the next paragraph does not repeat, is the story's.
    trailing = "“We will rebuild it, whatever the cost, whatever the weather...”"
    lines = (first, trailing, *_STORY[1:])
    assert _kept(page(*lines), "") == list(lines)


def test_the_slogan_and_steps_of_an_app_promo_go_with_its_prompts() -> None:
    box = (
        "Get the news faster.",
        "Tap to install our app.",
        "Install the Gazette News app",
        "in two easy steps:",
        "1. Tap in your navigation bar.",
        "2. Tap to Add to Home Screen.",
        "Share",
    )
    found = dropped(page(*_STORY, "Like", *box), _TITLE)
    assert set(box) - {"Share"} <= set(found)
    assert found["in two easy steps:"] == found["Get the news faster."] == _PROMO
    # A short story line under a prompt, with the story going on below it, stays.
    lines = (*_STORY[:2], "Follow us on Telegram for the latest updates", "Talks resume on Monday.")
    assert "Talks resume on Monday." in _kept(page(*lines, *_STORY[2:]))


def test_a_sentence_ending_on_its_pictures_source_is_a_caption_and_never_the_headline() -> None:
    caption = "Councillors vote to rebuild the Wexmoor ferry terminal on Tuesday. (Coast News pic)"
    result = clean(page(caption, *_STORY), "")
    assert dict((r.line, r.reason) for r in result.removed).get(caption) == _CAPTION
    assert "pic)" not in result.headline
    # After a sentence, "(Agency)" alone signs a wire story off: the story's last line stays.
    signed = "The works are due to start in May, the council said. (Coast News)"
    assert signed in story_lines(clean(page(*_STORY, signed), _TITLE))
