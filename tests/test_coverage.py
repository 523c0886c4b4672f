"""The outlets page's matrix: every article in exactly one cell, linked from the page."""

from __future__ import annotations

import datetime

from generator.models import EventGroup
from generator.site.coverage import UNKNOWN_OUTLET, build_coverage
from tests.conftest import article


def test_matrix_puts_each_article_under_its_outlet_and_event() -> None:
    groups = [
        EventGroup(
            "e",
            "E",
            datetime.date(2026, 1, 5),
            "",
            "events/e.html",
            (
                article(id="a", path="articles/a.html", outlet="Zeta"),
                article(id="b", path="articles/b.html", outlet="alpha", published=None),
            ),
        ),
        EventGroup(
            "other",
            "Other",
            None,
            "",
            "events/other.html",
            (
                article(id="c", path="articles/c.html", outlet=""),
                article(id="d", path="articles/d.html", outlet="Zeta"),
            ),
        ),
    ]
    matrix = build_coverage(groups, "outlets.html")
    assert [c.href for c in matrix.columns] == ["events/e.html", "events/other.html"]
    assert [r.outlet for r in matrix.rows] == ["alpha", "Zeta", UNKNOWN_OUTLET]
    alpha, zeta, unknown = matrix.rows
    assert [[link.href for link in cell] for cell in zeta.cells] == [
        ["articles/a.html"],
        ["articles/d.html"],
    ]
    assert alpha.cells[0][0].shown == "undated" and zeta.cells[0][0].shown == "5 Jan"
    assert not unknown.known and unknown.total == 1
    assert matrix.totals == (2, 2) and matrix.total == 4
