"""The words at the edges of a subject that are no part of it: the openers before it ("and",
"however"), the adverbs between it and its verb ("also", "humorously"), an opening
participle's phrase, a dateline's leftovers before a capitalised article, and an aside in
brackets closing it ("Jane Doe (Labour, Leeds North) said")."""

from __future__ import annotations

import re

from generator.analysis.quotes.vocabulary import (
    DETERMINERS,
    LEADING,
    NOUNS_IN_LY,
    PREPOSITIONS,
    TRAILING,
)
from generator.analysis.words import NAME_PARTICLES


def trim(words: list[str]) -> list[str]:
    """Drop the openers before a subject and the adverbs between it and its verb."""
    while words and (words[0].lower() in LEADING or words[0] in ",;:—–" or words[0].isdigit()):
        words = words[1:]
    while words and (_adverb(words) or words[-1] in ",;:—–"):
        words = words[:-1]
    if words and words[-1] == ")" and "(" in words:  # "Jane Doe (Labour) said"
        words = trim(words[: len(words) - words[::-1].index("(") - 1])
    # "Commenting on the plan the Minister said": no comma after the opening phrase.
    if words and words[0].endswith("ing") and _OPENING_PARTICIPLE.fullmatch(words[0]):
        words = words[len(words) - words[::-1].index("the") - 1 :] if "the" in words else words
    return words if _CAPITAL_ARTICLES.isdisjoint(words) else words[_restart(words) :]


def _adverb(words: list[str]) -> bool:
    """Whether the last of a subject's words is an adverb before its verb: "also", "then",
    or one in -ly after a word that is no determiner ("President X humorously remarked",
    not "the family said")."""
    last = words[-1]
    if last.lower() in TRAILING:
        return True
    return (
        len(words) > 1
        and len(last) > 4
        and last.endswith("ly")
        and last.isalpha()
        and last.islower()
        and last not in NOUNS_IN_LY
        and words[-2].lower() not in DETERMINERS
    )


def drop_adverbs(words: list[str]) -> list[str]:
    """The words before a verb without the adverbs closing them: "X stood and briefly"."""
    while words and _adverb(words):
        words = words[:-1]
    return words


# A participle opening a sentence with a phrase of its own: "Commenting on ...".
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")


_JOINING = PREPOSITIONS | NAME_PARTICLES | {"of", "and", "&"}
_CAPITAL_ARTICLES = frozenset({"The", "A", "An"})


def _restart(words: list[str]) -> int:
    """Where a phrase starts again at a capitalised article that nothing joins to the words
    before it, left over from a dateline or a missed sentence end: "date 2021-04-20 The
    attorney" is "The attorney"; "Jane Doe of The Times" is whole."""
    for index in range(len(words) - 1, 0, -1):
        if words[index] in _CAPITAL_ARTICLES and words[index - 1].lower() not in _JOINING:
            return index
    return 0


def without_brackets(words: list[str]) -> list[str]:
    """The words without an aside in brackets closing them, commas and all: "Jane Doe
    (Labour, Leeds North) said" is "Jane Doe said". One inside the phrase stays: "Director
    of the Operations Centre (NOC), who said" keeps the name it spells out."""
    if not words or words[-1] != ")" or "(" not in words:
        return words
    opening = len(words) - 1 - words[::-1].index("(")
    return words[:opening] or words
