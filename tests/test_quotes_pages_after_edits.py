"""Pages that list quotations are fingerprinted by each event's quotations once a build
(SiteView.quote_keys): after any edit, an incremental build's pages are those of a build
from scratch, the speakers page and the event pages included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import Memory, Project, build
from tests.conftest import REPO


def _files(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()
    }


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a very important cooperative partner", "a most important cooperative partner"),
        ('outlet: "Sino Daily"', 'outlet: "Sino Daily Weekly"'),
        (" Lee said during a meeting", " Moon said during a meeting"),
    ],
)
def test_after_an_edit_the_quotation_pages_are_those_of_a_build_from_scratch(
    tmp_path: Path, old: str, new: str
) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    memory = Memory()  # as watch mode keeps it between builds
    site = tmp_path / "site"
    build(Project(content, site), memory=memory)
    before = _files(site)
    _edit(next((content / "articles").glob("005_*")), old, new)
    build(Project(content, site), memory=memory)
    fresh = tmp_path / "fresh"
    build(Project(content, fresh, cache=tmp_path / "fresh-cache"))
    after, expected = _files(site), _files(fresh)
    assert after == expected
    assert after["speakers.html"] != before["speakers.html"]
