"""Keywords for an article: YAKE's candidates filtered into a short list of distinct phrases."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_prose import (
    DASHES,
    HONORIFICS,
    TITLES,
    Document,
    Occurrence,
    display_form,
    mask_digit_names,
    nicknames,
    unmask,
)
from generator.analysis.quotes.names import is_place
from generator.analysis.words import COMMON_VERBS, MONTHS, WEEKDAYS, unaccented

if TYPE_CHECKING:
    import yake

_MIN_KEYWORDS = 5
# A briefing's topics: keywords carried by this share of its articles, and by three at least.
_TOPIC_SHARE = 0.8
_MIN_TOPIC_ARTICLES = 3
# YAKE ranks this many candidates; the larger size is only tried when filtering leaves too few.
_YAKE_TOPS = (40, 200)
# How YAKE is asked to rank, besides how many candidates: part of a stored ranking's key.
YAKE_SETTINGS = {"lan": "en", "n": 3}
# YAKE's time grows with the text, and with the square of a word's length in its similarity
# checks: a 5 MB file took minutes, one 50,000-character "word" half a minute. What an article
# is about is said in its opening, so keywords come from its first 50,000 characters (a long
# feature is 20,000); and a run of 100 non-space characters (base64, a pasted URL) is no keyword.
_MAX_KEYWORD_TEXT = 50_000
_LONG_RUN = re.compile(r"\S{100,}")

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
    "privacy policy",
    "read more",
    "related articles",
    "rights reserved",
    "sign in",
    "sign up",
    "terms of use",
)
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
# Function words missing from YAKE's English stop list; a keyword may not begin or end with one.
_EXTRA_FUNCTION_WORDS = frozenset(
    {"amid", "among", "including", "onto", "told", "toward", "towards", "upon", "whether"}
    # Abbreviated titles and company suffixes: "State Sen" or "Apple Inc" is never a keyword.
    | {"capt", "co", "col", "corp", "dr", "gen", "gov", "inc", "jr", "lt", "ltd", "prof", "rep"}
    | {"sen", "sgt", "sr", "st"}
)
_PAST_TENSE = re.compile(r"^[a-z]+ed$")
# Words before a verb's plain form: "will descend", "to descend".
_VERB_OPENERS = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"}
)
# Adverbs of manner and degree, lowercase: never what an article is about, alone or opening a
# phrase ("family", "rally" and "Italy" are too short or capitalised to match).
_MANNER = re.compile(r"^[a-z]{2,}(?:(?:al|ful|ous|ive|ent|ant|ed|ing|ate|ight|less)ly|[ai]bly)$")
# Verbs that end a sentence's fragment after a name: "Xi said", "Vikram continues".
_NAME_VERBS = COMMON_VERBS
# Quote marks YAKE leaves on a candidate's ends: the quotation's, not the phrase's.
_QUOTE_MARKS = "'\"‘’“”"
# A keyword of one common word is measured against how often English uses it: past the
# minimum, it is kept only where the article uses it this many times as often (tuned on
# 500N-KPCrowd, eval/keywords.py). "visit" six times in 500 words is 114 times as often.
_TOPICAL_RATIO = 40
# How adjectives, adverbs and participles end: "regional", "strategic", "highly", "arrested".
_MODIFIER_ENDING = re.compile(r"(?:al|ic|ive|ous|ful|ly|ed)$")
# A place's name and its people's: "Korea" and "Korean", "China" and "Chinese".
_DEMONYM_ENDINGS = ("ese", "ian", "an", "n", "i", "a", "y")

_DASH = re.compile(f"[{DASHES}]")
_APOSTROPHE = re.compile("[\u2018\u2019\u02bc\u0060\u00b4]")
_POSSESSIVE = re.compile(r"'s\b")
# A plural ending: "shirts", "companies"; not "boss", "virus", "analysis" or "its".
_PLURAL = re.compile(r"(?<=\w\w\w)(?:ies|(?<![siu])s)$")
_WORD_RUN = re.compile(r"\w+")
# A regnal number after a name: "Charles III", "Elizabeth II".
_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")


# rank(text, top): the best `top` of YAKE's candidates for the text, best first.
Rank = Callable[[str, int], list[str]]


def yake_ranking(text: str, top: int) -> list[str]:
    """YAKE's best `top` candidates for the text, best first (~25 ms for a 600-word article)."""
    return [keyword for keyword, _score in _extractor(top).extract_keywords(text)]


