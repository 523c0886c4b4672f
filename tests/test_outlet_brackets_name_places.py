"""A bracket after an outlet's name that says where the outlet is ("Lantern (Kenya)", "Ledger
(Hong Kong)") belongs to its name: it tells two papers apart, and is neither a report's origin
nor a credit on the outlets page. A bracket naming no known place (an agency, another outlet,
"Axios", "NBC") credits."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.copies import Source, origin
from generator.briefing.copies.origins import same_outlet
from generator.models import EventGroup
from generator.site.coverage import build_coverage
from generator.wires import outlet_and_credit
from tests.conftest import article

STORY = (
    "The harbour board voted on Thursday to close the old ferry pier for a year of repairs, "
    "its chairman told reporters."
)
FIRST = datetime.date(2031, 3, 4)
SECOND = datetime.date(2031, 3, 5)


@pytest.mark.parametrize(
    "name",
    [
        "Lantern (Kenya)",  # a country
        "The Quay Ledger (Lagos)",  # a city
        "Lantern (Hong Kong)",  # a place of two words
        "Ledger (South Africa)",
        "Lantern (U.S.)",  # a country's initials with their full stops
        "Quay Notes (blog)",  # the outlet's own kind, no one's credit
    ],
)
def test_a_place_in_brackets_stays_in_the_outlets_name(name: str) -> None:
    assert outlet_and_credit(name) == (name, "")


@pytest.mark.parametrize(
    ("name", "credit"),
    [
        ("Lantern (AP)", "AP"),  # an agency
        ("Lantern (Reuters video)", "Reuters video"),
        ("Lantern (Harbour Courier)", "Harbour Courier"),  # a paper: its kind's word
        ("Lantern (Ridge Star / AP)", "Ridge Star / AP"),
        ("Lantern (The Quay)", "The Quay"),  # "The" opens an outlet's name, not a place's
        ("Lantern (WKXT)", "WKXT"),  # a station's call letters
        ("Lantern (Newsquay)", "Newsquay"),  # a word opening with "News"
        ("Lantern (quayside.com)", "quayside.com"),  # a web address
    ],
)
# Guards, passing before the change too: what credits another outlet stays a credit.
def test_an_agency_or_another_outlet_in_brackets_is_still_a_credit(name: str, credit: str) -> None:
    assert outlet_and_credit(name) == ("Lantern", credit)


@pytest.mark.parametrize(
    ("name", "bare", "credit"),
    [
        # Outlets whose names have no word of a news outlet's kind: a place is known by name,
        # and what is no known place is whose the report is.
        ("Yahoo News (Axios)", "Yahoo News", "Axios"),
        ("MSN (Politico)", "MSN", "Politico"),
        ("MSN (Al Jazeera)", "MSN", "Al Jazeera"),
        ("Yahoo (HuffPost)", "Yahoo", "HuffPost"),
        ("MSN (Le Monde)", "MSN", "Le Monde"),
        ("Yahoo (Forbes)", "Yahoo", "Forbes"),
        ("MSN (Salon)", "MSN", "Salon"),
        ("MSN (Vox)", "MSN", "Vox"),
        ("Quayside Radio (Tidewell)", "Quayside Radio", "Tidewell"),  # an invented name
        ("Lantern (NBC)", "Lantern", "NBC"),  # a network's initials, no place's
        ("Lantern (KQA)", "Lantern", "KQA"),
    ],
)
def test_another_outlet_named_in_brackets_is_a_credit(name: str, bare: str, credit: str) -> None:
    assert outlet_and_credit(name) == (bare, credit)


@pytest.mark.parametrize(
    "name",
    [
        "Lantern (Ontario)",  # a province
        "Lantern (New South Wales)",  # a state of Australia
        "Lantern (London)",  # a city a paper is known by
        "Lantern (The Netherlands)",
        "Lantern (NSW)",  # a state's initials
        "Lantern (N.Y.)",
        "Lantern (Ore.)",  # a state in news style
        "Lantern (Middle East)",  # a region an edition serves
        "Quay Notes (print edition)",  # lower-case words: the outlet's own kind
    ],
)
# Guards for the list of places (all but "The Netherlands" passed before, read by shape).
def test_a_known_place_or_the_outlets_kind_stays_in_its_name(name: str) -> None:
    assert outlet_and_credit(name) == (name, "")


def test_copies_of_outlets_in_one_country_do_not_name_the_country_as_origin() -> None:
    early = Source("k1", STORY, "lantern.example", FIRST, "Lantern (Kenya)")
    late = Source("k2", STORY, "ledger.example", SECOND, "The Quay Ledger (Kenya)")
    found = origin([late, early])
    assert found.name == "Lantern (Kenya)"
    assert found.how == "earliest dated copy (2031-03-04)"


def test_papers_of_one_name_in_two_countries_are_two_outlets() -> None:
    assert not same_outlet("Lantern (Kenya)", "Lantern (Ghana)")
    assert same_outlet("Lantern", "Lantern (Kenya)")  # a pointer's bare name is either one's


def test_the_outlets_page_keeps_a_place_in_the_row_and_credits_nothing() -> None:
    articles = tuple(
        article(id=f"a{i}", path=f"articles/a{i}.html", outlet=name)
        for i, name in enumerate(["Lantern (Kenya)", "Lantern (Ghana)", "Lantern (Kenya)"])
    )
    group = EventGroup("e", "Event", FIRST, "", "events/e.html", articles)
    matrix = build_coverage([group], "outlets.html")
    assert [(row.outlet, row.total) for row in matrix.rows] == [
        ("Lantern (Ghana)", 1),
        ("Lantern (Kenya)", 2),
    ]
    assert all(link.credit == "" for row in matrix.rows for link in row.cells[0])


def test_the_outlets_page_gives_an_aggregator_one_row_whatever_it_credits() -> None:
    articles = tuple(
        article(id=f"a{i}", path=f"articles/a{i}.html", outlet=name)
        for i, name in enumerate(["Yahoo News (Axios)", "Yahoo News (Reuters)"])
    )
    group = EventGroup("e", "Event", FIRST, "", "events/e.html", articles)
    matrix = build_coverage([group], "outlets.html")
    assert [(row.outlet, row.total) for row in matrix.rows] == [("Yahoo News", 2)]
    credits = sorted(link.credit for row in matrix.rows for link in row.cells[0])
    assert credits == ["Axios", "Reuters"]


def test_copies_all_crediting_one_outlet_name_it_their_origin() -> None:
    early = Source("y1", STORY, "yahoo.example", FIRST, "Yahoo News (Axios)")
    late = Source("y2", STORY, "msn.example", SECOND, "MSN (Axios)")
    assert origin([late, early]).name == "Axios"
