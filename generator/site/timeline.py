"""The index's timeline: the dated events as an SVG strip, laid out at build time, no script."""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.links import relative
from generator.models import EventGroup
from generator.site.dates import format_date, short_date
from generator.wording import counted

WIDTH = 480
_MARGIN = 48  # room for a centred label at either end
_AXIS_Y = 44
_ROW = 20  # height of one line of date labels
_MIN_LABEL_GAP = 60  # closer marks than this put their date labels on alternate rows
_MAX_RADIUS = 15


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


def build_timeline(groups: Sequence[EventGroup], from_page: str) -> Timeline | None:
    """The dated events in date order, or None when there are none to draw.

    A mark's position blends its rank with its date, so the strip shows the gaps between
    events yet two events on the same day never sit on top of each other.
    """
    # By day, and within a day as the page lists the events (a stable sort keeps that order).
    dated = sorted((g for g in groups if g.date is not None), key=lambda g: g.date)
    if not dated:
        return None
    first, last = dated[0].date, dated[-1].date
    span = (last - first).days
    usable = WIDTH - 2 * _MARGIN
    xs = []
    for rank, group in enumerate(dated):
        if len(dated) == 1:
            xs.append(WIDTH / 2)
            continue
        by_rank = rank / (len(dated) - 1)
        by_date = (group.date - first).days / span if span else by_rank
        xs.append(_MARGIN + usable * (by_rank + by_date) / 2)
    largest = max(len(g.articles) for g in dated)
    marks = []
    for group, x in zip(dated, xs, strict=True):
        count = len(group.articles)
        marks.append(
            TimelineMark(
                title=group.title,
                href=relative(from_page, group.path),
                label=f"{group.title}: {format_date(group.date)}, {counted(count, 'article')}",
                count=str(count),
                x=round(x, 1),
                radius=_radius(count, largest),
                count_y=_AXIS_Y - _MAX_RADIUS - 6,
                empty=count == 0,
            )
        )
    days = _day_labels(dated, xs)
    rows = len({day.y for day in days})
    return Timeline(
        width=WIDTH,
        height=_AXIS_Y + _MAX_RADIUS + 10 + rows * _ROW,
        axis_y=_AXIS_Y,
        axis_start=_MARGIN // 2,
        axis_end=WIDTH - _MARGIN // 2,
        marks=tuple(marks),
        days=days,
    )


def _day_labels(dated: Sequence[EventGroup], xs: Sequence[float]) -> tuple[TimelineDay, ...]:
    """One label a day, centred under that day's marks: four events of one day under four
    labels of the same date ran into one another. Labels closer than a label's width take
    alternate rows."""
    runs: dict[datetime.date, list[float]] = {}
    for group, x in zip(dated, xs, strict=True):
        runs.setdefault(group.date, []).append(x)
    centres = [(day, sum(run) / len(run)) for day, run in runs.items()]
    # Days of more than one year say which: "28 Aug · 26 May" read as one summer.
    years = len({group.date.year for group in dated if group.date}) > 1
    gaps = (b[1] - a[1] for a, b in zip(centres, centres[1:], strict=False))
    crowded = any(gap < _MIN_LABEL_GAP for gap in gaps)
    return tuple(
        TimelineDay(
            date=f"{short_date(day)} {day.year}" if years else short_date(day),
            x=round(x, 1),
            y=_AXIS_Y + _MAX_RADIUS + 18 + (rank % 2 if crowded else 0) * _ROW,
        )
        for rank, (day, x) in enumerate(centres)
    )


def _radius(count: int, largest: int) -> float:
    # Area, not radius, grows with the count, so a big event does not look bigger than it is.
    if largest == 0:
        return 5.0
    return round(5 + (_MAX_RADIUS - 5) * math.sqrt(count / largest), 1)
