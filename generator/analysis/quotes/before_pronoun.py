"""The words before a "he" or "she" that speaks: a clause giving one person the floor ("When it
was X's turn to speak, he said"), and the pronoun's own place, past which a name is someone
spoken to ("he told Mr. Macron")."""

from __future__ import annotations

import re


class Floor(list):
    """The people a clause opening a sentence names as they take the floor ("When it was X's
    turn to speak, he said"): the "he" after it is theirs, whoever spoke before."""


# A clause opening a sentence that gives someone the floor, before the "he said" it sets up.
_FLOOR_OPENERS = frozenset({"when", "as", "once"})
_THE_FLOOR = re.compile(
    r"\b(?:it was (?:\S+ ){0,3}\S+(?:'s|’s) turn|(?:rose|stood up|got up|stepped up) to|took (?:the|to the) "
    r"(?:floor|podium|stage|microphone|mic|lectern|rostrum))\b"
)
_OTHERS = frozenset({"him", "her", "them", "they", "she", "he", "his", "hers", "their"})


def given_the_floor(before: list[str]) -> bool:
    """Whether the words before a "he" or "she" (the pronoun last) are a clause opening the
    sentence that gives one person the floor, with no other person or pronoun in it: "When
    it was PM X's turn to raise a toast, he", "As X took the podium, she"."""
    if len(before) < 5 or before[-2] != "," or before[0].lower() not in _FLOOR_OPENERS:
        return False
    clause = before[1:-2]
    if "," in clause or not _OTHERS.isdisjoint(word.lower() for word in clause):
        return False
    return _THE_FLOOR.search(" ".join(clause)) is not None


def up_to_pronoun(before: list[str], pronoun: str) -> list[str]:
    """The words before a clause up to its subject pronoun (the pronoun last), when it stands
    among them: "he told Mr. Macron, calling for" names Macron after "he", as the one told."""
    lowered = [word.lower() for word in before]
    if pronoun not in lowered:
        return before
    return before[: len(lowered) - lowered[::-1].index(pronoun)]


# The relative pronouns after which "he" or "she" is the subject of a clause about the person
# named before them: "Philip, who he said was ...".
_RELATIVE = frozenset({"who", "whom"})


def relative_antecedent(before: list[str]) -> int | None:
    """Where the name ends that a relative clause opening with the pronoun is about ("...
    Philip, who he said"; the pronoun last): that person is not "he", who speaks of them.
    None when the words end otherwise."""
    if len(before) < 4 or before[-2].lower() not in _RELATIVE or before[-3] != ",":
        return None
    return len(before) - 3
