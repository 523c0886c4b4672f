"""The day an article describes: a headline's weekday ahead, and a year the text never gave."""

from __future__ import annotations

import dataclasses
import datetime
import json

from generator.briefing.when import UNKNOWN_YEAR, described_day, known_year_day
from generator.models import DescribedDay
from generator.site.export import export_article
from tests.conftest import article

WEDNESDAY = datetime.date(2031, 3, 12)


def test_a_headline_that_announces_names_the_next_such_weekday() -> None:
    # "Harbour board to open ferry pier on Friday", published on a Wednesday: the Friday to come.
    when = described_day(
        "Harbour board to open ferry pier on Friday",
        "The board finished its last safety checks on the new pier.",
        "",
        WEDNESDAY,
    )
    assert when.ahead == datetime.date(2031, 3, 14)
    assert when.day != datetime.date(2031, 3, 7)


def test_a_headline_that_reports_counts_the_weekday_back() -> None:
    when = described_day("Ferry pier opened to the public on Friday", "Crowds came.", "", WEDNESDAY)
    assert when.day == datetime.date(2031, 3, 7)


def test_a_day_named_without_a_year_is_exported_without_one() -> None:
    placeholder = datetime.date(UNKNOWN_YEAR, 7, 14)
    when = DescribedDay(placeholder, "\u201cJuly 14\u201d", preview=False)
    exported = json.loads(export_article(dataclasses.replace(article(), when=when)))
    assert exported["describes"]["day"] is None
    assert str(UNKNOWN_YEAR) not in json.dumps(exported["describes"])
    assert known_year_day(datetime.date(2031, 7, 14)) == "2031-07-14"


# Words after a date, in its clause, can put it in the future: "with 14 June set as the day ...".
def test_a_date_set_as_the_day_to_come_is_ahead_not_reported() -> None:
    when = described_day(
        "Council names the day",
        "The mayor named the date for the referendum on Tuesday, with 14 June set as the day "
        "residents will vote on the new tram line.",
        "",
        None,
    )
    assert when.day is None  # an announcement: its day is the Tuesday, with nothing to count from
    assert when.ahead == datetime.date(UNKNOWN_YEAR, 6, 14)


def test_a_date_that_will_come_after_its_words_is_ahead() -> None:
    when = described_day(
        "Tram vote called", "After a long wait, 14 June will decide the tram line.", "", None
    )
    assert when.day is None and when.preview
    assert when.ahead == datetime.date(UNKNOWN_YEAR, 6, 14)


def test_a_vote_due_on_a_date_is_ahead() -> None:
    when = described_day("Tram vote called", "The tram vote is due on 14 June.", "", None)
    assert when.day is None
    assert when.ahead == datetime.date(UNKNOWN_YEAR, 6, 14)


def test_a_past_date_stays_past_when_the_future_is_in_another_clause() -> None:
    when = described_day(
        "Tram vote counted",
        "On 14 June, residents voted on the tram line and the council will build it.",
        "",
        None,
    )
    assert when.day == datetime.date(UNKNOWN_YEAR, 6, 14)
    assert not when.preview
    met = described_day(
        "Mayors meet", "The two mayors met on Monday and said they will meet again.", "", WEDNESDAY
    )
    assert met.day == datetime.date(2031, 3, 10)


def test_a_date_named_as_the_date_is_ahead_and_the_announcement_is_reported() -> None:
    when = described_day(
        "Mayor calls tram vote for June 14",
        "The mayor called the vote tonight, giving the date as Saturday, June 14, after a long "
        "wait.",
        "",
        None,
    )
    assert when.day is None
    assert when.ahead == datetime.date(UNKNOWN_YEAR, 6, 14)
    assert "tonight" in when.basis
    # Only the date the words name: "confirmed the date as ... on Monday" reports the Monday.
    said = described_day(
        "Tram vote", "The mayor confirmed the date as June 14 on Monday.", "", WEDNESDAY
    )
    assert said.day == datetime.date(2031, 3, 10)
    assert said.ahead == datetime.date(2031, 6, 14)


def test_a_day_something_was_named_on_is_past() -> None:
    # "on Tuesday named as ..." names a captain, not the day: the day is when it happened.
    when = described_day(
        "Club picks captain",
        "The club on Tuesday named as its captain a young defender from the reserves.",
        "",
        WEDNESDAY,
    )
    assert when.day == datetime.date(2031, 3, 11)
    assert not when.preview
