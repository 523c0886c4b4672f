"""The speakers page lists people and organisations by name, and the quotations of speakers no
name identifies ("One resident", "Officials") apart, each with its own article's words for its
speaker: two articles' "one resident" are not one person with two quotations."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.briefing.speakers import names_no_one
from generator.build import Project, build

FIRST = """\
---
title: Villagers dig for survivors after the quake
outlet: Example News
published: 2031-09-10
---
Villagers in Tarvelo dug through rubble on Sunday after the earthquake, the district office said.

One resident, who asked not to be named, said: "Nobody came for two days and we dug with our hands."

Governor Lucas Ferreira said: "Help is on its way to every village."
"""
SECOND = """\
---
title: Aid reaches mountain villages
outlet: Example Post
published: 2031-09-11
---
The first aid lorries reached the mountain villages on Monday, the governor's office said.

"We slept in the olive grove with the children," one resident said.
"""


def headings(content: Path, tmp_path: Path) -> tuple[list[str], str]:
    site = tmp_path / "site"
    build(Project(content, site))
    html = (site / "speakers.html").read_text(encoding="utf-8")
    return re.findall(r"<h2 id=\"[^\"]+\">([^<]+)</h2>", html), html


def test_unnamed_speakers_are_listed_apart_each_with_their_words(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content({"first.md": FIRST, "second.md": SECOND})
    found, html = headings(content, tmp_path)
    assert "Lucas Ferreira" in found
    assert "Unnamed sources" in found
    assert not any("resident" in heading.lower() for heading in found)
    unnamed = html.split('id="unnamed-sources"', 1)[1]
    assert "Nobody came for two days" in unnamed and "We slept in the olive grove" in unnamed
    assert unnamed.lower().count("one resident</strong>") == 2


@pytest.mark.parametrize(
    ("speaker", "unnamed"),
    [
        ("One resident", True),
        ("a senior official", True),
        ("Officials", True),
        ("Critics", True),
        ("Lucas Ferreira", False),
        ("Reuters", False),
        ("Regional Prosecutor's Office", False),
        ("Williams", False),
    ],
)
def test_which_speakers_name_no_one(speaker: str, unnamed: bool) -> None:
    assert names_no_one(speaker) is unnamed
