"""The people an article names: its tokens, the capitalised runs that may be names, each person.

The people are read in a first pass over the whole article (`Names`), each with the role,
gender and evidence of being a person the text gives them, so that a short form ("Mr Dowden")
is matched to its fullest form and what either shows passes to the other.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.tokens import (
    POSSESSIVE_ENDINGS,
    bare_title,
    is_acronym,
    is_name_token,
    singular,
    without_possessive,
    words_of,
)
from generator.analysis.quotes.tokens import (
    TokenCache as _TokenCache,
)
from generator.analysis.quotes.vocabulary import (
    CALENDAR,
    FEMALE,
    GENDERED,
    HONORIFICS,
    INVERTING,
    MALE,
    NOT_NAMES,
    ORG_WORDS,
    PLACES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from generator.analysis.quotes.written_roles import bare_role_after, description_of
from generator.analysis.words import NAME_PARTICLES


@functools.lru_cache(maxsize=1 << 14)  # each person's name is compared with every name read
def name_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's tokens for comparison: case-folded, hyphens split, possessive dropped, one
    apostrophe for both ("O'Kelly" and "O’Kelly", typed and typeset in one article)."""
    return tuple(_key_parts(tokens))


def _key_parts(tokens: tuple[str, ...] | list[str]) -> list[str]:
    parts: list[str] = []
    for token in tokens:
        token = without_possessive(token).replace("’", "'")
        parts.extend(part for part in token.casefold().split("-") if part)
    return parts


def contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether a name contains another; a one-word name must be its first or last word."""
    if not part or len(part) > len(whole):
        return False
    if len(part) == 1:
        return part[0] in (whole[0], whole[-1])
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


class Run(NamedTuple):  # a tuple: made for every capitalised word, and cheaper to make
    """Capitalised words of the narrative, split into the titles and the name after them."""

    start: int  # token indexes
    stop: int
    titles: tuple[str, ...]
    name: tuple[str, ...]  # () when the run is only titles ("Prime Minister")
    possessive: bool


def name_runs(words: list[str]) -> list[Run]:
    """The runs of capitalised words in a sentence's tokens that may name someone."""
    # Called for every sentence: a list, not a generator, and the checks for a possessive
    # and a title written out rather than called.
    count = len(words)
    # A True past the last word ends the search for the next capitalised one (no exception).
    is_name = [*map(is_name_token, words), True]
    postnominal = not POSTNOMINALS.isdisjoint(words)  # most sentences have none to look for
    runs: list[Run] = []
    index = 0
    # Straight to the next capitalised word: most words are not.
    while (index := is_name.index(True, index)) < count:
        word = words[index]
        if word in NOT_NAMES and word not in HONORIFICS:
            index += 1
            continue
        stop = index + 1
        while stop < count and not words[stop - 1].endswith(POSSESSIVE_ENDINGS):
            if is_name[stop]:
                if postnominal and _after_a_name(words, stop):
                    break  # "Jane Doe MP said": the letters after a name are no part of it
                stop += 1
            elif words[stop] in NAME_PARTICLES:
                # One or two: "Luiz Inacio Lula da Silva", "Ursula von der Leyen".
                after = (
                    stop + 2 if stop + 1 < count and words[stop + 1] in NAME_PARTICLES else stop + 1
                )
                if after >= count or not is_name[after]:
                    break
                stop = after + 1
            else:
                break
        runs.append(_make_run(words, index, stop))
        index = stop
    return runs


def _after_a_name(words: list[str], at: int) -> bool:
    """Whether the token at `at` is letters written after a name, not a title before one."""
    return words[at] in POSTNOMINALS and words[at - 1].rstrip(".") not in TITLES


