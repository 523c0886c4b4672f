"""Reading "according to X" (or "in the words of X", "per the X"): whom a sentence reports."""

from __future__ import annotations

import re

from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.roles import roles_named
from generator.analysis.quotes.subjects import NOBODY, Subject, subject_of

# "According to X," opens a sentence as often as "..., according to X" closes one; "in the
# words of X" and "per the Journal" say the same.
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Ii]n the words of|per(?= the [A-Z])) ((?:[\w’'.-]+ ?){1,8}?)"
    r"(?=[,.;:]|$| \W)"
)


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def according(paragraph: Paragraph, bounds: tuple[int, int]) -> Subject | None:
    """The subject a sentence reports by "according to X", or None when it has no such phrase."""
    match = _ACCORDING.search(paragraph.masked, bounds[0], bounds[1])
    if not match:
        return None
    words = words_of(match.group(1).rstrip(".,;: "))
    if len(words) == 1 and words[0].lower() in _OBJECT_PRONOUNS:  # "according to him"
        return Subject("pronoun", (_OBJECT_PRONOUNS[words[0].lower()],))
    if words and words[0].lower() in ("his", "her", "their", "its"):
        return NOBODY
    return subject_of(words)


def around_according(paragraph: Paragraph, bounds: tuple[int, int]) -> list[str]:
    """The parts of a sentence before and after its "according to X" phrase, without the
    punctuation that joins them to it."""
    match = _ACCORDING.search(paragraph.masked, bounds[0], bounds[1])
    if match is None:
        return []
    parts = (
        paragraph.masked[bounds[0] : match.start()],
        paragraph.masked[match.end() : bounds[1]],
    )
    return [part.strip(" ,;:") for part in parts]


def names_a_role(part: str) -> bool:
    """Whether words name one person by a role alone: "the coach is unhappy"."""
    words = words_of(part)
    return bool(roles_named(words, [word.lower() for word in words]))
