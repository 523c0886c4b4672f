"""The outlets page: which outlet covered which event, as a matrix whose cells link to the articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.links import Link, relative
from generator.models import EventGroup
from generator.site.dates import short_date

UNKNOWN_OUTLET = "Outlet not recorded"


@dataclass(frozen=True)
class CoverageLink:
    """One article in a cell: the date is shown, the title is read out and shown on hover."""

    title: str
    shown: str
    href: str


@dataclass(frozen=True)
class CoverageRow:
    outlet: str
    known: bool
    cells: tuple[tuple[CoverageLink, ...], ...]  # one per column, in column order
    total: int


@dataclass(frozen=True)
class CoverageMatrix:
    columns: tuple[Link, ...]  # the events, linking to their pages
    rows: tuple[CoverageRow, ...]
    totals: tuple[int, ...]  # articles per event
    total: int


def build_coverage(groups: Sequence[EventGroup], from_page: str) -> CoverageMatrix:
    """Outlets alphabetically (an unrecorded outlet last) against the events in briefing order."""
    outlets = sorted(
        {a.outlet for g in groups for a in g.articles},
        key=lambda o: (not o, o.casefold(), o),
    )
    rows = []
    for outlet in outlets:
        cells = tuple(
            tuple(
                CoverageLink(
                    title=a.title,
                    shown=short_date(a.published) or "undated",
                    href=relative(from_page, a.path),
                )
                for a in group.articles
                if a.outlet == outlet
            )
            for group in groups
        )
        rows.append(
            CoverageRow(
                outlet=outlet or UNKNOWN_OUTLET,
                known=bool(outlet),
                cells=cells,
                total=sum(len(cell) for cell in cells),
            )
        )
    return CoverageMatrix(
        columns=tuple(Link(g.title, relative(from_page, g.path)) for g in groups),
        rows=tuple(rows),
        totals=tuple(len(g.articles) for g in groups),
        total=sum(len(g.articles) for g in groups),
    )
