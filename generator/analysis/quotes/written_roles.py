"""The role an article writes around a name: before it ("State Department spokesperson X"),
in apposition after it (", a physicist who led the study"; ", minister of information,"), or
opening its sentence ("Minority Leader in Parliament, Mr X said"), kept as the person's
description.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.tokens import (
    POSSESSIVE_ENDINGS,
    bare_title,
    is_name_token,
    singular,
)
from generator.analysis.quotes.vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    HONORIFICS,
    LEADING,
    NOT_NAMES,
    PREPOSITIONS,
    ROLE_NOUNS,
    ROLE_PARTICIPLES,
    SMALL_WORDS,
    SPEECH_VERBS,
    TITLES,
    VERBS,
    word_set,
)

if TYPE_CHECKING:
    from generator.analysis.quotes.names import Run

RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})

# Words that may stand before the role noun of an appositive without an article: "former".
_ROLE_QUALIFIERS = frozenset({"former", "deputy", "senior", "acting", "assistant", "chief"})


def bare_role_after(words: list[str], stop: int) -> bool:
    """Whether a name is followed by a role in apposition without an article, opened by its
    role noun in lower case: ", minister of information and orientation", ", head coach of",
    ", former leader of"."""
    if words[stop : stop + 1] != [","] or stop + 1 >= len(words):
        return False
    first = words[stop + 1]
    if not first.islower():
        return False
    if first in _ROLE_QUALIFIERS and stop + 2 < len(words):
        first = words[stop + 2]
    return first.islower() and first in ROLE_NOUNS


# Words that end a role read back from a name: "..., as State Department spokesperson X". A
# question word or a relative opens a clause, never a role: "it is unclear what President X".
_BEFORE_ROLE = (
    SPEECH_VERBS
    | PREPOSITIONS
    | CONJUNCTIONS
    | AUXILIARIES
    | RELATIVES
    | {"as", "when", "what", "whatever", "how", "why", "where", "whether", "if"}
)
_NOT_NAMES_NOR_ARTICLES = NOT_NAMES - {"The", "A", "An"}
WORD_START = re.compile(r"\w")


def description_of(words: list[str], run: Run) -> str:
    """The role written before a name ("State Department spokesperson") or after it."""
    before = _role_ending_at(words, run.start)
    titles = [title for title in run.titles if bare_title(title) not in HONORIFICS]
    if (before and before[-1].lower() in ROLE_NOUNS) or titles:
        return as_description(role_words(before + titles))
    return (
        _opening_role(words, run)
        or _role_in_apposition(words, run)
        or appositive(words[run.stop :])
    )


def _role_ending_at(words: list[str], end: int) -> list[str]:
    """The words of a role that ends at token `end`, read back to its article at most."""
    before: list[str] = []
    for at in range(end - 1, max(-1, end - 7), -1):
        word, lowered = words[at], words[at].lower()
        if not WORD_START.match(word) or lowered in _BEFORE_ROLE or _ends_a_role(word):
            break
        if word in _NOT_NAMES_NOR_ARTICLES or lowered in LEADING:  # "Last week BBC presenter"
            break
        if lowered == "of" and not _holds_of(before, words[at - 1] if at else ""):
            break  # "These are words of Indian Prime Minister X": "words" is no role
        if at and words[at - 1].lower() in _BEFORE_VERB and not _modifies_role(word):
            break  # "The decision to place Prince X": "place" is a verb, not a role
        before.insert(0, word)
        if lowered in ("a", "an", "the"):
            break
    return before


# Words a verb follows ("to place", "will meet"): the lowercase word after them is no role,
# unless it is one a role opens with ("to former President X").
_BEFORE_VERB = word_set("""to will would can could should shall must might did does do""")
# Lowercase words that open a role: "former President X", "then-minister X".
_ROLE_MODIFIERS = word_set(
    """former late then ex then-president new veteran senior junior top chief deputy
    fellow current longtime long-time"""
)


def _modifies_role(word: str) -> bool:
    """Whether a word may open a role after "to" or "will": no verb in lower case."""
    lowered = word.lower()
    return (
        lowered in _ROLE_MODIFIERS
        or lowered in ROLE_PARTICIPLES
        or lowered in ("a", "an", "the")
        or singular(lowered) in ROLE_NOUNS
        or not word.islower()
    )


def _holds_of(after: list[str], head: str) -> bool:
    """Whether "of" joins a role read back from a name ("chief of staff", "Minister of State"):
    the word before it is a role noun or a title, and words follow it."""
    return bool(after) and (singular(head.lower()) in ROLE_NOUNS or bare_title(head) in TITLES)


def role_words(words: list[str]) -> list[str]:
    """The words before a name kept as its role, or none when they are no role: a possessive
    alone ("Alabama’s X"), an article and an adjective ("an incredulous X")."""
    if not words:
        return words
    if words[-1].endswith(POSSESSIVE_ENDINGS):
        return []  # "Alabama’s Steve Marshall": whose, not what
    if (
        len(words) == 2
        and words[0].lower() in ("a", "an", "the")
        and words[1].islower()
        and singular(words[1]) not in ROLE_NOUNS
    ):
        return []  # "asked an incredulous Gorsuch"
    return words


def as_description(words: list[str]) -> str:
    """A role's words as a description: an article opening it in lower case ("The space
    agency's chairman X" opening a sentence is "the space agency's chairman")."""
    if len(words) > 1 and words[0] in ("The", "A", "An") and not is_name_token(words[1]):
        words = [words[0].lower(), *words[1:]]
    return " ".join(words)


