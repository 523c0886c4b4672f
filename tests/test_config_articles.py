"""briefing.toml's `articles` list: files pinned to an event, as `digest events` prints them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Project, build
from generator.content.config import parse_config
from generator.errors import ConfigError


def _event(event_id: str, *files: str) -> dict[str, object]:
    import datetime

    return {
        "id": event_id,
        "title": event_id.title(),
        "date": datetime.date(2031, 6, 2),
        "articles": list(files),
    }


def test_the_articles_of_an_event_are_read_as_written() -> None:
    config, warnings = parse_config(
        {"title": "T", "events": [_event("pier", "articles/a.md", "./articles/b.md")]}, "b.toml"
    )
    assert config.events[0].articles == ("articles/a.md", "articles/b.md")
    assert warnings == []


def test_an_article_listed_under_two_events_is_an_error_naming_both() -> None:
    data = {
        "title": "T",
        "events": [_event("pier", "articles/a.md"), _event("ferry", "articles/a.md")],
    }
    with pytest.raises(
        ConfigError, match="'articles/a.md' is listed under the events 'pier' and 'ferry'"
    ):
        parse_config(data, "b.toml")


def test_articles_must_be_a_list_of_paths() -> None:
    with pytest.raises(ConfigError, match=r"events\[1\]\.articles must be a list"):
        parse_config({"title": "T", "events": [_event("pier", "")]}, "b.toml")


def _build_pier(tmp_path: Path, front_matter: str, listed: str) -> list[str]:
    """Build one article about a pier, with `front_matter` lines added, under a briefing.toml
    whose event 'pier' lists the files `listed`; the build's messages."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "a.md").write_text(
        "---\ntitle: Pier reopens\nurl: https://example.com/a\npublished: 2031-06-02\n"
        f"{front_matter}---\n"
        "The Lantern Island ferry pier reopened on Monday after three weeks of storm repairs.\n",
        encoding="utf-8",
    )
    (content / "briefing.toml").write_text(
        'title = "Harbour"\n\n[[events]]\nid = "pier"\ntitle = "Pier"\ndate = 2031-06-02\n'
        f"articles = [{listed}]\n",
        encoding="utf-8",
    )
    report = build(Project(content, tmp_path / "site"))
    return [str(problem) for problem in report.problems]


def test_a_listed_file_that_is_no_article_is_reported_by_the_build(tmp_path: Path) -> None:
    messages = _build_pier(tmp_path, "", '"articles/a.md", "articles/gone.md"')
    listed = "the event 'pier' lists 'articles/gone.md', which is no article file"
    assert any(listed in m and "take it off the list" in m for m in messages)


def test_a_mistyped_event_on_a_listed_file_says_the_listing_places_it(tmp_path: Path) -> None:
    messages = _build_pier(tmp_path, "event: peir\n", '"articles/a.md"')
    assert any(
        "event 'peir' is not defined in briefing.toml; placed under 'pier', which lists the file"
        in m
        for m in messages
    ), messages
    briefing = (tmp_path / "site" / "briefing.json").read_text(encoding="utf-8")
    assert '"event":"pier"' in briefing
