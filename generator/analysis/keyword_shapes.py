"""Candidates shaped as a piece of a sentence or a description of someone rather than a thing an
article is about: "Washington seeks" (a subject and its verb), "Southeast Asian" (of "Southeast
Asian country"), "Special Assistant" (of "Special Assistant to the President"), "business
leaders" (a role), "downplay friction" (what someone tries to do)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.quotes.names import is_place
from generator.analysis.yake_ranks import stop_words

# Nouns that name people by their role or their tie to someone: a keyword ending in one says
# who, not what ("business leaders", "top officials", "good friend", "Vietnam War veteran").
ROLE_NOUNS = frozenset(
    {"leader", "official", "executive", "veteran", "friend", "counterpart", "lawmaker"}
    | {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy"}
)
# Verbs in the past that do not end in "-ed": after a name ("US President spent") or alone
# ("won"), never a keyword.
IRREGULAR_PAST = frozenset(
    {"spent", "sought", "bought", "built", "fought", "meant", "sold", "taught", "wore"}
    | {"grew", "drew", "flew", "chose", "rose", "fell", "struck", "shook", "drove", "knew"}
    | {"understood", "dealt", "fled", "sank", "swore", "forgot", "hid", "slept", "sat"}
    | {"won", "said", "told", "wrote", "came", "gave", "took", "went", "saw", "threw", "began"}
    | {"became", "brought", "thought", "spoke", "met", "ran", "lost", "made", "paid", "sent"}
)
# Adjectives compared, which say how much, not what: "broader effort", "stronger ties".
COMPARATIVES = frozenset(
    {"broader", "wider", "bigger", "larger", "greater", "smaller", "higher", "lower"}
    | {"stronger", "weaker", "deeper", "closer", "better", "worse", "further", "newer"}
    | {"faster", "slower", "tighter", "longer", "shorter", "older", "younger"}
    | {"broadest", "widest", "biggest", "largest", "greatest"}
)
# How the words of a place's people or a party end: "Asian", "Chinese", "Republican", "Islamic".
_ADJECTIVE_OF_PLACE = re.compile(r"(?:an|ese|ish|ic)$")
# Words after a verb in "-s" that open its object or what it does: "seeks to", "pushes the".
_OBJECT_OPENERS = frozenset({"to", "a", "an", "the", "its", "his", "her", "their"})
# A title's words that go on after a capitalised phrase: "Special Assistant to the President",
# "Special Presidential Envoy for Climate".
_TITLE_GOES_ON = re.compile(r" (?:for|to the) [A-Z]")
# A verb of trying or meaning to, and "to", before a phrase: "tries to downplay friction".
_INTENT_BEFORE = re.compile(
    r"(?<!\w)(?:tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|wan(?:ts?|ted|ting)|aim(?:s|ed|ing)?"
    r"|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)"
    r"|promis(?:e|es|ed|ing)|intend(?:s|ed|ing)?|push(?:es|ed|ing)?|striv(?:e|es|ed|ing)"
    r"|attempt(?:s|ed|ing)?|need(?:s|ed)?) to $"
)


def describes(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a candidate (its spelling and where the prose uses it) is a piece of a sentence
    or a description, by where the prose uses it: see the module's examples."""
    if not occurrences:
        return False
    words = form.split()
    return (
        _verb_after_name(words, occurrences, document)
        or _modifies_noun(words, occurrences, document)
        or _title_goes_on(words, occurrences, document)
        or _meant_to_do(form, occurrences, document)
    )


def ends_in_role(words: Sequence[str]) -> bool:
    """Whether a candidate ends in a role: "business leaders", "Communist Party leader", or one
    word alone ("Executives" opening a sentence); not "Chief Executive", a title's capital."""
    last = words[-1].lower() if len(words) == 1 else words[-1]
    singular = last[:-1] if last.endswith("s") else last
    return last.islower() and (last in ROLE_NOUNS or singular in ROLE_NOUNS)


def _verb_after_name(
    words: Sequence[str], occurrences: Sequence[Occurrence], document: Document
) -> bool:
    """Whether a capitalised word and a lowercase one in "-s" are a subject and its verb: the
    prose always follows them with "to" or an object ("Washington seeks to", "Washington pushes
    the"), as it never does a name and a plural ("Apple shares rose")."""
    if len(words) < 2 or not words[-2][:1].isupper():
        return False
    if not (words[-1].islower() and words[-1].endswith("s")):
        return False
    return all(document.word_after(found) in _OBJECT_OPENERS for found in occurrences)


def _modifies_noun(
    words: Sequence[str], occurrences: Sequence[Occurrence], document: Document
) -> bool:
    """Whether a capitalised phrase ends in the word of a place's people or of a party that
    the prose always puts before a noun: "Southeast Asian" of "the Southeast Asian country",
    "Arizona Republican" of "the Arizona Republican senator". It describes; the noun is what.
    (One such word alone, "Kenyan", stands for its place across a briefing: see keyword_names.)"""
    last = words[-1]
    if (
        len(words) < 2
        or not last[:1].isupper()
        or not _ADJECTIVE_OF_PLACE.search(last)
        or is_place((last,))
    ):
        return False
    return all(
        document.word_after(found)[:1].islower() and document.runs_on(found, stop_words())
        for found in occurrences
    )


def _title_goes_on(
    words: Sequence[str], occurrences: Sequence[Occurrence], document: Document
) -> bool:
    """Whether a capitalised phrase of two words or more is always followed by "for" or "to
    the" and a capitalised word: the start of a title ("Special Assistant to the President")."""
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    return all(_TITLE_GOES_ON.match(document.prose[found.line], found.end) for found in occurrences)


def _meant_to_do(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a lowercase phrase is always what someone tries or means to do: "downplay
    friction" of "tries to downplay friction"."""
    if " " not in form or not form.islower():
        return False
    return all(
        _INTENT_BEFORE.search(document.prose[found.line], max(0, found.start - 20), found.start)
        for found in occurrences
    )
