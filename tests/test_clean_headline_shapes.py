"""Tests for the headline's lines of issue 18 read by their context (cleaning round 18): a
summary line over a wire's lead that says it word for word stays in the text though a page
with no headline takes it for one; the headline said again in other words above the story
goes, a deck saying something else stays.

Each test pins a behaviour with made-up lines, and a line of a like shape that stays.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_SUMMARY = "Firefighters say two cottages on the ridge burned after a gas main broke in the gale"
_LEAD = "HOLMFIRTH, England (Wire) — " + _SUMMARY + " late on Tuesday."
_FIRE = (
    "Nobody was hurt, the county's fire service said, though one family lost a dog.",
    "Engineers from the gas board shut off the main about an hour after the first call came in.",
)


def test_a_summary_line_its_lead_says_again_stays_in_a_page_with_no_headline() -> None:
    raw = page("Home", "Local news", _SUMMARY, _LEAD, *_FIRE)
    result = clean(raw, "")
    assert story_lines(result) == [_SUMMARY, _LEAD, *_FIRE]
    assert result.headline == _SUMMARY  # it still names the story


def test_a_summary_line_with_few_articles_that_a_paragraph_says_again_stays() -> None:
    summary = "Several hundred volunteers planted oak saplings along both river banks on Sunday"
    paragraph = "In the rain, " + summary.lower()[:1] + summary[1:] + " and cleared litter too."
    raw = page("Home", summary, COUNCIL_STORY[0], paragraph, *COUNCIL_STORY[1:])
    assert summary in story_lines(clean(raw, ""))


def test_a_page_title_copy_still_makes_the_summary_line_the_headline() -> None:
    # "Line | Site" repeats it: the page's title, so the line is the headline, not the story's.
    raw = page(_SUMMARY + " | The Dale Courier", _SUMMARY, _LEAD, *_FIRE)
    assert _SUMMARY not in story_lines(clean(raw, ""))


def test_the_headline_said_again_in_other_words_above_the_story_goes() -> None:
    reworded = "Wexmoor rebuilds flooded terminal for ferry after council votes"
    raw = page(COUNCIL_TITLE, reworded, *COUNCIL_STORY)
    assert story_lines(clean(raw, COUNCIL_TITLE)) == list(COUNCIL_STORY)
    assert dropped(raw, COUNCIL_TITLE)[reworded] == "reworded headline"


def test_a_deck_that_says_something_else_stays() -> None:
    deck = "Opponents warn the harbour dredging bill could reach another million pounds"
    raw = page(COUNCIL_TITLE, deck, *COUNCIL_STORY)
    assert story_lines(clean(raw, COUNCIL_TITLE)) == [deck, *COUNCIL_STORY]


def test_a_subheading_inside_the_story_that_echoes_the_headline_stays() -> None:
    subheading = "Wexmoor votes again on its flooded ferry terminal"
    raw = page(COUNCIL_TITLE, *COUNCIL_STORY[:2], subheading, *COUNCIL_STORY[2:])
    assert subheading in story_lines(clean(raw, COUNCIL_TITLE))
