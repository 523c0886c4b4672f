"""A bare surname several people of the article share ("Doe" beside "Jane Doe" and "John
Doe"): the one it stands for when the article is about one of them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.analysis.quotes.names import Names, Person

# How many sentences open an article as its lead: the person it is about is named there.
_LEAD_SENTENCES = 3


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
    if len(found) < 2 or any(len(person.tokens) < 2 for person in found):
        return None
    spoke = {id(person) for record in records for person in record.speakers if person}
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


def _mentions(sentences: Sequence[Sequence[str]], tokens: tuple[str, ...]) -> list[int]:
    """The sentences that name a person in full, by index."""
    width = len(tokens)
    return [
        index
        for index, words in enumerate(sentences)
        if tokens[0] in words
        and any(tuple(words[at : at + width]) == tokens for at in range(len(words) - width + 1))
    ]
