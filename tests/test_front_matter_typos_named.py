"""Front matter typos a new user makes get a message that says what is wrong, on the line to fix:
a quote never closed, a misspelt key, a year typed wrong."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.content.load import parse_article, read_bytes

BODY = "The tram line to the harbour opened on Friday, a year late.\n"


def _problems(tmp_path: Path, front: str) -> list:
    path = tmp_path / "articles" / "tram.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    return parse_article(path, read_bytes(path), tmp_path)[1]


def test_an_unclosed_quote_closed_by_a_later_line_is_reported_where_it_opens(
    tmp_path: Path,
) -> None:
    # YAML lets a quoted value run on over lines, so the next quote closes it two lines down,
    # and PyYAML finds its problem there.
    front = (
        'title: "Photos: the tram line opens\n'
        "url: https://tram.example/opening\n"
        'outlet: "Tram Times"\n'
        "published: 2024-03-01\n"
    )
    (problem,) = _problems(tmp_path, front)
    assert problem.level == "error" and problem.line == 2
    assert "a quote opened on line 2 is never closed" in problem.message
    assert "did not find expected key" not in problem.message


def test_an_unclosed_quote_at_the_end_is_reported_where_it_opens(tmp_path: Path) -> None:
    front = 'title: Tram opens\nurl: https://tram.example/a\noutlet: "Tram Times\n'
    (problem,) = _problems(tmp_path, front)
    assert problem.line == 4 and "a quote opened on line 4 is never closed" in problem.message


def test_a_misspelt_key_is_named_with_the_key_it_nearly_is(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "title: Tram opens\npubished: 2024-03-01\n")
    assert problem.line == 3
    assert problem.message == (
        "unknown front matter key 'pubished' ignored (did you mean 'published'?)"
    )
    (unlike,) = _problems(tmp_path, "title: Tram opens\nmood: cheerful\n")
    assert unlike.message == "unknown front matter key 'mood' ignored"  # no guess when none is near


def test_a_publication_date_years_ahead_warns_to_check_the_year(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "title: Tram opens\npublished: 2932-11-03\n")
    assert problem.level == "warning" and problem.line == 3
    assert problem.message == "'published' 2932-11-03 is in the future; check the year"
    # East of UTC it is already tomorrow: a story dated then is no typo.
    tomorrow = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1)
    assert _problems(tmp_path, f"title: Tram opens\npublished: {tomorrow.isoformat()}\n") == []
