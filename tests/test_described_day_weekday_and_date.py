"""A weekday written with its date names that date, however far back; "last Sunday" written on
a Sunday is the Sunday a week before, not the day of writing."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.when import described_day

FRIDAY = datetime.date(2031, 11, 28)
SUNDAY = datetime.date(2031, 10, 26)


def day_of(lead: str, published: datetime.date) -> datetime.date | None:
    return described_day("Guards at the museum", lead, lead, published).day


def test_a_weekday_before_a_full_date_is_that_date_not_the_weekday_before_publication() -> None:
    lead = (
        "Soldiers joined the museum's guards on Monday, Oct. 20, 2031, the day after the "
        "robbery, officials said."
    )
    # Oct. 20 is weeks before publication: what the report recalls, not Monday 24 November.
    assert day_of(lead, FRIDAY) == FRIDAY


@pytest.mark.parametrize(
    "lead",
    [
        "Ministers met on Tuesday, 14 October, in Geneva.",
        "Ministers met on Tuesday 14 October in Geneva.",
        "Ministers met on Tuesday, October 14, in Geneva.",
    ],
)
def test_a_weekday_written_with_its_date_names_the_date(lead: str) -> None:
    assert day_of(lead, datetime.date(2031, 10, 16)) == datetime.date(2031, 10, 14)


@pytest.mark.parametrize("words", ["last Sunday", "this past Sunday"])
def test_last_sunday_written_on_a_sunday_is_a_week_before(words: str) -> None:
    lead = f"The robbery took place {words}, when three masked men broke a window."
    assert day_of(lead, SUNDAY) == SUNDAY - datetime.timedelta(7)


def test_sunday_written_on_a_sunday_is_that_day() -> None:
    lead = "The robbery took place on Sunday, when three masked men broke a window."
    assert day_of(lead, SUNDAY) == SUNDAY


def test_last_sundays_thing_recalled_is_not_the_day_reported() -> None:
    lead = (
        "Police arrested two men late on Saturday over last Sunday's robbery at the city "
        "museum, prosecutors said."
    )
    assert day_of(lead, SUNDAY) == SUNDAY - datetime.timedelta(1)
