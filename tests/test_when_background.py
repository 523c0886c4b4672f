"""The day an article reports: a date in a relative clause is background, and a weekday that
names a happening called off or put back is the one to come; a lead's date weeks before publication is recalled."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

FRIDAY = datetime.date(2031, 3, 14)
JUNE_10 = datetime.date(2031, 6, 10)


def test_a_relative_clauses_yesterday_does_not_set_the_day_reported() -> None:
    when = described_day(
        "Mayor tours the harbour",
        "The mayor, who yesterday opened the new ferry pier, toured the harbour with fishermen.",
        "",
        FRIDAY,
    )
    assert when.day == FRIDAY  # the tour, reported on the day it is published


def test_a_weekday_in_a_which_clause_is_no_clue_to_an_undated_report() -> None:
    when = described_day(
        "Orchestra closes the festival",
        "The orchestra closed the festival, which began Wednesday with a parade, at the old mill.",
        "",
        None,
    )
    assert when.weekday is None


def test_a_weekday_still_counts_outside_a_relative_clause() -> None:
    when = described_day(
        "Mayor tours the harbour",
        "The mayor, who opened the pier, toured the harbour on Wednesday.",
        "",
        FRIDAY,
    )
    assert when.day == datetime.date(2031, 3, 12)


def test_a_postponed_happenings_weekday_is_the_coming_one() -> None:
    when = described_day(
        "Ferry launch postponed over strike",
        "The ferry's launch on Sunday has been postponed, the harbour board said.",
        "",
        FRIDAY,
    )
    assert when.day == FRIDAY  # the decision, reported on the day it is published
    assert when.preview
    assert when.ahead == datetime.date(2031, 3, 16)


def test_a_called_off_weekday_with_no_date_to_count_from_is_a_preview() -> None:
    when = described_day(
        "Ferry launch called off",
        "The ferry's launch on Sunday was called off after the strike.",
        "The board met on 2 March to plan it.",
        None,
    )
    assert when.preview
    assert when.day is None and when.weekday is None  # not the body's 2 March, not a Sunday


def test_what_was_to_happen_on_a_weekday_lies_ahead() -> None:
    when = described_day(
        "Ferry launch delayed",
        "The ferry, which was to sail on Sunday, stays in port.",
        "",
        FRIDAY,
    )
    assert when.ahead == datetime.date(2031, 3, 16)
    assert when.day == FRIDAY


def test_a_lead_date_weeks_before_publication_is_what_the_report_recalls() -> None:
    lead = (
        "Four bolts were missing before the Kellerby ferry left the yard, resulting in a leak "
        "in the narrows on May 3, according to a report by the harbour board."
    )
    when = described_day("Bolts were missing from Kellerby ferry", lead, lead, JUNE_10)
    assert when.day == JUNE_10


def test_a_lead_date_days_before_publication_is_still_the_day_reported() -> None:
    lead = "The Kellerby ferry sank in the narrows on June 8, the harbour board said."
    when = described_day("Kellerby ferry sinks", lead, lead, JUNE_10)
    assert when.day == datetime.date(2031, 6, 8)


def test_a_date_in_an_aside_about_a_named_subject_does_not_date_the_report() -> None:
    lead = "The harbour board gave the ferry line a seat on its council."
    text = (
        f"{lead}\n\nMorrow, dismissed on June 3 without a word of explanation, was reinstated "
        "four days later with a new board."
    )
    when = described_day("Ferry line gets a council seat", lead, text, None)
    assert when.day is None


def test_a_date_in_an_aside_about_the_news_itself_still_dates_it() -> None:
    lead = "The harbour board sold the old pier to the ferry line."
    text = (
        f"{lead}\n\nThe deal, announced on June 3 after long talks, values the pier at a million."
    )
    when = described_day("Harbour board sells the old pier", lead, text, None)
    assert (when.day.month, when.day.day) == (6, 3)
