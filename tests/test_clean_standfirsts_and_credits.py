"""Tests for the boilerplate classes of issue 18 seen on the sixteenth event story (cleaning
round 13): a standfirst over the story that one of its paragraphs repeats, an agency's
bracketed photo credit closing a caption that reports, a picture named by what took it, a note
that the article will be updated, a reporter signing for a desk, a gallery's counter, an
agency's name over the story's date line.

Each test pins a class with made-up lines, and a story line of a like shape that stays.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
_STANDFIRST = "The council said on Tuesday that the terminal would reopen before the summer season"


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_standfirst_repeated_by_a_paragraph_goes_and_the_paragraph_keeps_its_place() -> None:
    raw = page(_TITLE, _STANDFIRST, _STORY[0], _STANDFIRST + ".", *_STORY[1:])
    assert _kept(raw) == [_STORY[0], _STANDFIRST + ".", *_STORY[1:]]
    assert dropped(raw, _TITLE)[_STANDFIRST] == "repeated line"


def test_a_standfirst_cut_short_from_a_paragraph_below_goes() -> None:
    paragraph = _STANDFIRST + ", a year later than the councillors had been promised."
    raw = page(_TITLE, _STANDFIRST, _STORY[0], paragraph, *_STORY[1:])
    assert _kept(raw) == [_STORY[0], paragraph, *_STORY[1:]]


def test_a_sentence_given_twice_inside_the_story_keeps_its_first_copy() -> None:
    raw = page(_STORY[0], _STORY[1], _STORY[2], _STORY[1], _STORY[3])
    assert _kept(raw) == list(_STORY)


def test_a_short_line_over_the_story_that_a_paragraph_starts_with_stays() -> None:
    kicker = "The council said on Tuesday"  # a few words: no standfirst, perhaps a label's
    raw = page(_TITLE, _STORY[0], kicker + " that the vote was final.", *_STORY[1:])
    assert kicker + " that the vote was final." in _kept(raw)


_AP_CAPTION = (
    "This photo combo shows from left, Jane Doe, Kim Lee and Ann Roe, the three councillors who "
    "voted against the plan. The council approved the terminal on Tuesday, its leader announced "
    "at a meeting in Wexmoor, Tuesday, May 14, 2024. (AP Photo/File)"
)


@pytest.mark.parametrize(
    "caption",
    [
        _AP_CAPTION,
        "Ferries wait at the old terminal, which the council said was unsafe. (AP Photo/Jane Doe)",
        "A satellite image shows the flooded ferry terminal and the coastal road beside it at "
        "Wexmoor after the winter storms, January 12, 2024. Reuters",
        "A drone image of the harbour at Wexmoor",
    ],
)
def test_a_caption_closed_by_an_agency_credit_or_naming_its_picture_goes(caption: str) -> None:
    raw = page(_TITLE, caption, *_STORY)
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)[caption] == "photo caption"


def test_a_paragraph_naming_an_agency_in_brackets_stays() -> None:
    paragraph = "The plan was first reported by the Wexmoor Gazette (Daily Post Group)."
    assert paragraph in _kept(page(_TITLE, *_STORY[:2], paragraph, *_STORY[2:]))


@pytest.mark.parametrize(
    "notice",
    [
        "This post will be updated as new information is available.",
        "This is a developing story.",
        "Check back later for updates.",
    ],
)
def test_a_note_over_the_story_that_it_will_be_updated_goes(notice: str) -> None:
    raw = page(_TITLE, notice, *_STORY)
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)[notice] == "update notice"


def test_a_note_under_the_story_that_it_will_be_updated_stays() -> None:
    notice = "This story will be updated as more is learned."  # the labelled pages' body line
    assert _kept(page(_TITLE, *_STORY, notice)) == [*_STORY, notice]


def test_a_reporter_signing_for_a_desk_between_updates_is_a_byline() -> None:
    signature = "— Jane Doe, Wexmoor Media Group National Content Desk"
    raw = page(_TITLE, *_STORY[:2], signature, *_STORY[2:])
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)[signature] == "byline"


def test_a_name_and_an_office_in_a_list_stay() -> None:
    item = "- Jane Doe, Chair of the Harbour Board"
    assert "Jane Doe, Chair of the Harbour Board" in _kept(page(_TITLE, *_STORY, item))


def test_a_gallery_counter_goes_with_the_picture_not_as_a_timestamp() -> None:
    raw = page(_TITLE, "Full Screen", "1 / 13", *_STORY)
    assert dropped(raw, _TITLE)["1 / 13"] == "photo credit"  # as "3 of 12" does


def test_an_agency_name_over_the_story_date_is_its_byline() -> None:
    raw = page(_TITLE, "Reuters", "Published : 14 May 2024, 03:04 AM", *_STORY)
    assert dropped(raw, _TITLE)["Reuters"] == "byline"
    assert _kept(raw) == list(_STORY)
