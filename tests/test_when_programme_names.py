"""A weekday in a programme's name ("Saturday Night Live", "Monday Night Football") is no day an
article describes; a weekday with its part of the day in lower case ("on Saturday night") is."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

FRIDAY = datetime.date(2031, 3, 14)


def test_a_programme_named_for_a_weekday_names_no_day() -> None:
    when = described_day(
        "Actor talks about her new film",
        "The actor talked about her years on Saturday Night Live and the film she made next.",
        "",
        FRIDAY,
    )
    assert when.day == FRIDAY  # the interview, reported on the day it is published


def test_a_weekday_night_in_lower_case_is_still_the_day() -> None:
    when = described_day(
        "Ferry crew rescue sailors",
        "The ferry crew rescued two sailors off the point on Wednesday night, the coastguard said.",
        "",
        FRIDAY,
    )
    assert when.day == datetime.date(2031, 3, 12)
