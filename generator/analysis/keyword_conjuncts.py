"""Candidates cut at an "and": one of two adjectives that share a noun ("significant human" and
"material losses" of "significant human and material losses"), and one side of a name with
"and" inside ("Red Crescent Societies" of "International Federation of Red Cross and Red
Crescent Societies", "National Seismic Monitoring" of "National Seismic Monitoring and Alert
Network"). The whole is the keyword, if any; each side alone names less than the prose says."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_names import PLURAL, is_institution_head, to_singular
from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.keyword_shapes import IRREGULAR_PAST
from generator.analysis.quotes.names import is_place
from generator.analysis.words import COMMON_VERBS
from generator.analysis.yake_ranks import stop_words

# How adjectives that sort a noun end: "human", "material", "economic", "military",
# "positive". A word in "-ment" is a noun: "government and civil society groups" keeps
# "government".
_ADJECTIVE = re.compile(r"[a-z]{3,}(?:an|al|ic|ary|ive|ous|ful)")
# "and" or "or", then a lowercase word and another: the noun the two adjectives share
# ("human and material losses"); a stop word there ("and her") opens no such noun phrase.
_SHARED_NOUN_AFTER = re.compile(r" (?:and|or) ([a-z]+) ([a-z]+)")
# A word and an adjective, then "and" or "or", right before a position: "significant human
# and " of "significant human and material losses" (the first word describes both losses).
_ADJECTIVE_AND_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+) ([a-z]+) (?:and|or) $")
# A name's "of" or "for" and capitalised words, then "and" right before a position:
# "Federation of Red Cross and " of "... Red Crescent Societies".
_OF_NAME_AND_BEFORE = re.compile(
    r"[A-Z][\w'’-]* (?:of|for) (?:the )?((?:[A-Z][\w'’-]* )+)(?:and|&) $"
)
# A word in "-ing" that names a field after a name's first word, then "and", right before a
# position: "Seismic Monitoring and " of "... Alert Network" (not "Beijing and ", a place).
_FIELD_AND_BEFORE = re.compile(r"[A-Z][\w'’-]* ([A-Z][a-z]+ing) (?:and|&) $")
# "and" and capitalised words after a position: " and Alert Network".
_AND_NAME_AFTER = re.compile(r" (?:and|&) ((?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*)")


def shares_its_noun(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a lowercase phrase is one of two adjectives that share the noun after them,
    with a word before both that describes both, wherever the prose writes it: "significant
    human" of "significant human and material losses" (an adjective left without its noun),
    or "material losses" there (the noun with one of its two adjectives, "significant" lost).
    One adjective alone ("civilian" of "civilian and military areas") may stand for itself."""
    if not form.islower() or not occurrences:
        return False
    words = form.split()
    stops = stop_words()
    if len(words) >= 2 and _ADJECTIVE.fullmatch(words[-1]):
        return all(
            _noun_shared_after(document.prose[found.line], found.end, stops)
            for found in occurrences
        )
    return (
        len(words) == 2
        and _ADJECTIVE.fullmatch(words[0]) is not None
        and all(
            _adjective_and_before(document.prose[found.line], found.start, stops)
            for found in occurrences
        )
    )


def _noun_shared_after(line: str, end: int, stops: frozenset[str]) -> bool:
    """Whether "and" or "or", an adjective and a noun follow a position: " and material
    losses"."""
    after = _SHARED_NOUN_AFTER.match(line, end)
    return (
        after is not None
        and _ADJECTIVE.fullmatch(after.group(1)) is not None
        and not {after.group(1), after.group(2)} & stops
    )


def _adjective_and_before(line: str, start: int, stops: frozenset[str]) -> bool:
    """Whether a word that describes both sides, an adjective and "and" or "or" come right
    before a position: "significant human and " (not "bombarded civilian and ": a verb's
    object is two kinds of areas, each named in full)."""
    before = _ADJECTIVE_AND_BEFORE.search(line, 0, start)
    return (
        before is not None
        and _ADJECTIVE.fullmatch(before.group(2)) is not None
        and _describes(before.group(1), stops)
    )


def _describes(word: str, stops: frozenset[str]) -> bool:
    """Whether a lowercase word before an adjective may describe the noun phrase after it
    ("significant"), rather than be a verb whose object it opens ("bombarded", "hit",
    "struck")."""
    return (
        word not in stops
        and word not in COMMON_VERBS
        and word not in IRREGULAR_PAST
        and not word.endswith(("ed", "ing", "s"))
    )


def side_of_name(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a capitalised phrase naming a body or a field is always one side of a name
    with "and" inside: after "of ... and" ("Red Crescent Societies" of "International
    Federation of Red Cross and Red Crescent Societies"), or beside a field in "-ing"
    ("National Seismic Monitoring" and "Alert Network" of "National Seismic Monitoring and
    Alert Network"). A list of two names ("France and Germany", "Apple and Samsung") has no
    "of" before it and no field in "-ing"."""
    words = form.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words) or not occurrences:
        return False
    if not _names_a_body(words[-1]) or _is_place_in(words):
        return False
    return all(_inside_and_name(words, document.prose[found.line], found) for found in occurrences)


def _inside_and_name(words: list[str], line: str, found: Occurrence) -> bool:
    """Whether one occurrence of a capitalised phrase is one side of a name's "and"."""
    before = line[max(0, found.start - 80) : found.start]
    of_name = _OF_NAME_AND_BEFORE.search(before)
    if of_name is not None:  # not "the leaders of Brazil and South Korea": two places
        return not _is_place_in(of_name.group(1).split())
    field = _FIELD_AND_BEFORE.search(before)
    if field is not None:
        return not is_place((field.group(1),))
    after = _AND_NAME_AFTER.match(line, found.end)
    return after is not None and _is_field(words[-1]) and _names_a_body(after.group(1).split()[-1])


def _is_field(word: str) -> bool:
    """Whether a capitalised word in "-ing" names a field, not a place ("Beijing")."""
    return word.endswith("ing") and not is_place((word,))


def _names_a_body(word: str) -> bool:
    """Whether a capitalised word is a common noun, as a body's or a field's name ends
    ("Societies", "Network", "Monitoring"), not a person's or a place's."""
    folded = word.casefold()
    singular = PLURAL.sub(to_singular, folded)
    return (
        is_institution_head(folded)
        or common_word_rank(folded) is not None
        or common_word_rank(singular) is not None
        or folded.endswith("ing")
    )


def _is_place_in(words: Sequence[str]) -> bool:
    """Whether capitalised words, or their last one or two, name a place: "Brazil", "South
    Korea" ("the presidents of Brazil and South Korea" lists two places)."""
    return any(is_place(tuple(words[at:])) for at in range(max(0, len(words) - 2), len(words)))
