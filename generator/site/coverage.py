"""The outlets page: which outlet covered which event, as a matrix whose cells link to the articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.links import Link, relative
from generator.models import Article, EventGroup
from generator.site.dates import short_date
from generator.wires import outlet_and_credit

UNKNOWN_OUTLET = "Outlet not recorded"


@dataclass(frozen=True)
class CoverageLink:
    """One article in a cell: the date is shown, the title is read out and shown on hover."""

    title: str
    shown: str
    href: str
    credit: str = ""  # what the outlet's name credits in brackets for this article: "AP"


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
    """Outlets alphabetically (an unrecorded outlet last) against the events in briefing order.
    An outlet is one row whatever its articles credit in brackets ("Newser" and "Newser (AP)"):
    the credit is shown beside each article it is given for. A bracket saying where an outlet
    is names another outlet: "Daily Herald (UT)" and "Daily Herald (IL)" are two rows."""
    split = {
        name: outlet_and_credit(name) for name in {a.outlet for g in groups for a in g.articles}
    }
    cells: dict[str, list[list[CoverageLink]]] = {}
    for column, group in enumerate(groups):  # one pass over the articles, each split once
        for a in group.articles:
            outlet, credit = split[a.outlet]
            if outlet not in cells:
                cells[outlet] = [[] for _ in groups]
            cells[outlet][column].append(_link(a, credit, from_page))
    rows = tuple(
        CoverageRow(
            outlet=outlet or UNKNOWN_OUTLET,
            known=bool(outlet),
            cells=tuple(map(tuple, cells[outlet])),
            total=sum(map(len, cells[outlet])),
        )
        for outlet in sorted(cells, key=lambda o: (not o, o.casefold(), o))
    )
    return CoverageMatrix(
        columns=tuple(Link(g.title, relative(from_page, g.path)) for g in groups),
        rows=rows,
        totals=tuple(len(g.articles) for g in groups),
        total=sum(len(g.articles) for g in groups),
    )


def _link(article: Article, credit: str, from_page: str) -> CoverageLink:
    return CoverageLink(
        title=article.title,
        shown=short_date(article.published) or "undated",
        href=relative(from_page, article.path),
        credit=credit,
    )
