"""A role the article gives no name ("the neighbour said", "the dispatcher asked"): the one
who speaks by it is unnamed, and the role itself is the speaker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.analysis.quotes.names import Person, is_name_token
from generator.analysis.quotes.roles import epithet, plural
from generator.analysis.quotes.vocabulary import DETERMINERS, INDEFINITE, ROLE_NOUNS

_ARTICLES = DETERMINERS | INDEFINITE
# Words before a noun that bring someone in who was not known before.
_INTRODUCING = INDEFINITE | {"own", "its", "their"}


def unnamed_role(
    words: tuple[str, ...], sentences: Sequence[list[str]], read: int, people: Sequence[Person]
) -> bool:
    """Whether "the <noun>" names someone the article never names: a plain lower-case noun
    ("the deputy", not "the 24-year-old" nor "the Spaniard", which stand for someone named)
    that the `read` sentences before it bring in ("a neighbour heard", "said to a
    dispatcher"), that no person's description holds and that never stands beside a name
    ("Deputy Jim Lee", "Jim Lee, a deputy"): whoever it is, the text only gives their role.
    Not a role noun of public life ("the diplomat", "the source"): those name someone the
    article names, or someone it keeps unnamed on purpose."""
    if len(words) != 2 or words[0].lower() != "the":
        return False
    noun = words[1]
    if not (noun.isalpha() and noun.islower()) or noun in ROLE_NOUNS or plural(noun):
        return False
    if not epithet([noun]) or not _brought_in(sentences[:read], noun):
        return False
    if any(noun in person.description.lower().split() for person in people):
        return False
    return not any(_beside_a_name(sentence, noun) for sentence in sentences if sentence)


def said_before(words: tuple[str, ...], sentences: Sequence[list[str]], read: int) -> bool:
    """Whether the `read` sentences before have the last word of "the <noun>" at all: then
    another role who spoke just before ("the dispatcher asked") is not who it stands for."""
    noun = words[-1].lower()
    return any(noun in (word.lower() for word in sentence) for sentence in sentences[:read])


def _brought_in(sentences: Iterable[list[str]], noun: str) -> bool:
    """Whether an earlier sentence brings in someone by the noun as new, not as one already
    known ("The exec explains" may be anyone named later): "one neighbour", "a dispatcher",
    "its own deputy's home"."""
    forms = {noun, f"{noun}'s", f"{noun}’s"}
    for words in sentences:
        for index, word in enumerate(words[1:], 1):
            if word.lower() in forms and words[index - 1].lower() in _INTRODUCING:
                return True
    return False


def _beside_a_name(words: list[str], noun: str) -> bool:
    """Whether `noun` titles a name ("deputy Jim") or stands in apposition after one ("Jim,
    a deputy", "Jim, deputy") in a sentence's words."""
    for index, word in enumerate(words):
        if word.lower() != noun:
            continue
        after = words[index + 1 : index + 3]
        if after[:1] == [","]:
            after = after[1:]  # "a deputy, Jim Lee"
        if after and after[0][:1].isupper() and is_name_token(after[0]):
            return True
        if _named_after(words[index + 1 : index + 7]):
            return True  # "a man, later identified as Jim Lee", "a woman named Ann Roe"
        before = words[max(0, index - 3) : index]
        if before and before[-1].lower() in _ARTICLES:
            before = before[:-1]
        if len(before) >= 2 and before[-1] == "," and before[-2][:1].isupper():
            return True
    return False


# Words that give the one just introduced a name: "a man, later identified as Jim Lee", "a
# woman named Ann Roe", "a boy called Tom".
_NAMING = (("identified", "as"), ("named",), ("called",))


def _named_after(words: list[str]) -> bool:
    """Whether the words after a noun name who it is ("identified as Jim", "named Ann")."""
    rest = [word for word in words if word not in (",", "later", "since", "was", "been")]
    for naming in _NAMING:
        if tuple(w.lower() for w in rest[: len(naming)]) == naming:
            name = rest[len(naming) : len(naming) + 1]
            return bool(name) and name[0][:1].isupper() and is_name_token(name[0])
    return False
