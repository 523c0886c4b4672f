"""A front matter value that opens with a character YAML reads as syntax ("[", "{", "*", "!",
"|", ">", "%", "@", "`", a quote) and so breaks the front matter gets a hint on its line: put
the value in quotes, shown as it would be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import parse_article, read_bytes

BODY = "The night market on the river reopened on Friday, the council said.\n"


def _problems(tmp_path: Path, front: str) -> list:
    path = tmp_path / "articles" / "market.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    return parse_article(path, read_bytes(path), tmp_path)[1]


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("[Updated] Night market reopens", "'[Updated] Night market reopens'"),
        ("[Night market reopens", "'[Night market reopens'"),
        ("{Live} Night market reopens", "'{Live} Night market reopens'"),
        ("*Exclusive* night market reopens", "'*Exclusive* night market reopens'"),
        ("!Breaking night market reopens", "'!Breaking night market reopens'"),
        ("| Night market | reopens", "'| Night market | reopens'"),
        ("@RiverCouncil says the market reopens", "'@RiverCouncil says the market reopens'"),
        ("`Night` market reopens", "'`Night` market reopens'"),
        ('"Night market" reopens on the river', "'\"Night market\" reopens on the river'"),
    ],
)
def test_a_value_opening_with_yaml_syntax_is_told_to_go_in_quotes(
    tmp_path: Path, value: str, quoted: str
) -> None:
    (problem,) = _problems(tmp_path, f"outlet: River Post\ntitle: {value}\n")
    assert problem.level == "error" and problem.line == 3
    assert problem.message.startswith("front matter is not valid YAML (")
    assert problem.message.endswith(
        f"; fix it (a {value[0]!r} opening a value is YAML syntax; if the value is text, put "
        f"it in quotes: title: {quoted})"
    )


def test_a_quote_that_is_part_of_the_text_is_told_the_other_quotes(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "title: 'Tis the night market season\n")
    assert problem.line == 2 and "a quote opened on line 2 is never closed" in problem.message
    assert problem.message.endswith(
        """if the value is text, put it in quotes: title: "'Tis the night market season")"""
    )


def test_a_list_entry_opening_with_a_bracket_is_shown_in_quotes(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "title: Night market\ndrop:\n  - [Photo] River Council\n")
    assert problem.line == 4
    assert problem.message.endswith("put it in quotes: - '[Photo] River Council')")
