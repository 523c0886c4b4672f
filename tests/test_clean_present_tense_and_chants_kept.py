"""Story lines that two of the cleaner's drops took for boilerplate (issue 18, a reviewer's near
cases): a sentence naming an official and then a verb in the present is no verbless picture
caption, wherever it stands; a chant the story gives twice over is no card's link and title.
What those rules were written for still goes.

Made-up lines, not the development sets'.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE

_PRESENT_TENSE = (
    "Mayor Ann Holt, with the backing of most councillors, faces a second vote on the "
    "dredging plan in March.",
    "Finance Director Sam Ode, facing questions over the bill, defends the cost of the works.",
    "Mayor Ann Holt with two deputies now leads the council, which meets again in March.",
    "Harbour Board Chair Ian Cole with the engineers' report wants the dredging done first.",
    "Mayor Ann Holt, with most councillors behind her, hopes to settle the plan by March.",
)


@pytest.mark.parametrize("sentence", _PRESENT_TENSE)
@pytest.mark.parametrize("where", ["first", "last"])
def test_an_officials_sentence_in_the_present_stays_first_or_last(
    sentence: str, where: str
) -> None:
    lines = [sentence, *_STORY] if where == "first" else [*_STORY, sentence]
    assert sentence in story_lines(clean(page(*lines), _TITLE))


def test_a_caption_naming_an_official_with_no_verb_still_goes() -> None:
    caption = "Harbour Board Chair Ian Cole with members of the dredging committee at a meeting."
    assert dropped(page(caption, *_STORY), _TITLE).get(caption) == "photo caption"


_CHANTS = (
    "Rebuild the terminal now. Rebuild the terminal now.",
    "No ferry no future No ferry no future",
)


@pytest.mark.parametrize("chant", _CHANTS)
def test_a_chant_given_twice_between_paragraphs_stays(chant: str) -> None:
    kept = story_lines(clean(page(*_STORY[:2], chant, *_STORY[2:]), _TITLE))
    assert chant in kept


def test_a_cards_headline_twice_still_goes_under_the_story() -> None:
    cards = (
        "Lifeboat crew rescues two walkers near Wexmoor Lifeboat crew rescues two walkers near Wexmoor",
        "Pier reopens after repairs Next post Pier reopens after repairs",
        "2. Bus fares frozen in Wexmoor for a year Bus fares frozen in Wexmoor for a year",
    )
    removed = dropped(page(*_STORY, *cards), _TITLE)
    assert all(removed.get(card) for card in cards)
