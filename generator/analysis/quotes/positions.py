"""Where a name or a pronoun stands in a sentence: after a place preposition, in a clause of
its own, as a verb's subject, or closing the words a pronoun's speech clause reports.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis.quotes.names import Run
from generator.analysis.quotes.vocabulary import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    word_set,
)

# Prepositions of place: a name after them is where something happens, not someone.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def not_places(words: list[str], runs: list[Run], may_be_place: Callable[[Run], bool]) -> list[Run]:
    """The runs that do not stand where a place does: after "in" or "at" ("a home in Mount
    Olive"), or in apposition to such a place ("at the Trade Centre, Kuala Lumpur")."""
    if not runs:
        return runs
    kept: list[Run] = []
    place_end = -1  # where the last place read ends
    for run in runs:
        at = run.start - 1
        before = words[at].lower() if at >= 0 else ""
        after_place = before == "," and at == place_end
        if before == "the" and at > 0:  # "at the Trade Centre"
            before = words[at - 1].lower()
        if (before in _LOCATIVE or after_place) and may_be_place(run):
            place_end = run.stop
        else:
            kept.append(run)
    return kept


def not_modifiers(words: list[str], runs: list[Run]) -> list[Run]:
    """The runs that are no modifier of a role before a name: in "Green Left councillor Jane
    Doe" or "Labour MP Jane Doe" the party is no one a pronoun could stand for; nor a name an
    organisation's kind introduces ("the aid group World Vision")."""
    return [
        run
        for run, following in zip(runs, [*runs[1:], None][: len(runs)], strict=True)
        if (
            following is None
            or following.start != run.stop + 1
            or not words[run.stop].islower()
            or words[run.stop] not in ROLE_NOUNS
        )
        and not _named_organisation(words, run)
    ]


# Nouns for a kind of organisation: the name right after one ("the aid group World Vision",
# "the charity Oxfam", "the carmaker Tesla") is the organisation's, no person's.
_ORGANISATION_KINDS = word_set(
    """group charity company firm agency newspaper paper organisation organization network
    broadcaster outlet union club bank insurer carmaker airline retailer lender publisher
    startup nonprofit ngo watchdog regulator"""
)


def _named_organisation(words: list[str], run: Run) -> bool:
    """Whether a name stands right after a lower-case noun for a kind of organisation, with
    "the" or "a" before it: "a member of the aid group World Vision"."""
    at = run.start - 1
    if at < 1 or run.titles or words[at] not in _ORGANISATION_KINDS:
        return False
    before = words[max(0, at - 3) : at]
    return any(word.lower() in ("the", "a", "an") for word in before)


# Words opening a sentence with a clause before its main one: "When X left, he said" may be X.
_SUBORDINATORS = word_set(
    """after before when whenever while as although though if because since once until unless
    unlike like whereas"""
)


def before_subject(before: list[str], subject: tuple[str, ...]) -> list[str]:
    """The words before a subject's last use among `before` ("the man" of "..., and the man"):
    all of them when it is not there (an inverted '"...," said the man')."""
    lowered, wanted = [word.lower() for word in before], [word.lower() for word in subject]
    for start in range(len(lowered) - len(wanted), -1, -1):
        if lowered[start : start + len(wanted)] == wanted:
            return before[:start]
    return before


def closes_reported_words(before: list[str]) -> bool:
    """Whether a pronoun's speech clause closes the sentence after the words it reports
    ("It was not his job to correct X, he said"): a name in those words is whom he spoke of,
    not who "he" is. Not after a clause that opens the sentence ("After X left, he said")."""
    return (
        len(before) > 3
        and before[-2:-1] == [","]
        and before[-1].lower() in PRONOUNS
        and before[0].lower() not in _SUBORDINATORS
    )


# Words that put the name after them in a phrase or clause of its own, not in the place of a
# verb's object: "after X announced", "listened to X", "the X piece", "Y, who met X".
_SUBORDINATING = (
    PREPOSITIONS
    | _SUBORDINATORS
    | DETERMINERS
    | frozenset({"of", "that", "who", "whom", "whose", "which", "than", "between", "among"})
)


def role_between(words: list[str], first: Run, name: Run) -> bool:
    """Whether the words opening a sentence before a name are its role: a capitalised word,
    then a role noun in lower case ("Tory leader David Cameron", "Labour MP")."""
    between = words[first.stop : name.start]
    return (
        first.start == 0
        and len(first.name) == 1
        and 0 < len(between) <= 2
        and all(word.islower() for word in between)
        and between[-1] in ROLE_NOUNS
    )


def subordinate(words: list[str], run: Run, runs: list[Run]) -> bool:
    """Whether a name stands after a preposition, a subordinating word or a determiner, or
    as a possessive ("was X's mate"), or names what such a possessive holds ("the same
    school as St Peter's Collegiate Academy"): in no verb's object place."""
    if run.possessive or (run.start > 0 and words[run.start - 1].lower() in _SUBORDINATING):
        return True
    owner = next((other for other in runs if other.stop == run.start), None)
    return owner is not None and owner.possessive and subordinate(words, owner, runs)


# Words after a name that show it is not a sentence's subject alone: "X and Y met", "X of
# the ministry".
_NOT_ALONE = frozenset({"and", "or", "&", "of", "/", "(", "-", "–", "—"})


def continues_as_subject(following: list[str]) -> bool:
    """Whether the words after a name opening a sentence go on with its verb ("X spoke"), or
    with an apposition or a relative clause ("X, who ...", "X, the minister, ..."): not with
    another name ("X, Y and Z") or a coordination."""
    first = following[0]
    if first == ",":
        return len(following) > 1 and following[1].islower()
    return first.isalpha() and first.islower() and first not in _NOT_ALONE


# Endings of the words that may say how someone was before their name opens a sentence:
# "A clearly shocked X", "A visibly emotional X", "An exhausted X".
_MANNER_ENDINGS = ("ly", "ed", "al", "ful", "ous", "ive")
_MANNER_REACH = 3  # words between the article and the name at most


def opens_described(words: list[str], run: Run) -> bool:
    """Whether a name opens its sentence after "A" or "An" and words that say how they were
    ("A clearly shocked Altman provided ..."): the name is still the sentence's subject. Not
    a noun phrase the name modifies: "A former Trump aide said"."""
    if not 2 <= run.start <= _MANNER_REACH + 1 or words[0] not in ("A", "An"):
        return False
    between = words[1 : run.start]
    return all(
        word.isalpha() and word.islower() and word.endswith(_MANNER_ENDINGS) for word in between
    )
