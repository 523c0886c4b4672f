"""The index timeline on a long story: a far-off date breaks the axis instead of squeezing
the rest, a year is named once, labels take rows so none overlaps, undated events are linked."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.models import EventGroup
from generator.site.render import make_environment
from generator.site.timeline import build_timeline
from tests.conftest import article

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TRIAL_DAYS = [(2021, 6, 7), (2023, 1, 25), (2023, 2, 23), (2023, 3, 2), (2023, 3, 3)]


def group(event_id: str, date: datetime.date | None, count: int = 1) -> EventGroup:
    articles = tuple(article(id=f"{event_id}{n}") for n in range(count))
    return EventGroup(event_id, event_id.title(), date, "", f"events/{event_id}.html", articles)


def trial() -> list[EventGroup]:
    dated = [group(f"day{n}", datetime.date(*day)) for n, day in enumerate(TRIAL_DAYS)]
    return [*dated, group("undated", None)]


def test_a_far_off_date_breaks_the_axis_and_leaves_room_for_the_others() -> None:
    timeline = build_timeline(trial(), "index.html")
    xs = [mark.x for mark in timeline.marks]
    assert len(timeline.breaks) == 1 and xs[0] < timeline.breaks[0] < xs[1]
    # The four 2023 days spread over more than half the strip, not its last fifth.
    assert xs[-1] - xs[1] > timeline.width / 2 - 48


def test_a_year_is_named_on_its_first_day_only() -> None:
    days = build_timeline(trial(), "index.html").days
    assert [day.date for day in days] == ["7 Jun 2021", "25 Jan 2023", "23 Feb", "2 Mar", "3 Mar"]


def test_labels_of_one_row_keep_apart_at_the_widest_letters() -> None:
    days = build_timeline(trial(), "index.html").days
    for row in {day.y for day in days}:
        on_row = sorted((day for day in days if day.y == row), key=lambda day: day.x)
        for left, right in zip(on_row, on_row[1:], strict=False):
            half_widths = (len(left.date) + len(right.date)) * 0.6 * 21 / 2
            assert right.x - left.x >= half_widths


def test_an_undated_event_is_linked_under_the_timeline() -> None:
    timeline = build_timeline(trial(), "index.html")
    assert [(link.text, link.href) for link in timeline.undated] == [
        ("Undated", "events/undated.html")
    ]
    macros = make_environment(TEMPLATES).get_template("_macros.html").module
    html = str(macros.timeline_figure(timeline))
    assert '<a href="events/undated.html">Undated</a>' in html
    assert 'class="timeline-break"' in html


def test_a_story_told_week_by_week_after_busy_days_is_drawn_unbroken() -> None:
    busy = [datetime.date(2031, 3, day) for day in (2, 3, 4, 5, 6)]
    weekly = [datetime.date(2031, 3, day) for day in (13, 20, 27)]
    groups = [group(f"e{n}", day) for n, day in enumerate(busy + weekly)]
    assert build_timeline(groups, "index.html").breaks == ()


def test_a_briefing_of_one_day_or_two_days_has_a_timeline() -> None:
    for days in ([(2031, 3, 2)], [(2031, 3, 2), (2031, 3, 3)]):
        groups = [group(f"e{n}", datetime.date(*day)) for n, day in enumerate(days)]
        timeline = build_timeline(groups, "index.html")
        assert timeline.breaks == () and len(timeline.marks) == len(days)
