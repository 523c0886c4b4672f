"""A photographer's name that a picture's credit left in the text: "Photograph: Ana Ruiz/
Pool/AFP". A name that appears only in a credit is no subject of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_prose import Document, Occurrence, is_person_name

# What opens a picture's credit: "Photograph: ", "Photo by ", "Image credit: ", "AP Photo/".
CREDIT_OPENS = re.compile(
    r"(?:\b(?:photo(?:graph)?|picture|image|credit)s?(?: credit)?(?: by)?:?|©) $"
    r"|\bphoto ?/ ?$",  # an agency's "(AP Photo/Ana Ruiz, File)"
    re.IGNORECASE,
)
# What follows the photographer's name: the pool or agency after a slash ("/Pool/AFP",
# "/Getty Images"), not another name's words ("Youth Relief/Red Cross Run").
_AGENCY_AFTER = re.compile(r" ?/ ?(?:[A-Z]{2,}|Pool|Getty|Reuters|Bloomberg)\b")


def is_photo_credit(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a person's name only ever stands in a picture's credit: after "Photograph:"
    and the like, or before a slash and an agency ("Ana Ruiz/AFP")."""
    words = form.split()
    if len(words) < 2 or not occurrences or any(word.isupper() for word in words):
        return False  # not "Ana Ruiz LISBON" of a byline's "Ana Ruiz LISBON/DUBLIN"
    if not is_person_name(words):
        return False
    return all(_in_credit(document.prose[found.line], found) for found in occurrences)


def _in_credit(line: str, found: Occurrence) -> bool:
    """Whether one place of a name is a credit's."""
    before = line[max(0, found.start - 30) : found.start]
    return bool(CREDIT_OPENS.search(before) or _AGENCY_AFTER.match(line, found.end))
