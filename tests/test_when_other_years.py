"""An undated article's date written with its year, on another weekday than the one the article
reports, is what came before (news writes a year only for a day of another year)."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

LEAD = "A judge sentenced the Varde ferry captain to ten years in prison."


def test_a_date_of_another_year_on_another_weekday_is_background() -> None:
    text = (
        f"{LEAD} The jury deliberated for two hours on Thursday before finding him guilty of "
        "sinking the ferry on March 4, 2029. He will serve his term on the mainland."
    )
    when = described_day("Ferry captain sentenced to ten years", LEAD, text, None)
    assert when.day is None
    assert when.weekday == 3  # Thursday, the day the article names


def test_a_date_with_its_year_on_the_weekday_named_is_the_day_reported() -> None:
    text = (
        f"{LEAD} The jury deliberated for two hours on Thursday, June 5, 2031, before finding "
        "him guilty."
    )
    when = described_day("Ferry captain sentenced to ten years", LEAD, text, None)
    assert when.day == datetime.date(2031, 6, 5)


def test_a_dated_article_keeps_its_recent_days_with_their_year() -> None:
    lead = "The Varde ferry captain was sentenced on June 5, 2031, the court said."
    when = described_day("Ferry captain sentenced", lead, lead, datetime.date(2031, 6, 6))
    assert when.day == datetime.date(2031, 6, 5)
