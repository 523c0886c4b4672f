"""A family as a speaker: "The family of X said", "X's family said", "his family said".

News gives a dead or accused person's relatives a voice of their own, most often in a
statement. A family the words before a speech verb name in full ("The family of singer Jane
Doe", "Jane Doe's family", "the Doe family") speaks as that phrase; "his family", "her
family" or "the family" is the one family the article named so before (shown speaking, or
"Jane Doe's family" and "the Doe family" anywhere in the sentences read), and no one when it
named none or several (a story of two families). No family is guessed from a pronoun alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.analysis.quotes.subjects import Subject
from generator.analysis.quotes.vocabulary import LEADING, TRAILING

# A family named in the text by a possessive or as "the Doe family": the extent of these is
# the capitalised run, unlike "the family of former star Jane Doe said ..." whose end only
# the verb after it shows.
_NAME = r"[A-Z][\w’'.-]*"
_FAMILY_IN_TEXT = re.compile(
    rf"(?<![\w’'-])(?:{_NAME} ){{0,3}}{_NAME}['’]s family\b|\b[Tt]he (?:{_NAME} )?{_NAME} family\b"
)
# Family words that point back to a family named before.
_REFERRING = frozenset({"his", "her", "their", "the"})
# Capitalised words that open a sentence or a phrase, no part of a name.
_NOT_NAMES = frozenset(
    {"The", "In", "A", "An", "And", "But", "On", "At", "For", "As", "His", "Her"}
)
# More words than this after "the family of" are not one name with its descriptions.
_LONGEST_OF = 8


def family_subject(before: list[str]) -> Subject | None:
    """The family the words right before a speech verb name as its subject, or None: "the
    family of Jane Doe", "Jane Doe's family", "the Doe family", "his family" (each perhaps
    with "also" or "has" after it). Kind "family"; its words, the phrase as written."""
    if "family" not in before and "Family" not in before:
        return None  # most speech verbs' subjects: nothing to read
    words = list(before)
    while words and words[-1].lower() in TRAILING:
        words.pop()  # "his family also said", "the family has said"
    phrase = _family_of(words) or _family_ending(words)
    return Subject("family", tuple(phrase), "") if phrase else None


def _family_of(words: list[str]) -> list[str]:
    """'the family of' a name, its descriptions before it, up to the end: "The family of
    former One Direction star Liam Payne"; [] for any other words."""
    lowered = [word.lower() for word in words]
    for at in range(len(words) - 3, -1, -1):
        if lowered[at : at + 3] == ["the", "family", "of"]:
            rest = words[at + 3 :]
            named = bool(rest) and len(rest) <= _LONGEST_OF and rest[-1][:1].isupper()
            return words[at:] if named and _plain(rest) and _opens(words, at) else []
    return []


def _family_ending(words: list[str]) -> list[str]:
    """A family phrase ending with "family": "Jane Doe's family", "the Doe family", "his
    family"; [] for any other words."""
    if len(words) < 2 or words[-1].lower() != "family":
        return []
    if words[-2].lower() in _REFERRING:
        return words[-2:] if _opens(words, len(words) - 2) else []
    at = len(words) - 1
    while at > 0 and words[at - 1][:1].isupper() and words[at - 1] not in _NOT_NAMES:
        at -= 1
    names = words[at:-1]
    if not names or len(names) > 4:
        return []
    if names[-1].endswith(("’s", "'s")) and _opens(words, at):
        return words[at:]
    if not names[-1].endswith(("’s", "'s")) and at and words[at - 1].lower() == "the":
        return words[at - 1 :] if _opens(words, at - 1) else []
    return []


def _plain(words: list[str]) -> bool:
    """Whether words are a name and its descriptions only, with no clause of their own."""
    return all(word[:1].isalnum() or word in ("’", "'", "-") for word in words)


def _opens(words: list[str], at: int) -> bool:
    """Whether a phrase at `at` stands as the subject: first, after a comma ("In a
    statement, his family said") or after words that only say when ("Later the family")."""
    return at == 0 or words[at - 1] == "," or all(w.lower() in LEADING for w in words[:at])


def family_named(subject: Subject, known: list[str], texts: Iterable[str]) -> str | None:
    """The speaker a family subject stands for: the phrase itself when it names the family
    (added to `known`, the families seen speaking); for "his family" or "the family", the
    one family `known` or the sentences read so far (`texts`) name in full; None when they
    name none, or several."""
    phrase = " ".join(subject.words)
    if len(subject.words) > 2 or subject.words[0].lower() not in _REFERRING:
        known.append(phrase)
        return phrase
    named = [*known, *(m.group() for text in texts for m in _FAMILY_IN_TEXT.finditer(text))]
    one = {_key(family): family for family in named}
    return next(iter(one.values())) if len(one) == 1 else None


def _key(phrase: str) -> str:
    """A family's last name word, to count "The family of Jane Doe" and "Doe's family" once."""
    names = [word for word in re.findall(_NAME, phrase) if word not in _NOT_NAMES]
    return re.sub(r"['’]s$", "", names[-1]).lower() if names else phrase.lower()
