"""A speaker named by their age ("the 45-year-old said"): the one person the article gives
that age in apposition to their name ("Jane Doe, 45, lost her home"), when it gives that age
to no one else in another way ("a 45-year-old neighbour", "a woman, 45,", "aged 45")."""

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


def mentions_of_age(sentences: Sequence[list[str]], age: str) -> int:
    """How many times an article gives someone `age` other than by the epithet "the
    45-year-old" itself: "Jane Doe, 45,", "a 45-year-old neighbour", "aged 45". More of them
    than names given it in apposition (`aged`) means someone else is that age too."""
    return sum(
        _gives_age(words, index, age)
        for words in sentences
        if any(age in word for word in words)  # most sentences: no figure to look at
        for index in range(len(words))
    )


def _gives_age(words: list[str], index: int, age: str) -> bool:
    """Whether the token at `index` gives someone `age`: "aged 45", ", 45," or "a
    45-year-old"; not "the 45-year-old", the epithet itself, which names no one new."""
    word, before = words[index], words[index - 1].lower() if index else ""
    if word == age:
        after = words[index + 1] if index + 1 < len(words) else ""
        return before in ("aged", "age") or (before == "," and after in (",", "."))
    match = _AGE_EPITHET.fullmatch(word)
    return match is not None and match.group(1) == age and before != "the"
