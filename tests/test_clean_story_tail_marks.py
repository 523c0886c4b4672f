"""The story's own first and last paragraphs are no teaser cards.

A run of other stories' cards below the story starts where a line of chrome marks it (a
picture's credit, a share bar); the story's last subheading and paragraph above that mark stay,
however new their words. Under the page's own headline, a paragraph that says a whole sentence
before it trails off on "..." is the story's first, as a blog's page cuts it, not a card's
summary.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

TEASER = "related-article teaser"

_LAST_SECTION = (
    "The long view",
    "Some wounds stay open after the water goes down. Questions of blame remain unanswered.",
)
_CARDS = (
    "Glenholt mayor unveils plan for new cycling lanes across the old quarter",
    "Fourteen kilometres of protected lanes will open in Glenholt by the spring, starting at "
    "the station.",
    "Rail strike called off after overnight talks in Dunmore end in a deal",
    "Drivers return to work on Monday under a two-year pay settlement reached before dawn.",
)


def test_the_story_last_section_above_a_credit_stays_and_the_cards_below_go() -> None:
    raw = page(*COUNCIL_STORY, *_LAST_SECTION, "Share this article", *_CARDS)
    result = clean(raw, COUNCIL_TITLE)
    kept = story_lines(result)
    assert all(line in kept for line in _LAST_SECTION)
    gone = {removed.line: removed.reason for removed in result.removed}
    assert gone.get(_CARDS[0]) == TEASER and gone.get(_CARDS[3]) == TEASER


def test_cards_right_under_the_story_with_no_mark_still_go() -> None:
    raw = page(*COUNCIL_STORY, *_CARDS)
    gone = dropped(raw, COUNCIL_TITLE)
    assert all(gone.get(card) == TEASER for card in _CARDS)


_BLOG_TITLE = "Harbour Police Detain 12 Smugglers Near Wexmoor Pier"
_BLOG_LEAD = (
    "Officers detained twelve men near the pier at Wexmoor on Monday night. The district "
    "commander, Ada Brook, said the men were moving crates of counterfeit tablets..."
)
_BLOG_REST = (
    "The commander added that the crates had come ashore from a fishing boat.",
    "She thanked residents whose calls had led the patrol to the boat.",
)


def test_a_blog_first_paragraph_cut_on_dots_under_the_page_headline_stays() -> None:
    raw = page(_BLOG_TITLE, _BLOG_LEAD, *_BLOG_REST, "No comments:", "Post a Comment")
    result = clean(raw)
    assert _BLOG_LEAD in story_lines(result)


def test_a_card_summary_cut_on_dots_under_a_card_headline_still_goes() -> None:
    card = "Glenholt unveils cycling lanes plan"
    summary = "The mayor of Glenholt has announced fourteen kilometres of protected lanes ..."
    raw = page(*COUNCIL_STORY, card, summary)
    gone = dropped(raw, COUNCIL_TITLE)
    assert gone.get(summary) == TEASER
