"""A news agency named inside its descriptive phrase: "the official XNA agency said".

The state's agency speaks for it, and news quotes its words ("... a strong gesture," the
official XNA agency said). The phrase opens with "the" and lower-case words saying what kind
of agency it is, then its capitalised name, then "agency": the name and "agency" are the
speaker, an outlet (so attribution.py still doubts it when the words before the quote name
someone else).
"""

from __future__ import annotations

from generator.analysis.quotes.names import is_name_token
from generator.analysis.quotes.vocabulary import word_set

# Words that say what kind of agency it is: "the official", "the state-run news".
_KINDS = word_set(
    """official semi-official state state-run state-owned state-controlled national news
    government government-run government-controlled press"""
)


def agency_named(words: list[str]) -> tuple[str, ...] | None:
    """The name and "agency" of "the [official] <Name> [news] agency"; None otherwise."""
    lowered = [word.lower() for word in words]
    if len(words) < 3 or lowered[0] != "the" or lowered[-1] != "agency":
        return None
    index = 1
    while index < len(words) and lowered[index] in _KINDS and words[index].islower():
        index += 1
    start = index
    while index < len(words) - 1 and is_name_token(words[index]):
        index += 1
    if index == start or any(word != "news" for word in lowered[index:-1]):
        return None
    return tuple(words[start:])
