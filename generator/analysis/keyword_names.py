"""Keywords across a briefing: one spelling for each keyword, the full name a shorter one
stands for, and the topics nearly every article carries (shown once, not on every card)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_demonyms import without_country_adjectives
from generator.analysis.keyword_joins import COMPANY_ENDS
from generator.analysis.keyword_places import without_distant_datelines
from generator.analysis.keyword_prose import is_person_name, surface_pattern
from generator.analysis.keyword_reading import nicknames
from generator.analysis.keyword_spellings import as_the_article_writes, joined_over_hyphens
from generator.analysis.keyword_titles import HONORIFICS, is_abbreviated_title
from generator.analysis.keyword_variants import variant_names
from generator.analysis.keyword_words import has_word, used_by
from generator.analysis.quotes.names import is_place
from generator.analysis.words import DASHES, unaccented
from generator.analysis.yake_ranks import stop_words

# A briefing's topics: keywords carried by this share of its articles, and by three at least.
# An article lists ten keywords at most and misses some it mentions, so a topic is carried by
# fewer articles than mention it: at 0.8 a story's country and its second person stayed chips
# on nearly every card (tuned on eval/events' tune stories; at 0.5 a briefing of nine got six).
_TOPIC_SHARE = 0.6
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
_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)
# The nouns that end an institution's name, which some outlets write in lowercase ("Royal
# Air force") or leave out ("Marine Commandos" of "Marine Commando Unit"). Not "government"
# or "campaign": "Donald Trump campaign" names the person's, and "Donald Trump" is the keyword.
INSTITUTION_HEADS = frozenset(
    {"force", "department", "ministry", "commission", "committee", "council", "agency"}
    | {"office", "party", "union", "association", "university", "institute", "authority"}
    | {"federation", "foundation", "bureau", "corps", "unit", "county", "regiment"}
)


def is_institution_head(word: str) -> bool:
    """Whether a word, in any case or number, is an institution's head noun ("Commission",
    "departments")."""
    return PLURAL.sub(to_singular, word.casefold()) in INSTITUTION_HEADS


# A place's name and its people's: "Korea" and "Korean", "China" and "Chinese".
_DEMONYM_ENDINGS = ("ese", "ian", "an", "n", "i", "a", "y")


# Every build settles the spelling of every keyword again; watch mode's builds share one process.
@functools.lru_cache(maxsize=1 << 17)
def canonical_key(keyword: str) -> str:
    """One key for every spelling of a keyword: "LEE JAE-MYUNG" and "Lee Jae Myung" agree."""
    folded = fold(keyword)
    return " ".join(_DASH.sub(" ", unaccented(folded)).split())


def unify_spellings(
    keyword_lists: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    named: Sequence[Mapping[str, str]] | None = None,
) -> list[tuple[str, ...]]:
    """Give each keyword one spelling across a briefing: the one the texts use most often.

    Ties go to the alphabetically first spelling. Order is kept and repeats are dropped.
    `named`, if given, is each text's nicknames as keyword_prose.nicknames reads them (the
    article records keep them: reading them from every text was a twentieth of an edit).
    """
    keys = {k: canonical_key(k) for keywords in keyword_lists for k in keywords}
    keys = joined_over_hyphens(keys, canonical_key)  # "G-20" and "G20" are one
    variants: dict[str, set[str]] = {}
    for keyword, key in keys.items():
        variants.setdefault(key, set()).add(keyword)
    # Only keywords spelled more than one way need counting, and counting scans the briefing.
    counts = _count_spellings(
        {form for forms in variants.values() if len(forms) > 1 for form in forms}, texts
    )
    chosen = {
        key: min(forms, key=lambda form: (_shouted(form), -counts.get(form, 0), form))
        for key, forms in variants.items()
    }
    carried = Counter(chosen[keys[k]] for keywords in keyword_lists for k in set(keywords))
    if named is None:
        named = [nicknames(text) for text in texts]
    full = _full_names(list(chosen.values()), carried, texts, named)
    unified: list[tuple[str, ...]] = []
    padded = [*texts, *[""] * (len(keyword_lists) - len(texts))]  # a caller may give fewer
    for keywords, text in zip(keyword_lists, padded, strict=False):
        forms = (
            as_the_article_writes(k, _as_named(chosen[keys[k]], full, text), text, canonical_key)
            for k in keywords
        )
        unified.append(tuple(dict.fromkeys(forms)))
    unified = without_distant_datelines(unified, padded)  # a station's town: "BALTIMORE —"
    return without_country_adjectives(_without_generic_words(unified, padded))


def _without_generic_words(
    keyword_lists: list[tuple[str, ...]], texts: Sequence[str]
) -> list[tuple[str, ...]]:
    """The lists without the words alone that a reader would never click to tell articles
    apart, which an article's own keywords keep (crowds pick them: see eval/keywords.py):

    - common words that half the briefing's texts use or more ("visit", "French") but too
      few articles carry to make a topic;
    - a lowercase word that says little alone (see _is_lone_word) where no other article
      carries it: "due", "spoke", "plane" link the card to no other ("postponed", carried
      by three, does).
    A briefing of fewer than four articles keeps them all: it has too few to tell apart.
    """
    if len(keyword_lists) < _MIN_GENERIC_TEXTS:
        return keyword_lists
    topic = max(_MIN_TOPIC_ARTICLES, math.ceil(_TOPIC_SHARE * len(keyword_lists) - 1e-9))
    carried = Counter(keyword for keywords in keyword_lists for keyword in set(keywords))
    generic = {
        keyword
        for keyword, carriers in carried.items()
        if (carriers == 1 and _is_lone_word(keyword))
        or carriers < topic
        and _is_plain_word(keyword)
        and used_by(keyword, texts, _GENERIC_SHARE * len(texts))
    }
    return [tuple(k for k in keywords if k not in generic) for keywords in keyword_lists]


def _is_lone_word(keyword: str) -> bool:
    """Whether a keyword is one lowercase word that says little alone: a common word or its
    plural ("plane", "challenges"), or a verb in "-ed" or "-ing" ("welcomed", "conducting")."""
    if " " in keyword or not keyword.islower():
        return False
    singular = PLURAL.sub(to_singular, keyword)
    return (
        _PAST.fullmatch(keyword) is not None
        or _is_doing(keyword)
        or common_word_rank(keyword) is not None
        or common_word_rank(singular) is not None
    )


def _is_doing(word: str) -> bool:
    """Whether a word is a verb in "-ing" made of a common verb or one in "-ate", "-ize":
    "conducting", "investigating"; not "banging" (a sound heard) or "ring"."""
    stem = word.removesuffix("ing")
    if len(stem) < 3 or stem == word:
        return False
    return any(
        common_word_rank(base) is not None or _MADE_VERB.search(base) for base in (stem, f"{stem}e")
    )


# How verbs made of other words end: "investigate", "criticize", "finalise", "clarify".
_MADE_VERB = re.compile(r"(?:ate|i[sz]e|ify)$")


# A verb in the past: "welcomed", "emphasized"; not "speed", "need" or "bed".
_PAST = re.compile(r"[a-z]{3,}[^e]ed")


# A common word alone is generic where this share of a briefing's texts use it, in a briefing
# of four at least (in one of two or three, every shared word would be).
_GENERIC_SHARE = 0.5
_MIN_GENERIC_TEXTS = 4


def _is_plain_word(keyword: str) -> bool:
    """Whether a keyword is one common English word or its plural, any case, and no place:
    "visit", "ties", "French"; not "Paris" or "Bordeaux"."""
    key = canonical_key(keyword)
    return (
        " " not in keyword
        and (
            common_word_rank(key) is not None
            or common_word_rank(PLURAL.sub(to_singular, key)) is not None
        )
        and not is_place((keyword,))
    )


def _shouted(form: str) -> bool:
    """Whether a spelling of several words is all in capitals ("IRON DUKE"), as a headline
    shouts it: any other spelling of the keyword is shown first."""
    return " " in form and form.isupper()


def _as_named(form: str, full: dict[str, str], text: str) -> str:
    """The keyword an article's form stands for across the briefing (see _full_names); but
    the end of a name ("Elizabeth") stays as it is where the article never gives that name
    and puts another word before it: a title that takes a first name ("Queen Elizabeth",
    not the brand "Charlotte Elizabeth" of another article) or another name ("Florida
    Peninsula", not "Yucatan Peninsula"). "Mr Starmer" still stands for "Keir Starmer"."""
    name = full.get(form, form)
    if name == form or not _is_alias(form, name):
        return name
    if surface_pattern(canonical_key(name)).search(text):
        return name
    first, *_, last = name.split()
    last = re.escape(last)
    for before in re.finditer(rf"(?<![\w.-])([A-Z][^\W\d_]*(?:['’]s)?) {last}(?!\w)", text):
        word = fold(before.group(1))  # "Boeing's" is "boeing"
        if word not in _SURNAME_TITLES and word not in stop_words() and word != fold(first):
            return form
    return name


# Titles before a surname ("Mr Starmer", "President Macron"), unlike those of the peerage and
# royalty, which come before a first name ("Sir Keir", "Queen Elizabeth").
_SURNAME_TITLES = HONORIFICS - {"king", "queen", "prince", "princess", "lady", "lord", "sir"}


def _is_alias(form: str, name: str) -> bool:
    """Whether a form is the end of a person's name, with or without a title: "Elizabeth",
    "Queen Elizabeth" of "Ana Elizabeth"; not "Charles" of "Charles III", nor "Elysee" of
    "Elysee Palace" (its start)."""
    words = name.split()
    part = (_untitled(form) or form).split()
    return (
        is_person_name(words)
        and len(part) < len(words)
        and canonical_key(" ".join(part)) == canonical_key(" ".join(words[-len(part) :]))
    )


def _full_names(
    forms: Sequence[str],
    carried: Counter[str],
    texts: Sequence[str] = (),
    named: Sequence[Mapping[str, str]] = (),
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
    - a term and its plural, the one more articles carry: "exit poll" and "exit polls";
    - a name and the one name of the briefing that adds a common noun to it: "Elysee" and
      "Elysee Palace", where no fewer articles carry the longer (see _names_with_a_noun).
    Each form is mapped to the end of the chain: "Sunita" to "Sunita Williams" to "Suni
    Williams".
    """
    full: dict[str, str] = {}
    _same_names(forms, carried, named, full)
    _pieces_of_names(forms, carried, texts, full)
    ending: dict[str, list[str]] = {}
    numbered: dict[str, list[str]] = {}
    for form in (form for form in forms if form not in full and not _untitled(form)):
        words = form.split()
        if _is_full_name(words):
            ending.setdefault(canonical_key(words[-1]), []).append(form)
        if len(words) == 2 and is_name_part(words[0]) and _REGNAL.fullmatch(words[1]):
            numbered.setdefault(canonical_key(words[0]), []).append(form)
    for form in forms:
        name = _untitled(form) or form  # "King Charles" stands for whom "Charles" does
        names = ending.get(canonical_key(name), [])
        if names and is_name_part(name) and not _is_place_in(name, texts):
            first, *others = sorted(names, key=lambda name: -carried[name])
            if not others or carried[first] >= 2 * carried[others[0]]:
                full[form] = first
        if len(numbered.get(canonical_key(name), ())) == 1:
            full[form] = numbered[canonical_key(name)][0]
    _first_names(forms, carried, texts, full)
    _names_with_a_noun(forms, carried, texts, full)
    alone = {canonical_key(form): form for form in forms if " " not in form}
    for form in forms:
        name, _, rest = form.partition(" ")
        if rest.islower() and _is_name(name) and canonical_key(name) in alone:
            full[form] = alone[canonical_key(name)]
        untitled = canonical_key(_untitled(form))
        if form not in full and untitled in alone:  # "Queen Rania" and "Rania"
            full[form] = alone[untitled]
    for form, name in variant_names(forms, carried, texts).items():
        full.setdefault(form, name)
    for form in full:  # to the end of the chain ("Sunita" > "Sunita Williams" > "Suni ...")
        seen = {form}
        while full[form] in full and full[full[form]] not in seen:
            seen.add(full[form])
            full[form] = full[full[form]]
    return full


def _is_full_name(words: Sequence[str]) -> bool:
    """Whether words could be a full name whose last word alone stands for it: not a region's,
    nor two names run together after a company's end ("Alaska Airlines Boeing" is no Mr
    Boeing; "Alaska Airlines" still stands for the "Airlines" of its articles)."""
    return (
        2 <= len(words) <= 3
        and all(map(is_name_part, words))
        and not _is_region(words)
        and not COMPANY_ENDS.intersection(word.casefold() for word in words[:-1])
    )


def _names_with_a_noun(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str], full: dict[str, str]
) -> None:
    """Map a one-word name to the one keyword of two that is it with a noun after it, which
    the texts also write in lowercase: "Elysee" to "Elysee Palace" ("the palace"), not
    "Donald" to "Donald Trump". A place keeps its name: "Leeds" is not "Leeds Airport"."""
    longer: dict[str, list[str]] = {}
    for form in forms:
        words = form.split()
        if len(words) == 2 and form not in full and all(word[:1].isupper() for word in words):
            longer.setdefault(canonical_key(words[0]), []).append(form)
    for form in forms:
        names = longer.get(canonical_key(form), [])
        if form in full or len(names) != 1 or not form[:1].isupper():
            continue
        noun = names[0].split()[1].lower()
        if carried[names[0]] < carried[form] or _is_place_in(form, texts):
            continue  # "Labour" of "Labour Party", more often alone: a name of its own
        if any(_writes_word(text, noun) for text in texts):
            full[form] = names[0]


def _writes_word(text: str, word: str) -> bool:
    """Whether a text has the word as written (a whole word)."""
    return word in text and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _is_place_in(word: str, texts: Sequence[str]) -> bool:
    """Whether a word is a place, not a surname: one known to be, or one a text puts after
    "in" or "across" ("in Florida", not "in Trump Tower" or "in Trump's")."""
    return is_place((word,)) or any(_after_in(text, word) for text in _holding(word, texts))


def _holding(word: str, texts: Sequence[str]) -> Iterator[str]:
    """The texts that may have the word after "in": for a word of ASCII letters and digits,
    those that have it as a whole word in any case (has_word, a look-up once asked) and as
    written; else those that contain it.
    (Only ASCII: casefolding may split another word, "İ" into "i" and a combining dot.)"""
    if not (word.isascii() and _WORD_RUN.fullmatch(word)):
        return (text for text in texts if word in text)
    folded = word.casefold()
    return (text for text in texts if has_word(text, folded) and word in text)


_IN = ("in", "across", "throughout")
_NAME_GOES_ON = re.compile(r"[\w'’-]| [A-Z]")  # "in Trump's", "in Trump Tower"


@functools.lru_cache(maxsize=1 << 16)  # watch mode asks again after each save
def _after_in(text: str, word: str) -> bool:
    """Whether the text has the word after "in", "across" or "throughout", ending there. Found
    by plain search: a regular expression over every text of a briefing cost a build 0.3 s."""
    for preposition in _IN:
        phrase = f"{preposition} {word}"
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not text[at - 1].isalnum() and text[at - 1] != "_") and not (
                _NAME_GOES_ON.match(text, end)
            ):
                return True
            at = text.find(phrase, at + 1)
    return False


def _is_region(words: Sequence[str]) -> bool:
    """Whether a name opens with a compass point, as a region's does and a person's never:
    "East African" is no full name of "African"."""
    return words[0].casefold() in _COMPASS_POINTS


def _untitled(form: str) -> str:
    """A name without the title before it ("Charles" of "King Charles"); "" for a form that
    opens with no title, or is one alone."""
    title, _, rest = form.partition(" ")
    titled = title.rstrip(".").casefold() in HONORIFICS or is_abbreviated_title(title)
    if not titled or not rest:
        return ""
    return rest if all(map(is_name_part, rest.split())) else ""


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
        dominant = not others or carried[first] >= 2 * carried[others[0]]
        if dominant and (_titled(first, texts) or _named_as_kin(first, texts)):
            full[form] = first


def _named_as_kin(name: str, texts: Sequence[str]) -> bool:
    """Whether a text gives the first word of a name alone as someone's kin and has its last
    word too: "Suleman" of "Shahzada Dawood and his son Suleman" is Suleman Dawood."""
    first, last = name.split()[0], name.split()[-1]
    kin = re.compile(rf"\b(?:his|her|their) {_KIN} {re.escape(first)}(?![\w-])")
    return any(last in text and kin.search(text) for text in texts if first in text)


_KIN = r"(?:son|daughter|wife|husband|brother|sister|father|mother|child)"


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
    forms: Sequence[str],
    carried: Counter[str],
    named: Sequence[Mapping[str, str]],
    full: dict[str, str],
) -> None:
    """Map a name's nickname form (`named`: each text's nicknames), and a term's plural or
    singular, to the form more articles carry (see _full_names)."""
    by_key = {canonical_key(form): form for form in forms}
    groups = []
    for nicknamed in named:
        for nickname, name in nicknamed.items():
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
    rooted: dict[frozenset[str], list[str]] = {}  # "Kenya Marines" and "Kenyan Marines"
    for form in forms:
        rooted.setdefault(frozenset(word_roots(canonical_key(form))), []).append(form)
    groups += [group for group in rooted.values() if len(group) > 1]
    for group in groups:
        kept = min(group, key=lambda form: (-carried[form], form))
        full.update({form: kept for form in group if form != kept and form not in full})


def _pieces_of_names(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str], full: dict[str, str]
) -> None:
    """Map the pieces of one name that different articles cut out of it to one keyword (see
    _full_names):

    - a name and the same name with an institution's head noun added at its end, which
      names the same thing ("Marine Commandos" and "Marine Commando Unit"), the one more
      articles carry, the longer if as many; not where the shorter starts several such
      names, nor where it is a place. A word added in front tells which one ("World War"
      and "Second World War"), and other words added at the end name something else ("New
      York Times", "Donald Trump Jr");
    - two names, the end of one the start of the other ("Commonwealth War Graves" and "War
      Graves Commission"), the whole name where a text has it, else the one more carry.
    """
    names = [form for form in forms if form not in full and _is_long_name(form)]
    roots = {form: _name_roots(form) for form in names}
    # Names by their words but the last, and by their first two: each name is compared only
    # with those that may extend it, not with every other (9 million pairs at 3,000 names).
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_start: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in names:
        by_head[roots[form][:-1]].append(form)
        by_start[roots[form][:2]].append(form)
    place = {form: number for number, form in enumerate(names)}
    for short in names:
        longer = [
            form for form in by_head.get(roots[short], ()) if _adds_head(roots[short], roots[form])
        ]
        if len(longer) == 1 and not is_place((short,)):
            kept = max((short, longer[0]), key=lambda form: (carried[form], len(form)))
            full.setdefault(short if kept != short else longer[0], kept)
    for first in names:
        ends = {roots[first][start : start + 2] for start in range(1, len(roots[first]) - 1)}
        seconds = sorted({form for end in ends for form in by_start.get(end, ())}, key=place.get)
        for second in seconds:
            shared = first != second and _shared_run(roots[first], roots[second])
            if shared and first not in full and second not in full:
                whole = " ".join([first, *second.split()[shared:]])
                if any(whole in text for text in texts):
                    full.update({first: whole, second: whole})
                else:
                    kept = min((first, second), key=lambda form: (-carried[form], form))
                    full[second if kept == first else first] = kept


def _is_long_name(form: str) -> bool:
    """Whether a keyword is a name of two words or more, each capitalised: "Marine Commandos"."""
    words = form.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _name_roots(form: str) -> tuple[str, ...]:
    """A name's words in order, each as word_roots gives it."""
    return tuple(next(iter(word_roots(word))) for word in canonical_key(form).split())


def _adds_head(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `long` is `short` with an institution's head noun added at its end: "Marine
    Commando Unit" of "Marine Commandos", not "New York Times" of "New York"."""
    if len(long) != len(short) + 1 or long[:-1] != short:
        return False
    return long[-1] in _HEAD_ROOTS


def _shared_run(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """How many words (two at least) both the end of `first` and the start of `second` are,
    neither name being all of them; 0 if none."""
    for size in range(min(len(first), len(second)) - 1, 1, -1):
        if first[-size:] == second[:size]:
            return size
    return 0


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
    """A word of a person's name as a keyword shows it: "Narendra", "Jae-myung", "Vučić",
    "McCain", "O'Brien"."""
    parts = _SURNAME_PREFIX.sub("", word).split("-")
    return (
        len(parts) <= 2
        and all(len(part) >= 2 and part.isalpha() and part[1:].islower() for part in parts)
        and word[0].isupper()
    )


# The prefix of a surname that a second capital follows: "Mc" of "McCain", "O'" of "O'Brien".
_SURNAME_PREFIX = re.compile("^(?:Mc|Mac|O['\u2019]|D['\u2019])(?=[A-Z][a-z])")


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


def word_roots(key: str) -> set[str]:
    """A keyword's words (from its canonical key) for comparing keywords, so that "silk
    shirts" is "silk shirt" and "South Korean" is "South Korea"."""
    return {_root(PLURAL.sub(to_singular, word)) for word in key.split()}


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


# The head nouns as word_roots gives them: "county" is "count".
_HEAD_ROOTS = frozenset(_root(head) for head in INSTITUTION_HEADS)


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
