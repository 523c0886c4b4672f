"""One name per speaker across a briefing: "Lee Jae-myung", "Lee Jae Myung", "President Lee"
and "Lee" are one person when the briefing gives the family name to no one else.

Each article's quotes already give a speaker's fullest name in that article; this joins the
spellings of different articles. Names are compared without accents, case, hyphens or titles.
A short name ("Lee") goes to the one full name of the briefing it is part of (its first or
last word), else to the one full name of its own article; with several, it stays as written.
An organisation's initials ("ISRO") go to the one organisation of the briefing they abbreviate.
Roles ("a senior official") and people speaking together ("Jane Roe and John Doe") are never
joined. Each speaker has one description across the briefing: the fullest an article gives
them (canonical_descriptions).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from generator.analysis.quotes.descriptions import fullest
from generator.analysis.quotes.names import is_org, may_be_person, name_runs
from generator.analysis.quotes.tokens import singular
from generator.analysis.quotes.vocabulary import ROLE_NOUNS, SOLE_OFFICES, word_set
from generator.analysis.words import NAME_PARTICLES, unaccented
from generator.models import BriefingQuote, Carrier, Quote

# Words before a name that are no part of it.
_TITLE_WORDS = """mr mrs ms miss dr prof sir dame president prime minister premier chancellor
justice chief judge senator sen governor gov king queen prince princess pope general gen
secretary foreign defence defense vice deputy opposition leader pm"""
TITLES = frozenset(_TITLE_WORDS.split())


def canonical_speakers(quotes: Mapping[str, Sequence[Quote]]) -> dict[tuple[str, str], str]:
    """The briefing's name for each (article id, speaker) of the quotes of every article."""
    spoken = {
        (article, quote.speaker)
        for article, found in quotes.items()
        for quote in found
        if quote.speaker
    }
    uses = Counter(quote.speaker for found in quotes.values() for quote in found if quote.speaker)
    return dict(_canonical(frozenset(spoken), frozenset(uses.items())))


@functools.lru_cache(maxsize=4)  # watch mode: a save seldom changes who speaks
def _canonical(
    spoken: frozenset[tuple[str, str]], counted: frozenset[tuple[str, int]]
) -> tuple[tuple[tuple[str, str], str], ...]:
    uses = Counter(dict(counted))
    full: dict[tuple[str, ...], list[str]] = defaultdict(list)  # a person's key: spellings
    for _, name in sorted(spoken):
        key = name_key(name)
        if len(key) > 1 and not _is_role(name):
            full[key].append(name)
    people = _merge_contained(_merge_spellings(full))
    find = _People(people, spoken)
    canonical: dict[tuple[str, str], str] = {}
    for article, name in sorted(spoken):
        person = find.person(article, name)
        canonical[article, name] = _display(people[person], uses) if person else name
    joined = _one_word_names_joined(canonical, find, uses)
    return tuple(_offices_named(joined).items())


# Offices one person holds at a time in a story: "the King" of one article is the "King
# Charles" of another when the briefing titles no one else so. Not a judge's: a trial's
# briefing may quote several.
_SOLE_TITLES = SOLE_OFFICES[0] | SOLE_OFFICES[1]


