"""A card's link and its title glued on one line by the scraper, the same headline twice over
(issue 18): dropped whatever words the site heads the list with, while a story's sentence that
says a few words twice stays.

Made-up lines, not the development sets'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def test_a_headline_given_twice_on_its_line_is_dropped() -> None:
    cards = (
        "1. Ferry fares to rise in May Ferry fares to rise in May",
        "Lottery winner buys village pub Previous post Lottery winner buys village pub",
    )
    removed = dropped(page(*_STORY[:2], *cards, *_STORY[2:]), _TITLE)
    assert all(card in removed for card in cards)
    assert removed[cards[0]] == "same text twice"


def test_a_sentence_saying_a_few_words_twice_stays() -> None:
    chant = '"Build it now, build it now," the crowd chanted outside the hall.'
    short = "Yes we can yes we can"  # three words twice: a chant, not a card
    raw = page(*_STORY[:2], chant, short, *_STORY[2:])
    kept = story_lines(clean(raw, _TITLE))
    assert chant in kept and short in kept