def extract_keywords(
    title: str, text: str, limit: int = 10, rank: Rank = yake_ranking
) -> tuple[str, ...]:
    """The article's keywords, best first: at least five where it has them, at most `limit`.

    No two keywords overlap: neither holds all the other's words (plurals and a place's
    people counted as the place), and they share at most one word. Names come in full,
    without titles; one common word alone ("percent") only where nothing better is left.
    Each is spelled as it most often appears mid-sentence in the body. `rank` is
    yake_ranking, or something that gives the same lists (a cache of them).
    """
    if len(text) > _MAX_KEYWORD_TEXT:
        text = text[: text.rfind(" ", 0, _MAX_KEYWORD_TEXT) + 1 or _MAX_KEYWORD_TEXT]
    document = Document(title, _LONG_RUN.sub(" ", text))
    if limit < 1 or not document.plain.strip():
        return ()
    kept: list[str] = []
    masked, restore = mask_digit_names(document.plain)
    for top in _YAKE_TOPS:
        candidates = [unmask(candidate, restore) for candidate in rank(masked, top)]
        kept = _select(candidates, document, _stop_words(), limit)
        if len(kept) >= min(_MIN_KEYWORDS, limit) or len(candidates) < top:
            break
    return tuple(kept)


# Every build settles the spelling of every keyword again; watch mode's builds share one process.
@functools.lru_cache(maxsize=1 << 17)
def canonical_key(keyword: str) -> str:
    """One key for every spelling of a keyword: "LEE JAE-MYUNG" and "Lee Jae Myung" agree."""
    folded = _fold(keyword)
    return " ".join(_DASH.sub(" ", unaccented(folded)).split())


def unify_spellings(
    keyword_lists: Sequence[tuple[str, ...]], texts: Sequence[str]
) -> list[tuple[str, ...]]:
    """Give each keyword one spelling across a briefing: the one the texts use most often.

    Ties go to the alphabetically first spelling. Order is kept and repeats are dropped.
    """
    keys = {k: canonical_key(k) for keywords in keyword_lists for k in keywords}
    variants: dict[str, set[str]] = {}
    for keyword, key in keys.items():
        variants.setdefault(key, set()).add(keyword)
    # Only keywords spelled more than one way need counting, and counting scans the briefing.
    counts = _count_spellings(
        {form for forms in variants.values() if len(forms) > 1 for form in forms}, texts
    )
    chosen = {
        key: min(forms, key=lambda form: (-counts.get(form, 0), form))
        for key, forms in variants.items()
    }
    carried = Counter(chosen[keys[k]] for keywords in keyword_lists for k in set(keywords))
    full = _full_names(list(chosen.values()), carried, texts)
    chosen = {key: full.get(form, form) for key, form in chosen.items()}
    unified: list[tuple[str, ...]] = []
    for keywords in keyword_lists:
        forms = (chosen[keys[keyword]] for keyword in keywords)
        unified.append(tuple(dict.fromkeys(forms)))
    return unified


def _full_names(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str] = ()
) -> dict[str, str]:
    """The one name of the briefing that each shorter keyword for it stands for, as a reader
    would take it:

    - a surname, the full name ending in it: "Modi" where another article has "Narendra
      Modi"; where two names end in it ("Donald Trump", "Melania Trump"), the one that twice
      as many articles carry as the other, if one is; never for a place;
    - a name, the one name with a regnal number after it: "Charles" and "Charles III";
    - a name and a common noun, the name where it is a keyword too: "Chandrayaan-3 mission"
      and "Chandrayaan-3", "ISRO scientists" and "ISRO";
    - a name and the same name with its nickname, the one more articles carry: "Barry
      Wilmore" and "Butch Wilmore" where a text has "Barry “Butch” Wilmore";
    - a first name, the full name starting with it, where a text puts a title before either
      ("Keir" and "Keir Starmer" of "Sir Keir"), as for a surname;
    - a term and its plural, the one more articles carry: "exit poll" and "exit polls".
    Each form is mapped to the end of the chain: "Sunita" to "Sunita Williams" to "Suni
    Williams".
    """
    full: dict[str, str] = {}
    _same_names(forms, carried, texts, full)
    ending: dict[str, list[str]] = {}
    numbered: dict[str, list[str]] = {}
    for form in (form for form in forms if form not in full):
        words = form.split()
        if 2 <= len(words) <= 3 and all(map(_is_name_part, words)):
            ending.setdefault(canonical_key(words[-1]), []).append(form)
        if len(words) == 2 and _is_name_part(words[0]) and _REGNAL.fullmatch(words[1]):
            numbered.setdefault(canonical_key(words[0]), []).append(form)
    for form in forms:
        names = ending.get(canonical_key(form), [])
        if names and not is_place((form,)):
            first, *others = sorted(names, key=lambda name: -carried[name])
            if not others or carried[first] >= 2 * carried[others[0]]:
                full[form] = first
        if len(numbered.get(canonical_key(form), ())) == 1:
            full[form] = numbered[canonical_key(form)][0]
    _first_names(forms, carried, texts, full)
    alone = {canonical_key(form): form for form in forms if " " not in form}
    for form in forms:
        name, _, rest = form.partition(" ")
        if rest.islower() and _is_name(name) and canonical_key(name) in alone:
            full[form] = alone[canonical_key(name)]
    for form in full:  # to the end of the chain ("Sunita" > "Sunita Williams" > "Suni ...")
        seen = {form}
        while full[form] in full and full[full[form]] not in seen:
            seen.add(full[form])
            full[form] = full[full[form]]
    return full


