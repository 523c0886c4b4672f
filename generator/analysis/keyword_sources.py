"""A news outlet the prose names only as where it heard something: "according to Bloomberg",
"told Reuters", "Reuters reported". The outlet is the story's source, not what it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_prose import Document, Occurrence

# What comes before an outlet cited as a source: "according to", "told", "in an interview
# with", "made similar comments to".
_SOURCE_BEFORE = re.compile(
    r"(?:\baccording to|\btold|\binterviews? with|\bcomments to|\breported by|\bquoted by"
    r"|\bcited by)(?: the)? $",
    re.IGNORECASE,
)
# What comes after one: "reported", "also reported", "News reported", "reports".
_SOURCE_AFTER = re.compile(r" (?:News )?(?:(?:also|first|earlier) )?(?:reported|reports|quoted)\b")

# The last word of a wire's, a paper's or a broadcaster's name: "Associated Press", "Wall
# Street Journal", "Anadolu Agency", "Fox News".
_OUTLET_ENDS = frozenset(
    {"press", "agency", "journal", "times", "post", "news", "telegraph", "tribune", "herald"}
    | {"gazette", "wire", "guardian", "independent", "express", "mail", "standard"}
)


def is_source(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether an outlet's name is only ever cited as a source: "Bloomberg" of "according to
    Bloomberg" and "told Bloomberg", "Reuters" of "Reuters also reported", "Associated Press"
    of "according to the Associated Press". A name of several words is an outlet's by its
    last ("Press", "Journal"): "according to the Labor Department" cites what the story is
    about."""
    if not _outlet_shaped(form) or not occurrences:
        return False
    return all(_cited(document.prose[found.line], found) for found in occurrences)


def _outlet_shaped(form: str) -> bool:
    """Whether a name could be a news outlet's: one capitalised word, or capitalised words
    ending in a wire's or a paper's word."""
    words = form.split()
    if not all(word[:1].isupper() for word in words):
        return False
    return len(words) == 1 or words[-1].casefold() in _OUTLET_ENDS


def _cited(line: str, found: Occurrence) -> bool:
    """Whether one place of a word cites it: a source's words before or after it."""
    before = line[max(0, found.start - 30) : found.start]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(line, found.end))
