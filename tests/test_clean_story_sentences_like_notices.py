"""A story's sentence that opens like a site's notice, a share prompt or a caption stays: the
notice ends on its owner, the prompt on its words, a caption's position follows a full name in
a sentence that reports no one; a list of people's profiles at the foot is no author's card."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbourgame is a registered trademark of Tidewell Toys, which sued the ferry company "
        "in March over its own version of the game.",
        "Share the news with your neighbours, the council urged residents in a leaflet sent out "
        "on Wednesday.",
        "Ferry owners must register under Schedule (C) of the harbour law, the mayor said.",
    ],
)
def test_a_story_sentence_shaped_like_chrome_stays(sentence: str) -> None:
    for raw in (
        page(*COUNCIL_STORY[:2], sentence, *COUNCIL_STORY[2:]),
        page(*COUNCIL_STORY, sentence),
    ):
        assert sentence in story_lines(clean(raw, COUNCIL_TITLE))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Wexmoor Courier is a registered trademark of Courier Media Ltd.", "site notice"),
        ("Share this story with your friends", "share widget"),
    ],
)
def test_the_notice_or_prompt_itself_still_goes(line: str, reason: str) -> None:
    assert dropped(page(*COUNCIL_STORY, line), COUNCIL_TITLE).get(line) == reason


def test_a_caption_with_a_position_after_a_full_name_still_goes() -> None:
    caption = "Harbour master Ellen Voss (C) with engineers on the flooded pier in Wexmoor."
    assert caption in dropped(page(COUNCIL_TITLE, caption, *COUNCIL_STORY), COUNCIL_TITLE)


_PROFILES = (
    "## Who is standing for mayor",
    "John Roe",
    "John Roe is a former harbour master who served two terms on the council and now runs a "
    "boatyard on the quay.",
    "Jane Doe",
    "Jane Doe is a retired teacher and union leader who has lived in Wexmoor for thirty years "
    "and chairs the school board.",
)


def test_a_list_of_profiles_at_the_foot_stays() -> None:
    kept = story_lines(clean(page(*COUNCIL_STORY, *_PROFILES), COUNCIL_TITLE))
    assert all(line.removeprefix("## ") in kept for line in _PROFILES)


def test_the_author_career_card_at_the_foot_still_goes() -> None:
    card = (
        "Jane Doe",
        "Jane Doe was the dean of the harbour college for twenty years before she turned to "
        "writing about the coast.",
    )
    gone = dropped(page(*COUNCIL_STORY, *card), COUNCIL_TITLE)
    assert gone.get(card[0]) == "byline" and gone.get(card[1]) == "byline"
