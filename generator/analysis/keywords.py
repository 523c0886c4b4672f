"""Keywords for an article: YAKE's candidates filtered into a short list of distinct phrases."""

from __future__ import annotations

import re
from collections.abc import Set
from typing import NamedTuple

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_cuts import (
    cut_acronyms,
    cut_expansion,
    glued_name,
    initials_of,
    is_furniture,
    opens_only,
    whole_name,
)
from generator.analysis.keyword_digits import mask_digit_names, unmask
from generator.analysis.keyword_fragments import is_cut_piece
from generator.analysis.keyword_joins import joins_two_names
from generator.analysis.keyword_names import (
    APOSTROPHE,
    PLURAL,
    canonical_key,
    fold,
    is_institution_head,
    is_name_part,
    to_singular,
    word_roots,
)
from generator.analysis.keyword_particles import ParticleNames, inside_name
from generator.analysis.keyword_places import (
    is_place_head,
    is_state_abbreviation,
    without_state,
)
from generator.analysis.keyword_prose import (
    TITLE_OF,
    Document,
    Occurrence,
    display_form,
    is_person_name,
    is_titled_name,
    place_before_name,
)
from generator.analysis.keyword_shapes import (
    COMPARATIVES,
    describes,
    piece_of_candidate,
    with_adverb,
)
from generator.analysis.keyword_sources import is_agency_credit, is_source
from generator.analysis.keyword_titles import (
    HONORIFICS,
    TITLES,
    TITLES_AND_ROLES,
    is_abbreviated_title,
)
from generator.analysis.keyword_trims import ORDINALS, opens_name, titles_name
from generator.analysis.keyword_usable import usable
from generator.analysis.keyword_verbs import acts_on_object, is_unit, names_no_thing
from generator.analysis.quotes.names import is_place
from generator.analysis.yake_ranks import FIRST_LOOK, YAKE_TOPS, Rank, stop_words, yake_ranking

_MIN_KEYWORDS = 5
# YAKE's time grows with the text, and with the square of a word's length in its similarity
# checks: a 5 MB file took minutes, one 50,000-character "word" half a minute. What an article
# is about is said in its opening, so keywords come from its first 50,000 characters (a long
# feature is 20,000); and a run of 100 non-space characters (base64, a pasted URL) is no keyword.
_MAX_KEYWORD_TEXT = 50_000
# (Tried only where a run starts: tried at every character, it cost a tenth of the filters.)
_LONG_RUN = re.compile(r"(?<!\S)\S{100,}")

# Words before a verb's plain form: "will descend", "to descend".
_VERB_OPENERS = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"}
)
# Quote marks YAKE leaves on a candidate's ends: the quotation's, not the phrase's.
_QUOTE_MARKS = "'\"‘’“”"
# A keyword of one common word is measured against how often English uses it: past the
# minimum, it is kept only where the article uses it this many times as often (tuned on
# 500N-KPCrowd, eval/keywords.py). "visit" six times in 500 words is 114 times as often.
_TOPICAL_RATIO = 55
# Words that say how many or which side, not what: "multiple rounds", "left hand".
_COUNTS_AND_SIDES = frozenset(
    {"multiple", "several", "many", "various", "numerous", "few", "left", "right", "both"}
)
# How adjectives, adverbs and participles end: "regional", "strategic", "highly", "arrested".
_MODIFIER_ENDING = re.compile(r"(?:al|ic|ive|ous|ful|ly|ed)$")


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
    for top in YAKE_TOPS:
        candidates = [unmask(candidate, restore) for candidate in rank(masked, top)]
        kept = _select(candidates, document, stop_words(), limit)
        if len(kept) >= min(_MIN_KEYWORDS, limit) or len(candidates) < top:
            break
    return tuple(kept)