def _first_names(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str], full: dict[str, str]
) -> None:
    """Map each first name alone to the full name starting with it (see _full_names)."""
    starting: dict[str, list[str]] = {}
    for form in forms:
        words = form.split()
        if 2 <= len(words) <= 3 and all(map(_is_name_part, words)):
            starting.setdefault(canonical_key(words[0]), []).append(form)
    for form in forms:
        names = starting.get(canonical_key(form), [])
        if form in full or not names or not _is_name_part(form) or is_place((form,)):
            continue
        first, *others = sorted(names, key=lambda name: -carried[name])
        if (not others or carried[first] >= 2 * carried[others[0]]) and _titled(first, texts):
            full[form] = first


def _titled(name: str, texts: Sequence[str]) -> bool:
    """Whether a text puts a title before the first or last word of a name ("Sir Keir", "Mr
    Starmer"), and none uses its first word as a surname ("Jason Terry" of "Terry Stotts")."""
    first, last = name.split()[0], name.split()[-1]
    titled = re.compile(rf"(\w+)\.? (?:{re.escape(first)}|{re.escape(last)})(?!\w)")
    surname = re.compile(rf"(?<!\w)[A-Z]\w+ {re.escape(first)}(?!\w)")
    found = False
    for text in texts:
        for match in surname.finditer(text):
            before = match.group().split()[0].casefold()
            if before not in HONORIFICS and before not in _stop_words():
                return False
        found = found or any(m.group(1).casefold() in HONORIFICS for m in titled.finditer(text))
    return found


def _same_names(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str], full: dict[str, str]
) -> None:
    """Map a name's nickname form, and a term's plural or singular, to the form more articles
    carry (see _full_names)."""
    by_key = {canonical_key(form): form for form in forms}
    groups = []
    for text in texts:
        for nickname, name in nicknames(text).items():
            if nickname in by_key and name in by_key:
                groups.append([by_key[name], by_key[nickname]])
    singular: dict[str, list[str]] = {}
    for form in forms:
        *head, last = form.split()
        if last.islower():
            singular.setdefault(" ".join([*head, _PLURAL.sub(_singular, last)]), []).append(form)
    groups += [group for group in singular.values() if len(group) > 1]
    for group in groups:
        kept = min(group, key=lambda form: (-carried[form], form))
        full.update({form: kept for form in group if form != kept and form not in full})


def _is_name(word: str) -> bool:
    """Whether a word as a keyword shows is a name: "Chandrayaan-3", "ISRO", "Modi"."""
    return word[:1].isupper() and not word.isdigit()


def _is_name_part(word: str) -> bool:
    """A word of a person's name as a keyword shows it: "Narendra", "Jae-myung", "Vučić"."""
    parts = word.split("-")
    return (
        len(parts) <= 2
        and all(len(part) >= 2 and part.isalpha() and part[1:].islower() for part in parts)
        and word[0].isupper()
    )


