"""A line that points the reader to the outlet whose story it is ("The story continues at
The Daily Post", "This story was originally published by ...", "Read the full story at ...")
names that outlet as the report's origin, agency or not; an outlet pointing to itself names
none."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.copies import Source, origin
from generator.briefing.copies.origins import own_origin

DAY = datetime.date(2026, 3, 2)
STORY = (
    "The ferry Wren is on the move again.\n\n"
    "Tugboats began moving the vessel around 7 a.m. after it became buoyant overnight, "
    "harbour officials said in a statement on Monday morning.\n\n"
    "Crews had spent the weekend pumping water out of its hold."
)


@pytest.mark.parametrize(
    ("pointer", "outlet"),
    [
        (
            "The story continues at The Lantern Gazette: https://lantern.example/wren",
            "The Lantern Gazette",
        ),
        ("This story was originally published by Ridge Courier.", "Ridge Courier"),
        ("Read the full story at the Harbor Ledger", "The Harbor Ledger"),
    ],
)
def test_a_pointer_line_names_its_outlet_as_the_origin(pointer: str, outlet: str) -> None:
    found = own_origin(Source("a", f"{STORY}\n\n{pointer}", "radio.example", DAY, "KQRX"))
    assert found is not None and found.name == outlet
    assert found.article == "a"


def test_an_outlet_pointing_to_its_own_site_names_no_origin() -> None:
    text = f"{STORY}\n\nRead the full story at KQRX"
    assert own_origin(Source("a", text, "kqrx.example", DAY, "KQRX (Lantern copy)")) is None


def test_a_group_whose_copy_points_to_another_copys_outlet_comes_from_that_copy() -> None:
    pointing = Source(
        "a",
        f"{STORY}\n\nThe story continues at The Lantern Gazette: Wren leaves the harbour.",
        "radio.example",
        DAY,
        "KQRX (The Lantern Gazette copy)",
    )
    own = Source("b", STORY, "lantern.example", DAY, "The Lantern Gazette")
    found = origin([pointing, own])
    assert (found.name, found.article) == ("The Lantern Gazette", "b")
    assert "in KQRX (The Lantern Gazette copy)" in found.how


def test_an_agency_credit_still_outweighs_no_pointer() -> None:
    found = own_origin(Source("a", f"HARBOR CITY (AP) — {STORY}", "kqrx.example", DAY, "KQRX"))
    assert found is not None and found.name == "AP"


def test_a_pointer_to_a_full_report_names_no_outlet() -> None:
    text = f"{STORY}\n\nRead the full report at Harbor Safety Board"
    assert own_origin(Source("a", text, "kqrx.example", DAY, "KQRX")) is None