def _select(
    candidates: list[str], document: Document, stop_words: frozenset[str], limit: int
) -> list[str]:
    """The usable candidates in the article's spelling, in order, none overlapping another.

    A name is taken without the words before it that describe it ("Xi Jinping" from
    "President Xi Jinping"). A common word on its own ("percent", "visit") says little: it
    waits until every other candidate has been tried. YAKE's best FIRST_LOOK candidates are
    tried first; the rest only where the list would otherwise end on such a word or fall short
    of the minimum, since either says the best ran out of specific phrases and names. Then the
    waiting words make up the minimum, and past it only where the article is about the word
    (see _is_topical).
    """
    picked = _Picked(document, stop_words)
    waiting: list[_Choice] = []
    context = _Context(
        document,
        document.aliases(),
        {canonical_key(candidate.strip(_QUOTE_MARKS)) for candidate in candidates},
        cut_acronyms(candidate.strip(_QUOTE_MARKS) for candidate in candidates),
        ParticleNames(document.prose),
    )
    full = _take(candidates[:FIRST_LOOK], context, picked, waiting, limit)
    if not full and _needs_more(picked, waiting, document, limit):
        full = _take(candidates[FIRST_LOOK:], context, picked, waiting, limit)
    if full:
        return picked.kept
    for waited in waiting:
        choice = picked.fits(waited.key, waited.occurrences)
        if choice and (len(picked.kept) < _MIN_KEYWORDS or _is_topical(choice, document)):
            picked.keep(choice)
            if len(picked.kept) == limit:
                break
    return picked.kept


class _Context(NamedTuple):
    """What every candidate of one article is read against: the article, the other names it
    gives things, every candidate's key, the acronyms among them cut short, and its names
    with a particle inside."""

    document: Document
    aliases: dict[str, str]
    offered: set[str]
    acronyms_cut: set[str]
    particle_names: ParticleNames


def _take(
    candidates: list[str],
    context: _Context,
    picked: _Picked,
    waiting: list[_Choice],
    limit: int,
) -> bool:
    """Keep the candidates that fit, in order, and set the common words aside in `waiting`;
    whether the list is full."""
    document = context.document
    for candidate in candidates:
        choice = _choice(candidate, context, picked)
        if choice is None:
            continue
        if _is_common_word(choice) or _is_verb_form(choice, document):
            waiting.append(choice)
            continue
        picked.keep(choice)
        if len(picked.kept) == limit:
            return True
    return False


def _needs_more(picked: _Picked, waiting: list[_Choice], document: Document, limit: int) -> bool:
    """Whether the list, not yet full, is short of its minimum, or a common word set aside
    would be kept past it (it fits and the article is about it)."""
    if len(picked.kept) < min(_MIN_KEYWORDS, limit):
        return True
    fitting = (picked.fits(waited.key, waited.occurrences) for waited in waiting)
    return any(choice and _is_topical(choice, document) for choice in fitting)


def _without_full_stop(candidate: str) -> str:
    """A candidate without the full stop a sentence glued to its last word where a scraper lost
    the space after it ("Tim Kaine." of 'Tim Kaine."So'), but with an abbreviation's ("U.S.",
    "Jr.", "Inc."): a word of four letters or more, no other stop in it."""
    last = candidate.rpartition(" ")[2]
    if last.endswith(".") and len(last) > _ABBREVIATION_LETTERS + 1 and "." not in last[:-1]:
        return candidate[:-1]
    return candidate


_ABBREVIATION_LETTERS = 3  # "Inc.", "Gov.", "Col.": a word this short before its stop may be one


