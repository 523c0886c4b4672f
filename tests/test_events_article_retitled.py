"""An article whose title an editor changed gets a new id but is no new article: the build's
summary of event changes does not announce it as one joining its event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.briefing.discover import FoundEvent, Grouping, event_changes
from generator.build import Project, build


def _found(title: str, *articles: str) -> FoundEvent:
    return FoundEvent(None, title, None, "", (), articles, ())


def test_a_retitled_article_in_the_same_event_is_no_change() -> None:
    before = Grouping("()", (_found("Pier reopens", "pier-reopens", "ferries-return"),))
    after = Grouping("()", (_found("Pier reopens", "pier-reopens-at-last", "ferries-return"),))
    files = {"pier-reopens-at-last": "articles/a.md", "ferries-return": "articles/b.md"}
    files_before = {"pier-reopens": "articles/a.md", "ferries-return": "articles/b.md"}
    assert event_changes(before, after, files, files_before) == ()
    # Without the last build's files the same grouping reads as a new article.
    assert event_changes(before, after, files) == (
        "new article ‘articles/a.md’ joined “Pier reopens”",
    )


def test_a_build_after_a_title_edit_announces_no_new_article(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    story = (
        "---\ntitle: {title}\nurl: https://news.example/{slug}\npublished: 2031-06-02\n---\n"
        "The Lantern Island ferry pier reopened on Monday after three weeks of storm repairs, "
        "the harbour authority said.\n\nFerries to the island resumed their summer timetable.\n"
    )
    content = make_content(
        {
            "a.md": story.format(title="Lantern pier reopens", slug="a"),
            "b.md": story.format(title="Ferries return to Lantern Island", slug="b"),
        },
        config='title = "Harbour"\n',
    )
    project = Project(content, tmp_path / "site")
    build(project)
    article = content / "articles" / "a.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace("Lantern pier reopens", "Pier open again"),
        encoding="utf-8",
    )
    report = build(project)
    assert not any("new article" in change for change in report.event_changes), report
