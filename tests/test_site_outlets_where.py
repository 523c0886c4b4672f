"""The outlets page keeps a bracket that says where an outlet is in its name ("Daily Herald
(UT)" and "Daily Herald (IL)" are two outlets, "(New Haven, CT)" no credit), and splits each
outlet's name once, not once per outlet and article."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.copies import origins
from generator.models import EventGroup
from generator.site import coverage
from generator.site.coverage import CoverageMatrix, build_coverage
from tests.conftest import article


def matrix_of(*outlets: str) -> CoverageMatrix:
    articles = tuple(
        article(id=f"a{i}", path=f"articles/a{i}.html", outlet=name)
        for i, name in enumerate(outlets)
    )
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    return build_coverage([group], "outlets.html")


def test_two_outlets_of_one_name_in_two_places_are_two_rows() -> None:
    matrix = matrix_of("Daily Herald (UT)", "Daily Herald (IL)", "Courant (New Haven, CT)")
    assert [row.outlet for row in matrix.rows] == [
        "Courant (New Haven, CT)",
        "Daily Herald (IL)",
        "Daily Herald (UT)",
    ]
    assert all(link.credit == "" for row in matrix.rows for link in row.cells[0])


def test_an_agency_in_brackets_is_still_a_credit() -> None:
    matrix = matrix_of("Lantern (AP)", "Lantern (UPI)", "Lantern")
    assert [row.outlet for row in matrix.rows] == ["Lantern"]
    assert [link.credit for link in matrix.rows[0].cells[0]] == ["AP", "UPI", ""]


@pytest.mark.parametrize(
    ("name", "outlet", "same"),
    [
        ("Daily Herald (UT)", "Daily Herald (IL)", False),
        ("Daily Herald", "Daily Herald (UT)", True),
        ("The Daily Post", "Daily Post (AP)", True),
    ],
)
def test_a_place_in_brackets_tells_two_outlets_apart(name: str, outlet: str, same: bool) -> None:
    assert origins.same_outlet(name, outlet) is same


def test_each_outlet_name_is_split_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    split = coverage.outlet_and_credit

    def counted(name: str) -> tuple[str, str]:
        calls.append(name)
        return split(name)

    monkeypatch.setattr(coverage, "outlet_and_credit", counted)
    matrix_of(*[f"Outlet {i % 5}" for i in range(40)])
    assert sorted(calls) == [f"Outlet {i}" for i in range(5)]