def briefing_topics(
    keyword_lists: Sequence[Sequence[str]], share: float = _TOPIC_SHARE
) -> tuple[str, ...]:
    """The keywords nearly every article carries, which say what the whole briefing is about.

    A keyword is a topic when at least `share` of the articles carry it (the same keyword by
    canonical_key), and at least three do: in a briefing of one or two articles, or of three
    that share a keyword only in two, no keyword is. Most carried first, then in the order
    the lists first give them; each in the spelling it first has.
    """
    # The epsilon keeps 0.7 * 10 (7.000000000000001 in floating point) at seven articles.
    needed = max(_MIN_TOPIC_ARTICLES, math.ceil(share * len(keyword_lists) - 1e-9))
    carriers: Counter[str] = Counter()
    spelling: dict[str, str] = {}  # in the order the lists first give each keyword
    for keywords in keyword_lists:
        carriers.update({canonical_key(keyword) for keyword in keywords})
        for keyword in keywords:
            spelling.setdefault(canonical_key(keyword), keyword)
    order = {key: position for position, key in enumerate(spelling)}
    topics = [key for key in spelling if carriers[key] >= needed]
    return tuple(spelling[key] for key in sorted(topics, key=lambda k: (-carriers[k], order[k])))


@functools.cache
def _extractor(top: int) -> yake.KeywordExtractor:
    """A YAKE extractor, built once per size."""
    import yake  # takes ~0.3 s, so only builds that extract keywords pay for it

    return yake.KeywordExtractor(top=top, **YAKE_SETTINGS)


@functools.cache
def _stop_words() -> frozenset[str]:
    """Words a keyword may not begin or end with: YAKE's stop list and a few more."""
    return frozenset(_extractor(_YAKE_TOPS[0]).stopword_set) | _EXTRA_FUNCTION_WORDS


def _fold(keyword: str) -> str:
    """Casefold, straighten apostrophes, drop soft hyphens and the possessive "'s"."""
    folded = unicodedata.normalize("NFC", keyword).casefold().replace("\u00ad", "")
    return _POSSESSIVE.sub("", _APOSTROPHE.sub("'", folded))


def _select(
    candidates: list[str], document: Document, stop_words: frozenset[str], limit: int
) -> list[str]:
    """The usable candidates in the article's spelling, in order, none overlapping another.

    A name is taken without the words before it that describe it ("Xi Jinping" from
    "President Xi Jinping"). A common word on its own ("percent", "visit") says little: it
    waits until every other candidate has been tried. Then such words make up the minimum,
    and past it only where the article is about the word (see _is_topical).
    """
    picked = _Picked(document, stop_words)
    waiting: list[_Choice] = []
    aliases = document.aliases()
    for candidate in candidates:
        candidate = candidate.strip(_QUOTE_MARKS)  # "Amrit Kaal’" closes a quotation
        key = canonical_key(candidate)
        if not _usable(candidate, key, stop_words):
            continue
        key = _named(candidate, _without_title(candidate, key), document)
        key = aliases.get(key, key)
        choice = picked.fits(key)
        if choice is None or _said_in_passing(choice) or _runs_on(choice, document):
            continue
        if _is_common_word(choice) or _is_verb_form(choice, document):
            waiting.append(choice)
            continue
        picked.keep(choice)
        if len(picked.kept) == limit:
            return picked.kept
    for waited in waiting:
        choice = picked.fits(waited.key, waited.occurrences)
        if choice and (len(picked.kept) < _MIN_KEYWORDS or _is_topical(choice, document)):
            picked.keep(choice)
            if len(picked.kept) == limit:
                break
    return picked.kept


class _Choice(NamedTuple):
    """A candidate that fits: its canonical key, its spelling, and where the prose uses it."""

    key: str
    form: str
    occurrences: list[Occurrence]


class _Picked:
    """The keywords kept so far, with their words and where the prose uses them."""

    def __init__(self, document: Document, stop_words: frozenset[str]) -> None:
        self.kept: list[str] = []
        self._document = document
        self._stop_words = stop_words
        self._words: list[set[str]] = []
        self._taken: dict[int, list[Occurrence]] = {}  # by prose line

    def fits(self, key: str, occurrences: list[Occurrence] | None = None) -> _Choice | None:
        """The candidate with this canonical key (and these occurrences, where they are
        known already), if it overlaps no keyword kept so far.

        Besides sharing words, a candidate overlaps a kept keyword when it only ever occurs
        running into it: "center sales" in "data center sales" once "data center" is kept.
        """
        words = _word_set(key)
        if any(_overlap(words, other) for other in self._words):
            return None
        if occurrences is None:
            occurrences = self._document.occurrences(key, self._stop_words)
        free = [
            found
            for found in occurrences
            if not any(found.meets(other) for other in self._taken.get(found.line, ()))
        ]
        return _Choice(key, display_form(free), occurrences) if free else None

    def keep(self, choice: _Choice) -> None:
        """Add a candidate that fits."""
        self.kept.append(choice.form)
        self._words.append(_word_set(choice.key))
        for found in choice.occurrences:
            self._taken.setdefault(found.line, []).append(found)


