"""The index's timeline: the dated events as an SVG strip, laid out at build time, no script."""

from __future__ import annotations

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
    date: str
    count: str
    x: float
    radius: float
    count_y: float
    date_y: float
    empty: bool


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    axis_y: int
    axis_start: int
    axis_end: int
    marks: tuple[TimelineMark, ...]


def build_timeline(groups: Sequence[EventGroup], from_page: str) -> Timeline | None:
    """The dated events in date order, or None when there are none to draw.

    A mark's position blends its rank with its date, so the strip shows the gaps between
    events yet two events on the same day never sit on top of each other.
    """
    dated = [g for g in groups if g.date is not None]
    if not dated:
        return None
    dated.sort(key=lambda g: (g.date, g.id))
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
    crowded = any(b - a < _MIN_LABEL_GAP for a, b in zip(xs, xs[1:], strict=False))
    largest = max(len(g.articles) for g in dated)
    marks = []
    for rank, (group, x) in enumerate(zip(dated, xs, strict=True)):
        count = len(group.articles)
        radius = _radius(count, largest)
        row = rank % 2 if crowded else 0
        marks.append(
            TimelineMark(
                title=group.title,
                href=relative(from_page, group.path),
                label=f"{group.title}: {format_date(group.date)}, {counted(count, 'article')}",
                date=short_date(group.date),
                count=str(count),
                x=round(x, 1),
                radius=radius,
                count_y=_AXIS_Y - _MAX_RADIUS - 6,
                date_y=_AXIS_Y + _MAX_RADIUS + 18 + row * _ROW,
                empty=count == 0,
            )
        )
    rows = 2 if crowded else 1
    return Timeline(
        width=WIDTH,
        height=_AXIS_Y + _MAX_RADIUS + 10 + rows * _ROW,
        axis_y=_AXIS_Y,
        axis_start=_MARGIN // 2,
        axis_end=WIDTH - _MARGIN // 2,
        marks=tuple(marks),
    )


def _radius(count: int, largest: int) -> float:
    # Area, not radius, grows with the count, so a big event does not look bigger than it is.
    if largest == 0:
        return 5.0
    return round(5 + (_MAX_RADIUS - 5) * math.sqrt(count / largest), 1)
