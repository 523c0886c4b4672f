"""Article files are decoded, their front matter split off and validated, problems named by file and line."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.content.load import find_article_files, parse_article, read_bytes


def load(tmp_path: Path, name: str, data: str | bytes):
    path = tmp_path / "articles" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return parse_article(path, read_bytes(path), tmp_path)


def test_front_matter_fields_are_read(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path,
        "a.md",
        "---\ntitle: A title\nurl: https://www.example.org/x\npublished: 2026-01-05\nevent: summit\n"
        "based_on: https://wire.example/y\n---\nBody text.\n",
    )
    assert problems == []
    assert article.file == "articles/a.md"
    assert article.meta.title == "A title"
    assert article.meta.outlet == "example.org"  # inferred from the URL's host
    assert article.meta.published == datetime.date(2026, 1, 5)
    assert article.meta.event == "summit"
    assert article.meta.based_on == "https://wire.example/y"
    assert article.body == "Body text.\n" and article.body_line == 8


def test_a_text_file_without_front_matter_is_all_body(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "plain.txt", "Headline\n\nStory.\n")
    assert problems == [] and article.body == "Headline\n\nStory.\n" and article.meta.title == ""


def test_crlf_and_bom_front_matter_is_read(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path, "w.txt", "\ufeff---\r\ntitle: Win\r\n---\r\nBody\r\n".encode()
    )
    assert problems == [] and article.meta.title == "Win"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path, "u16.txt", "---\ntitle: Ünïcode\n---\nBody\n".encode("utf-16")
    )
    assert problems == [] and article.meta.title == "Ünïcode"


def test_malformed_yaml_names_the_line_and_keeps_the_body(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "bad.md", "---\ntitle: ok\nurl: [unclosed\n---\nBody\n")
    assert article is not None and article.body == "Body\n"
    (problem,) = problems
    assert "not valid YAML" in problem.message and problem.line is not None
    assert str(problem).startswith(str(tmp_path / "articles" / "bad.md"))


@pytest.mark.parametrize(
    "opening", ['outlet: "The Courier', "tags: [harbour, bridge", "inferred: {outlet: x"]
)
def test_an_unclosed_quote_or_bracket_is_reported_on_the_line_it_opens(
    tmp_path: Path, opening: str
) -> None:
    front = f"title: ok\nurl: https://example.org/a\n{opening}\npublished: 2024-05-01\n"
    _, problems = load(tmp_path, "bad.md", f"---\n{front}author: Jo\n---\nBody\n")
    (problem,) = problems
    assert problem.line == 4 and "opens on this line" in problem.message


def test_wrong_types_are_dropped_with_a_warning_naming_the_key(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path, "t.md", "---\ntitle: [1, 2]\npublished: yesterday\n---\nBody\n"
    )
    assert article.meta.title == "" and article.meta.published is None
    messages = {(p.line, p.message.split(" ")[0]) for p in problems}
    assert messages == {(2, "'title'"), (3, "'published'")}


def test_a_key_given_twice_is_named_with_both_lines_and_the_last_is_used(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path,
        "twice.md",
        "---\ntitle: First title\nkeep:\n  - 'title: not a key'\ntitle: Second title\n---\nBody\n",
    )
    assert article.meta.title == "Second title"
    assert [(p.file.endswith("twice.md"), p.line) for p in problems] == [(True, 5)]
    assert "'title'" in problems[0].message and "line 2" in problems[0].message


def test_keys_that_only_look_alike_are_not_reported_as_repeated(tmp_path: Path) -> None:
    _, problems = load(
        tmp_path, "once.md", "---\ntitle: A\nkeep: |\n  title: inside a block\n---\nBody\n"
    )
    assert problems == []


def test_unsafe_url_is_dropped(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "x.md", "---\nurl: javascript:alert(1)\n---\nBody\n")
    assert article.meta.url == "" and "not an http(s) address" in problems[0].message


def test_empty_and_front_matter_only_files_are_errors(tmp_path: Path) -> None:
    for name, data in {"empty.md": "", "meta-only.md": "---\ntitle: x\n---\n"}.items():
        article, problems = load(tmp_path, name, data)
        assert article is None and problems[0].level == "error" and name in problems[0].file


def test_invalid_utf8_is_replaced_and_warned_with_its_line(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path, "latin1.txt", "Line one\nCaf\xe9 society\n".encode("latin-1")
    )
    assert "\ufffd" in article.body
    assert problems[0].line == 2 and "UTF-8" in problems[0].message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert article is None and "binary" in problems[0].message


def test_article_files_are_found_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    names = ("b.md", "a.txt", "sub/c.md", "sub-d.md", ".hidden.md", ".drafts/e.md", "notes.pdf")
    for name in names:
        path = tmp_path / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / "articles" / "folder.md").mkdir()
    found = [p.relative_to(tmp_path / "articles").as_posix() for p in find_article_files(tmp_path)]
    assert found == ["a.txt", "b.md", "sub/c.md", "sub-d.md"]  # a folder's files before "sub-"
