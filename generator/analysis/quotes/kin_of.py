"""A relative named only by their tie to a named person: "the widow of Samir Kadi said".

News often quotes a victim's relative without giving their name. The phrase is then the
speaker, as an unnamed role is ("the neighbour said"): it names one person, whoever they are,
and no one else in the article. Not when the article gives someone that tie with a name too
("Kadi's widow, Jane Kadi"): then the phrase may be her, named.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.quotes.names import Person, is_name_token
from generator.analysis.quotes.vocabulary import word_set

# One relative each: a group ("the family of X", "relatives of X") is read in families.py.
_KIN = word_set(
    """widow widower wife husband mother father son daughter brother sister grandmother
    grandfather grandson granddaughter uncle aunt nephew niece cousin fiancee fiancée fiance
    fiancé stepmother stepfather stepson stepdaughter partner girlfriend boyfriend"""
)


def kin_of_a_name(
    words: tuple[str, ...], sentences: Sequence[list[str]], people: Sequence[Person]
) -> bool:
    """Whether a subject is "the <relative> of <Name>" and the article names no one with that
    tie: the phrase is the speaker."""
    if len(words) < 4 or words[0].lower() != "the" or words[2] != "of":
        return False
    kin, name = words[1].lower(), words[3:]
    if kin not in _KIN or not all(is_name_token(word) for word in name):
        return False
    if any(kin in person.description.lower().split() for person in people):
        return False
    return not any(_named_beside(sentence, kin) for sentence in sentences)


def _named_beside(words: list[str], kin: str) -> bool:
    """Whether a sentence puts a name right after the tie ("his widow, Jane Kadi", "widow Jane
    Kadi") or the tie right after a name in apposition ("Jane Kadi, his widow")."""
    for index, word in enumerate(words):
        if word.lower() != kin:
            continue
        after = [w for w in words[index + 1 : index + 3] if w != ","]
        if after and is_name_token(after[0]):
            return True
        before = [w for w in words[max(0, index - 3) : index] if w.lower() not in ("his", "her")]
        if len(before) >= 2 and before[-1] == "," and is_name_token(before[-2]):
            return True
    return False
