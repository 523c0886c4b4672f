"""Rendering a report published on many sites weighs each copy once: every copy's page names
all the others, and whether each is a rewrite is worked out once a build, not on each page."""

from __future__ import annotations

import datetime

import pytest

from generator.models import Article, BriefingConfig, EventGroup, Origin, Provenance, Share
from generator.site import sources
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from tests.conftest import article

COPIES = 12
REWRITE = "c03"  # shares little of its text with each other copy: a rewrite


def _copies() -> list[Article]:
    ids = [f"c{number:02}" for number in range(COPIES)]
    origin = Origin("c00", "earliest dated copy (2026-01-05)", "c00")
    return [
        article(
            id=i,
            path=f"articles/{i}.html",
            title=f"Headline {i}",
            url=f"https://{i}.example/story",
            outlet=f"Outlet {i.upper()}",
            provenance=Provenance(
                copy_group="c00",
                shared_with=tuple(
                    Share(other, 0.2 if REWRITE in (i, other) else 0.9)
                    for other in ids
                    if other != i
                ),
                origin=origin,
            ),
        )
        for i in ids
    ]


def _pages(articles: list[Article]) -> dict[str, bytes]:
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    config = BriefingConfig(title="Briefing", description="")
    env = make_environment(default_templates())
    return dict(render_site(config, [group], keyword_index(articles), env))


def test_each_copy_is_weighed_as_a_rewrite_once_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    weighed: list[str] = []

    def counted(article: Article) -> bool:
        weighed.append(article.id)
        return rewritten(article)

    rewritten = sources.rewritten
    monkeypatch.setattr(sources, "rewritten", counted)
    pages = _pages(_copies())
    assert sorted(weighed) == sorted(set(weighed))  # each copy once, however many pages
    # What the pages say of the rewrite is unchanged: every other copy's page names it so.
    assert f"Outlet {REWRITE.upper()}, a rewrite".encode() in pages["articles/c00.html"]
    assert b"Outlet C01, a rewrite" not in pages["articles/c00.html"]
