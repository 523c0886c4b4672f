"""A bare surname several people of the article share ("Doe" beside "Jane Doe" and "John
Doe"): the one it stands for when the article is about one of them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.analysis.quotes.names import Names, Person, bare_title
from generator.analysis.quotes.vocabulary import HONORIFICS

# How many sentences open an article as its lead: the person it is about is named there.
_LEAD_SENTENCES = 3
# How many sentences before a bare surname speaking one named with an honorific may be meant.
_HONOURED_REACH = 2


class _Record(Protocol):
    speakers: list[Person | None]


def main_bearer(
    names: Names, surname: tuple[str, ...], records: Sequence[_Record]
) -> Person | None:
    """The person a bare surname speaking stands for when several share it: the one the lead
    names first and the article names at least as often as each other (more than once), when none of the
    others has been shown speaking (victims, relatives named only in full). None otherwise:
    a wrong speaker is worse than none."""
    found = names.matches(surname) if len(surname) == 1 else []
    if len(found) < 2:
        return None
    spoke = {id(person) for record in records for person in record.speakers if person}
    if any(len(person.tokens) < 2 for person in found):
        # Not when a sentence just before or this one names someone "Mrs Doe": her, perhaps.
        near = names.sentences[max(0, len(records) - _HONOURED_REACH) : len(records) + 1]
        if any(_honoured(words, surname[0]) for words in near):
            return None
        return _the_one_who_spoke(found, spoke)
    mentions = {id(person): _mentions(names.sentences, person.tokens) for person in found}
    first = min(found, key=lambda person: mentions[id(person)][:1] or [len(names.sentences)])
    others = [person for person in found if person is not first]
    if not mentions[id(first)] or mentions[id(first)][0] >= _LEAD_SENTENCES:
        return None
    if any(id(person) in spoke or person.spoke_as for person in others):
        return None
    counts = {key: len(at) for key, at in mentions.items()}
    # Named once each ("X met Y"), either may be meant; named again and again, the one the
    # lead opens with is the article's subject.
    most = counts[id(first)]
    return first if all(most > counts[id(o)] or most == counts[id(o)] > 1 for o in others) else None


def _the_one_who_spoke(found: list[Person], spoke: set[int]) -> Person | None:
    """The one bearer named in full and shown speaking, when the others are named by their
    title and the surname alone ("Madam Doe" beside "Prime Minister Jane Doe", who spoke):
    a bare surname speaking is the one who spoke."""
    speaking = [person for person in found if id(person) in spoke or person.spoke_as]
    if len(speaking) != 1 or len(speaking[0].tokens) < 2:
        return None
    others = [person for person in found if person is not speaking[0]]
    return speaking[0] if all(len(person.tokens) < 2 for person in others) else None


def _honoured(words: Sequence[str], surname: str) -> bool:
    """Whether a sentence gives the surname an honorific ("Mrs Doe")."""
    return any(
        word == surname and at and bare_title(words[at - 1]) in HONORIFICS
        for at, word in enumerate(words)
    )


def _mentions(sentences: Sequence[Sequence[str]], tokens: tuple[str, ...]) -> list[int]:
    """The sentences that name a person in full, by index."""
    width = len(tokens)
    return [
        index
        for index, words in enumerate(sentences)
        if tokens[0] in words
        and any(tuple(words[at : at + width]) == tokens for at in range(len(words) - width + 1))
    ]
