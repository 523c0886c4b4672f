"""A site's template: a short line that recurs in several of one site's articles in a briefing
is dropped from each of them, with a reason naming the site, while its sentences stay."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import build as build_module
from generator.analysis.clean import clean
from generator.analysis.templates import site_templates
from generator.build import Project, build
from generator.urls import site_of

# A line no rule knows: the site's own furniture, on every one of its pages.
FURNITURE = "Harbour Herald Weekend Edition"
# A background sentence the site republishes with each update of the story: the story's own.
BACKGROUND = "The bridge carries about 90,000 vehicles a day and opened in 1932."

STORIES = {
    "closure": "Harbour Bridge closed after engineers find cracks",
    "divers": "Divers inspect the piers of the closed bridge",
    "ferries": "Ferry company adds sailings while the bridge is shut",
    "reopening": "Bridge to reopen to buses first, council says",
}


def article(slug: str, host: str, furniture: str = FURNITURE, front: str = "") -> str:
    title = STORIES[slug]
    return f"""\
---
title: {title}
url: https://www.{host}/news/{slug}
published: 2025-03-10
{front}---
{title}

The council said on Monday that work on the {slug} plan would start at once, officials said.

{furniture}

{BACKGROUND}

Engineers will report to the council again next week on the state of the cables.
"""


def built(make_content: Callable[..., Path], articles: dict[str, str], tmp_path: Path) -> dict:
    content = make_content(articles, config='title = "Bridge"\n')
    build(Project(content, tmp_path / "site"))  # raises BuildFailed on an error
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["articles"]}


def removed(entry: dict) -> dict[str, str]:
    return {item["line"]: item["reason"] for item in entry["removed"]}


def test_the_cleaner_alone_keeps_the_furniture() -> None:
    # What makes the rest of this file mean something: on one page, the line looks like a
    # subheading, and no rule drops it.
    cleaned = clean(article("closure", "harbourherald.example").split("---\n", 2)[2])
    assert FURNITURE in cleaned.text and FURNITURE in cleaned.template_candidates


def test_a_line_in_three_articles_of_one_site_is_dropped_from_each(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    slugs = ["closure", "divers", "ferries"]
    articles = built(
        make_content, {f"{s}.md": article(s, "harbourherald.example") for s in slugs}, tmp_path
    )
    for entry in articles.values():
        assert removed(entry)[FURNITURE] == (
            "site template (in 3 of 3 articles from harbourherald.example)"
        )
        assert FURNITURE not in entry["text"]
        # A sentence is never a template, however often it recurs.
        assert BACKGROUND in entry["text"]


def test_two_articles_of_a_site_or_three_sites_make_no_template(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    articles = built(
        make_content,
        {
            "closure.md": article("closure", "harbourherald.example"),
            "divers.md": article("divers", "harbourherald.example"),
            "ferries.md": article("ferries", "coastalcourier.example"),
            "reopening.md": article("reopening", "citytimes.example"),
        },
        tmp_path,
    )
    assert all(FURNITURE in entry["text"] for entry in articles.values())


def test_the_editors_keep_wins_over_the_template(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    kept = article("closure", "harbourherald.example", front=f'keep: ["{FURNITURE}"]\n')
    articles = built(
        make_content,
        {
            "closure.md": kept,
            "divers.md": article("divers", "harbourherald.example"),
            "ferries.md": article("ferries", "harbourherald.example"),
        },
        tmp_path,
    )
    texts = {entry["file"]: entry["text"] for entry in articles.values()}
    assert FURNITURE in texts["articles/closure.md"]
    assert FURNITURE not in texts["articles/divers.md"]


def test_a_new_article_makes_the_template_and_a_later_build_agrees(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content(
        {f"{s}.md": article(s, "harbourherald.example") for s in ["closure", "divers"]},
        config='title = "Bridge"\n',
    )
    site = tmp_path / "site"
    build(Project(content, site))
    (content / "articles" / "ferries.md").write_text(
        article("ferries", "harbourherald.example"), encoding="utf-8"
    )
    added = build(Project(content, site))
    assert added.analysed == 3  # the two others are cleaned again, now without the line
    (site / "index.html").unlink()  # not the unchanged site: a real build, all from the cache
    again = build(Project(content, site))
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert again.analysed == 0
    assert all(FURNITURE not in entry["text"] for entry in data["articles"])


def test_half_of_a_sites_articles_must_share_a_line() -> None:
    lines = {f"a{i}": ("example.com", ["Section: Local"] if i < 3 else []) for i in range(8)}
    assert site_templates(lines) == {}
    lines["a3"] = ("example.com", ["Section: Local"])
    assert set(site_templates(lines)) == {"a0", "a1", "a2", "a3"}


def test_the_site_is_the_host_without_www_else_the_outlet() -> None:
    assert site_of("https://www.example.com/a", "Example") == "example.com"
    assert site_of("", "The Example Times") == "The Example Times"
    assert site_of("", "") == ""


def test_an_article_cleaned_again_without_its_template_is_not_read_again(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(
        {f"{s}.md": article(s, "harbourherald.example") for s in ["closure", "divers", "ferries"]},
        config='title = "Bridge"\n',
    )
    read: list[Path] = []
    original = build_module.read_bytes
    monkeypatch.setattr(
        build_module, "read_bytes", lambda path: read.append(path) or original(path)
    )
    report = build(Project(content, tmp_path / "site"))
    # Each file twice: hashed, then parsed; not a third time to be cleaned again.
    assert report.analysed == 3 and sorted(Counter(read).values()) == [2, 2, 2]
