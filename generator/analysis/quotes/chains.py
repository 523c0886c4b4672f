"""Names at the end of a long description: a title chain before a name ("Marine Board of
Investigation Chair Captain Jane Doe") and a role with a phrase of its own before a name in
apposition ("the leader of the probe into the crash, Captain Jane Doe").

Both shapes name one person, the last personal name; everything before it, in the order the
text gives it, is what the text says of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.analysis.quotes.names import Run, bare_title, is_org
from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.vocabulary import PREPOSITIONS, ROLE_NOUNS, TITLES, word_set

# Lower-case words a capitalised office's name holds: "Board of Investigation", "Secretary for
# Health", "Culture, Media and Sport".
_CHAIN_JOINERS = frozenset({"of", "for", "and", "&", "the"})


def chained(words: list[str], runs: list[Run]) -> tuple[str, tuple[str, ...], str] | None:
    """A subject's kind, words and description when a phrase names an organisation's unit
    ("org", the organisation) or is a title chain ("name", the name); None otherwise."""
    owner = unit_owner(words, runs)
    if owner is not None and is_org(owner):
        return "org", owner, ""
    chain = titled_chain(words, runs)
    return ("name", *chain) if chain is not None else None


def titled_chain(words: list[str], runs: list[Run]) -> tuple[tuple[str, ...], str] | None:
    """The name and description of a phrase that is a capitalised title chain ending with a
    titled full name: ("Jane", "Doe") and "Marine Board of Investigation Chair Captain" for
    "Marine Board of Investigation Chair Captain Jane Doe". None for any other phrase: a name
    with no title word right before it ("Noel Francisco of Jones Day") is a name and its
    organisation, read elsewhere."""
    if len(runs) < 2 or not words[0][:1].isupper():
        return None
    last = runs[-1]
    if last.stop != len(words) or last.possessive or len(last.name) < 2:
        return None
    if not last.titles or not _is_title(last.titles[-1]):
        return None
    before = words[: last.start]
    if before[-1:] in (["and"], ["&"]) and not _joined_titles(runs[-2], last):
        return None  # "Jane Doe and Captain John Roe": two people, read elsewhere
    if not all(word[:1].isupper() or word in _CHAIN_JOINERS for word in before):
        return None
    return last.name, " ".join([*before, *last.titles])


def _joined_titles(first: Run, last: Run) -> bool:
    """Whether "and" joins two offices of one person ("President and CEO Jane Doe"): the run
    before it holds titles and no name, and ends with a title, right before the "and"."""
    return (
        first.stop == last.start - 1
        and not first.name
        and bool(first.titles)
        and _is_title(first.titles[-1])
    )


def _is_title(word: str) -> bool:
    """Whether a capitalised word is a title or a role noun ("Captain", "Chair", "Dr.")."""
    lowered = bare_title(word).lower()
    return bare_title(word) in TITLES or lowered in TITLES or lowered in ROLE_NOUNS


# What a role's own phrase may hold before the comma of its apposition: words, no clause.
_PHRASE_LIMIT = 8
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", MASK})


def apposed_after_phrase(
    role: list[str], rest: list[str], read: Callable[[list[str]], Any]
) -> tuple[tuple[str, ...], str] | None:
    """The name and description of who spoke when a role read after a verb goes on with a
    phrase of its own and a name in apposition ('said the leader of the probe into the crash,
    Captain Jane Doe.'): the name, described by the role and its phrase. `read` reads a phrase
    as a subject (subjects.subject_of)."""
    found = role_phrase_then_name(rest)
    named = read(found[1]) if found is not None else None
    if found is None or named is None or named.kind != "name":
        return None
    return named.words, " ".join([*role, *found[0]])


def role_phrase_then_name(rest: list[str]) -> tuple[list[str], list[str]] | None:
    """For a role read after a verb up to a preposition ('said the leader of the probe' +
    `rest` "into the crash, Captain Jane Doe."), the preposition's phrase and the name in
    apposition after its comma, when the name ends the sentence; None otherwise."""
    if not rest or rest[0].lower() not in PREPOSITIONS or "," not in rest:
        return None
    comma = rest.index(",")
    phrase = rest[:comma]
    if len(phrase) > _PHRASE_LIMIT or any(not word[:1].isalnum() for word in phrase):
        return None
    after = rest[comma + 1 :]
    end = next((i for i, word in enumerate(after) if not word[:1].isalnum()), len(after))
    if end == 0 or (end < len(after) and after[end] not in _SENTENCE_ENDS):
        return None
    return phrase, after[:end]


# The last word of an organisation's unit named after the organisation's possessive: "the
# Coast Guard's First District", "the army's 82nd Airborne Division".
_UNITS = word_set(
    """District Division Command Sector Region Branch Unit Squadron Fleet Precinct
    Detachment Battalion Brigade Regiment"""
)


def unit_owner(words: list[str], runs: list[Run]) -> tuple[str, ...] | None:
    """The organisation a phrase naming one of its units stands for ("US Coast Guard" for
    "the US Coast Guard's First District"): the unit speaks as it. `chained` checks the
    owner is an organisation. None for any other phrase."""
    if len(runs) < 2 or runs[-1].stop != len(words) or runs[-1].possessive:
        return None
    unit, owner = runs[-1], runs[-2]
    if words[-1] not in _UNITS or not owner.possessive or owner.stop != unit.start:
        return None
    tokens = [*words[owner.start : owner.stop]]
    tokens[-1] = tokens[-1].removesuffix("'s").removesuffix("’s")
    return tuple(tokens)
