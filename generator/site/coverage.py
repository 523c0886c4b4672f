"""The outlets page: which outlet covered which event, as a matrix whose cells link to the articles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.links import Link, relative
from generator.models import EventGroup
from generator.site.dates import short_date

UNKNOWN_OUTLET = "Outlet not recorded"
# A credit in brackets closing an outlet's name: "Newser (AP)", "WYPR (The Daily Post copy)".
_CREDIT = re.compile(r"^(?P<outlet>.*?\S)\s*\((?P<credit>[^()]*\w[^()]*)\)\s*$")


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
    the credit is shown beside each article it is given for."""
    outlets = sorted(
        {outlet_and_credit(a.outlet)[0] for g in groups for a in g.articles},
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
                    credit=outlet_and_credit(a.outlet)[1],
                )
                for a in group.articles
                if outlet_and_credit(a.outlet)[0] == outlet
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


def outlet_and_credit(name: str) -> tuple[str, str]:
    """An outlet's name without the credit in brackets that closes it, and that credit:
    ("Newser", "AP") from "Newser (AP)", (name, "") for a name with none."""
    match = _CREDIT.match(name)
    return (match["outlet"], match["credit"].strip()) if match else (name, "")