def role_before_name(words: list[str]) -> list[str]:
    """The words of a subject before its name that are a role: those after its last verb
    ("a soaked Mr Sunak said": none)."""
    for index in range(len(words) - 1, -1, -1):
        if _ends_a_role(words[index]):
            return words[index + 1 :]
    return words


def _ends_a_role(word: str) -> bool:
    """Whether a word read back from a name is not part of its role: a verb ("found former
    president X", "sentenced President-elect X", "a soaked X") or a figure ("2023-08-23")."""
    if any(character.isdigit() for character in word):
        return True
    return word == word.lower() and verb_like(word)  # "Renowned", "Acting": a title's


def verb_like(word: str) -> bool:
    """Whether a lowercase word may be a verb: one of the verbs that come before a role and a
    name, or a word ending in -ed or -ing that no role uses ("acting", "elected" do)."""
    if word in VERBS:
        return True
    # (Not "left-wing", "Delhi-based": a compound ending like a verb is an adjective.)
    return "-" not in word and word.endswith(("ed", "ing")) and word not in ROLE_PARTICIPLES


def _role_in_apposition(words: list[str], run: Run) -> str:
    """A role the name stands in apposition to: "according to the attorney, Ben Crump" makes
    him the one "the attorney said" stands for elsewhere in the article."""
    if run.start < 2 or words[run.start - 1] != ",":
        return ""
    if words[run.start - 2].lower() not in ROLE_NOUNS:
        return ""
    return as_description(_role_ending_at(words, run.start - 1))


def _opening_role(words: list[str], run: Run) -> str:
    """A role that opens the sentence, set off by a comma before the name: "Minority Leader
    in Parliament, Mr Osei Kyei-Mensah-Bonsu said"."""
    if run.start < 2 or words[run.start - 1] != ",":
        return ""
    phrase = words[: run.start - 1]
    if len(phrase) > 6 or not any(word.lower() in ROLE_NOUNS for word in phrase):
        return ""
    if all(word[:1].isupper() or word in SMALL_WORDS for word in phrase):
        return " ".join(phrase)
    return ""


def appositive(words: list[str]) -> str:
    """', a Johns Hopkins physicist who led the study' after a name, as its description; or a
    role without its article (", minister of information,")."""
    if len(words) < 2 or words[0] != ",":
        return ""
    if words[1].lower() not in ("a", "an", "the") and not bare_role_after(words, 0):
        return ""
    kept = []
    for word in words[1:]:
        if word in (",", ".", ";", ":", MASK) or len(kept) == 15:
            break
        kept.append(word)
    # A verb before any "who" makes it the sentence's subject and its verb, no appositive: "in
    # Georgetown, the health department yesterday denied ..." says nothing of Georgetown.
    head = itertools.takewhile(lambda word: word.lower() not in RELATIVES, kept)
    if any(word.lower() in VERBS or word.lower() in SPEECH_VERBS for word in head):
        return ""
    return " ".join(kept)
