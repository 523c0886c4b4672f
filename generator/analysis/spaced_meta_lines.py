"""A reading time and a date on one line, parted by a spaced full stop: "2 min read . Updated:
14 Oct 2024, 09:10 AM"."""

from __future__ import annotations

import re

from generator.analysis.bylines import meta_reason
from generator.analysis.lines import Doc, Line

# A full stop or a middle dot with a space on both sides: no sentence puts one so, but a page
# that sets its meta items apart with a dot does once its markup is gone.
_SPACED_DOT = re.compile(r"\s+[.·・]\s+")
_META_WORDS = 24


def spaced_meta_reason(line: Line) -> str:
    """'byline', 'timestamp' or 'reading time' when every part between spaced dots is one of
    those and there are two parts or more; "" otherwise."""
    if line.words > _META_WORDS or line.reported or " " not in line.plain:
        return ""
    parts = [part.strip() for part in _SPACED_DOT.split(line.plain.strip()) if part.strip()]
    if len(parts) < 2:
        return ""
    reasons = [meta_reason(part) for part in parts]
    if not all(reasons):
        return ""
    return "byline" if "byline" in reasons else reasons[0]


def drop_spaced_meta_lines(doc: Doc) -> None:
    """Drop each kept line made only of meta items parted by spaced dots."""
    for line in doc.kept():
        if reason := spaced_meta_reason(line):
            line.reason = reason
