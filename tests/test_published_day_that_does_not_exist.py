"""A `published` date written as YYYY-MM-DD whose day or month does not exist is told so, on
its line: the form is right, so "write YYYY-MM-DD" would send the editor looking elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import parse_article, read_bytes

BODY = "The ferry to the islands ran again on Monday after the storm, the operator said.\n"


def _problems(tmp_path: Path, published: str) -> list:
    path = tmp_path / "articles" / "ferry.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: Ferry runs again\npublished: {published}\n---\n{BODY}")
    return parse_article(path, read_bytes(path), tmp_path)[1]


@pytest.mark.parametrize(
    ("published", "message"),
    [
        (
            "2025-11-31",
            "'published' '2025-11-31' is a day that does not exist (November 2025 has 30 days); "
            "check the day",
        ),
        (
            "'2025-02-29'",  # quoted, and not a leap year
            "'published' '2025-02-29' is a day that does not exist (February 2025 has 28 days); "
            "check the day",
        ),
        (
            "2025-22-10",  # the day and month swapped
            "'published' '2025-22-10' is a day that does not exist (there is no month 22); "
            "write YYYY-MM-DD, the month before the day",
        ),
        (
            "2025-11-00",
            "'published' '2025-11-00' is a day that does not exist (there is no day 0); "
            "check the date",
        ),
    ],
)
def test_a_day_that_does_not_exist_is_named_on_its_line(
    tmp_path: Path, published: str, message: str
) -> None:
    (problem,) = _problems(tmp_path, published)
    assert (problem.file, problem.line, problem.level) == (
        str(tmp_path / "articles" / "ferry.md"),
        3,
        "warning",
    )
    assert problem.message == message
