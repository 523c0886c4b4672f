"""A text file with no title that opens on the site's name ("Riverside News Wave") gets its
headline, and so its title and page id, from the real headline line below it, or from its lead;
the name goes as the masthead. A real short headline on top ("Markets Rally Again") is never
skipped, nor one that names an outlet and goes on with a verb."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.analysis.clean import HEADLINE_FROM_LEAD, clean
from generator.build import Project, build

STORY = """\
Shares in the region's biggest lenders rose for a third day on Thursday as investors bet that interest rates had peaked.

The main index closed 1.8% higher, its best week since March.
"""


def test_the_headline_under_a_masthead_is_taken_and_the_masthead_dropped():
    cleaned = clean(f"Lakeside News Wave\n\nMarkets Rally Again\n\n{STORY}")
    assert cleaned.headline == "Markets Rally Again"
    assert ("Lakeside News Wave", "masthead") in {(r.line, r.reason) for r in cleaned.removed}
    assert "Lakeside News Wave" not in cleaned.text


def test_a_masthead_alone_over_the_story_gives_way_to_the_lead():
    cleaned = clean(f"Harbour Valley Times\n\n{STORY}")
    assert HEADLINE_FROM_LEAD in cleaned.flags
    assert cleaned.headline.startswith("Shares in the region's biggest lenders rose")
    assert "Harbour Valley Times" not in cleaned.text


def test_a_short_real_headline_on_top_is_the_headline():
    cleaned = clean(f"Markets Rally Again\n\n{STORY}")
    assert cleaned.headline == "Markets Rally Again"
    assert HEADLINE_FROM_LEAD not in cleaned.flags


@pytest.mark.parametrize(
    "headline",
    [
        "Lakeside News Settles Lawsuit",  # the outlet's name, then a verb
        "Post Office Closes",
        "Press Freedom Day Marked",
        "Star Striker Injured",
        "Lakeside News Roundup",  # a feature's name heads its own page
    ],
)
def test_a_headline_naming_an_outlet_or_its_kind_stays_the_headline(headline: str):
    assert clean(f"{headline}\n\n{STORY}").headline == headline


def test_a_text_file_opening_on_a_masthead_is_named_by_its_headline(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    text = f"Lakeside News Wave\nMarkets Rally Again\n\n{STORY}"
    content = make_content({"markets.txt": text})
    build(Project(content, tmp_path / "site"))
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    (record,) = data["articles"]
    assert (record["id"], record["title"]) == ("markets-rally-again", "Markets Rally Again")
    assert {"line": "Lakeside News Wave", "reason": "masthead"} in record["removed"]
