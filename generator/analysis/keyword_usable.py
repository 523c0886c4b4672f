"""Whether a keyword candidate is a real phrase: not a number, a date, a fragment of a
sentence, a manner or web furniture."""

from __future__ import annotations

import functools
import re

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_cuts import is_no_phrase
from generator.analysis.keyword_names import fold
from generator.analysis.keyword_shapes import (
    ADVERB_ENDS,
    COMPARATIVES,
    IRREGULAR_PAST,
    VAGUE_PLACES,
    ends_in_role,
)
from generator.analysis.keyword_titles import SHORT_TITLES, TITLES
from generator.analysis.keyword_verbs import noun_and_past_verb
from generator.analysis.words import COMMON_VERBS, MONTHS, WEEKDAYS

# Web furniture that survives cleaning now and then; a candidate containing one is dropped.
_BOILERPLATE_WORDS = frozenset(
    {
        "advert",
        "advertisement",
        "advertising",
        "caption",
        "click",
        "comment",
        "comments",
        "cookie",
        "cookies",
        "copyright",
        "email",
        "getty",
        "icon",
        "image",
        "images",
        "javascript",
        "login",
        "mail",
        "menu",
        "newsletter",
        "photo",
        "photos",
        "reply",
        "share",
        "shutterstock",
        "sponsored",
        "subscribe",
        "subscription",
    }
)
_BOILERPLATE_PHRASES = (
    "all rights",
    "follow us",
    "log in",
    "min read",  # a reading time: "4 min read"
    "mins read",
    "minute read",
    "privacy policy",
    "read more",
    "related articles",
    "rights reserved",
    "sign in",
    "sign up",
    "terms of use",
)
_BOILERPLATE_OPENERS = frozenset(phrase.split()[0] for phrase in _BOILERPLATE_PHRASES)
# Dates say when, not what: "Brittany on Sunday" or "January" is never a keyword. ("May" is
# left out: it is also a verb and a surname.)
_CALENDAR_WORDS = (
    (MONTHS - {"may"})
    | WEEKDAYS
    # Abbreviated, with their full stop: "Jan" alone is also a name, "Sat" a verb.
    | {f"{month}." for month in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep")}
    | {"sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "tues.", "wed.", "thu.", "thur."}
    | {"thurs.", "fri.", "sat."}
    # Time zones: "2:35 pm IST".
    | {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "kst", "jst"}
    | {"aest", "aedt", "hkt", "sgt", "wib"}
)
# Times relative to the story, which alone say when, not what: "yesterday", "month".
_TIME_WORDS = frozenset(
    {"today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night"}
    | {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"}
    | {"hour", "hours", "minute", "minutes", "decade", "decades", "summer", "winter"}
    | {"spring", "autumn"}
)
# Nouns that measure something else and say nothing without it: "extent" of "the extent of
# the damage", "bulk" of "the bulk of the aid".
_MEASURE_NOUNS = frozenset({"extent", "amount", "bulk", "proportion", "portion", "fraction"})
_PAST_TENSE = re.compile(r"^[a-z]+ed$")
# Two sentences whose space was lost: "statement.There".
_RUN_TOGETHER = re.compile(r"[a-z]\.[A-Z][a-z]")
# Adverbs of manner and degree, lowercase: never what an article is about, alone or opening a
# phrase ("family", "rally" and "Italy" are too short or capitalised to match).
_MANNER = re.compile(
    r"^[a-z]{2,}(?:(?:al|ful|ous|ive|ent|ant|ed|ing|ate|ight|less|id)ly|[ai]bly)$"
)  # ("-idly": "rapidly", "solidly"; "-ily" is left: "family")
# Pasts that are no adjective before a noun, so that with one after them they are a verb and
# its object: "took office", "made history" (not "lost" of "lost property", "built" of "built
# environment").
_VERB_ONLY_PAST = frozenset(
    {"made", "took", "gave", "went", "came", "began", "ran", "wrote", "grew", "drew", "flew"}
    | {"chose", "shook", "drove", "knew", "sank", "swore", "forgot", "spoke", "threw", "became"}
    | {"oversaw", "withdrew", "overtook", "undertook", "foresaw", "said", "told", "met"}
)
# Nouns for a place that a participle before them describes instead of naming it: "embattled
# nation", "stricken city" (the place's name is the keyword).
_PLACE_NOUNS = frozenset({"state", "country", "nation", "city", "town", "region", "island"})
# A word that glues a picture's label to the word before it, as a scraper joins two captions
# ("Canadian PressPhoto: ..."): never a name's ("Photo" ends none after a lowercase letter).
_GLUED_LABEL = re.compile(r"[A-Z][^\W\d_]*[a-z](?:Photo|Video|Image|Picture)s?")
# A range of numbers as one word: "111-129", "10–15" (not a model's "737-9" or "747-400").
_RANGE = re.compile(r"(\d+)[-–](\d+)")
# A share or follow button's word left after a byline's name: "Ana Ruiz Follow @anaruiz".
_BUTTON_WORDS = frozenset({"Follow", "Tweet", "Share", "Subscribe"})
# Verbs that end a sentence's fragment after a name: "Xi said", "Vikram continues".
_NAME_VERBS = COMMON_VERBS
_REPORTING = frozenset({"reports", "reporting", "reported", "writes", "writing"})
# Words that make a title a rank of its own: "Rear Admiral", "Vice Admiral", "Lieutenant General".
_RANK_QUALIFIERS = frozenset({"rear", "vice", "lieutenant", "acting", "deputy", "brigadier"})
# An adjective in "-able" or "-ible" of six letters or more: "unable" (not "table", "cable").
_ABLE = re.compile(r"[a-z]{2,}[ai]ble")


# A briefing's articles on one story share many candidates (half of an event story's), and
# each is judged by some thirty checks of its words alone.
@functools.lru_cache(maxsize=1 << 14)
def usable(candidate: str, key: str, stop_words: frozenset[str]) -> bool:
    """Whether a candidate (with its canonical key) is a real phrase, not a number, a fragment
    or web furniture."""
    if len(key.replace(" ", "")) < 2 or not any(char.isalpha() for char in key):
        return False
    words = key.split()
    if any(map(_is_range, candidate.split())):
        return False  # a quantity: "111-129 MPH"
    if _CALENDAR_WORDS.intersection(words) or TITLES.issuperset(words):
        return False
    if SHORT_TITLES.issuperset(word.rstrip(".") for word in words) or key in COMPARATIVES:
        return False  # "Maj" of "Maj. Gen. Ana Ruiz"; "longer", "bigger": how much, not what
    if words[0] in _RANK_QUALIFIERS and _only_titles(words[1:]):
        return False  # "Rear Adm" of "Rear Adm. John Mauger", "Vice Admiral": a rank alone
    if _ABLE.fullmatch(key) and common_word_rank(key) is not None:
        return False  # "unable", "available": a quality, never a thing alone
    if key in IRREGULAR_PAST and candidate.islower():
        return False  # "won", "spent"; not the Met Police's "Met"
    if key in _TIME_WORDS and candidate.islower():
        return False  # "yesterday", "month": when, not what
    if key in _MEASURE_NOUNS and candidate.islower():
        return False  # "extent": how much of something the word leaves unsaid
    if is_no_phrase(candidate) or _RUN_TOGETHER.search(candidate):
        return False  # "decade ago", "years earlier"; "statement.There": a lost space
    if _BOILERPLATE_WORDS.intersection(words) or _is_boilerplate_phrase(key, words):
        return False
    if any(map(_GLUED_LABEL.fullmatch, candidate.split())):
        return False  # "PressPhoto": one caption's credit glued to the next one's label
    # Judge the ends by YAKE's own tokens, so "one-China principle" is not read as "one ...".
    tokens = fold(candidate).split()
    if tokens[0] in stop_words or tokens[-1] in stop_words:
        return False
    parts = candidate.split()
    if parts[-1] in _BUTTON_WORDS and len(parts) > 1:
        return False  # a byline's name and its button: "Ana Ruiz Follow"
    if _verb_and_object(parts) or _describes_place(parts):
        return False  # "made landfall"; "embattled nation": how a place is, not which
    if ends_in_role(parts):
        return False  # who, not what: "business leaders", "Vietnam War veteran"
    if parts[-1] in ADVERB_ENDS:
        return False  # cut off before its preposition, or ending in an adverb: "pieces due"
    if len(parts) == 2 and candidate.islower() and parts[-1] in VAGUE_PLACES:
        return False  # where, not what: "remote area", "deep waters"
    if _MANNER.search(parts[0]) or _MANNER.search(parts[-1]) or _opens_with_degree(parts[0]):
        return False  # how, not what: "successfully", "slightly lower", "landed successfully"
    if _is_adverb_of(parts[-1]):
        return False  # "remain squarely": a verb and how, cut off; "publicly" alone: how
    return not _is_fragment(candidate.split(), tokens, stop_words)


def _is_boilerplate_phrase(key: str, words: list[str]) -> bool:
    """Whether a canonical key (and its words) holds a phrase of web furniture ("read more")."""
    if _BOILERPLATE_OPENERS.isdisjoint(words):
        return False  # no phrase's first word: most keys, and sooner told than by each phrase
    padded = f" {key} "
    return any(f" {phrase} " in padded for phrase in _BOILERPLATE_PHRASES)


def _is_adverb_of(word: str) -> bool:
    """Whether a lowercase word is a common word of four letters or more with "-ly" added:
    "squarely", "firmly"; not "family" or "assembly"."""
    stem = word[:-2]
    return (
        word.islower()
        and word.endswith("ly")
        and len(stem) >= 4
        and (common_word_rank(stem) is not None or common_word_rank(f"{stem}e") is not None)
    )


def _only_titles(words: list[str]) -> bool:
    """Whether words (of a canonical key) are all titles, in full or shortened."""
    return bool(words) and all(word in TITLES or word in SHORT_TITLES for word in words)


def _opens_with_degree(word: str) -> bool:
    """Whether a hyphenated word opens with an adverb made of a common adjective: "highly"
    of "highly-anticipated", "newly" of "newly-built" (not "family" of "family-run")."""
    first, hyphen, _ = word.partition("-")
    return bool(hyphen) and first.endswith("ly") and common_word_rank(first[:-2]) is not None


def _is_fragment(words: list[str], tokens: list[str], stop_words: frozenset[str]) -> bool:
    """Whether a candidate (its words, and YAKE's tokens of it folded) is a piece of a
    sentence rather than a thing the article is about."""
    if len(words) < 2:
        return False
    *leading, last = words
    # A verb after its subject: "economy added", "Lee argued", "Sharapova made".
    if _PAST_TENSE.match(last) or (leading[-1][:1].isupper() and _is_name_verb(last)):
        return True
    if noun_and_past_verb(words):
        return True  # "door blew", "flight made": a lowercase subject and its verb
    if tokens[-1] in TITLES:
        return True  # a role, not who holds it: "South Korean president", "Wildcats coach"
    inner = {token for token in tokens[1:-1] if token in stop_words}
    if inner & {"and", "or", "&"}:
        return True  # two things: "Kutcher and Bieber"
    # A stop word inside a name belongs to it ("Bank of England"); inside anything else the
    # phrase runs across a sentence's parts ("pace with demand").
    return bool(inner) and not all(
        word[:1].isupper()
        for word, token in zip(words, tokens, strict=False)
        if token not in stop_words
    )


def _is_name_verb(word: str) -> bool:
    """Whether a word after a name makes it a sentence's fragment: a common verb ("Xi said"),
    or a rarer word in "-ing" ("Keir claiming"; "Boeing building" is a noun phrase)."""
    return (
        word in _NAME_VERBS
        or (word.islower() and word in IRREGULAR_PAST)  # "Xi met"; not "the Met"
        or word in _REPORTING  # "CNN reports": who tells the news, not what it is
        or (word.islower() and word.endswith("ing") and common_word_rank(word) is None)
    )


def _verb_and_object(words: list[str]) -> bool:
    """Whether two lowercase words are a verb in the past and its object: "made landfall",
    "took office"."""
    return len(words) == 2 and words[0] in _VERB_ONLY_PAST and words[1].islower()


def _describes_place(words: list[str]) -> bool:
    """Whether two lowercase words are a participle and a noun for a place: "embattled
    nation", "battered state" (the place's name says which, the words how it is)."""
    return (
        len(words) == 2
        and words[1] in _PLACE_NOUNS
        and _PAST_TENSE.match(words[0]) is not None
        and words[0].islower()
    )


def _is_range(word: str) -> bool:
    """Whether a word is a range of numbers, the second the greater: "111-129", not "737-9"."""
    numbers = _RANGE.fullmatch(word)
    return numbers is not None and int(numbers[1]) < int(numbers[2])
