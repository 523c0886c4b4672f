"""A live page's update stamp ("Update 8:20 p.m. EST March 27:") dates an article that gives no
other date: the weekday its lead names is counted from it, and without its year it gives the
day in the placeholder year."""

from __future__ import annotations

import datetime

from generator.briefing.when import UNKNOWN_YEAR, described_day

TITLE = "Divers recover two bodies from the harbour"
LEAD = "The bodies of two workers were recovered from the harbour on Wednesday, officials said."


def text(stamp: str) -> str:
    return (
        f"{LEAD}\n\nThe divers found them in a truck near the pier.\n\n"
        f"{stamp} At a news conference later Wednesday, the harbour master thanked the divers."
    )


def test_a_weekday_is_counted_from_a_live_update_stamp_with_its_year() -> None:
    when = described_day(TITLE, LEAD, text("Update 8:20 p.m. EST March 27, 2031:"), None)
    assert when.day == datetime.date(2031, 3, 26)  # the Wednesday on or before Thursday 27th
    assert "live update stamped 27 March" in when.basis


def test_a_live_update_stamp_without_its_year_gives_its_day_in_the_placeholder_year() -> None:
    when = described_day(TITLE, LEAD, text("Update 8:20 p.m. EST March 27:"), None)
    assert when.day == datetime.date(UNKNOWN_YEAR, 3, 27)
    assert when.weekday == 2


def test_a_live_update_stamp_far_down_dates_an_article_naming_no_day() -> None:
    lead = "The bodies of two workers were recovered from the harbour, officials said."
    story = "\n\n".join(["The divers worked through the night near the pier."] * 40)
    body = f"{lead}\n\n{story}\n\nUpdated 9:15 a.m. June 4, 2031: Divers returned to the pier."
    assert described_day(TITLE, lead, body, None).day == datetime.date(2031, 6, 4)


def test_a_publication_date_is_not_overruled_by_a_live_update_stamp() -> None:
    published = datetime.date(2031, 3, 28)
    when = described_day(TITLE, LEAD, text("Update 8:20 p.m. EST March 30, 2031:"), published)
    assert when.day == datetime.date(2031, 3, 26)
