"""'The 45-year-old said' names the one person the article gives that age; when it also gives
that age to someone else, written another way ("a 45-year-old neighbour", "a woman, 45,",
"aged 45"), the epithet may mean either, and the quote is left without a speaker."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


def _speaker(text: str) -> str | None:
    found = quotes(text)
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(
    "other",
    [
        "A 45-year-old neighbour, who asked not to be named, called police.",
        "A neighbour, 45, called police.",
        "A neighbour, aged 45, called police.",
    ],
)
def test_an_age_two_people_share_names_no_speaker(other: str) -> None:
    text = (
        f"Tom Reed, 45, was charged on Monday. {other} "
        "“I heard shouting all night,” the 45-year-old said."
    )
    assert _speaker(text) is None


def test_an_age_only_one_person_has_names_them() -> None:
    text = (
        "Lena Voss, 52, was charged on Tuesday. A neighbour, 38, called police. "
        "“I did nothing wrong,” the 52-year-old said."
    )
    assert _speaker(text) == "Lena Voss"
