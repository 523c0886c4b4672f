"""A page saved from a browser and dropped into articles/ is not read as it is: the build says
so and how to add it, while other stray files (images, Finder's .DS_Store) stay unremarked."""

from __future__ import annotations

from pathlib import Path

from generator.content.load import articles_and_saved_pages


def test_saved_pages_are_named_with_the_command_that_adds_them(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    (articles / "june").mkdir(parents=True)
    (articles / "Ferry returns.html").write_text("<html></html>", encoding="utf-8")
    (articles / "june" / "pier.HTM").write_text("<html></html>", encoding="utf-8")
    for stray in (".DS_Store", "photo.jpg", "notes.md"):
        (articles / stray).write_text("x", encoding="utf-8")
    articles_found, problems = articles_and_saved_pages(tmp_path)
    assert [path.name for path in articles_found] == ["notes.md"]
    assert [Path(p.file).name for p in problems] == ["Ferry returns.html", "pier.HTM"]
    assert all(p.level == "warning" for p in problems)
    first = str(articles / "Ferry returns.html")
    assert f"`digest add '{first}'`" in problems[0].message


def test_a_folder_without_saved_pages_gets_no_warning(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("Text\n", encoding="utf-8")
    assert articles_and_saved_pages(tmp_path) == ([tmp_path / "articles" / "a.md"], [])
