"""An announcement is a preview even where its headline drops its verbs, and a list between
commas does not hide the day the sentence's own verb tells."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

SATURDAY = datetime.date(2031, 6, 7)
FUTURE_LEAD = (
    "Varde will host the harbour ministers for the summit scheduled to take place on June 13 "
    "and 14. During the summit, the mayor will open the new terminal, the board said."
)


def test_a_verbless_headline_day_over_a_lead_that_only_looks_ahead_is_a_preview() -> None:
    title = "Holm-Morrow talks on June 12 ahead of harbour summit"
    when = described_day(title, FUTURE_LEAD, FUTURE_LEAD, None)
    assert when.preview and when.day is None


def test_a_verbless_headline_day_over_a_lead_that_reports_it_is_the_news() -> None:
    title = "Holm-Morrow talks on June 12 ahead of harbour summit"
    lead = "Mayor Ines Holm met Ada Morrow on June 12, a day before the summit opened."
    when = described_day(title, lead, lead, None)
    assert not when.preview and when.day == datetime.date(2000, 6, 12)


def test_a_day_after_a_list_closed_by_a_comma_is_the_sentences_own() -> None:
    lead = (
        "Several ministers, including harbour minister Ines Holm and Ada Morrow, arrived here on "
        "Friday to attend the summit, with the mayor saying he looked forward to the talks."
    )
    when = described_day("Varde all set for the harbour summit", lead, lead, SATURDAY)
    assert when.day == datetime.date(2031, 6, 6)


def test_an_aside_after_a_name_still_recalls_what_came_before() -> None:
    lead = "Ada Morrow, dismissed on Friday by the board, was reinstated on Saturday."
    when = described_day("Harbour chief reinstated", lead, lead, SATURDAY)
    assert when.day == SATURDAY
