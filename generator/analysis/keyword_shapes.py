"""Candidates shaped as a piece of a sentence or a description of someone rather than a thing an
article is about: "Washington seeks" (a subject and its verb), "Southeast Asian" (of "Southeast
Asian country"), "Special Assistant" (of "Special Assistant to the President"), "business
leaders" (a role), "downplay friction" (what someone tries to do)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from generator.analysis.keyword_names import canonical_key
from generator.analysis.keyword_prose import Document, Occurrence, starts_sentence
from generator.analysis.quotes.names import is_place
from generator.analysis.words import COMMON_VERBS, MONTHS, WEEKDAYS
from generator.analysis.yake_ranks import stop_words

# Nouns that name people by their role or their tie to someone: a keyword ending in one says
# who, not what ("business leaders", "top officials", "good friend", "Vietnam War veteran").
ROLE_NOUNS = frozenset(
    {"leader", "official", "executive", "veteran", "friend", "counterpart", "lawmaker"}
    | {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy"}
    | {"adventurer", "tycoon", "businessman", "businesswoman", "billionaire"}
)
# Nouns that name a company by its tie or its size after a word that describes it: "troubled
# rival", "Banking giant". Alone they may be a name ("Giants").
_EPITHETS = frozenset({"rival", "giant"})
# Plurals that name whoever is in charge somewhere, after the place's word: "American
# authorities" says who, not what (alone, "authorities" can be what a story is about).
_IN_CHARGE = frozenset({"authorities"})
# Adjectives that follow a noun only as what a verb leaves it ("left 296 people dead", "found
# them alive"), never inside a name of a thing: "people dead" is cut from a sentence.
PREDICATE_ENDS = frozenset({"dead", "alive", "homeless", "unharmed", "unhurt"})
# Words that end no phrase naming a thing: with a preposition after them they make one ("due
# to", "deep in", "ahead of"), or they are adverbs of place and time ("continue overnight").
# A phrase that ends in one is cut off there: "pieces due", "implosion deep", "men late" (of
# "held two men late on Saturday"), "arrested earlier" (of "was arrested earlier this week").
ADVERB_ENDS = frozenset(
    {"due", "deep", "prior", "close", "near", "next", "owing", "ahead", "according", "akin"}
    | {"overnight", "nearby", "abroad", "away", "afterwards", "together", "instead", "apart"}
    | {"aboard", "onboard", "ashore", "overseas", "underway", "late", "early", "earlier", "later"}
    | {"outdoors", "indoors", "elsewhere", "everywhere", "upstairs", "downstairs"}
    | PREDICATE_ENDS
)
# Nouns that name some stretch of space and nothing in particular: "remote area", "search
# area", "deep waters" say where, not what.
VAGUE_PLACES = frozenset({"area", "waters", "location", "spot"})
# Verbs in the past that do not end in "-ed": after a name ("US President spent") or alone
# ("won"), never a keyword.
IRREGULAR_PAST = frozenset(
    {"spent", "sought", "bought", "built", "fought", "meant", "sold", "taught", "wore"}
    | {"grew", "drew", "flew", "blew", "chose", "rose", "fell", "struck", "shook", "drove", "knew"}
    | {"understood", "dealt", "fled", "sank", "swore", "forgot", "hid", "slept", "sat"}
    | {"won", "said", "told", "wrote", "came", "gave", "took", "went", "saw", "threw", "began"}
    | {"became", "brought", "thought", "spoke", "met", "ran", "lost", "made", "paid", "sent"}
    | {"oversaw", "withdrew", "overtook", "undertook", "foresaw", "forbade", "upheld"}
    | {"broke", "stole", "held", "kept", "heard", "stood", "caught", "froze", "tore", "swept"}
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
        or _verb_and_object(words, occurrences, document)
        or _modifies_noun(words, occurrences, document)
        or _title_goes_on(words, occurrences, document)
        or _meant_to_do(form, occurrences, document)
    )


def ends_in_role(words: Sequence[str]) -> bool:
    """Whether a candidate ends in a role: "business leaders", "Communist Party leader", "troubled
    rival", or one word alone ("Executives" opening a sentence); not "Chief Executive", a
    title's capital."""
    last = words[-1].lower() if len(words) == 1 else words[-1]
    singular = f"{last[:-3]}y" if last.endswith("ies") else last.removesuffix("s")
    if len(words) > 1 and last in _IN_CHARGE or singular in _EPITHETS and words[-1].islower():
        return True
    return last.islower() and (last in ROLE_NOUNS or singular in ROLE_NOUNS)


def _verb_after_name(
    words: Sequence[str], occurrences: Sequence[Occurrence], document: Document
) -> bool:
    """Whether a capitalised word and a lowercase one in "-s" are a subject and its verb: the
    prose always follows them with "to" or an object ("Washington seeks to", "Washington pushes
    the"), as it never does a name and a plural ("Apple shares rose"). Two lowercase words
    are a noun and its verb where a name follows too ("storm threatens Tampa")."""
    if len(words) < 2 or not (words[-1].islower() and words[-1].endswith("s")):
        return False
    if words[-1].endswith("ss"):
        return False  # "business", "access": no verb's "-s"
    if words[-2][:1].isupper():
        return all(document.word_after(found) in _OBJECT_OPENERS for found in occurrences)
    if len(words) != 2 or _MODIFIER.search(words[0]):
        return False  # "developed nations": a participle or an adjective is no subject
    return all(_object_after(words[1], found, document) for found in occurrences)


