"""The roles a sentence's words name: how many people it names by role alone, a definite
phrase that may stand for one person named before (an epithet), a role phrase's words up to
its noun and its form for comparing ("spokesman" and "spokeswoman" alike), and the offices
one person holds apart from any other ("the King", "the judge")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from generator.analysis.quotes.names import Person, is_name_token, is_org
from generator.analysis.quotes.subjects import head_noun
from generator.analysis.quotes.vocabulary import (
    DETERMINERS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SOLE_OFFICES,
)


def plural(word: str) -> bool:
    """Whether a role's last word names several people: "hawks", "protesters", not "boss"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def epithet(lowered: list[str]) -> bool:
    """Whether a definite phrase may stand for one person named before ("the Spaniard", "the
    24-year-old"): not a group ("the police union", "the protesters") and no phrase with a
    complement ("the date of his inauguration"), which is read, not guessed."""
    return (
        not lowered[-1].endswith("s")
        and not is_org((lowered[-1].title(),))
        and PREPOSITIONS.isdisjoint(lowered)
        and "of" not in lowered
    )


def roles_named(words: list[str], lowered: list[str]) -> int:
    """How many people a sentence names by role alone ("the minister met his counterpart"):
    a singular role noun after a determiner, neither beside a name nor in apposition to one."""
    return len(_role_spans(words, lowered))


def _role_spans(words: list[str], lowered: list[str]) -> list[tuple[int, int]]:
    """Where each role of roles_named starts (its determiner) and has its noun."""
    if ROLE_NOUNS.isdisjoint(lowered):
        return []
    spans = []
    for index, word in enumerate(lowered):
        if word not in ROLE_NOUNS or _named_beside(words, index):
            continue
        start = next(
            (i for i in range(index - 1, max(-1, index - 5), -1) if lowered[i] in DETERMINERS),
            None,
        )
        if start is not None and not (start and words[start - 1] == ","):
            spans.append((start, index))
    return spans


def holders_named(
    words: list[str], lowered: list[str], by_role: Callable[[str], Person | None]
) -> list[Person | None]:
    """Whom each role a sentence names a person by alone stands for: the one person
    `by_role` finds for a definite role ("According to the police commissioner, he knows":
    the commissioner named before, whom the "he said" after it may be), else None, someone
    the article does not name: "a minister", "the minister of state", "his lawyer"."""
    held: list[Person | None] = []
    for start, noun in _role_spans(words, lowered):
        following = lowered[noun + 1 : noun + 2]
        definite = lowered[start] == "the" and following not in (["of"], ["for"])
        role = " ".join(lowered[start + 1 : noun + 1])
        held.append(by_role(normal_role(role)) if definite and not plural(lowered[noun]) else None)
    return held


def _named_beside(words: list[str], index: int) -> bool:
    """Whether a name follows the role noun at `index`: "minister Jane Doe", or in apposition,
    "the attorney, Ben Crump"."""
    following = words[index + 1 : index + 3]
    if following[:1] == [","]:
        following = following[1:]
    return bool(following) and is_name_token(following[0])


def role_words(lowered: list[str]) -> list[str]:
    """A role phrase up to its head noun: "attorney for the family" is an attorney."""
    head = head_noun(lowered)
    if head is None or head not in ROLE_NOUNS:
        return lowered
    return lowered[: lowered.index(head) + 1]


_SPOKES = re.compile(r"spokes(?:man|woman|person)")
# A ministry named after "of", as the other word order writes it: "Minister of State" is
# "the State Minister", "Minister of Finance" "the finance minister". Only a bare minister:
# "Prime Minister of X", "Chief Minister of X" are offices of their own, not "the prime X
# minister".
_MINISTER_OF = re.compile(r"^((?:the )?)minister of ([a-z]+)$")


@functools.lru_cache(maxsize=1 << 12)  # each person's description, for each role looked up
def normal_role(text: str) -> str:
    return _MINISTER_OF.sub(r"\1\2 minister", _SPOKES.sub("spokes*", text.lower()))


def sole_office(noun: str) -> frozenset[str] | None:
    """The words for the office one person holds apart from any other that a role's noun
    names ("king", "judge"), or None."""
    return next((words for words in SOLE_OFFICES if noun in words), None)


def holds_another_office(noun: str, description: str) -> bool:
    """Whether a person's description is an office that rules out the sole office a role's
    noun names: "Kenyan President" for "the King", "defence lawyer" for "the judge"."""
    office = sole_office(noun)
    if office is None:
        return False
    described = description.lower().split()
    return office.isdisjoint(described) and not ROLE_NOUNS.isdisjoint(described)


def titled_before_name(sentences: list[list[str]], office: frozenset[str]) -> bool:
    """Whether the words of an article call someone by an office just before a name
    ("Magistrate CN Mugo"), one the reader may have failed to read as a person's."""
    return any(
        word.lower() in office and is_name_token(following)
        for words in sentences
        for word, following in zip(words, words[1:], strict=False)
    )


def office_of_an_organisation(words: tuple[str, ...]) -> frozenset[str] | None:
    """The office a role names when its words are "the", an organisation's name and one role
    noun ("the FAA administrator", "the Boeing spokeswoman"): one post at one organisation,
    held by one person, as a sole office is; None for any other role."""
    if len(words) < 3 or words[0].lower() != "the" or not is_org(tuple(words[1:-1])):
        return None
    noun = words[-1]
    if not noun.islower() or noun not in ROLE_NOUNS or plural(noun):
        return None
    return frozenset({noun}) if all(is_name_token(word) for word in words[1:-1]) else None