def _choice(candidate: str, context: _Context, picked: _Picked) -> _Choice | None:
    """The keyword a candidate stands for, in the article's spelling, if it is one and fits
    beside those kept so far; None otherwise. (One check after another, each with its why.)"""
    document = context.document
    stop_words = picked.stop_words
    candidate = glued_name(_without_full_stop(candidate.strip(_QUOTE_MARKS)))  # "Kaal’"
    key = canonical_key(candidate)
    if not usable(candidate, key, stop_words) or joins_two_names(candidate.split(), document):
        return None
    if " " in key and cut_expansion(key, context.acronyms_cut):
        return None
    whole = context.particle_names.whole(candidate)
    if whole is not None:  # "Berg", "van der", "pressed van" of "Margot van der Berg"
        if not whole:
            return None
        candidate, key = whole, canonical_key(whole)
    key = _without_place(candidate, _without_title(candidate, key), document)
    key = _named(candidate, key, document)
    key = context.aliases.get(key, key)
    choice = _town(candidate, key, picked) or picked.fits(key)
    if choice is None or _said_in_passing(choice) or _runs_on(choice, document):
        return None
    if describes(choice.form, choice.occurrences, document):
        return None
    if is_cut_piece(choice.form, choice.occurrences, document):
        return None  # "Sept" of "Sept. 12", "tourist hub" of "the tourist hub Marrakech"
    if is_unit(choice.form, choice.occurrences, document):
        return None  # "mph" of "120 mph"
    if is_state_abbreviation(choice.form, choice.occurrences, document):
        return None  # "Calif." of "Fresno, Calif."
    if is_furniture(choice.form, choice.occurrences, document):
        picked.block(choice.key)  # no piece of it after: "Journal" of "Wall Street Journal"
        return None  # "Happened" of "What Happened:", "UPI" of "Al Drago/UPI"
    whole = whole_name(choice.form, choice.occurrences, document)
    if whole is not None:  # "State Department" of "State Department of Corrections"
        choice = picked.fits(canonical_key(whole)) if whole else None
        if choice is None:
            return None
    if piece_of_candidate(choice.form, choice.occurrences, document, context.offered):
        return None
    whole = with_adverb(choice.form, choice.occurrences, document)
    if whole:  # "operated vehicles": what the prose names is "remotely operated vehicles"
        choice = picked.fits(canonical_key(whole))
        if choice is None:
            return None
        if choice.form.casefold() == whole:  # not "Remotely", which opens a sentence
            choice = choice._replace(form=whole)
    if acts_on_object(choice.form, choice.occurrences, document):
        return None  # "faced" of "faced a deadline", "visited museum" of "who visited museum"
    if _form_of_address(choice, document):
        return None
    whole = _of_name(choice, document)
    if whole is not None:  # a piece of a name with "of" inside: that name, if one
        choice = picked.fits(canonical_key(whole)) if whole else None
        if choice is None:
            return None
    head = _head_after(choice, document)
    if head:  # "Royal Air" of "Royal Air force": the name with its head
        choice = picked.fits(canonical_key(f"{choice.form} {head}"))
        if choice is None:
            return None
    before = _name_before(choice, document, context.offered)
    if before is not None:  # the end of a longer name: that name, if the prose has one
        choice = picked.fits(canonical_key(f"{before} {choice.form}")) if before else None
        if choice is None:
            return None
        if is_source(choice.form, choice.occurrences, document):
            picked.block(choice.key)  # "Press" of "according to the Associated Press"
            return None
    if is_agency_credit(choice.form, choice.occurrences, document):
        picked.block(choice.key)  # no piece of it after: "Presse" of "Agence France-Presse"
        return None  # "AFP", "an AFP journalist": whose report, not what about
    return choice


def _town(candidate: str, key: str, picked: _Picked) -> _Choice | None:
    """The town alone of a candidate that runs a US state on after it ("Lakeview" of
    "Lakeview Ohio"), where the prose has it so and it fits; None for any other candidate."""
    town = without_state(candidate) if key == canonical_key(candidate) else None
    if town is None:
        return None
    occurrences = picked.document.occurrences(key, picked.stop_words)
    choice = picked.fits(canonical_key(town), occurrences)
    return choice._replace(form=town) if choice else None


class _Choice(NamedTuple):
    """A candidate that fits: its canonical key, its spelling, and where the prose uses it."""

    key: str
    form: str
    occurrences: list[Occurrence]


