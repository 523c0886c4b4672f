"""Two reports of one outlet share its house phrases whatever they report: their likeness
counts for less than two outlets' would."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from generator.briefing.discover import Weights
from generator.briefing.discover.clusters import _nearest_group
from generator.briefing.discover.likeness import SAME_OUTLET, outlet_fit
from generator.briefing.discover.pairs import _similarities
from tests.conftest import reported_item

THURSDAY = datetime.date(2031, 6, 5)
GAZETTE = "Harbour Gazette"
REPORTS = {
    "arrival": (
        GAZETTE,
        "Queen Ada lands at Ashmere",
        "Queen Ada stepped ashore at Ashmere to a brass band, the Gazette royal desk reports "
        "from her three-day tour.",
    ),
    "departure": (
        GAZETTE,
        "Queen Ada boards the royal barge at Port Tam",
        "Queen Ada boarded the royal barge at Port Tam as her three-day tour ended, the "
        "Gazette royal desk reports.",
    ),
    "farewell": (
        "Island Courier",
        "Crowds at Port Tam cheer Queen Ada off",
        "Crowds at Port Tam cheered as Queen Ada left for home.",
    ),
}


def items(with_outlets: bool) -> list:
    return [
        dataclasses.replace(
            reported_item(key, title, lead, THURSDAY), outlet=outlet if with_outlets else ""
        )
        for key, (outlet, title, lead) in REPORTS.items()
    ]


def test_one_outlets_two_reports_are_half_as_alike_as_their_words_make_them() -> None:
    apart, alike = items(with_outlets=False), items(with_outlets=True)
    plain = _similarities([0, 1, 2], apart, Weights().vectors(apart))
    known = _similarities([0, 1, 2], alike, Weights().vectors(alike))
    assert known[0, 1] == pytest.approx(SAME_OUTLET * plain[0, 1])
    assert known[1, 2] == pytest.approx(plain[1, 2])  # two outlets: as their words make them


def test_a_new_report_is_placed_by_its_news_not_by_its_outlets_phrases() -> None:
    # The departure report, placed in an edit: by its words alone it would join its own
    # outlet's arrival report; the other outlet's farewell is its news.
    plain = items(with_outlets=False)
    assert _nearest_group(1, plain, Weights().vectors(plain), [[0], [2]]) == [0]
    reports = items(with_outlets=True)
    assert _nearest_group(1, reports, Weights().vectors(reports), [[0], [2]]) == [2]


def test_only_a_known_outlet_named_alike_counts_as_one() -> None:
    assert outlet_fit(GAZETTE, "harbour gazette") == SAME_OUTLET
    assert outlet_fit(GAZETTE, "Island Courier") == 1.0
    assert outlet_fit("", "") == 1.0
