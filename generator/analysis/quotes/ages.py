"""A speaker named by their age ("the 45-year-old said"): the one person the article gives
that age in apposition to their name ("Jane Doe, 45, lost her home")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.quotes.names import name_runs

# An age written as an epithet's noun: "45-year-old".
_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")


def epithet_age(words: tuple[str, ...]) -> str | None:
    """The age of an epithet made of one ("the 45-year-old" -> "45"), or None."""
    if len(words) != 2 or words[0].lower() != "the":
        return None
    match = _AGE_EPITHET.fullmatch(words[1])
    return match.group(1) if match else None


def aged(sentences: Sequence[list[str]], age: str) -> list[tuple[str, ...]]:
    """The names an article gives `age` in apposition, set off by commas ("Jane Doe, 45,")."""
    found: list[tuple[str, ...]] = []
    for words in sentences:
        if age not in words:
            continue  # most sentences: no figure to read names for
        for run in name_runs(words):
            after = words[run.stop : run.stop + 3]
            if run.name and after == [",", age, ","]:
                found.append(run.name)
    return found
