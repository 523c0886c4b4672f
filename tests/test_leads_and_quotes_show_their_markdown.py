"""A lead or a quotation written in the article's Markdown (as `digest add` writes pages: a
bold dateline, escaped brackets) shows on cards and quotation lists as the article's page shows
it, not with its asterisks and backslashes; the feed and the search index get its plain text;
and it stays as safe as the body (no raw HTML, no unsafe link)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from generator.build import BuildOptions, Project, build

ARTICLE = """---
title: Senate passes the harbour bill
url: https://news.example/harbour-bill
outlet: News Example
published: 2031-06-02
---
**Washington (Wire)** -- The Senate passed the harbour bill on Monday, sending it to the House.

"The \\[harbour\\] plan is the right one," said Senator Ann Poe.

Supporters said the bill would <script>alert(1)</script> fund ferries [here](javascript:alert(1)).
"""


def _built(make_content: Callable[..., Path], tmp_path: Path) -> Path:
    content = make_content({"bill.md": ARTICLE}, config='title = "Harbour"\n')
    build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False))
    return tmp_path / "site"


def test_a_bold_dateline_in_the_lead_shows_bold_on_cards_and_plain_in_the_data(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    site = _built(make_content, tmp_path)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<strong>Washington (Wire)</strong> -- The Senate passed" in index
    assert "**Washington" not in index
    search = (site / "search-index.js").read_text(encoding="utf-8")
    index_data = json.loads(search.partition("=")[2].strip().rstrip(";"))
    assert index_data["articles"][0]["lead"].startswith("Washington (Wire) -- The Senate passed")
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<summary>Washington (Wire) -- The Senate passed" in feed


def test_an_escaped_bracket_in_a_quotation_shows_as_a_bracket(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    site = _built(make_content, tmp_path)
    speakers = (site / "speakers.html").read_text(encoding="utf-8")
    assert "The [harbour] plan is the right one" in speakers
    assert "\\[" not in speakers
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert data["quotes"][0]["speaker"] == "Ann Poe"


def test_markup_in_a_lead_stays_as_safe_as_the_body(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    article = ARTICLE.replace(
        "**Washington (Wire)** -- The Senate passed",
        "**Washington** <script>alert(1)</script> [vote](javascript:alert(1)) The Senate passed",
    )
    content = make_content({"bill.md": article}, config='title = "Harbour"\n')
    build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False))
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<strong>Washington</strong> &lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "<script>alert" not in index and 'href="javascript' not in index
