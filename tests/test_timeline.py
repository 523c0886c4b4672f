"""The index timeline places dated events in order, never on top of each other."""

from __future__ import annotations

import datetime

from generator.models import EventGroup
from generator.site.timeline import WIDTH, build_timeline
from tests.conftest import article


def group(event_id: str, date: datetime.date | None, count: int = 1) -> EventGroup:
    articles = tuple(article(id=f"{event_id}{n}") for n in range(count))
    return EventGroup(event_id, event_id.title(), date, "", f"events/{event_id}.html", articles)


def test_marks_follow_dates_and_link_relatively_with_counts() -> None:
    timeline = build_timeline(
        [group("b", datetime.date(2026, 1, 5), 3), group("a", datetime.date(2026, 1, 2))],
        "index.html",
    )
    assert timeline is not None
    assert [m.href for m in timeline.marks] == ["events/a.html", "events/b.html"]
    assert [m.count for m in timeline.marks] == ["1", "3"]
    assert [d.date for d in timeline.days] == ["2 Jan", "5 Jan"]
    assert [d.x for d in timeline.days] == [m.x for m in timeline.marks]
    assert timeline.marks[0].label == "A: 2 January 2026, 1 article"
    assert timeline.marks[1].radius > timeline.marks[0].radius
    assert all(0 < m.x < WIDTH for m in timeline.marks)


def test_events_on_the_same_day_are_apart_and_labels_alternate_rows() -> None:
    day = datetime.date(2026, 1, 5)
    marks = build_timeline([group(n, day) for n in "abcdefgh"], "index.html").marks
    xs = [m.x for m in marks]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) > 20
    days = build_timeline(
        [group(n, datetime.date(2026, 1, d)) for d, n in enumerate("abcdefgh", start=1)],
        "index.html",
    ).days
    assert days[0].y != days[1].y  # eight days closer than a label's width


def test_a_day_of_several_events_is_labelled_once_and_keeps_the_pages_order() -> None:
    # Four events of one day under four labels of that date ran into one another.
    summit_day = datetime.date(2026, 6, 22)
    groups = [
        group("announced", datetime.date(2026, 5, 10)),
        group("welcome", summit_day),
        group("talks", summit_day),
        group("address", summit_day),
        group("dinner", summit_day),
        group("departure", datetime.date(2026, 6, 25)),
    ]
    timeline = build_timeline(groups, "index.html")
    assert [m.title for m in timeline.marks] == [g.title for g in groups]  # not by id
    assert [d.date for d in timeline.days] == ["10 May", "22 Jun", "25 Jun"]
    same_day = [m.x for m in timeline.marks[1:5]]
    assert timeline.days[1].x == round(sum(same_day) / 4, 1)


def test_undated_groups_are_left_out_and_no_dated_event_means_no_timeline() -> None:
    assert build_timeline([group("other", None)], "index.html") is None
    one = build_timeline([group("other", None), group("a", datetime.date(2026, 1, 2), 0)], "x.html")
    assert [m.title for m in one.marks] == ["A"] and one.marks[0].empty
    assert one.marks[0].x == WIDTH / 2
