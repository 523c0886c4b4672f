"""A group's origin when no copy credits an agency: the outlet all their outlet names credit in
brackets, else the earliest dated copy named by its outlet (never by an article's id)."""

from __future__ import annotations

import datetime

from generator.briefing.copies import Source, origin

STORY = (
    "The harbour board voted on Thursday to close the old ferry pier for a year of repairs, "
    "its chairman told reporters."
)
FIRST = datetime.date(2031, 3, 4)
SECOND = datetime.date(2031, 3, 5)


def test_copies_whose_outlet_names_all_credit_one_outlet_have_it_as_origin() -> None:
    early = Source("k1", STORY, "tea.example", FIRST, "Teacup Times (Harbour Courier)")
    late = Source("k2", STORY, "mill.example", SECOND, "Mill Wire (Harbour Courier)")
    found = origin([late, early])
    assert (found.name, found.article) == ("Harbour Courier", "k1")
    assert found.how == "credited in the outlet's name 'Teacup Times (Harbour Courier)'"


def test_copies_crediting_other_outlets_in_brackets_name_none_of_them() -> None:
    early = Source("k1", STORY, "tea.example", FIRST, "Teacup Times (Harbour Courier)")
    late = Source("k2", STORY, "mill.example", SECOND, "Mill Wire (Lantern Post)")
    assert origin([early, late]).name == "Teacup Times (Harbour Courier)"


def test_an_agency_a_copy_credits_comes_before_the_outlet_names() -> None:
    credited = Source("k1", f"SEOUL (AFP) - {STORY}", "tea.example", SECOND, "Teacup (Courier)")
    other = Source("k2", STORY, "mill.example", FIRST, "Mill Wire (Courier)")
    assert origin([credited, other]).name == "AFP"


def test_the_earliest_dated_copy_is_named_by_its_outlet_not_its_id() -> None:
    early = Source("harbour-board-closes-pier", STORY, "tea.example", FIRST, "Teacup Times")
    late = Source("harbour-board-closes-pier-2", STORY, "mill.example", SECOND, "Mill Wire")
    found = origin([late, early])
    assert (found.name, found.article) == ("Teacup Times", "harbour-board-closes-pier")
    assert found.how == "earliest dated copy (2031-03-04)"
    # Without an outlet name, its site names it.
    assert origin([late, Source("k1", STORY, "tea.example", FIRST)]).name == "tea.example"


def test_a_place_in_brackets_is_no_origin() -> None:
    early = Source("k1", STORY, "tea.example", FIRST, "Teacup Times (UK)")
    late = Source("k2", STORY, "mill.example", SECOND, "Mill Wire (Lantern Bay, CT)")
    assert origin([early, late]).name == "Teacup Times (UK)"
    same = Source("k3", STORY, "mill.example", SECOND, "Mill Wire (UK)")
    assert origin([early, same]).name == "Teacup Times (UK)"


def test_the_original_a_copy_names_comes_before_the_outlet_names() -> None:
    early = Source("k1", STORY, "tea.example", FIRST, "Teacup Times (Harbour Courier)")
    based = Source(
        "k2", STORY, "mill.example", SECOND, "Mill Wire (Harbour Courier)", "https://orig.example/x"
    )
    assert origin([early, based]).name == "https://orig.example/x"
