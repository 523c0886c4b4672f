"""A pointer line's capitalised word after "on" or "in" names an outlet only when it reads as
one: a day, a date, a language or a page ("originally published on March 27, 2024", "first
appeared on Monday", "first published in English", "continues on Page 3") names no origin."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.copies import Source, origin
from generator.briefing.copies.origins import credits

BODY = "The council voted on Tuesday to close the branch library on Elm Row. " * 20


@pytest.mark.parametrize(
    "tail",
    [
        "This story was originally published on March 27, 2024.",
        "This story was originally published on Tuesday March 26.",
        "The article first appeared on Monday in print.",
        "This article was first published in English by our partners.",
        "The story continues on Page 3.",
    ],
)
def test_a_pointer_to_a_day_a_language_or_a_page_names_no_outlet(tail: str) -> None:
    assert credits(f"{BODY}\n{tail}", "Lantern Radio") == ()


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("This story was originally published by The Sunday Ledger.", "The Sunday Ledger"),
        ("This story first appeared in Gristmill, a nonprofit newsroom.", "Gristmill"),
    ],
)
def test_an_outlet_named_like_a_day_or_alone_is_still_an_outlet(tail: str, outlet: str) -> None:
    assert [credit.agency for credit in credits(f"{BODY}\n{tail}", "Lantern Radio")] == [outlet]


def test_a_dated_pointer_leaves_the_origin_to_the_earliest_copy() -> None:
    dated = "This story was originally published on March 27, 2024."
    members = [
        Source("a", f"{BODY}\n{dated}", "radio.example", datetime.date(2024, 3, 28), "KQRX"),
        Source("b", BODY, "ledger.example", datetime.date(2024, 3, 27), "Elm Ledger"),
    ]
    found = origin(members)
    assert (found.name, found.article) == ("Elm Ledger", "b")
