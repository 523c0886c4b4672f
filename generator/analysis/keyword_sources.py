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
    r"|\bcited by) $",
    re.IGNORECASE,
)
# What comes after one: "reported", "also reported", "News reported", "reports".
_SOURCE_AFTER = re.compile(r" (?:News )?(?:(?:also|first|earlier) )?(?:reported|reports|quoted)\b")


def is_source(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether one capitalised word is only ever cited as a source: "Bloomberg" of "according
    to Bloomberg" and "told Bloomberg", "Reuters" of "Reuters also reported"."""
    if " " in form or not form[:1].isupper() or not occurrences:
        return False
    return all(_cited(document.prose[found.line], found) for found in occurrences)


def _cited(line: str, found: Occurrence) -> bool:
    """Whether one place of a word cites it: a source's words before or after it."""
    before = line[max(0, found.start - 30) : found.start]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(line, found.end))
