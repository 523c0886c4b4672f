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
