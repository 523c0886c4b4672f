"""Tests for the story lines the cleaner lost on the tune pages (issue 18): each rule abstains for
the class of story line it mistook, and still drops the boilerplate it was written for.

Made-up lines in the shape of the lost ones, not the development set's.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_posts_text_ending_on_its_pictures_link_is_what_the_story_quotes() -> None:
    post = "Ferry terminal plans approved tonight #Wexmoor pic.twitter.com/Ab12Cd34"
    signature = "— Wexmoor Council (@wexmoorcouncil) May 4, 2025"
    lines = (*_STORY[:2], "The council posted:", post, signature, *_STORY[2:])
    assert dropped(page(*lines), _TITLE) == {signature: "embedded post"}
    assert post in _kept(page(*lines))


def test_a_datelines_credit_is_no_pictures_credit() -> None:
    lead = (
        "WEXMOOR, Kent (KWEX/AP)- A council officer was hurt on Tuesday when a storm wall at "
        "the old ferry terminal gave way."
    )
    credit = "Jane Holt/AP"
    raw = page(lead, credit, *_STORY)
    assert dropped(raw, _TITLE) == {credit: "photo credit"}
    assert _kept(raw)[0] == lead


def test_a_headline_in_capitals_naming_an_office_late_is_no_portrait() -> None:
    headline = (
        "Wexmoor’s Harbour Board, WHB, Accuses Council Of Ignoring Dredging Costs Under "
        "Mayor Holt’s Plan"
    )
    portrait = "Jane Holt, Mayor of Wexmoor"
    raw = page(*_STORY[:2], headline, *_STORY[2:], portrait)
    assert headline in _kept(raw)
    assert dropped(page(*_STORY[:2], portrait, *_STORY[2:]), _TITLE) == {portrait: "photo caption"}


def test_a_standfirst_the_pictures_caption_repeats_is_kept_once() -> None:
    standfirst = "Four ferry crews have been laid off while the terminal stays under water."
    lines = (standfirst, standfirst, *_STORY)
    assert dropped(page(*lines), _TITLE) == {standfirst: "repeated line"}
    assert _kept(page(*lines)) == [standfirst, *_STORY]
    # Beside the picture's credit, both copies are the picture's text and its caption.
    credit = "Photo: Jane Holt"
    pictured = page(standfirst, standfirst, credit, *_STORY)
    assert _kept(pictured) == list(_STORY)


def test_a_paragraph_cut_off_before_its_end_begins_the_story() -> None:
    cut = (
        "The council of Wexmoor voted on Tuesday to rebuild the ferry terminal that the storms "
        "left under water. According to the harbour master, Tom Reyes, the work starts in May. "
        "Reyes noted that the crews of"
    )
    teaser = "Bakery chain shuts its last city branch after ninety years"
    raw = page(cut, "Check Also", teaser)
    assert cut in _kept(raw, "")


def test_short_lines_over_the_sentence_the_scraper_cut_off_are_the_story() -> None:
    lines = (
        *_STORY,
        "£4.1bn",
        "New estimate of the dredging bill in 2026.",
        "£5.2bn",
        "New estimate of the dredging bi",
    )
    assert _kept(page(*lines)) == list(lines)
    # A subheading over a list cut off mid-name, and over a sentence cut off after "At".
    names = "Jane Holt, Tom Reyes, Ann Roe, Kim Lee, Sam Ode, Lee Park, Ian Moss, Ada Kerr, Bo Ng"
    assert _kept(page(*_STORY, "Council Members", names + ", Ka"))[-2:] == [
        "Council Members",
        names + ", Ka",
    ]
    assert _kept(page(*_STORY, "Clean up begins", "At")) == [*_STORY, "Clean up begins", "At"]


def test_a_name_and_a_place_under_the_story_are_still_its_signature() -> None:
    found = dropped(page(*_STORY, "Jane Holt", "Wexmoor"), _TITLE)
    assert found == {
        "Jane Holt": "short line outside the story",
        "Wexmoor": "short line outside the story",
    }


def test_cleaning_the_cleaned_text_again_changes_nothing_when_the_story_was_a_caption() -> None:
    # The first cleaning drops the only sentences as captions after the headline's search
    # stopped at them; the text it keeps must stay as it is when cleaned again.
    for raw in (
        "\u200b<b> said the the the.\nThe the the the the the the the.\n\u200bthe the the the.\n"
        "The the the the\nThe the the",
        "The the the the the.\nThe the the the the the the the.\n\u200bthe the the the.\n"
        "The the the the\nThe the council\n\u200b<b> the the the.",
    ):
        once = clean(raw, "")
        assert clean(once.text, once.headline).text == once.text
