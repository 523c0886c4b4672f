"""Keywords across a briefing: one spelling for each keyword, the full name a shorter one
stands for, and the topics nearly every article carries (shown once, not on every card)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from generator.analysis.keyword_prose import DASHES, HONORIFICS, nicknames
from generator.analysis.quotes.names import is_place
from generator.analysis.words import unaccented
from generator.analysis.yake_ranks import stop_words

# A briefing's topics: keywords carried by this share of its articles, and by three at least.
_TOPIC_SHARE = 0.8
_MIN_TOPIC_ARTICLES = 3
_DASH = re.compile(f"[{DASHES}]")
APOSTROPHE = re.compile("[\u2018\u2019\u02bc\u0060\u00b4]")
_POSSESSIVE = re.compile(r"'s\b")
# A plural ending: "shirts", "companies"; not "boss", "virus", "analysis" or "its".
PLURAL = re.compile(r"(?<=\w\w\w)(?:ies|(?<![siu])s)$")
_WORD_RUN = re.compile(r"\w+")
# A company's suffix, which outlets write or leave out: "Hindustan Aeronautics Limited".
_COMPANY_SUFFIXES = frozenset(
    {"limited", "ltd", "inc", "incorporated", "corp", "corporation", "plc", "llc", "co"}
)
# The formal first name each short form stands for: "Joe Biden" is "Joseph Biden".
_FORMAL_FIRST_NAMES = {
    "joe": "joseph",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "jim": "james",
    "mike": "michael",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "ted": "edward",
    "dan": "daniel",
    "dave": "david",
    "tony": "anthony",
    "andy": "andrew",
    "alex": "alexander",
    "ben": "benjamin",
    "sam": "samuel",
    "nick": "nicholas",
    "matt": "matthew",
    "steve": "stephen",
    "chris": "christopher",
    "liz": "elizabeth",
    "kate": "katherine",
}
# A regnal number after a name: "Charles III", "Elizabeth II".
_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")


# Every build settles the spelling of every keyword again; watch mode's builds share one process.
@functools.lru_cache(maxsize=1 << 17)
def canonical_key(keyword: str) -> str:
    """One key for every spelling of a keyword: "LEE JAE-MYUNG" and "Lee Jae Myung" agree."""
    folded = fold(keyword)
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
        if 2 <= len(words) <= 3 and all(map(is_name_part, words)):
            ending.setdefault(canonical_key(words[-1]), []).append(form)
        if len(words) == 2 and is_name_part(words[0]) and _REGNAL.fullmatch(words[1]):
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
        if 2 <= len(words) <= 3 and all(map(is_name_part, words)):
            starting.setdefault(canonical_key(words[0]), []).append(form)
    for form in forms:
        names = starting.get(canonical_key(form), [])
        if form in full or not names or not is_name_part(form) or is_place((form,)):
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
            if before not in HONORIFICS and before not in stop_words():
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
        if last.islower() or head and last[:1].isupper() and last[1:].islower():
            singular.setdefault(" ".join([*head, PLURAL.sub(to_singular, last)]), []).append(form)
    groups += [group for group in singular.values() if len(group) > 1]
    variants: dict[str, list[str]] = {}
    for form in forms:
        if form[:1].isupper() and " " in form:
            variants.setdefault(_variant_key(form), []).append(form)
    groups += [group for group in variants.values() if len(group) > 1]
    for group in groups:
        kept = min(group, key=lambda form: (-carried[form], form))
        full.update({form: kept for form in group if form != kept and form not in full})


def _variant_key(name: str) -> str:
    """One key for the spellings of a name of two words or more that a briefing's outlets
    vary: "al-" or "el-" ("Abdel Fattah el-Sisi", "Al-Sisi"), a company's suffix ("Hindustan
    Aeronautics Limited"), a first name's formal or short form ("Joseph Biden", "Joe Biden")."""
    words = canonical_key(name).split()
    words = ["al" if word == "el" else word for word in words[:-1]] + words[-1:]
    if len(words) > 2 and words[-1].rstrip(".") in _COMPANY_SUFFIXES:
        words = words[:-1]
    if len(words) > 1:
        words[0] = _FORMAL_FIRST_NAMES.get(words[0], words[0])
    return " ".join(words)


def _is_name(word: str) -> bool:
    """Whether a word as a keyword shows is a name: "Chandrayaan-3", "ISRO", "Modi"."""
    return word[:1].isupper() and not word.isdigit()


def is_name_part(word: str) -> bool:
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


def fold(keyword: str) -> str:
    """Casefold, straighten apostrophes, drop soft hyphens and the possessive "'s"."""
    folded = unicodedata.normalize("NFC", keyword).casefold().replace("\u00ad", "")
    return _POSSESSIVE.sub("", APOSTROPHE.sub("'", folded))


def to_singular(match: re.Match[str]) -> str:
    return "y" if match.group() == "ies" else ""


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
