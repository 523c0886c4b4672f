"""Candidates that are a piece of a sentence by where the prose writes them: a month cut short
before its day ("Sept" of "Sept. 12"), a verb after "to" with its object ("find food" of
"struggled to find food"), and a description put before a name ("tourist hub" of "the
tourist hub Marrakech")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_conjuncts import shares_its_noun, side_of_name
from generator.analysis.keyword_names import PLURAL
from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.keyword_verbs import MONTH_ABBREVIATIONS, WHEN
from generator.analysis.yake_ranks import stop_words

# A month's abbreviation ("Sept. 12", "Jan 5") is a candidate only where a day or a full stop
# follows it each time: "Jan" and "Jun" are names too.
_DAY_OR_STOP_AFTER = re.compile(r"\.|\.? \d")
# Verbs whose plain form is no noun, so that after "to" or "will" they open a verb phrase:
# "to find food", "to rebuild areas" (not "to health care", "to relief work").
_PLAIN_VERBS = frozenset(
    {"find", "get", "seek", "bring", "keep", "provide", "give", "take", "make", "send"}
    | {"receive", "rebuild", "restore", "ensure", "prevent", "protect", "save", "deliver"}
    | {"improve", "reduce", "tackle", "avoid", "allow", "enable", "assess", "evacuate"}
    | {"identify", "locate", "recover", "rehabilitate", "strengthen", "expand", "create"}
    | {"develop", "reach", "help", "meet", "buy", "sell", "win", "lose", "stop", "boost"}
)
# Nouns of what someone means to do, which a verb's past puts before "to": "announced plans
# to rebuild", "stepped up efforts to reach". What is planned is the keyword, if any.
_INTENT_NOUNS = frozenset({"plans", "plan", "efforts", "measures", "steps", "proposals", "bid"})
# Words that put a verb's plain form after them.
_INFINITIVE_OPENERS = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should"}
)
# Words that open a verb's object: "assess the damage", "reach their homes".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})
# Nouns for the kind of place a description before a name says it is: "the tourist hub
# Marrakech", "the port city Odesa". The place's name is the keyword.
_PLACE_KINDS = frozenset(
    {"hub", "city", "town", "village", "capital", "port", "resort", "region", "province"}
    | {"district", "state", "country", "nation", "enclave", "territory"}
)
# Capitalised words after a phrase that say when, not which: "meeting Monday", "meeting Jan. 9".
# Articles before a description that a name follows: "the tourist hub Marrakech".
_ARTICLES = frozenset({"the", "a", "an"})


def is_cut_piece(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a candidate is a piece cut from a sentence or from a longer name by where the
    prose writes it (see the module's examples and keyword_conjuncts)."""
    return (
        is_date_piece(form, occurrences, document)
        or is_verb_phrase(form, occurrences, document)
        or describes_name(form, occurrences, document)
        or shares_its_noun(form, occurrences, document)
        or side_of_name(form, occurrences, document)
    )


def is_date_piece(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a capitalised word is a month cut short with a full stop or a day after it
    wherever the prose writes it ("Sept" of "Sept. 12", "Oct" of "Oct 3"): when, not what."""
    if " " in form or form.casefold() not in MONTH_ABBREVIATIONS or not occurrences:
        return False
    return all(
        _DAY_OR_STOP_AFTER.match(document.prose[found.line], found.end) for found in occurrences
    )


def is_verb_phrase(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether two lowercase words are a verb's plain form and its object after "to" or
    "will" each time ("find food" of "struggled to find food and water"), a plural and that
    verb with an object after it each time ("authorities assess" of "as authorities assess
    the damage"), or a past and a plan with "to" after it each time ("announced plans" of
    "announced plans to spend"). What is found or planned is the keyword, if any."""
    words = form.split()
    if len(words) != 2 or not form.islower() or not occurrences:
        return False
    if words[0] in _PLAIN_VERBS:
        return all(document.word_before(found) in _INFINITIVE_OPENERS for found in occurrences)
    if words[0].endswith("ed") and words[1] in _INTENT_NOUNS:
        return all(document.word_after(found) == "to" for found in occurrences)
    return (
        words[1] in _PLAIN_VERBS
        and PLURAL.search(words[0]) is not None
        and all(document.word_after(found) in _OBJECT_OPENERS for found in occurrences)
    )


def describes_name(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a lowercase phrase is always a description of a place that its name follows
    right after an article ("the tourist hub Marrakech"), or a word that does so or runs on
    into a lowercase one ("the remote High Atlas", "remote mountain villages"): it says what
    the place is like; the name, or the whole phrase, is the keyword."""
    if not form.islower() or not occurrences:
        return False
    if " " in form and form.rpartition(" ")[2] not in _PLACE_KINDS:
        return False  # "the cargo ship Dali": what kind of ship says something of its own
    stops = stop_words()
    for found in occurrences:
        after = document.word_after(found)
        if document.runs_on(found, stops) and " " not in form:
            continue
        if not after[:1].isupper() or after.casefold() in WHEN:
            return False
        if document.word_before(found) not in _ARTICLES:
            return False
        if not _name_follows(document.prose[found.line], found.end):
            return False
    return True


def _name_follows(line: str, end: int) -> bool:
    """Whether a capitalised word follows a position after one space, in the same sentence."""
    return line[end : end + 1] == " " and line[end + 1 : end + 2].isupper()