def _make_run(words: list[str], start: int, stop: int) -> Run:
    if stop - start == 1:  # most runs are one word: "Smith", "Reuters", "Monday"
        return Run(start, stop, *_one_word_run(words[start]))
    run = words[start:stop]
    # A role noun opening the sentence is capitalised as its first word, and is no part of
    # the name after it: "Reporter Jane Doe-Smith worked on the story".
    cut = int(start == 0 and stop - start > 2 and run[0].lower() in _OPENING_ROLES)
    for index, word in enumerate(run, 1):
        if word.rstrip(".") in TITLES:
            cut = index
    name = tuple(run[cut:])
    possessive = bool(name) and name[-1].endswith(POSSESSIVE_ENDINGS)
    if possessive:
        name = name[:-1] + (without_possessive(name[-1]),)
    return Run(start, stop, tuple(run[:cut]), name, possessive)


def _split_one_word(word: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """A one-word run's titles, name and whether it is possessive: a title alone, or a name."""
    if word.rstrip(".") in TITLES:
        return (word,), (), False
    possessive = word.endswith(POSSESSIVE_ENDINGS)
    return (), (without_possessive(word) if possessive else word,), possessive


# The same capitalised words recur through an article: each is split once.
_ONE_WORD_RUNS = _TokenCache(_split_one_word)
_one_word_run = _ONE_WORD_RUNS.__getitem__


# Letters written after a person's name for an office or an honour ("Jane Doe MP", "John
# Roe QC", "Ann Poe OBE"). Not "AM" (a time) nor "MS" or "SC" (states after a town).
POSTNOMINALS = frozenset(
    {"MP", "MPs", "MLA", "MSP", "MEP", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE"}
    | {"MNA", "MPP", "MHA", "MHK", "MLC", "JP"}
)
# The role nouns that name a person alone, not a part or a kind of something ("Head Start",
# "Source Code", "General Motors", "Executive Order").
_OPENING_ROLES = ROLE_NOUNS - {"source", "head", "member", "general", "executive", "chair"}


def may_be_person(run: Run) -> bool:
    """Whether a run has a name, and one of no organisation or place; initials after a title
    are a person's ("Magistrate CN Mugo", as East African papers write a name)."""
    return _person_shaped(run.titles, run.name)


@functools.lru_cache(maxsize=1 << 14)  # a name recurs through an article, with its titles
def _person_shaped(titles: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return (
        bool(name)
        and not lone_letter(name)
        and (not is_org(name) or titled_initials(titles, name))
        and not is_place(name)
    )


def titled_initials(titles: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Initials before a surname: after a title ("Magistrate CN Mugo"), or dotted one by one
    ("P.J. Crowley", "J.K. Rowling"), as no organisation's initials are written before a name;
    not a place's ("U.S. Steel")."""
    initials, surname = name if len(name) == 2 else ("", "")
    letters = initials.replace(".", "")
    shaped = 2 <= len(letters) <= 3 and is_acronym(initials) and surname.istitle()
    if not shaped or surname in ORG_WORDS:
        return False
    return bool(titles) or (
        _DOTTED_INITIALS.fullmatch(initials) is not None and not is_place((initials,))
    )


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def lone_letter(name: tuple[str, ...]) -> bool:
    """A single capital letter names a variant, not a person: "hepatitis B claimed six lives",
    "Plan B", "Group A"."""
    return len(name) == 1 and len(name[0]) == 1


@functools.lru_cache(maxsize=1 << 14)  # a name recurs through an article
def is_org(name: tuple[str, ...]) -> bool:
    """Whether a name is an organisation's: a word like "Ministry" or an acronym in it."""
    return any(word in ORG_WORDS or is_acronym(word) for word in name)


@functools.lru_cache(maxsize=1 << 14)
def is_place(name: tuple[str, ...]) -> bool:
    """Whether a name is a place that stands for a government ("Tokyo said")."""
    return " ".join(name) in PLACES or all(word in PLACES for word in name)


@dataclass(slots=True)
class Person:
    """Someone the article names (or a role standing in for a name: "an official")."""

    tokens: tuple[str, ...]
    description: str = ""
    evidence: bool = False  # a title, role, appositive or speech verb shows it is a person
    gender: str = ""
    role: bool = False
    spoke_as: str = ""  # "he" or "she" when a speaking pronoun was read as them, "?" for both

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


class Names:
    """The people an article names, found in a first pass, and the fullest form of a name.

    `near`, one flag a sentence (all True when not given): the sentences the reader will
    read. Any other sentence is read here only when a word of its names is a word of a
    name in the near ones: the people it names alone are no one a near sentence names or
    matches (a match shares a word). They are read when the whole cast is asked for
    (`people`: the one person given a role, "the minister said")."""

    def __init__(self, paragraphs: list[Paragraph], near: list[bool] | None = None) -> None:
        self._people: list[Person] = []
        self._by_tokens: dict[tuple[str, ...], Person] = {}
        # Surnames two people of the article share ("President and Melania Trump"): the
        # surname alone names neither.
        self._shared: set[str] = set()
        # Each sentence's narrative words and the runs that may name people, in reading
        # order: the reader reads them again, and acronyms are expanded from them.
        self.sentences: list[list[str]] = []
        self.runs: list[list[Run]] = []
        headings: list[bool] = []
        for paragraph in paragraphs:
            for start, end in paragraph.bounds:
                self.sentences.append(words_of(paragraph.masked[start:end]))
                # A heading's capitals run into names that are none: "## Jane Doe Visit 2026".
                headings.append(paragraph.text.startswith("#"))
        if near is None:
            near = [True] * len(self.sentences)
        known: set[str] = set()
        for words, kept in zip(self.sentences, near, strict=True):
            if kept:
                known.update(_key_stream(words))
        # The sentences left to read, in order, should the whole cast be asked for.
        self._unread: list[int] = []
        for index, words in enumerate(self.sentences):
            if not near[index] and known.isdisjoint(_key_stream(words)):
                self.runs.append([])  # never read again: the reader passes it over
                self._unread.append(index)
                continue
            runs = [] if headings[index] else list(filter(may_be_person, name_runs(words)))
            if near[index] or any(not known.isdisjoint(name_key(run.name)) for run in runs):
                self.runs.append(runs)
                self._read(words, runs)
                self._shared |= _surnames_shared(words, runs)
            else:
                self.runs.append([])
                self._unread.append(index)
        self._by_word: dict[str, list[int]] = {}  # key word -> indexes into self._people
        self._index(0)
        self._merged: dict[tuple[str, ...], tuple[list[Person], list[tuple[Person, int]]]] = {}
        self._learn_from_short_forms(0)

    def _index(self, first: int) -> None:
        for index, person in enumerate(self._people[first:], start=first):
            for word in set(name_key(person.tokens)):
                self._by_word.setdefault(word, []).append(index)

    def _learn_from_short_forms(self, first: int) -> None:
        # "Mr Dowden told Times Radio" shows that "Oliver Dowden", named before, is a person:
        # what a short form shows passes to the full names that hold it before any is read.
        for person in self._people[first:]:
            if len(person.tokens) == 1 and (person.evidence or person.gender):
                self.matches(person.tokens)

    @property
    def people(self) -> list[Person]:
        """Everyone the article names, the sentences passed over read first."""
        if self._unread:
            first = len(self._people)
            for index in self._unread:
                words = self.sentences[index]
                runs = list(filter(may_be_person, name_runs(words)))  # no heading: near
                self._read(words, runs)
                self._shared |= _surnames_shared(words, runs)
            self._unread = []
            # Their names share no word with any name read before: no match made so far
            # holds them, and none is made again.
            self._index(first)
            self._learn_from_short_forms(first)
        return self._people

    def _read(self, words: list[str], runs: list[Run]) -> None:
        for run in runs:
            titled = run.titles and len(run.name) > 1 and not run.possessive
            if run.name[0] in CALENDAR or (
                run.start and words[run.start - 1].lower() == "the" and not titled
            ):
                continue  # "the Spaniard", "the Prime Minister’s"; not "the Magistrate CN Mugo"
            person = self._by_tokens.get(run.name)
            if person is None:
                person = self._by_tokens[run.name] = Person(run.name)
                self._people.append(person)
            # What is known of a person is kept: most names recur, and are not read again.
            before = words[run.start - 1].lower() if run.start else ""
            person.evidence = person.evidence or _shown_person(words, run, before)
            person.description = person.description or description_of(words, run)
            gender = _gender_of(run.titles + (before,))
            if gender:
                person.gender = _with_gender(person.gender, gender)

    def matches(self, tokens: tuple[str, ...]) -> list[Person]:
        """The people whose name contains `tokens`, merged when one name holds another."""
        key = name_key(tokens)
        if key not in self._merged:
            self._merged[key] = self._merge(key)
        merged, absorbed = self._merged[key]
        for person, kept_before in absorbed:  # "Mr Stayt" tells "Charlie Stayt"'s gender
            for kept in merged[:kept_before]:
                if person.gender:
                    kept.gender = _with_gender(kept.gender, person.gender)
                kept.description = kept.description or person.description
                # "El-Rufai said" shows that "Nassir El-Rufai" is a person too.
                kept.evidence = kept.evidence or person.evidence
        return list(merged)

    def _merge(self, key: tuple[str, ...]) -> tuple[list[Person], list[tuple[Person, int]]]:
        """The people whose name contains `key`, longest first: those no other holds, and
        those another holds, each with how many kept ones its gender and role pass to."""
        # A name that contains the key contains its first word.
        indexes = self._by_word.get(key[0], []) if key else []
        found = [
            self._people[i] for i in indexes if contains(name_key(self._people[i].tokens), key)
        ]
        merged: list[Person] = []
        absorbed: list[tuple[Person, int]] = []
        for person in sorted(found, key=lambda p: -len(p.tokens)):
            if len(person.tokens) == 1 and person.tokens[0] in self._shared:
                merged.append(person)  # another of that name: "Trump" is not "Melania Trump"
            elif any(contains(name_key(kept.tokens), name_key(person.tokens)) for kept in merged):
                absorbed.append((person, len(merged)))
            else:
                merged.append(person)
        return merged, absorbed

    def fullest(self, tokens: tuple[str, ...]) -> Person | None:
        """The one person `tokens` names, in the fullest form; None when several fit."""
        found = self.matches(tokens)
        if len(found) == 1:
            return found[0]
        return Person(tokens) if not found else None

    def expand(self, acronym: str) -> str:
        """An organisation's full name for its acronym ("APC"), when the article gives it."""
        for words in self.sentences:
            for start, word in enumerate(words):
                if word[:1].isupper() and word[0] == acronym[0] and word != acronym:
                    initials = ""
                    for stop in range(start, min(len(words), start + 2 * len(acronym))):
                        if words[stop][:1].isupper():
                            initials += words[stop][0]
                        elif words[stop] not in ("of", "and", "for", "the", "de"):
                            break
                        if initials == acronym:
                            return " ".join(words[start : stop + 1])
                        if not acronym.startswith(initials):
                            break
        return acronym


def _keys(words: list[str]) -> set[str]:
    """The words of a sentence's name tokens as names are compared (name_key), each once:
    every name the reader looks up is made of such tokens of the sentences it reads."""
    return set(_key_stream(words))


def _key_stream(words: list[str]) -> Iterator[str]:
    """_keys as they come, repeats and all: for a set to take in, or to stop at the first
    one a set holds, without a set made for each sentence."""
    # Read for every sentence of the article: one cached look-up a token, the loop in C.
    return itertools.chain.from_iterable(map(_token_key, words))


def _name_token_key(token: str) -> tuple[str, ...]:
    """A token's words as names are compared, none for a token that is no part of a name."""
    return tuple(_key_parts((token,))) if is_name_token(token) else ()


_TOKEN_KEYS = _TokenCache(_name_token_key)
_token_key = _TOKEN_KEYS.__getitem__


# Every token whose lower case is "and" or "&": the words _surnames_shared looks for.
_AND_FORMS = frozenset({"&"} | {"".join(cases) for cases in itertools.product("aA", "nN", "dD")})


def _surnames_shared(words: list[str], runs: list[Run]) -> set[str]:
    """The surname of a couple written with one title for the first ("President and Melania
    Trump", "Mr and Mrs Smith"): two people of one surname. An office after the "and" is the
    same person's second one ("President and CEO Scott Carson")."""
    if _AND_FORMS.isdisjoint(words):
        return set()  # most sentences: no "and" to read every word's lower case for
    shared = set()
    starts = {run.start: run for run in runs}
    for index, word in enumerate(words[1:-1], start=1):
        if word in _AND_FORMS and words[index - 1].rstrip(".") in TITLES:
            run = starts.get(index + 1)
            if run is not None and run.name and not _opens_with_office(run):
                shared.add(run.name[-1])
    return shared


def _opens_with_office(run: Run) -> bool:
    """Whether a run opens with a title that is an office ("CEO"), not a form of address."""
    return bool(run.titles) and bare_title(run.titles[0]) not in HONORIFICS


# Words after which a name is a person's: "spokesperson Ned Price", '"...," said Ned Price'.
_PERSON_AFTER = ROLE_NOUNS | INVERTING


def _shown_person(words: list[str], run: Run, before: str) -> bool:
    """Whether a title, a role, a speech verb or an appositive shows that a run of a sentence
    names a person; `before` is the word before it, in lower case."""
    if run.titles or before in _PERSON_AFTER:
        return True
    if before == "," and run.start >= 2 and singular(words[run.start - 2].lower()) in ROLE_NOUNS:
        return True  # in apposition to a role: "according to the attorney, Ben Crump"
    after = words[run.stop : run.stop + 3]
    if after and after[0].lower() in SPEECH_VERBS:
        return True
    if len(after) == 3 and after[0] == "," and after[1].isdigit() and after[2] == ",":
        return True  # an age: "Jane Doe, 45, lost her son"
    if bare_role_after(words, run.stop):
        return True  # "Jane Doe, minister of information, said"
    if _role_predicated(words[run.stop : run.stop + 5]):
        return True  # "Charles became the first monarch to ..."
    after = after[:2]
    return len(after) == 2 and after[0] == "," and after[1].lower() in ("a", "an", "the", "who")


# Verbs that give their subject a role: "X became the first monarch", "X is the new coach".
_COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained"})
# Roles only a person holds when a verb gives them ("Samsung became the leader" is no one's).
_PERSONS_ROLES = (
    ROLE_NOUNS - {"source", "member", "leader", "head", "chief", "observer", "general"}
) | {"monarch"}


def _role_predicated(after: list[str]) -> bool:
    """Whether the words after a name give it a person's role: "became the first monarch",
    "is a lawyer"; one word may stand between the article and the role noun."""
    if len(after) < 3 or after[0] not in _COPULAS or after[1] not in ("the", "a", "an"):
        return False
    role = after[2] if after[2] in _PERSONS_ROLES else after[3] if len(after) > 3 else ""
    return role in _PERSONS_ROLES and after[2].islower()


# The gender of someone the article gives titles of both ("spokesman" in a photo caption,
# "spokeswoman" in the text): unknown, whatever is read later.
MIXED = "?"


def _with_gender(known: str, found: str) -> str:
    """A person's gender once `found` is read too; evidence that disagrees leaves it unknown."""
    if not found or known == found:
        return known
    return MIXED if known else found


def _gender_of(words: tuple[str, ...] | list[str]) -> str:
    if len(words) == 1 and words[0].rstrip(".").lower() not in GENDERED:
        return ""  # no title, and a word before the name that tells nothing: most names
    lowered = {bare_title(word).lower() for word in words}
    return "f" if lowered & FEMALE else "m" if lowered & MALE else ""
