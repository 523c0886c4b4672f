"""Who a phrase after a speech verb that follows a quote names: '"...," said X, a physicist'.

Read up to the first punctuation or word that ends a subject ("when", "according", a
preposition); a role counts only with an article before it ("said the minister", not "said his
aide"), and a list of names after the verb is all of them.
"""

from __future__ import annotations

import itertools

from generator.analysis.quotes.chains import apposed_after_phrase
from generator.analysis.quotes.names import (
    words_of,
)
from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.role_shapes import possessive_role
from generator.analysis.quotes.subjects import (
    Subject,
    comma_segments,
    joined,
    listed_name,
    name_pair,
    subject_of,
)
from generator.analysis.quotes.vocabulary import DETERMINERS, PREPOSITIONS
from generator.analysis.quotes.written_roles import (
    appositive,
)

_INVERTED_STOPS = PREPOSITIONS | {
    "when",
    "while",
    "as",
    "adding",
    "referring",
    "according",
    "who",
    "which",
    # Other prepositions that open what the speaker spoke of or when: "said X regarding the
    # item", "said X following the vote".
    "regarding",
    "concerning",
    "following",
    "amid",
    "despite",
    "over",
    "outside",
    "ahead",
    "since",
    "because",
}


def _phrase(words: list[str]) -> list[str]:
    """The words up to the first punctuation or word that ends a subject read after its verb."""
    kept: list[str] = []
    for word in words:
        if word in (",", ".", ";", ":", "!", "?", MASK, "(") or word.lower() in _INVERTED_STOPS:
            break
        kept.append(word)
    return kept


# What a role read after its verb opens with: '"...," said the minister', not 'said his aide'.
_ROLE_OPENERS_AFTER_VERB = DETERMINERS - {"his", "her", "its", "their", "our"}


def inverted_subject(tail: str) -> Subject | None:
    """The subject after a verb that follows a quote: 'said Pierre Heidmann, a physicist',
    'said the state's attorney general, Jane Doe'."""
    words = words_of(tail)
    kept = _phrase(words)
    subject = subject_of(kept) if kept else None
    if subject is None or subject.kind in ("org", "role"):
        subject = _named_before_of(kept) or subject
    if subject is None or (
        subject.kind == "role" and kept[0].lower() not in _ROLE_OPENERS_AFTER_VERB
    ):
        return None
    if subject.kind == "pronoun":
        return None
    rest = words[len(kept) :]
    if subject.kind == "name" and rest[:1] == [","]:
        listed = _listed_after(kept, rest)
        if listed is not False:
            return listed
    if subject.kind == "role" and rest[:1] == [","]:
        named = subject_of(_phrase(rest[1:]))  # the role's name in apposition: that is who spoke
        if named is not None and named.kind == "name" and not named.description:
            return Subject("name", named.words, subject.description)
    if subject.kind == "role":
        apposed = apposed_after_phrase(kept, rest, subject_of)  # "the head of X into Y, Jane Doe"
        if apposed is not None:
            return Subject("name", *apposed)
    if subject.kind == "name" and not subject.description:
        subject = Subject("name", subject.words, appositive(rest) or possessive_role(rest))
    return subject


def _listed_after(kept: list[str], rest: list[str]) -> Subject | None | bool:
    """The people a list after a speech verb names ('"...," said X, Y and Z'): all of them,
    or no one when it holds more than names; False when the words after the first name end
    no list."""
    tail = list(itertools.takewhile(lambda word: word not in _LIST_ENDS, rest))
    segments = comma_segments(tail)
    for index, segment in enumerate(segments):
        if segment[0].lower() in ("and", "&"):
            end = _phrase(segment[1:])
            if listed_name(end, False) is None:
                return False  # "said X, a senator, and added": no list
            return joined([kept, *segments[:index]], [segment[0], *end])
        coordinated = _phrase(segment)
        if name_pair(coordinated) is not None:
            return joined([kept, *segments[:index]], coordinated)
    return False


_LIST_ENDS = frozenset({".", ";", ":", "!", "?", MASK, "("})


def _named_before_of(kept: list[str]) -> Subject | None:
    """The person a phrase read as an organisation or a role, or as nothing, names before an "of"
    about something ("said Acme chairman Jane Doe of the decision to ..."): the words before "of",
    when they read as a name. None when they do not."""
    if "of" not in kept:
        return None
    before = kept[: kept.index("of")]
    subject = subject_of(before) if before else None
    return subject if subject is not None and subject.kind == "name" else None
