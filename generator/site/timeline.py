"""The index's timeline: the dated events as an SVG strip, laid out at build time, no script."""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.links import Link, relative
from generator.models import EventGroup
from generator.site.dates import format_date, short_date
from generator.wording import counted

WIDTH = 480
_MARGIN = 48  # room for a centred label at either end
_AXIS_Y = 44
_MAX_RADIUS = 15
_FIRST_ROW_Y = _AXIS_Y + _MAX_RADIUS + 22  # the first row of date labels, under the largest mark
# Date labels are laid out here, without the fonts: a label is taken as wide as its letters at
# the largest size the stylesheet gives them (21 user units on a phone, see style.css) and
# wide ones (0.6 em a letter; digits and lower case are narrower), so two never overlap.
_LABEL_FONT = 21
_LETTER_WIDTH = 0.6 * _LABEL_FONT
_LABEL_GAP = 8  # the least room between two labels on one row
_ROW = 26  # a line of labels at that size, with room for the next row's ascenders
# A gap between two days wider than this many times the typical gap, and than two months, is
# drawn broken: one far-off date (background years before the story) would squeeze every
# other day together. A story told week by week after a few busy days is drawn whole.
_BREAK_FACTOR = 3
_LEAST_BREAK_DAYS = 60


@dataclass(frozen=True)
class TimelineMark:
    """One event on the strip, in SVG user units."""

    title: str
    href: str
    label: str  # what a screen reader says for the mark
    count: str
    x: float
    radius: float
    count_y: float
    empty: bool


@dataclass(frozen=True)
class TimelineDay:
    """A day's label under its marks: one for all the events of that day."""

    date: str
    x: float
    y: float


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    axis_y: int
    axis_start: int
    axis_end: int
    marks: tuple[TimelineMark, ...]
    days: tuple[TimelineDay, ...]
    breaks: tuple[float, ...] = ()  # where the axis skips a long stretch of time
    undated: tuple[Link, ...] = ()  # the events it cannot place, linked beside it


def build_timeline(groups: Sequence[EventGroup], from_page: str) -> Timeline | None:
    """The dated events in date order, or None when there are none to draw.

    A mark's position blends its rank with its date, so the strip shows the gaps between
    events yet two events on the same day never sit on top of each other.
    """
    # By day, and within a day as the page lists the events (a stable sort keeps that order).
    dated = sorted((g for g in groups if g.date is not None), key=lambda g: g.date)
    if not dated:
        return None
    offsets, broken = _drawn_offsets(sorted({g.date for g in dated}))
    xs = _positions(dated, offsets)
    largest = max(len(g.articles) for g in dated)
    marks = tuple(_mark(group, x, largest, from_page) for group, x in zip(dated, xs, strict=True))
    days = _day_labels(dated, xs)
    return Timeline(
        width=WIDTH,
        height=round(max(day.y for day in days)) + 10,  # room for the last row's descenders
        axis_y=_AXIS_Y,
        axis_start=_MARGIN // 2,
        axis_end=WIDTH - _MARGIN // 2,
        marks=marks,
        days=days,
        breaks=_break_xs(dated, xs, broken),
        undated=tuple(Link(g.title, relative(from_page, g.path)) for g in groups if g.date is None),
    )


def _mark(group: EventGroup, x: float, largest: int, from_page: str) -> TimelineMark:
    count = len(group.articles)
    return TimelineMark(
        title=group.title,
        href=relative(from_page, group.path),
        label=f"{group.title}: {format_date(group.date)}, {counted(count, 'article')}",
        count=str(count),
        x=round(x, 1),
        radius=_radius(count, largest),
        count_y=_AXIS_Y - _MAX_RADIUS - 6,
        empty=count == 0,
    )


def _drawn_offsets(
    days: Sequence[datetime.date],
) -> tuple[dict[datetime.date, float], set[datetime.date]]:
    """Each day's distance from the first as drawn, in days, with the days after a broken gap:
    a gap far wider than the typical one is drawn as wide as that limit."""
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    limit = math.inf
    if len(gaps) > 1:
        typical = sorted(gaps)[len(gaps) // 2]  # (a median; `statistics` costs a build 8 ms)
        limit = max(_BREAK_FACTOR * typical, _LEAST_BREAK_DAYS)
    offsets, broken, at = {days[0]: 0.0}, set(), 0.0
    for day, gap in zip(days[1:], gaps, strict=True):
        if gap > limit:
            broken.add(day)
        at += min(gap, limit)
        offsets[day] = at
    return offsets, broken


def _positions(dated: Sequence[EventGroup], offsets: dict[datetime.date, float]) -> list[float]:
    if len(dated) == 1:
        return [WIDTH / 2]
    span = max(offsets.values())
    usable = WIDTH - 2 * _MARGIN
    xs = []
    for rank, group in enumerate(dated):
        by_rank = rank / (len(dated) - 1)
        by_date = offsets[group.date] / span if span else by_rank
        xs.append(_MARGIN + usable * (by_rank + by_date) / 2)
    return xs


def _break_xs(
    dated: Sequence[EventGroup], xs: Sequence[float], broken: set[datetime.date]
) -> tuple[float, ...]:
    """Midway between the last mark before each broken gap and the first after it."""
    return tuple(
        round((xs[i - 1] + xs[i]) / 2, 1)
        for i in range(1, len(dated))
        if dated[i].date in broken and dated[i - 1].date != dated[i].date
    )


def _day_labels(dated: Sequence[EventGroup], xs: Sequence[float]) -> tuple[TimelineDay, ...]:
    """One label a day, centred under that day's marks (four events of one day under four
    labels of the same date ran into one another), on the first row where it overlaps no
    other label."""
    runs: dict[datetime.date, list[float]] = {}
    for group, x in zip(dated, xs, strict=True):
        runs.setdefault(group.date, []).append(x)
    row_ends: list[float] = []  # the right edge of each row's last label
    labels = []
    for day, text in _day_texts(list(runs)):
        half = len(text) * _LETTER_WIDTH / 2
        # A label near an end is moved in rather than cut off by the edge of the strip.
        x = min(max(sum(runs[day]) / len(runs[day]), half), WIDTH - half)
        row = next((r for r, end in enumerate(row_ends) if x - half >= end + _LABEL_GAP), None)
        if row is None:
            row = len(row_ends)
            row_ends.append(0.0)
        row_ends[row] = x + half
        labels.append(TimelineDay(date=text, x=round(x, 1), y=_FIRST_ROW_Y + row * _ROW))
    return tuple(labels)


def _day_texts(days: Sequence[datetime.date]) -> list[tuple[datetime.date, str]]:
    """Each day's label: "5 Jan"; on a strip of several years the first day of each year says
    which ("28 Aug · 26 May" read as one summer), the rest of that year need not."""
    several_years = len({day.year for day in days}) > 1
    labels, year = [], None
    for day in days:
        text = short_date(day)
        if several_years and day.year != year:
            text, year = f"{text} {day.year}", day.year
        labels.append((day, text))
    return labels


def _radius(count: int, largest: int) -> float:
    # Area, not radius, grows with the count, so a big event does not look bigger than it is.
    if largest == 0:
        return 5.0
    return round(5 + (_MAX_RADIUS - 5) * math.sqrt(count / largest), 1)