class _Picked:
    """The keywords kept so far, with their words and where the prose uses them."""

    def __init__(self, document: Document, stop_words: frozenset[str]) -> None:
        self.kept: list[str] = []
        self.document = document
        self.stop_words = stop_words
        self._words: list[set[str]] = []
        self._keys: list[str] = []
        self._taken: dict[int, list[Occurrence]] = {}  # by prose line

    def fits(self, key: str, occurrences: list[Occurrence] | None = None) -> _Choice | None:
        """The candidate with this canonical key (and these occurrences, where they are
        known already), if it overlaps no keyword kept so far.

        Besides sharing words, a candidate overlaps a kept keyword when it only ever occurs
        running into it: "center sales" in "data center sales" once "data center" is kept;
        and when both are kinds of one thing that the prose also names with both kinds' words
        ("strategic partnership" and "comprehensive partnership" beside "comprehensive
        strategic partnership").
        """
        words = word_roots(key)
        if any(_overlap(words, other) for other in self._words):
            return None
        if key.count(" ") == 1 and any(self._same_kind(key, other) for other in self._keys):
            return None  # (only keys of two words are kinds of one thing)
        if any(initials_of(key, other) for other in self._keys):
            # "FDIC" beside "Federal Deposit Insurance": its words stay taken, so that no
            # piece of it ("Deposit Insurance") comes after.
            self._words.append(words)
            return None
        if occurrences is None:
            occurrences = self.document.occurrences(key, self.stop_words)
        taken = self._taken
        free = [
            found
            for found in occurrences
            if found.line not in taken or not any(map(found.meets, taken[found.line]))
        ]
        return _Choice(key, display_form(free), occurrences) if free else None

    def keep(self, choice: _Choice) -> None:
        """Add a candidate that fits."""
        self.kept.append(choice.form)
        self._keys.append(choice.key)
        self._words.append(word_roots(choice.key))
        for found in choice.occurrences:
            self._taken.setdefault(found.line, []).append(found)

    def block(self, key: str) -> None:
        """Keep out every candidate that overlaps a name of several words dropped, or holds
        its last word: no piece of an outlet cited as a source comes after ("Journal" of "the
        Wall Street Journal", "Post yesterday" of "told The Post yesterday")."""
        if " " in key:
            self._words.extend((word_roots(key), word_roots(key.rpartition(" ")[2])))

    def _same_kind(self, key: str, other: str) -> bool:
        """Whether two keywords of two words share their last ("strategic partnership",
        "comprehensive partnership") and the prose puts both first words before it."""
        first, _, head = key.partition(" ")
        other_first, _, other_head = other.partition(" ")
        if head != other_head or " " in head or not head or first == other_first:
            return False
        return any(
            self.document.occurrences(f"{one} {two} {head}", self.stop_words)
            for one, two in ((first, other_first), (other_first, first))
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
    titles = [i for i in range(start, len(words) - 1) if _is_title(words[i])]
    start = titles[-1] + 1 if titles else start
    return canonical_key(" ".join(words[start:])) if 0 < start < len(words) else key


def _is_title(word: str) -> bool:
    """Whether a word is a title, in full or shortened with its full stop ("Sen.")."""
    return fold(word).rstrip(".") in TITLES_AND_ROLES or is_abbreviated_title(word)


def _without_place(candidate: str, key: str, document: Document) -> str:
    """The canonical key of the person's name a candidate ends in after a place: "Neil
    Wigan" of "Kenya Neil Wigan" (from "High Commissioner to Kenya Neil Wigan"), "Ana Ruiz"
    of "Leeds Ana Ruiz" where the prose always has a title and "of" before it ("Mayor of
    Leeds Ana Ruiz", "Envoy for Climate John Kerry": the place or field belongs to the title).
    Any other candidate keeps its key."""
    words = candidate.split()
    if key != canonical_key(candidate):  # a title taken off already
        return key
    for size in (1, 2):
        rest = words[size:]
        if is_person_name(rest) and is_place(tuple(words[:size])):
            return canonical_key(" ".join(rest))
        if is_titled_name(rest) and _after_title_of(key, document):
            return canonical_key(" ".join(rest))
    return key


def _after_title_of(key: str, document: Document) -> bool:
    """Whether the prose writes the phrase with this key only after a title and "of", "for"
    or "to"."""
    found = document.occurrences(key, stop_words())
    for occurrence in found:
        title = TITLE_OF.search(document.prose[occurrence.line], 0, occurrence.start)
        if title is None or title.group(1).casefold() not in HONORIFICS:
            return False
    return bool(found)


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
        full = is_name_part(candidate) and document.full_name(candidate)
        if full and full.split()[-1].casefold() not in stop_words():  # not "Google Inc"
            return canonical_key(full)
        return key
    for at, word in enumerate(words[:-1]):
        owner = APOSTROPHE.sub("'", word)
        if owner.endswith("s'") or owner.endswith("'s") and is_place((owner[:-2],)):
            rest = words[at + 1 :]
            return canonical_key(" ".join(rest)) if _is_person(rest) else key
    if (
        _is_person(words[1:])
        and PLURAL.search(words[0])
        and document.writes_lowercase(words[0])
        and not any(found.mid_sentence for found in document.occurrences(key, stop_words()))
    ):
        return canonical_key(" ".join(words[1:]))
    return key


def _is_person(words: list[str]) -> bool:
    """Whether words are shaped as a person's full name: "Mel Stride", "Barry Wilmore"."""
    return 2 <= len(words) <= 3 and all(map(is_name_part, words))


def _said_in_passing(choice: _Choice) -> bool:
    """Whether a phrase of three words or more, not a name, is used only once: mostly a piece
    of one sentence ("main stars spending", "sixth career title"); or two lowercase words
    used once after a count, a side, a comparison or a verb in "-ing" ("multiple rounds",
    "left hand", "broader effort", "delivering progress"). A lowercase phrase ending in a
    body's noun names that body ("intensive care unit"), once or not."""
    words = choice.form.split()
    if len(choice.occurrences) != 1:
        return False
    if len(words) == 2 and choice.form.islower():  # "multiple rounds", "delivering progress"
        first = words[0]
        return first in _COUNTS_AND_SIDES or first in COMPARATIVES or first.endswith("ing")
    if len(words) >= 3 and choice.form.islower() and is_institution_head(words[-1]):
        return False  # "intensive care unit", "state health department": a body's whole name
    return len(words) >= 3 and not all(word[:1].isupper() for word in inside_name(words))


# Possessives before a form of address: "Their Majesties", "His Holiness".
_ADDRESS_OPENERS = frozenset({"his", "her", "their", "your"})


def _form_of_address(choice: _Choice, document: Document) -> bool:
    """Whether a capitalised word is one the prose only uses after "His", "Their" and the
    like: a way to address someone ("Their Majesties"), which names no one in particular."""
    return (
        choice.form[:1].isupper()
        and " " not in choice.form
        and all(document.word_before(found) in _ADDRESS_OPENERS for found in choice.occurrences)
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
    """Whether a candidate ending in a lowercase word is a piece of a longer phrase: the
    prose never uses it without a word after it ("lunar" of "lunar orbit", "national space"
    of "national space agency", "Commonwealth war" of "Commonwealth war graves").

    After a capitalised word, a plural ends the phrase: it is the subject of a verb the
    verb list lacks ("British retailers pay"), as a noun that modifies another is singular.
    """
    last = choice.form.split()[-1]
    if not last.islower() or not choice.form.islower() and PLURAL.search(last):
        return False
    return all(document.runs_on(found, stop_words()) for found in choice.occurrences)


def _head_after(choice: _Choice, document: Document) -> str | None:
    """The lowercase word that ends a capitalised name wherever the prose writes it: an
    organisation's head noun, which some outlets leave in lowercase ("force" of "Royal Air
    force", "department" of "State Department"). None where the prose writes the name
    without it, or it is one word ("Labour" of "Labour party" is a name of its own)."""
    words = choice.form.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    after = {document.word_after(found) for found in choice.occurrences}
    head = after.pop() if len(after) == 1 else ""
    return head if is_institution_head(head) else None


def _of_name(choice: _Choice, document: Document) -> str | None:
    """The name with "of" or "of the" inside that one capitalised word is a piece of wherever
    the prose uses it ("Order of the Nile" for "Nile" or "Order"); "" if a piece of such
    names each time but not always the same one's; None if the prose also uses it on its own
    (or it is no such word)."""
    if " " in choice.form or not choice.form[:1].isupper():
        return None
    names = set()
    for found in choice.occurrences:
        name = document.of_name(found)
        if name is None:
            return None
        names.add(name)
    return names.pop() if len(names) == 1 else ""


def _name_before(choice: _Choice, document: Document, offered: Set[str]) -> str | None:
    """The word that starts a longer name wherever the prose writes this one ("St." of "St.
    Pete Beach", "New" of "New Jersey Devils"); "" if it is a longer name's end each time but
    not always the same one's; None if the prose also uses it on its own. A title before a
    name ("Dr. Jane Ko", "First Lady Ana Moreno") is no part of it. A noun of land or water
    after "the" stands for the one longer name YAKE offers that the prose ends with it ("the
    Peninsula" of "the Venmark Peninsula")."""
    if not choice.form[:1].isupper():
        return None
    words = set()
    head = " " not in choice.form and is_place_head(choice.form)
    for found in choice.occurrences:
        line = document.prose[found.line]
        if head and document.word_before(found) == "the":
            continue  # "the Peninsula" beside "the Florida Peninsula": that name's short form
        before = _NAME_BEFORE.search(line, 0, found.start)
        if before is None:
            return None
        word = before.group("word")
        if word.casefold() in stop_words() and not opens_name(word, choice.form):
            return None  # "By John Johnson": a credit's "By", no name's start ("The Hague" is)
        if titles_name(word):
            if not _names_no_one(choice.form):
                return None  # "President Biden": the title is no part of the name
        elif (
            word.casefold() not in ORDINALS
            and not word.endswith(".")  # "St. Pete Beach" opening a dateline
            and _SENTENCE_OPENS.search(line, 0, before.start())
        ):
            return None  # "Yesterday Biden said": a capital that opens a sentence
        elif place_before_name(line, before, choice.form.split(), is_titled_name):
            return None  # "to Kenya Neil Wigan": a place before a person's name
        words.add(before.group("word"))
    if not words and head:  # "the Peninsula": "Florida Peninsula", where YAKE offers it
        words = {
            word
            for word in _names_ending_in(choice.form, document)
            if canonical_key(f"{word} {choice.form}") in offered
        }
    return words.pop() if len(words) == 1 else None if not words else ""


def _names_ending_in(word: str, document: Document) -> set[str]:
    """The capitalised words that the prose writes right before a word: {"Florida"} of
    "Florida Peninsula"."""
    before = re.compile(rf"(?<![\w.])([A-Z][\w'’-]*) {re.escape(word)}(?![\w-])")
    return {
        match.group(1)
        for line in document.prose
        if word in line
        for match in before.finditer(line)
        if match.group(1).casefold() not in stop_words()
    }


def _names_no_one(form: str) -> bool:
    """Whether one capitalised word after a title is no person's name, so that the title
    starts an organisation's: "Electric", "Assembly", "Atomics" of "General Electric",
    "General Assembly", "General Atomics"; not "Biden" of "President Biden"."""
    word = form.casefold()
    return (
        " " not in word
        and form[1:].islower()
        and (
            common_word_rank(word) is not None
            or common_word_rank(PLURAL.sub(to_singular, word)) is not None
            or _ORGANISATION_ENDING.search(word) is not None
        )
    )


# A capitalised word right before a name, as a longer name's first part ("St. ", "New "); not
# an owner ("Greens’ "), nor a list's "and" ("Ashton Kutcher and Justin Bieber").
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"“”]\s*)$")
# How words that name a field or a thing end, never a person's: "Atomics", "Dynamics".
_ORGANISATION_ENDING = re.compile(r"(?:ics|tions?|ments?)$")
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-Z][a-z]{0,2}\.|[A-Z][\w-]*[^\W_]) $")


