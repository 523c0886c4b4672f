"""Tests for the cleaning rules of issue 18 that find chrome by shape and place (cards.py): a
lone teaser card (a headline over another story's summary cut short on "…"), and the page's
controls in its header (short lines that are no sentence, in a row, next to other chrome).

Each test pins a class of boilerplate (made-up lines, not the development set's) and a story
line of a like shape that the cleaner must keep.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
TEASER = "related-article teaser"
WIDGET = "page widget"


def test_a_headline_over_a_summary_cut_short_is_a_teaser_card() -> None:
    card = (
        "Orchard growers count losses after late frost",
        "Apple growers across the valley say a single night of frost in April wiped out …",
    )
    found = dropped(page(*_STORY, *card), _TITLE)
    assert {line: found.get(line) for line in card} == dict.fromkeys(card, TEASER)
    # Between the story's paragraphs too, and with its label above it.
    labelled = ("Don't miss", *card)
    found = dropped(page(*_STORY[:2], *labelled, *_STORY[2:]), _TITLE)
    assert {line: found.get(line) for line in labelled} == dict.fromkeys(labelled, TEASER)


def test_a_subheading_over_a_paragraph_trailing_off_in_the_story_is_kept() -> None:
    # The subheading uses the story's words: the paragraph under it is the story's, "…" or not.
    lines = (
        "Ferry terminal rebuilding plan divides councillors",
        "One councillor who argued for the coastal road told the chamber the harbour would …",
    )
    kept = story_lines(clean(page(*_STORY[:2], *lines, *_STORY[2:]), _TITLE))
    assert all(line in kept for line in lines)
    # A paragraph trailing off under another paragraph, with no headline over it.
    trailing = "Asked what the new ferry would cost to run each year, the harbour master said …"
    kept = story_lines(clean(page(*_STORY[:2], trailing, *_STORY[2:]), _TITLE))
    assert trailing in kept


def test_short_controls_above_the_story_next_to_chrome_are_page_widgets() -> None:
    controls = ("Letters:", "Make letters smaller", "Make letters larger")
    lines = ("By Jane Doe", *controls, "Updated 4 May 2024, 10:32", *_STORY)
    found = dropped(page(*lines), _TITLE)
    assert {line: found.get(line) for line in controls} == dict.fromkeys(controls, WIDGET)
    readout = ("- Rain 40%", "- Gusts")
    found = dropped(page("By Jane Doe", *readout, "Updated 4 May 2024, 10:32", *_STORY), _TITLE)
    assert {line: found.get(line) for line in readout} == dict.fromkeys(readout, WIDGET)


def test_a_kicker_and_a_headline_over_the_story_are_kept() -> None:
    # Two short lines in a row with no list mark, colon, figure or symbol: a kicker over its
    # headline, or a headline over its author, not buttons.
    lines = ("By Jane Doe", "Harbour left under water", "Boats lost in the night")
    kept = story_lines(clean(page(*lines, "Updated 4 May 2024, 10:32", *_STORY), _TITLE))
    assert all(line in kept for line in lines[1:])
