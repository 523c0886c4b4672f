"""Tests for the story lines of cleaning round 5 (issue 18) that rules for short lines took:
the details and contacts a press release announces, a helpline a sentence leads into, a
telephone number read as a time, a count read as one, and a lone hashtag under the story.

Each test pins a class (made-up lines, not the development set's) and a line of a like shape
that the cleaner must still drop, or keep.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from generator.analysis.lines import is_timestamp
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_RELEASE_TITLE = "Ministry to present the new rail timetable"
_RELEASE = (
    "The Ministry of Transport will present the new rail timetable to the press on Friday.",
    "The timetable adds forty trains a day between the coastal towns and the capital, and "
    "brings the first train of the morning forward by half an hour.",
)
_ADVISORY = (
    "The briefing will take place as follows:",
    "Date: 14 May 2026",
    "Time: 10:30",
    "Venue: Harbour House, Conference Room B",
)
_CONTACTS = (
    "Enquiries:",
    "Mr. Tomas Berg",
    "Spokesperson for the Ministry of Transport",
    "+44 (20) 555 0142",
    "Ms. Ilse Maren",
    "Head of Press",
    "+44 (20) 555 0187",
)


def test_a_release_keeps_the_details_it_announces_and_its_contacts() -> None:
    lines = (*_RELEASE, *_ADVISORY, *_CONTACTS)
    assert story_lines(clean(page(*lines), _RELEASE_TITLE)) == list(lines)


def test_a_date_label_above_the_story_is_still_its_time_stamp() -> None:
    stamp = "Date: 14 May 2026"
    assert dropped(page(stamp, *_RELEASE), _RELEASE_TITLE) == {stamp: "timestamp"}


def test_a_helpline_the_story_leads_into_is_kept() -> None:
    lead_in = "Residents whose homes were flooded can reach the relief line on:"
    helpline = "Wexmoor Flood Relief — 0800 555 0199."
    lines = (*COUNCIL_STORY, lead_in, helpline)
    assert story_lines(clean(page(*lines), COUNCIL_TITLE)) == list(lines)


def test_a_name_over_a_date_is_still_a_byline() -> None:
    byline = "Jane Doe — 4 May 2026"
    assert dropped(page(byline, *COUNCIL_STORY), COUNCIL_TITLE) == {byline: "byline"}


def test_a_telephone_number_is_no_time_stamp() -> None:
    from generator.analysis.lines import is_phone_number  # new in round 5

    for number in ("+44 (20) 555 0142", "0800 555 0199", "(02) 9876 5432", "555-123-4567"):
        assert is_phone_number(number) and not is_timestamp(number), number
    for stamp in ("2026-05-14", "14/05/2026", "12:30 4 May 2026", "2026 05 14"):
        assert not is_phone_number(stamp) and is_timestamp(stamp), stamp


def test_a_count_after_a_title_is_no_time() -> None:
    heading = "The Harbour Desk Top 3"
    item = "- The ferry terminal reopens before the tourist season."
    lines = (*COUNCIL_STORY[:2], heading, item, *COUNCIL_STORY[2:])
    assert heading in story_lines(clean(page(*lines), COUNCIL_TITLE))
    byline = "Jane Doe 4 May 2026"
    assert dropped(page(byline, *COUNCIL_STORY), COUNCIL_TITLE) == {byline: "byline"}


def test_a_lone_hashtag_under_the_story_is_a_tag() -> None:
    tag = "#WexmoorUpdates"
    assert dropped(page(*COUNCIL_STORY, tag), COUNCIL_TITLE) == {tag: "tags"}
    sentence = "#FloodWatch, the council's alert page, was read by half the town that night."
    lines = (*COUNCIL_STORY, sentence)
    assert story_lines(clean(page(*lines), COUNCIL_TITLE)) == list(lines)