def _offices_named(canonical: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """The briefing's names with a sole office written as a role ("The King", "the Pope")
    given to the one speaker the briefing names with that title, if there is exactly one."""
    titled: dict[str, set[str]] = defaultdict(set)
    for shown in canonical.values():
        title, _, rest = shown.partition(" ")
        if title.casefold() in _SOLE_TITLES and rest[:1].isupper():
            titled[title.casefold()].add(shown)
    named = {}
    for spoken, shown in canonical.items():
        determiner, office = shown.casefold().partition(" ")[::2]
        holders = titled.get(office, set()) if determiner == "the" else set()
        named[spoken] = next(iter(holders)) if len(holders) == 1 else shown
    return named


def _one_word_names_joined(
    canonical: dict[tuple[str, str], str], find: _People, uses: Counter[str]
) -> dict[tuple[str, str], str]:
    """Spellings of one name no full name of the briefing holds ("King Charles", "Charles";
    "Pope Francis", "Francis") as one: the spelling most quotes use. A name some full name
    holds is left to that one ("President Lee" to "Lee Jae-myung"), or as written if several do."""
    spellings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (_, name), shown in canonical.items():
        key = name_key(name)
        if shown == name and len(key) == 1 and not _is_role(name) and not find.holds(key[0]):
            spellings[key].add(name)
    joined = {
        name: _display(sorted(names), uses)
        for names in spellings.values()
        if len(names) > 1
        for name in names
    }
    return {spoken: joined.get(shown, shown) for spoken, shown in canonical.items()}


def canonical_descriptions(
    quotes: Mapping[str, Sequence[Quote]], names: Mapping[tuple[str, str], str]
) -> dict[str, str]:
    """The briefing's one description for each speaker (by the briefing's name for them,
    `names` from canonical_speakers): the fullest any article gives them, those that differ
    only in case being one ("European Commission president" over "EU Commission president"
    and "European Commission President"; "South Korea's President" over "President")."""
    described: dict[str, list[str]] = defaultdict(list)
    for article, found in quotes.items():
        for quote in found:
            if quote.speaker:
                name = names.get((article, quote.speaker), quote.speaker)
                described[name].append(quote.speaker_description)
    return {name: fullest(descriptions) for name, descriptions in described.items()}


def name_key(name: str) -> tuple[str, ...]:
    """A name's words for comparison: no accents, case, hyphens, possessive or titles, one
    apostrophe for both."""
    plain = unaccented(name).casefold()
    plain = plain.replace("’", "'")  # "O'Kelly" typed, "O’Kelly" typeset
    words = plain.replace("-", " ").replace(".", " ").replace("'s", "").split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return _one_country_spelling(tuple(words))


# A country opening an organisation's name, spelled three ways: "U.S. Coast Guard", "US Coast
# Guard", "United States Coast Guard" are one ("u s" is "U.S." without its stops).
_COUNTRY_SPELLINGS = {("u", "s"): "us", ("united", "states"): "us", ("u", "k"): "uk"}
_COUNTRY_SPELLINGS[("united", "kingdom")] = "uk"


def _one_country_spelling(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with an opening country's spelling made one, when more words follow."""
    country = _COUNTRY_SPELLINGS.get(words[:2]) if len(words) > 2 else None
    return (country, *words[2:]) if country else words


def names_no_one(speaker: str) -> bool:
    """Whether a speaker is no one person or organisation the briefing can name: a role ("One
    resident", "a senior official"), several people together ("Smith and Jones"), or a group
    written as a plural common noun ("Officials", "Critics"). Two articles' "One resident" are
    no one person: a speakers page lists such quotations apart, each with its own words."""
    if _is_role(speaker):
        return True
    word = speaker.strip().casefold()
    return word in _GROUPS or (word.endswith("s") and singular(word) in ROLE_NOUNS)


# People quoted together by what they are, as a sentence opens on them ("Critics said"): the
# plural of a role noun (quotes.vocabulary.ROLE_NOUNS: "Officials", "Analysts") or one of these.
_GROUPS = word_set(
    """critics supporters protesters demonstrators witnesses villagers rescuers doctors nurses
    teachers students parents families relatives survivors neighbours neighbors workers farmers
    shoppers passengers fans voters investigators organisers organizers police authorities
    businesses locals
    """
)


def _is_role(name: str) -> bool:
    """A speaker that is no one person's name: a role, or several people speaking together
    (which would otherwise hold, and take over, each of their names)."""
    words = name.split()
    if not {"and", "&"}.isdisjoint(words):
        return True
    rest = list(itertools.dropwhile(NAME_PARTICLES.__contains__, words))
    if words[0] in NAME_PARTICLES and rest and rest[0][:1].isupper():
        return False  # "von der Leyen" written without a first name
    return words[0].islower() or words[0].casefold() in ("a", "an", "the", "one", "two")


def _merge_contained(full: dict[tuple[str, ...], list[str]]) -> dict[tuple[str, ...], list[str]]:
    """Join a full name into the one longer name that holds it ("Majed al-Ansari" into
    "Majed bin Mohammed al-Ansari"); a name two longer names hold stays apart."""
    people = {key: list(names) for key, names in full.items()}
    having = _by_word(people)
    for key in sorted(full, key=len):
        holders = [o for o in having[key[0]] if o in people and o != key and _holds(o, key)]
        if _an_organisation(full[key][0]):
            holders = [o for o in holders if not _names_a_person(people.get(o, ()))]
        if len(holders) == 1 and key in people:
            people[holders[0]].extend(people.pop(key))
    return people


def _by_word(people: Mapping[tuple[str, ...], object]) -> dict[str, list[tuple[str, ...]]]:
    """The names (keys of `people`) holding each word, in the order of `people`. A name that
    holds another holds its first word (_holds): only those are worth comparing, which keeps
    a briefing of thousands of speakers from comparing every name with every other."""
    having: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in people:
        for word in dict.fromkeys(key):
            having[word].append(key)
    return dict(having)


def _merge_spellings(full: dict[tuple[str, ...], list[str]]) -> dict[tuple[str, ...], list[str]]:
    """Join an organisation's near-identical spellings ("India Space Research Organisation"
    into "Indian Space Research Organisation"): the same words but one, that one a form of
    the other. People are never joined so: "Jon Smith" and "John Smith" may be two."""
    people = {key: list(names) for key, names in full.items()}
    orgs = sorted(
        (key for key, names in full.items() if len(key) > 2 and is_org(tuple(names[0].split()))),
        key=lambda key: (-len(full[key]), key),  # the spelling most quotes use takes the others
    )
    for index, key in enumerate(orgs):
        for other in orgs[index + 1 :]:
            if key in people and other in people and _one_word_apart(key, other):
                people[key].extend(people.pop(other))
    return people


def _one_word_apart(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names differ in one word only, and that by an ending of two letters at
    most ("india" and "indian", "organisation" and "organization")."""
    if len(one) != len(other):
        return False
    differing = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if min(len(a), len(b)) < 4:
        return False
    shared = len(os.path.commonprefix([a, b]))
    return shared >= min(len(a), len(b)) - 2 and abs(len(a) - len(b)) <= 2 and shared >= 4


def _holds(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether a name holds another: a run of its words, or its first and last words."""
    if len(part) >= len(whole):
        return False
    if len(part) == 1:
        return part[0] in (whole[0], whole[-1])
    runs = (whole[i : i + len(part)] for i in range(len(whole) - len(part) + 1))
    return any(run == part for run in runs) or (whole[0], whole[-1]) == part


class _People:
    """Which person (a key of `people`) a speaker's name stands for, if only one fits."""

    def __init__(
        self, people: dict[tuple[str, ...], list[str]], spoken: set[tuple[str, str]]
    ) -> None:
        self.people = people
        self.having = _by_word(people)
        self.named: dict[str, tuple[str, ...]] = {}
        for person, names in people.items():
            for name in names:
                self.named.setdefault(name, person)
        self.own: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # an article's names
        for article, name in spoken:
            self.own[article].add(name_key(name))

    def holds(self, word: str) -> bool:
        """Whether some person's full name holds the word."""
        return word in self.having

    def person(self, article: str, name: str) -> tuple[str, ...] | None:
        if _is_role(name):
            return None
        if name in self.named:
            return self.named[name]
        key = name_key(name)
        candidates = self.having.get(key[0], ()) if key else self.people
        fitting = [p for p in candidates if _holds(p, key) or p == key]
        if _an_organisation(name):  # "UBS said": never "UBS chairman Jane Doe"
            fitting = [p for p in fitting if not _names_a_person(self.people[p])]
        if not fitting and _ACRONYM.fullmatch(name):
            fitting = [
                person
                for person, names in self.people.items()
                if _initials(person) == key[0] and is_org(tuple(names[0].split()))
            ]
        if len(fitting) == 1:
            return fitting[0]
        own = self.own[article]
        local = [p for p in fitting if any(n in own for n in map(name_key, self.people[p]))]
        return local[0] if len(local) == 1 else None


def _an_organisation(name: str) -> bool:
    """Whether a speaker's name, its titles aside ("PM Starmer" is a person), is an
    organisation's."""
    return is_org(tuple(word for word in name.split() if word.casefold() not in TITLES))


def _names_a_person(names: Sequence[str]) -> bool:
    """Whether a speaker's spellings hold a person's name of two words or more ("UBS
    chairman Jane Doe"): an organisation named in them is where the person works, and the
    organisation speaking on its own ("UBS said") is not them."""
    return any(
        len(run.name) > 1 and may_be_person(run)
        for name in names
        for run in name_runs(name.split())
    )


# An organisation's initials as a speaker: "ISRO said" for the Indian Space Research Organisation
# (a person's initials are not how news names them: "AFP" is no Anna F. Price).
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_IN_INITIALS = frozenset({"of", "and", "the", "for", "de", "&"})


def _initials(key: tuple[str, ...]) -> str:
    return "".join(word[0] for word in key if word not in _NOT_IN_INITIALS)


def _display(names: list[str], uses: Counter[str]) -> str:
    """The spelling a person's quotes use most; then the longest, then the first A to Z."""
    return min(set(names), key=lambda name: (-uses[name], -len(name), name))


# Words two quotations of one speaker must share in a row to be one passage quoted at two
# lengths ("Since making my investment I now realize ..." inside the whole paragraph); fewer
# are a phrase a speaker may say twice.
_PASSAGE_WORDS = 8


def overlaps_joined(quotes: Sequence[BriefingQuote]) -> tuple[BriefingQuote, ...]:
    """The briefing's quotations with each passage one speaker is quoted in at several lengths
    (a letter cut differently by four outlets) once: the longest, carried by every article that
    carries all its words, each once, where the first part stood in the list. A part of an
    article that does not carry the whole stays a quotation of its own: no article is listed
    under words it lacks. Two quotations that only overlap (one's end another's start) both
    stay: neither holds the other's words."""
    quoted = Counter(quote.speaker for quote in quotes if quote.speaker is not None)
    # Only a speaker quoted twice or more has a passage to share: no other is read.
    words = [
        _words(quote.text) if quote.speaker is not None and quoted[quote.speaker] > 1 else ()
        for quote in quotes
    ]
    members: dict[int, list[int]] = defaultdict(list)
    for index, first in enumerate(_overlap_groups(quotes, words)):
        members[first].append(index)
    into: dict[int, int] = {}  # each quotation's index -> the index of the one holding it
    for indexes in members.values():
        if len(indexes) > 1:
            into.update(_held_by_longest(words, indexes))
    into = {
        part: whole
        for part, whole in into.items()
        if words[part] == words[whole] or _carried_by(quotes[whole], quotes[part])
    }
    held: dict[int, list[int]] = defaultdict(list)
    for index in range(len(quotes)):
        held[into.get(index, index)].append(index)
    joined: list[BriefingQuote] = []
    placed: set[int] = set()
    for index in range(len(quotes)):
        head = into.get(index, index)
        if head not in placed:
            placed.add(head)
            parts = [quotes[part] for part in held[head]]
            same = [quotes[part] for part in held[head] if words[part] == words[head]]
            joined.append(parts[0] if len(parts) == 1 else _carrying_all(parts, same))
    return tuple(joined)


def _carried_by(whole: BriefingQuote, part: BriefingQuote) -> bool:
    """Whether every article carrying a part carries the whole as well: only then is the part
    folded into it, as no article is listed under words it does not carry ("consistently
    candid" of one outlet under another's full statement)."""
    carrying = {carrier.article for carrier in whole.articles}
    return all(carrier.article in carrying for carrier in part.articles)


def _held_by_longest(words: Sequence[tuple[str, ...]], indexes: Sequence[int]) -> dict[int, int]:
    """For quotations sharing a passage (`indexes` in increasing order), which longer one
    holds each word for word (its index), longest first; one held by none holds itself."""
    held = _held_among(tuple(words[index] for index in indexes))
    return {indexes[part]: indexes[whole] for part, whole in held}


# Kept by the passages' words: watch mode joins the same quotations after each save, and
# comparing every pair of a passage quoted thirty times again was a thirtieth of a rebuild.
@functools.lru_cache(maxsize=1 << 12)
def _held_among(said: tuple[tuple[str, ...], ...]) -> tuple[tuple[int, int], ...]:
    """_held_by_longest() of the quotations' words, by their positions in `said`."""
    spans = [f" {' '.join(words)} " for words in said]
    heads: list[int] = []
    into: list[tuple[int, int]] = []
    for index in sorted(range(len(said)), key=lambda index: (-len(spans[index]), index)):
        head = next((head for head in heads if spans[index] in spans[head]), None)
        if head is None:
            heads.append(index)
        into.append((index, index if head is None else head))
    return tuple(into)


def _overlap_groups(quotes: Sequence[BriefingQuote], words: Sequence[tuple[str, ...]]) -> list[int]:
    """For each quotation, the index of the first it shares a passage with (directly or
    through another), speakers being the same; its own index if none."""
    group = list(range(len(quotes)))

    def root(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    seen: dict[tuple[str | None, str], int] = {}
    for index, quote in enumerate(quotes):
        for passage in _passages(words[index]):
            other = seen.setdefault((quote.speaker, passage), index)
            if other != index:
                first, second = sorted((root(other), root(index)))
                group[second] = first
    return [root(index) for index in range(len(quotes))]


# Kept between a watch session's rebuilds, as each lists the same quotations again.
@functools.lru_cache(maxsize=1 << 15)
def _passages(said: tuple[str, ...]) -> tuple[str, ...]:
    """Each run of _PASSAGE_WORDS words of a quotation, as one string: a string keeps its
    hash, where a tuple of words is hashed anew at every look-up (a twentieth of a watch-mode
    rebuild). Words hold no space, so two runs are the same string only if the same words."""
    return tuple(
        " ".join(said[start : start + _PASSAGE_WORDS])
        for start in range(len(said) - _PASSAGE_WORDS + 1)
    )


# Kept between a watch session's rebuilds, as each lists the same quotations again.
@functools.lru_cache(maxsize=1 << 15)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+(?:['’]\w+)*", text.casefold().replace("’", "'")))


def _carrying_all(parts: Sequence[BriefingQuote], same: Sequence[BriefingQuote]) -> BriefingQuote:
    """The longest quotation of a passage, carried by the articles that carry its words
    (`same`: the quotations with them all, the longest first), each article once, where it first carries them:
    an article quoting the passage twice is one carrier, not two."""
    carriers: dict[str, Carrier] = {}
    for quote in same:
        for carrier in quote.articles:
            carriers.setdefault(carrier.article, carrier)
    longest = same[0]
    checks = dict.fromkeys(check for quote in parts for check in quote.checks)
    description = longest.speaker_description or next(
        (quote.speaker_description for quote in parts if quote.speaker_description), ""
    )
    return dataclasses.replace(
        longest,
        speaker_description=description,
        articles=tuple(carriers.values()),
        checks=tuple(checks),
    )