def _object_after(verb: str, found: Occurrence, document: Document) -> bool:
    """Whether an object follows a phrase ending in a verb: an article or a possessive, or a
    name; "to" only after a verb that takes it ("threatens to"), as "payments to" and "teams
    to" are as common."""
    after = document.word_after(found)
    if after[:1].isupper():  # not a day: "regulators Sunday" says when
        return after not in _NO_OBJECT and after.lower() not in WEEKDAYS | MONTHS
    if after == "to":
        return verb in _VERBS_BEFORE_TO
    return after in _OBJECT_OPENERS


# Verbs in "-s" that take "to" and another verb: "threatens to", "vows to".
_VERBS_BEFORE_TO = frozenset(
    {"threatens", "seeks", "aims", "vows", "pledges", "intends", "refuses", "agrees"}
    | {"expects", "fails", "continues", "begins", "decides", "appears", "seems", "tries"}
    | {"wants", "hopes", "plans", "belongs", "strives", "prepares", "struggles", "promises"}
)


# How participles and adjectives end, which describe a noun and are no subject of a verb.
_MODIFIER = re.compile(r"(?:ed|ing|al|ic|ive|ous|ful|ly)$")
# Capitalised words after a plural that open no object of a verb: "I" ("as the storms I saw").
_NO_OBJECT = frozenset({"I"})


def _verb_and_object(
    words: Sequence[str], occurrences: Sequence[Occurrence], document: Document
) -> bool:
    """Whether two lowercase words, the first in "-s", are a verb and its object: the prose
    always puts a noun with no article before them, their subject ("the plan raises doubts";
    "an arms deal", "the sports car" have an article or an adjective there)."""
    if len(words) != 2 or not "".join(words).islower() or not words[0].endswith("s"):
        return False
    if words[0].endswith(("ss", "us", "is")) or words[1] in stop_words():
        return False
    return all(_subject_before(document.prose[found.line], found.start) for found in occurrences)


def _subject_before(line: str, start: int) -> bool:
    """Whether a lowercase noun that no article or adjective opens stands right before a
    position: "plan" of "the plan raises", not "arms" of "an arms deal"."""
    word = _raw_word_before(line, start)
    if not word.islower() or word in stop_words() or _MODIFIER.search(word):
        return False
    # A plural opens "talks ends" no more than a verb does.
    return not word.endswith("s") and word not in COMMON_VERBS


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


def piece_of_candidate(
    form: str, occurrences: Sequence[Occurrence], document: Document, offered: Set[str]
) -> bool:
    """Whether a lowercase phrase is cut out of one longer phrase that YAKE offers too
    (`offered`: the canonical keys of its candidates), the prose always writing it before the
    same noun: "presumed human" of "presumed human remains". The piece names nothing; the
    longer phrase is the keyword, if it is one."""
    if not occurrences or not form.islower():
        return False
    after = {document.word_after(found) for found in occurrences}
    word = after.pop() if len(after) == 1 else ""
    return _opens_noun_phrase_end(word, form) and canonical_key(f"{form} {word}") in offered


# Adverbs in "-ly" that say when something was done, or single it out, and make no
# description of a thing with a participle ("only installed cameras", "recently built
# homes"): YAKE's stop list holds the rest ("only", "nearly", "mostly").
_WHEN_AND_WHICH = frozenset(
    {"recently", "previously", "reportedly", "allegedly", "initially", "originally", "finally"}
    | {"eventually", "subsequently", "currently", "formerly", "simply", "solely", "mainly"}
    | {"largely", "partly", "quickly", "immediately", "apparently", "repeatedly", "briefly"}
)


def with_adverb(form: str, occurrences: Sequence[Occurrence], document: Document) -> str | None:
    """The phrase with the adverb the prose always writes before a lowercase phrase that opens
    with a participle: "remotely operated vehicles" for "operated vehicles", "genetically
    modified animals" for "modified animals"; None for any other phrase."""
    if not occurrences or not form.islower() or not _PARTICIPLE_OPENING.match(form):
        return None
    before = {_raw_word_before(document.prose[found.line], found.start) for found in occurrences}
    word = before.pop() if len(before) == 1 else ""
    if word in stop_words() or word in _WHEN_AND_WHICH:
        return None  # "only", "recently": when or which, no part of the thing's name
    return f"{word} {form}" if word.islower() and word.endswith("ly") else None


def _opens_noun_phrase_end(word: str, form: str) -> bool:
    """Whether a lowercase word after a phrase can be the last word of a noun phrase with it:
    not a stop word, nor a verb ("said", "docked"), save a plural after a lowercase phrase
    ("human remains")."""
    if not word.islower() or word in stop_words() or _VERB_ENDING.search(word):
        return False
    if word in IRREGULAR_PAST or word in COMMON_VERBS:
        return form.islower() and word.endswith("s")
    return True


def _raw_word_before(line: str, start: int) -> str:
    """The word right before a position, as written save a capital that opens a sentence
    ("" after punctuation or none)."""
    before = _LAST_WORD.search(line, 0, start)
    if before is None:
        return ""
    word = before.group(1)
    return word.lower() if starts_sentence(line, before.start()) else word


_VERB_ENDING = re.compile(r"(?:ed|ing)$")
_PARTICIPLE_OPENING = re.compile(r"[a-z]{4,}ed ")
_LAST_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+) $")