def _is_common_word(choice: _Choice) -> bool:
    """Whether a keyword is one common word: lowercase ("percent", "people", "visit"), or
    capitalised only where it opens a sentence ("Watch", see opens_only).

    The list holds names too, lowercased ("china", "john"): the article's casing tells them
    apart."""
    form = choice.form
    if " " in form or common_word_rank(choice.key) is None:
        return False
    return form.islower() or opens_only(choice.key, form, choice.occurrences)


def _is_topical(choice: _Choice, document: Document) -> bool:
    """Whether the article uses a common word so much more than English does that it is what
    the article is about: "wine" in a story about wine sold in plastic bottles.

    Adjectives, adverbs and participles ("regional", "highly", "arrested") never are; the
    test is their endings, so a few nouns ("plastic", "music") are taken for them. Nor is a
    word that names no thing where the prose uses it ("step" of "step down", "safe" of
    "deposits are safe": see keyword_verbs).
    """
    rank = common_word_rank(choice.key)
    if rank is None or _MODIFIER_ENDING.search(choice.key):
        return False
    if names_no_thing(choice.form, choice.occurrences, document):
        return False  # "makes", "step" of "step down", "safe" of "are safe", "miles"
    # By Zipf's law the word of rank r makes about 0.1/r of English text.
    expected = 0.1 / rank * document.length
    return len(choice.occurrences) >= _TOPICAL_RATIO * expected


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
