"""Tests for cleaning the cleaned text again (issue 18), which must change nothing: a page with
no title gets the headline taken from its lead as the title the second time, and a short line
above the lead that says the lead again in other words stays both times, as the first cleaning
kept it; a colon label over nothing kept to the page's foot goes both times.

Each test pins a behaviour with made-up lines, and a line of a like shape that still goes.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_LEAD = "The council of Wexmoor will rebuild the ferry terminal, the mayor said on Tuesday."
_ABOVE = "Mayor said council will rebuild terminal"  # the lead's words, in a headline's shape
_REST = COUNCIL_STORY[1:]


def test_a_line_rewording_the_lead_stays_when_the_headline_is_the_lead() -> None:
    once = clean(page(_ABOVE, _LEAD, *_REST), "")
    twice = clean(once.text, once.headline)
    assert _LEAD.startswith(once.headline)  # the headline was taken from the lead
    assert story_lines(once) == [_ABOVE, _LEAD, *_REST]
    assert story_lines(twice) == story_lines(once)


def test_a_given_headline_said_again_above_the_lead_goes_both_times() -> None:
    # The page's own headline is no sentence of the story: the line above is its other version.
    reworded = "Wexmoor rebuilds flooded terminal for ferry after council votes"
    raw = page(reworded, *COUNCIL_STORY)
    once = clean(raw, COUNCIL_TITLE)
    assert dropped(raw, COUNCIL_TITLE)[reworded] == "reworded headline"
    assert clean(once.text, COUNCIL_TITLE).text == once.text


_CREDIT = "Photo: Jane Roe / Wexmoor Courier"


def test_a_label_over_only_a_dropped_picture_credit_goes_both_times() -> None:
    # Nothing kept below it: the page's foot, which is all a second cleaning sees under it.
    raw = page(COUNCIL_STORY[0], "Watch the vote:", _CREDIT)
    once = clean(raw, COUNCIL_TITLE)
    assert dropped(raw, COUNCIL_TITLE)["Watch the vote:"] == "label over page chrome"
    assert clean(once.text, COUNCIL_TITLE).text == once.text


def test_a_page_of_a_label_over_a_picture_credit_cleans_the_same_twice() -> None:
    once = clean(page("Watch the vote:", _CREDIT), COUNCIL_TITLE)
    assert clean(once.text, COUNCIL_TITLE).text == once.text == ""


def test_a_label_over_a_picture_credit_above_the_story_stays() -> None:
    # A picture inside the story: the label names it, and the story goes on below.
    raw = page(COUNCIL_STORY[0], "Watch the vote:", _CREDIT, *COUNCIL_STORY[1:])
    assert "Watch the vote:" in story_lines(clean(raw, COUNCIL_TITLE))
