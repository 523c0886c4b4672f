"""The day an article reports: a date in a clause saying what the news followed ("following
the discovery ... on Thursday", "a day after the vote on Monday") is background, as one in a
relative clause is; "comes after" still reports its day."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

SUNDAY = datetime.date(2031, 3, 16)


def test_a_following_clauses_weekday_does_not_set_the_day_reported() -> None:
    when = described_day(
        "Harbour board opens an inquiry into the ferry's sinking",
        "The harbour board is conducting its widest inquiry, working with the port police, "
        "following the discovery of the ferry's wreck on Thursday.",
        "At a press conference in Kellerby on Sunday afternoon, the board's chair said the "
        "inquiry had been opened.",
        SUNDAY,
    )
    assert when.day == SUNDAY  # the inquiry's press conference, not the wreck's discovery


def test_an_after_clauses_weekday_is_no_clue_to_an_undated_report() -> None:
    when = described_day(
        "Mayor reopens the pier",
        "The mayor reopened the pier to walkers a day after the storm on Monday.",
        "",
        None,
    )
    assert when.weekday is None


def test_a_weekday_that_comes_after_is_still_the_news() -> None:
    when = described_day(
        "Council closes the old pier",
        "The decision to close the old pier comes after a safety review on Saturday.",
        "",
        SUNDAY,
    )
    assert when.day == datetime.date(2031, 3, 15)


def test_the_following_weekday_names_the_day() -> None:
    when = described_day(
        "Ferry crews return to work",
        "Ferry crews ended the strike and sailed again on the following Saturday.",
        "",
        SUNDAY,
    )
    assert when.day == datetime.date(2031, 3, 15)
