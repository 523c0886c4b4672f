"""A bare byline the cleaner removed names its author even when the headline opens with it
before a colon or a bar, or a column's "on" ("Jane Doe: Why ...", "Opinion | Jane Doe on
..."), or its surname is also a place word ("Sam Bridge"); a place after the names is none of
them ("Maria Gomez, Mexico City")."""

from __future__ import annotations

import pytest

from generator.briefing.authors import byline_author
from generator.models import FrontMatter, RemovedLine

TITLE = "Harbour ferries run late for a third week"


def inferred(line: str, title: str = TITLE) -> str:
    meta = FrontMatter(title=title, outlet="Channel Nine")
    found = byline_author(meta, [RemovedLine(line, "byline")])
    return found[0][1] if found else ""


@pytest.mark.parametrize(
    "title",
    [
        "Jane Doe: Why the ferry pier must be rebuilt",
        "Opinion | Jane Doe on the port's future",
        "Letters | Jane Doe",
    ],
)
def test_a_columnist_named_in_the_headline_is_still_the_author(title: str) -> None:
    assert inferred("Jane Doe", title) == "Jane Doe"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sam Bridge", "Sam Bridge"),
        ("Kim Lee and Sam Beach", "Kim Lee, Sam Beach"),
        ("Maria Gomez, Mexico City", "Maria Gomez"),
    ],
)
def test_a_surname_that_is_also_a_place_word_is_a_person(line: str, names: str) -> None:
    assert inferred(line) == names


def test_a_long_place_and_a_headline_running_on_from_a_tag_still_name_no_author() -> None:
    assert inferred("Corvin Harbour Bridge") == ""
    assert inferred("Marlow Vance", "Marlow Vance wins the county race") == ""
