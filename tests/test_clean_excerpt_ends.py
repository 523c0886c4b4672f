"""Tests for cleaning round 16 (issue 18): the story's own lines that the rules took for chrome
at the page's ends, and chrome found by its neighbours there.

- a roundup's next subheading and its first sentence, cut where the page ends, are the story's;
- a sum of money after a dash ("- $10") is no date, so a list item cut there is no byline;
- the page's only paragraph, a picture story with its credit, is the page's text;
- a page's own headline and excerpt, beside markup, clean to themselves the second time;
- a picture's bracketed credit alone between paragraphs, a comment form's note on who may post,
  a station's disclaimer on readers' comments, and the next story under a "Source:" sign-off
  are dropped.

Made-up lines in the shape of the found ones, not the articles'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def test_a_roundups_next_section_cut_off_by_the_page_end_is_the_storys() -> None:
    # A roundup turns to another subject: the next item's words are not the story's so far.
    subhead = "Farmers warned not to sell grain before the harvest count"
    cut = "Farmers in the northern valleys who sell their grain early could lose their subsidy if t"
    raw = page(*_STORY, subhead, cut)
    gone = dropped(raw, _TITLE)
    assert subhead not in gone and cut not in gone
    assert story_lines(clean(raw, _TITLE))[-2:] == [subhead, cut]


def test_a_card_under_a_label_with_its_summary_cut_off_is_still_dropped() -> None:
    # The same two lines under a card's label and time are another story's card.
    head = "Farmers warned not to sell grain before the harvest count"
    cut = "Farmers in the northern valleys who sell their grain early could lose their subsidy if t"
    raw = page(
        *_STORY, "More news", "2 hours ago", head, "3 hours ago", "Ferry fares to rise again", cut
    )
    gone = dropped(raw, _TITLE)
    assert head in gone and cut in gone


def test_a_list_item_cut_off_after_a_sum_of_money_is_no_byline() -> None:
    item = "2. Ministry of Works/Presidency – $10"
    detail = "The port lost three million pounds in fees it never billed, the auditors found."
    raw = page(*_STORY, "1. Port Authority – unpaid fees", detail, item)
    assert item not in dropped(raw, _TITLE)
    # A name and a date after the dash is a byline still.
    signed = "Jane Doe – 10 May 2025"
    assert dropped(page(*_STORY, signed), _TITLE)[signed] == "byline"


_PICTURE_STORY = (
    "Harbour watch . . . Fishermen unload the first catch of the season at Wexmoor quay last "
    "Friday after the storms kept the fleet in port for a month. The harbour master expects "
    "a busy week. — Picture by Tom Hale."
)


def test_a_picture_story_that_is_the_pages_only_paragraph_is_kept() -> None:
    card = "Councillors meet over the ferry budget"
    summary = "The council will meet today to discuss the ferry terminal budget, the mayor said […]"
    raw = page("Harbour watch . . .", _PICTURE_STORY, card, summary)
    assert _PICTURE_STORY in story_lines(clean(raw, "Harbour watch"))


def test_a_credited_caption_beside_the_storys_paragraphs_is_dropped() -> None:
    raw = page(_STORY[0], _PICTURE_STORY, *_STORY[1:])
    assert _PICTURE_STORY in dropped(raw, _TITLE)


def test_a_pages_headline_and_excerpt_beside_markup_clean_to_themselves() -> None:
    # Found by the randomised test in tests/test_clean.py: "Politics" kept the lines apart on the
    # first cleaning; the second, without it, took them for a card and left nothing.
    raw = 'class="x">\nWhy olive oil keeps climbing\nPolitics\nThe old keeper...on his last night...\n'
    first = clean(raw, "Short Headline Here")
    assert "The old keeper...on his last night..." in first.text
    assert clean(first.text, "Short Headline Here").text == first.text


def test_a_bracketed_credit_alone_between_paragraphs_is_dropped() -> None:
    credit = "(Harbour Trust Press Office)"
    raw = page(*_STORY[:2], credit, *_STORY[2:])
    assert dropped(raw, _TITLE)[credit] == "photo credit"
    # A transcript's stage direction is the story's.
    assert "(Laughter)" not in dropped(page(*_STORY[:2], "(Laughter)", *_STORY[2:]), _TITLE)


def test_comment_notes_at_the_foot_are_dropped() -> None:
    member = "Note: Only a member of this blog may post a comment."
    station = (
        "Comments are posted by readers like you and do not always reflect the views of this "
        "station. powered by Disqus"
    )
    for note in (member, station):
        assert note in dropped(page(*_STORY, note), _TITLE)
    # The story saying whose views a statement reflects keeps it.
    said = "The mayor said the letter did not reflect the views of the whole council."
    assert said not in dropped(page(*_STORY, said), _TITLE)


def test_the_next_story_under_a_source_sign_off_is_dropped() -> None:
    next_story = (
        "No ferries needed this weekend?",
        "The Wexmoor boatmen's union is set to strike from Saturday over the new timetable.",
        "They are",
    )
    raw = page(*_STORY, "Source: Daily Post", *next_story)
    gone = dropped(raw, _TITLE)
    assert all(line in gone for line in next_story)
    assert story_lines(clean(raw, _TITLE)) == list(_STORY)