def _usable(candidate: str, key: str, stop_words: frozenset[str]) -> bool:
    """Whether a candidate (with its canonical key) is a real phrase, not a number, a fragment
    or web furniture."""
    if len(key.replace(" ", "")) < 2 or not any(char.isalpha() for char in key):
        return False
    words = key.split()
    if _CALENDAR_WORDS.intersection(words) or TITLES.issuperset(words):
        return False
    if key in _TIME_WORDS and candidate.islower():
        return False  # "yesterday", "month": when, not what
    padded = f" {key} "
    if _BOILERPLATE_WORDS.intersection(words) or any(
        f" {phrase} " in padded for phrase in _BOILERPLATE_PHRASES
    ):
        return False
    # Judge the ends by YAKE's own tokens, so "one-China principle" is not read as "one ...".
    tokens = _fold(candidate).split()
    if tokens[0] in stop_words or tokens[-1] in stop_words:
        return False
    parts = candidate.split()
    if _MANNER.search(parts[0]) or _MANNER.search(parts[-1]):
        return False  # how, not what: "successfully", "slightly lower", "landed successfully"
    return not _is_fragment(candidate.split(), tokens, stop_words)


def _is_fragment(words: list[str], tokens: list[str], stop_words: frozenset[str]) -> bool:
    """Whether a candidate (its words, and YAKE's tokens of it folded) is a piece of a
    sentence rather than a thing the article is about."""
    if len(words) < 2:
        return False
    *leading, last = words
    # A verb after its subject: "economy added", "Lee argued", "Sharapova made".
    if _PAST_TENSE.match(last) or (leading[-1][:1].isupper() and _is_name_verb(last)):
        return True
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
    return word in _NAME_VERBS or (
        word.islower() and word.endswith("ing") and common_word_rank(word) is None
    )


def _without_title(candidate: str, key: str) -> str:
    """The canonical key of the name a candidate ends in, without the words that describe it.

    "President Xi Jinping" gives "xi jinping", "Prime Minister Ana Duarte" "ana duarte" and
    "actress Emily Blunt" "emily blunt". Any other candidate keeps its key.
    """
    words = candidate.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if not all(word.islower() for word in words[:start]):
        return key
    titles = [i for i in range(start, len(words) - 1) if _fold(words[i]).rstrip(".") in TITLES]
    start = titles[-1] + 1 if titles else start
    return canonical_key(" ".join(words[start:])) if 0 < start < len(words) else key


def _named(candidate: str, key: str, document: Document) -> str:
    """The canonical key of the name a candidate stands for, where it is more than the name:

    - a first name used alone after a title, the full name the prose gives it ("Keir" of
      "Sir Keir" is "Keir Starmer");
    - a possessive before a name, the name: "Mel Stride" of "Conservatives’ Mel Stride",
      "Keir Starmer" of "Britain's Keir Starmer" (a place's), not "World Cup" of "Women's
      World Cup";
    - a common noun capitalised only because it starts the sentence, the name after it:
      "Barry Wilmore" of "Astronauts Barry Wilmore".
    Any other candidate keeps its key.
    """
    words = candidate.split()
    if key != canonical_key(candidate):  # a title taken off already: the name is left
        words = words[-len(key.split()) :]
        return _named(" ".join(words), key, document) if len(words) == 1 else key
    if len(words) == 1:
        full = _is_name_part(candidate) and document.full_name(candidate)
        if full and full.split()[-1].casefold() not in _stop_words():  # not "Google Inc"
            return canonical_key(full)
        return key
    for at, word in enumerate(words[:-1]):
        owner = _APOSTROPHE.sub("'", word)
        if owner.endswith("s'") or owner.endswith("'s") and is_place((owner[:-2],)):
            rest = words[at + 1 :]
            return canonical_key(" ".join(rest)) if _is_person(rest) else key
    if (
        _is_person(words[1:])
        and _PLURAL.search(words[0])
        and document.writes_lowercase(words[0])
        and not any(found.mid_sentence for found in document.occurrences(key, _stop_words()))
    ):
        return canonical_key(" ".join(words[1:]))
    return key


