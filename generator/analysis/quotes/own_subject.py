"""Whether the words right after a quotation give it a subject and verb of its own.

'"Nobody listens to us," villagers chanted outside the town hall, according to the mayor's
office': the villagers spoke; "according to" names whoever reported it. A quotation whose own
verb has its own subject is that subject's or nobody's, never the reporting source's.
"""

from __future__ import annotations

import re

from generator.analysis.quotes.vocabulary import (
    CONJUNCTIONS,
    PREPOSITIONS,
    SPEECH_VERBS,
    VERBS,
)

_REGULAR_PAST = re.compile(r"[a-z]{2,}ed")
_WORD = re.compile(r"[\w’'-]+")
_SUBJECT_REACH = 4  # words of a subject before its verb: "angry villagers", "the crowd"
_NOT_SUBJECT = PREPOSITIONS | CONJUNCTIONS | frozenset({"according", "per", "in", "as", "it"})


def has_own_clause(masked: str, after: int) -> bool:
    """Whether the words after a quote's closing mark (from `after`) are a subject of one to
    four words and then a verb: '"...," villagers chanted'. "It" is left out: a statement's
    '"...," it said' is read elsewhere."""
    head = masked[after:].lstrip(" ,")
    words = _WORD.findall(head.split(",", 1)[0])[: _SUBJECT_REACH + 1]
    if not words or words[0].lower() in _NOT_SUBJECT:
        return False
    for word in words[1:]:
        if word in SPEECH_VERBS or word in VERBS or _REGULAR_PAST.fullmatch(word):
            return True
        if word.lower() in _NOT_SUBJECT:
            return False
    return False
