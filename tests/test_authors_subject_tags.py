"""An author inferred from a removed byline reads as a person's name: a topic tag or a place
the cleaner took for a byline ("Harbor Point Bridge" above "Harbor Point Bridge collapse: ...")
names no author."""

from __future__ import annotations

import pytest

from generator.briefing.authors import byline_author
from generator.models import FrontMatter, RemovedLine

TITLE = "Marlow Vance Bridge collapse: divers recover two bodies from the river"


def inferred(line: str, title: str = TITLE) -> str:
    meta = FrontMatter(title=title, outlet="Channel Nine")
    found = byline_author(meta, [RemovedLine(line, "byline")])
    return found[0][1] if found else ""


@pytest.mark.parametrize("tag", ["Marlow Vance Bridge", "Corwin County", "Elm Street Station"])
def test_a_tag_or_place_taken_for_a_byline_names_no_author(tag: str) -> None:
    assert inferred(tag) == ""


def test_a_bare_name_the_headline_is_about_is_no_byline() -> None:
    assert inferred("Marlow Vance", "Marlow Vance wins the county race") == ""


def test_a_person_s_byline_still_names_its_author() -> None:
    assert inferred("Dana Whitfield") == "Dana Whitfield"
    assert inferred("By Marlow Vance", "Marlow Vance Bridge reopens") == "Marlow Vance"


def test_a_bare_byline_whose_surname_is_also_a_place_word_is_still_a_person() -> None:
    assert inferred("Jane Hall") == "Jane Hall"
    assert inferred("Tom Park") == "Tom Park"