def _is_person(words: list[str]) -> bool:
    """Whether words are shaped as a person's full name: "Mel Stride", "Barry Wilmore"."""
    return 2 <= len(words) <= 3 and all(map(_is_name_part, words))


def _said_in_passing(choice: _Choice) -> bool:
    """Whether a phrase of three words or more, not a name, is used only once: mostly a piece
    of one sentence ("main stars spending", "sixth career title")."""
    words = choice.form.split()
    return (
        len(words) >= 3
        and len(choice.occurrences) == 1
        and not all(word[:1].isupper() for word in words)
    )


def _is_verb_form(choice: _Choice, document: Document) -> bool:
    """Whether a keyword is one lowercase verb that the prose only uses after "to", "will" and
    the like ("descend"). Such a word waits with the common words."""
    return (
        choice.form.islower()
        and " " not in choice.form
        and all(document.word_before(found) in _VERB_OPENERS for found in choice.occurrences)
    )


def _runs_on(choice: _Choice, document: Document) -> bool:
    """Whether a lowercase candidate is a piece of a longer phrase: the prose never uses it
    without a word after it ("lunar" of "lunar orbit", "national space" of "national space
    agency")."""
    return choice.form.islower() and all(
        document.runs_on(found, _stop_words()) for found in choice.occurrences
    )


def _is_common_word(choice: _Choice) -> bool:
    """Whether a keyword is one common lowercase word ("percent", "people", "visit").

    The list holds names too, lowercased ("china", "john"): the article's casing tells them
    apart. (A word seen only at the start of sentences, "Finally", keeps its capital.)
    """
    form = choice.form
    return form.islower() and " " not in form and common_word_rank(choice.key) is not None


def _is_topical(choice: _Choice, document: Document) -> bool:
    """Whether the article uses a common word so much more than English does that it is what
    the article is about: "wine" in a story about wine sold in plastic bottles.

    Adjectives, adverbs and participles ("regional", "highly", "arrested") never are; the
    test is their endings, so a few nouns ("plastic", "music") are taken for them.
    """
    rank = common_word_rank(choice.key)
    if rank is None or _MODIFIER_ENDING.search(choice.key):
        return False
    # By Zipf's law the word of rank r makes about 0.1/r of English text.
    expected = 0.1 / rank * document.length
    return len(choice.occurrences) >= _TOPICAL_RATIO * expected


def _word_set(key: str) -> set[str]:
    """A keyword's words for comparing keywords, so that "silk shirts" is "silk shirt" and
    "South Korean" is "South Korea"."""
    return {_root(_PLURAL.sub(_singular, word)) for word in key.split()}


def _singular(match: re.Match[str]) -> str:
    return "y" if match.group() == "ies" else ""


@functools.lru_cache(maxsize=4096)
def _root(word: str) -> str:
    """The word without a place's endings while four letters are left: "kore" for "korea"
    and "korean", "chin" for "china" and "chinese", "japa" for "japan" and "japanese"."""
    shortest = word
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            root = _root(word[: -len(ending)])
            if len(root) < len(shortest):
                shortest = root
    return shortest


def _overlap(words: set[str], other: set[str]) -> bool:
    """Whether two keywords say the same thing: one inside the other, or two words shared.

    Titles do not count as words of a name, so "President Lee" is inside "Lee Jae-myung".
    """
    core, other_core = words - TITLES, other - TITLES
    return (
        words <= other
        or other <= words
        or bool(core)
        and bool(other_core)
        and (core <= other_core or other_core <= core)
        or len(words & other) >= 2
    )


def _count_spellings(forms: set[str], texts: Sequence[str]) -> dict[str, int]:
    """How often exactly each spelling (case and separators included) appears in the texts.

    A whole-word match of a spelling starts with its first word, so only the texts holding
    that word are searched: one pass over the briefing instead of one per spelling.
    """
    if not forms:
        return {}
    first_words = {form: _first_word(form) for form in forms}
    needed = {word for word in first_words.values() if word}
    holders: dict[str, list[int]] = {word: [] for word in needed}
    for index, text in enumerate(texts):
        for word in needed.intersection(_WORD_RUN.findall(text)):
            holders[word].append(index)
    counts = {}
    for form, first in first_words.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
        searched = holders[first] if first else range(len(texts))
        counts[form] = sum(len(pattern.findall(texts[index])) for index in searched)
    return counts


def _first_word(form: str) -> str | None:
    """The run of word characters a spelling starts with; None if it starts with punctuation."""
    match = _WORD_RUN.match(form)
    return match.group() if match else None
