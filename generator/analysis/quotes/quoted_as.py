"""Whose words "quoted X as saying" gives: X's, not those of the outlet that quotes them.

"The paper quoted him as saying", "Reuters quoted the minister as saying" and "X was quoted
(by the paper) as saying" report X's words at one remove; the saying is X's, as is the "said"
of "X was quoted to have said". Objects that
stand for several ("them") or for no one the sentence names give no speaker.
"""

from __future__ import annotations

from generator.analysis.quotes.names import is_name_token
from generator.analysis.quotes.subjects import NOBODY, Subject, subject_before
from generator.analysis.quotes.vocabulary import DETERMINERS

_QUOTED = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
_BE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
# More words than this between "quoted" and "as" are no one object.
_LONGEST_OBJECT = 8


def quoted_as_saying(before: list[str]) -> Subject | None:
    """The speaker of a "saying" that "quoted X as" puts before it ('quoted him as saying':
    "he"; 'X was quoted as saying': X), NOBODY for an object that is no one person
    ("quoted them as saying"); None when the words are no such phrase."""
    if len(before) < 2 or before[-1].lower() != "as":
        return None
    lowered = [word.lower() for word in before[:-1]]
    verbs = [at for at, word in enumerate(lowered) if word in _QUOTED]
    if not verbs:
        return None
    at = verbs[-1]
    between = before[at + 1 : -1]
    if at and lowered[at - 1] in _BE and (not between or lowered[at + 1] == "by"):
        return _passive_subject(before[:at])  # "X was quoted (by the paper) as saying"
    if not between or len(between) > _LONGEST_OBJECT or "," in between:
        return None
    if len(between) == 1 and between[0].lower() in _OBJECT_PRONOUNS:
        if any(is_name_token(word) for word in before[:at] if word.lower() not in DETERMINERS):
            return NOBODY  # "Smith quoted him as saying": not Smith, and "he" may be read so
        return Subject("pronoun", (_OBJECT_PRONOUNS[between[0].lower()],))
    return subject_before(between) or NOBODY


def _passive_subject(words: list[str]) -> Subject:
    """The subject of "X was quoted as": the words before its "be" and any auxiliary."""
    while words and words[-1].lower() in _BE | {"has", "had", "have", "also"}:
        words = words[:-1]
    return subject_before(words) or NOBODY


# "X was quoted to have said", "X is reported to have said", "X was quoted as having said":
# X's words, reported at one remove.
_REPORTED = _QUOTED | {"reported"}


def quoted_to_have(before: list[str]) -> Subject | None:
    """The speaker of a "said" that "X was quoted to have" or "quoted as having" puts before
    it: X; None when the words are no such phrase."""
    if len(before) < 4 or before[-1] not in ("have", "having"):
        return None  # most verbs: a look at one word
    lowered = [word.lower() for word in before[-4:]]
    if lowered[-2:] not in (["to", "have"], ["as", "having"]):
        return None
    if lowered[-3] not in _REPORTED or lowered[-4] not in _BE:
        return None
    return _passive_subject(before[:-3])
