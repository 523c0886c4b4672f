"""The command line's wording: what --quiet leaves out."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.cli import main

ARTICLE = """---
title: Lantern Island ferry sails again
outlet: Harbour Herald
published: 2025-06-02
url: https://harbour.example/ferry
---
The Lantern Island ferry sailed again on Monday after three weeks of storm repairs to its pier.

Islanders lined the quay to cheer the first crossing, the harbour board said.
"""


def built(tmp_path: Path, caplog: pytest.LogCaptureFixture, *options: str) -> list[str]:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    # No briefing.toml: the build warns and goes on.
    content, site = str(tmp_path / "content"), str(tmp_path / "site")
    with caplog.at_level(logging.INFO, logger="generator"):
        status = main(["build", "--content", content, "--output", site, "--no-cache", *options])
    assert status == 0
    return [record.getMessage() for record in caplog.records]


def test_quiet_counts_the_warnings_in_one_line_instead_of_printing_each(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = built(tmp_path, caplog, "--quiet")
    assert not any("not found" in line for line in lines)
    assert any(line.startswith("1 warning; build without --quiet") for line in lines)


def test_without_quiet_each_warning_is_printed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = built(tmp_path, caplog)
    assert any("briefing.toml: not found" in line for line in lines)


def _harbour_news(tmp_path: Path) -> Path:
    """A content folder named "harbour-news" with one article and no briefing.toml."""
    articles = tmp_path / "harbour-news" / "articles"
    articles.mkdir(parents=True)
    (articles / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    return articles.parent


def test_digest_events_in_a_folder_without_briefing_toml_prints_one_that_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _harbour_news(tmp_path)
    assert main(["events", "--content", str(content), "--output", str(tmp_path / "s")]) == 0
    printed = capsys.readouterr().out
    assert 'title = "Harbour news"' in printed
    # Saved as the briefing's file, as a new user does, it builds.
    (content / "briefing.toml").write_text(printed, encoding="utf-8")
    site = str(tmp_path / "site")
    assert main(["build", "--content", str(content), "--output", site, "--no-cache"]) == 0
    # With the file in place, the output is events only, to paste into it.
    assert main(["events", "--content", str(content), "--output", str(tmp_path / "s")]) == 0
    assert "\ntitle = " not in capsys.readouterr().out.split("[[events]]")[0]


def test_digest_events_prints_the_events_but_exits_1_when_a_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _harbour_news(tmp_path)
    (content / "articles" / "empty.md").write_text("", encoding="utf-8")
    assert main(["events", "--content", str(content), "--output", str(tmp_path / "s")]) == 1
    assert "articles/ferry.md" in capsys.readouterr().out
