"""Quotation checks: each of a rewrite's quotations looked up in its original(s), verbatim,
reworded, cut off where the original stops, missing, or unchecked.

A quotation is compared with the stretch of the original aligned with its place: the words
between the last 5-gram the two texts share before it and the first they share after it. Two
edits of one wire report differ in places (one cut a paragraph, one kept another), and a
quotation where the other copy stops, or has other words, is not known to be missing from the
report: it could not be checked. Only against an original the rewrite names is a quotation in
place of other words missing; everywhere, one the rewrite adds where the original goes straight
on is. The stretch only chooses among the places a quotation's words are found: a paragraph
moved with its quotation reworded a little is found elsewhere, and never missing.
"""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from itertools import compress
from typing import NamedTuple

from generator.briefing.copies.alignment import matching_blocks, opcodes
from generator.briefing.copies.model import SHINGLE
from generator.models import QuoteCheck

_TOKEN = re.compile(r"\w+(?:['’ʼ`´]\w+)*")
# A word as quotations are compared: its case and its apostrophe's style are a site's typing,
# not a word the rewrite changed ("we're" is "We’re").
_APOSTROPHES = str.maketrans("’ʼ`´", "''''")
REWORDED = 0.6  # of a quotation's words found in order in the original: the same quotation
# ... and found away from its place (a paragraph moved), where a few words in common may be
# another sentence's ("we are not about that" for "we are not about the town").
CLOSE = 0.8
# Words of its own an original has where a quotation stands, at fewest, for it to have been
# edited otherwise there (fewer: it goes straight on, or stops, as "Ms. Ortega, 61," did not).
OTHER_WORDS = 3
_SHOWN_WORDS = 12  # of the other words a copy has in a quotation's place, kept to show


def check_quotes(
    rewrite: str,
    quotes: Sequence[str],
    originals: Sequence[tuple[str, str]],
    named: Collection[str] = (),
) -> tuple[QuoteCheck, ...]:
    """Check each of a rewrite's quotations against its original(s), given as (id, text);
    `named` are those the rewrite names as its original (the others are copies of its report)."""
    read = [_read(name, text) for name, text in originals]
    aligned = _Aligned(rewrite)
    return tuple(_check(quote, read, aligned, frozenset(named)) for quote in quotes)


class _Original:
    """An original as every quotation is looked up in it, read once for them all: its plain
    text, its words, a matcher holding them (indexing an original's words was most of the cost
    of a check, made again for each quotation) and its 5-grams."""

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text
        self.plain = _plain(text)
        self.tokens = list(_TOKEN.finditer(text))
        self.words = _words(text)
        self.spaced = f" {' '.join(self.words)} "  # to find a run of words in, whole
        self.matcher = difflib.SequenceMatcher(None, autojunk=False)
        self.matcher.set_seq2(self.words)
        self.vocabulary = frozenset(self.words)
        # Where each of its 5-grams starts, in order: a quotation's place in a rewrite maps
        # to a stretch of the original through the 5-grams both share.
        self.places: dict[str, list[int]] = {}
        for i, gram in enumerate(_grams(self.words)):
            self.places.setdefault(gram, []).append(i)
        # Each quotation looked up here, by its words: the copies of one report carry the same
        # quotations and are checked against the same originals (a third as many differ).
        self.quoted: dict[tuple[str, ...], _Quoted] = {}

    def looked_up(self, words: list[str]) -> _Quoted:
        """The quotation's words as they are looked up in this original."""
        key = tuple(words)
        if key not in self.quoted:
            self.quoted[key] = _Quoted(words, self)
        return self.quoted[key]


# The originals last read: the copies of one report are checked against the same few (the
# copy naming the origin, those reaching furthest), and reading one again for each of fifty
# copies was half of their checks. Builds run one at a time, so the matcher is never shared.
@functools.lru_cache(maxsize=32)
def _read(name: str, text: str) -> _Original:
    return _Original(name, text)


class _Aligned:
    """One rewrite's words, and where each original shares its 5-grams (the places of the
    rewrite's 5-grams it holds, in order), worked out the first time a quotation asks."""

    def __init__(self, rewrite: str) -> None:
        self.rewrite = rewrite
        self.shared: dict[str, list[int]] = {}
        self._read = False
        self._words: list[str] = []
        self._grams: list[str] = []  # the 5-gram starting at each word
        self._starts: list[int] = []  # each word's first and last character, for bisect
        self._ends: list[int] = []

    def _read_words(self) -> None:
        if not self._read:
            tokens = list(_TOKEN.finditer(self.rewrite))
            self._words = _words(self.rewrite)
            self._grams = _grams(self._words)
            self._starts = list(map(re.Match.start, tokens))
            self._ends = list(map(re.Match.end, tokens))
            self._read = True

    def stretch(self, quote: str, original: _Original) -> _Stretch | None:
        """The stretch of `original` aligned with the quotation's place in the rewrite, or
        None where the rewrite does not hold the quotation as it is written."""
        place = self.rewrite.find(quote)
        if place < 0:
            return None
        self._read_words()
        first = bisect_left(self._starts, place)
        last = bisect_right(self._ends, place + len(quote))
        shared = self._shared(original)
        before = bisect_right(shared, first - SHINGLE) - 1  # the last ending before it
        after = bisect_left(shared, max(last, first))  # the first starting after it
        start = self._place(original, shared[before]) + SHINGLE if before >= 0 else 0
        ours = first - (shared[before] + SHINGLE if before >= 0 else 0)  # words up to it
        if after < len(shared):
            stop = self._place(original, shared[after], start)
            if stop < 0:  # the texts run in another order here: no stretch to compare
                return None
            return _Stretch(start, max(start, stop), ours, ends=False)
        return _Stretch(start, len(original.words), ours, ends=True)

    def _shared(self, original: _Original) -> list[int]:
        if original.name not in self.shared:
            self._read_words()
            # (Looked up in C, map and compress: a loop in Python over every 5-gram of every
            # rewrite, for each of its originals, was a third of the checks' own time.)
            held = map(original.places.__contains__, self._grams)
            self.shared[original.name] = list(compress(range(len(self._grams)), held))
        return self.shared[original.name]

    def _place(self, original: _Original, at: int, least: int = 0) -> int:
        """Where the rewrite's 5-gram at `at` is in the original, at `least` or after (-1)."""
        places = original.places[self._grams[at]]
        later = bisect_left(places, least)
        return places[later] if later < len(places) else -1


class _Stretch:
    """Word places [start, stop) of an original aligned with a quotation, and how many words
    the rewrite has from the same 5-gram up to the quotation (`ours`); `ends` when no 5-gram
    after the quotation is shared: the original may stop before it."""

    __slots__ = ("start", "stop", "ours", "ends")

    def __init__(self, start: int, stop: int, ours: int, ends: bool) -> None:
        self.start, self.stop, self.ours, self.ends = start, stop, ours, ends

    def stops_before(self) -> bool:
        """Whether the original ends before the quotation's place: after the last 5-gram both
        share, it has fewer words left than the rewrite has before the quotation (a rewrite
        that rewords its last paragraphs shares none of their 5-grams)."""
        return self.ends and self.stop - self.start <= max(self.ours, OTHER_WORDS - 1)

    def holds(self, start: int, stop: int, margin: int) -> bool:
        """Whether words [start, stop) of the original lie in the stretch, give or take."""
        return start >= self.start - margin and stop <= self.stop + margin


def _words(text: str) -> list[str]:
    """The text's words as quotations are compared, one for each _TOKEN match. Folded in one
    piece (no folded word holds a space): a call for each of a briefing's half a million words
    was a tenth of its checks."""
    found = _TOKEN.findall(text)
    return " ".join(found).casefold().translate(_APOSTROPHES).split(" ") if found else []


def _grams(words: list[str]) -> list[str]:
    """The SHINGLE words starting at each word that has as many after it, in order, each
    joined by spaces (no word holds one): a string keeps its hash, and looking a rewrite's
    5-grams up in each original as tuples, hashed again each time, was a third of its checks."""
    return list(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)), strict=False)))


# Curly quotation marks and apostrophes as straight ones: a site's typing, not its words.
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'", "´": "'"})


def _plain(text: str) -> str:
    """The text with straight marks, each run of spaces one space, in lower case. (str.split
    breaks at the characters \\s matches.)"""
    return " ".join(text.translate(_STRAIGHT).split()).casefold()


_ORDER = {"verbatim": 0, "reworded": 1, "missing": 2, "unchecked": 3}


def _check(
    quote: str, originals: list[_Original], aligned: _Aligned, named: frozenset[str]
) -> QuoteCheck:
    """The best verdict of the quotation's checks against each original; of equal verdicts,
    the original the rewrite names is the one a page names (the other copies of its report
    only stand in for it where they reach further), then the first by id. Looked up in that
    order, the first original holding it verbatim settles it, and once one holds it reworded
    (or misses it) only an original that may hold it verbatim (or at all) can do better: a
    wire quotation is in the first copy it is looked up in, and checking it in four more was
    most of the cost."""
    checks: list[QuoteCheck] = []
    said = _Said(quote, _plain(quote), _words(quote))  # the same for every original
    for original in sorted(
        originals, key=lambda original: (original.name not in named, original.name)
    ):
        best = checks[0].status if checks else ""
        if best in ("reworded", "missing") and not _may_hold(said, original, best):
            continue
        check = _check_one(said, original, aligned, original.name in named)
        if check.status == "verbatim":
            return check
        checks.append(check)
        checks.sort(key=lambda check: _ORDER[check.status])  # the best first, else in order
    if not checks:
        return QuoteCheck(quote, "unchecked")
    return min(
        checks, key=lambda check: (_ORDER[check.status], check.source not in named, check.source)
    )


class _Said(NamedTuple):
    """A quotation as it is looked up: as written, _plain, and its _words."""

    text: str
    plain: str
    words: list[str]


def _may_hold(said: _Said, original: _Original, better_than: str) -> bool:
    """Whether _check_one may find the quotation in the original with a better verdict than
    `better_than` ("reworded" or "missing"): verbatim as written, cut off where the original
    ends, or as a run of its words (punctuation aside); reworded only if the original has
    REWORDED of its words (as _closest asks)."""
    plain, words = said.plain, said.words
    if plain in original.plain or _held_until_end(plain, original.plain):
        return True
    if f" {' '.join(words)} " in original.spaced:
        return True
    if better_than != "missing" or not words:
        return False
    return sum(map(original.vocabulary.__contains__, words)) >= REWORDED * len(words)


def _check_one(said: _Said, original: _Original, aligned: _Aligned, named: bool) -> QuoteCheck:
    quote, plain, words = said
    whole, name, text = original.plain, original.name, original.text
    if plain in whole:
        return QuoteCheck(quote, "verbatim", name, quote)
    held = _held_until_end(plain, whole)
    if held:  # the excerpt stops inside the quotation, after the same words
        return QuoteCheck(quote, "verbatim", name, text.rstrip()[-held:], cut=True)
    stretch = aligned.stretch(quote, original)
    found = _closest(words, original, stretch)
    if found is not None:
        start, stop, differences = found
        tokens = original.tokens
        passage = text[tokens[start].start() : tokens[stop - 1].end()]
        status = "reworded" if differences else "verbatim"  # else only punctuation differs
        return QuoteCheck(quote, status, name, passage, differences)
    if stretch is None:
        return QuoteCheck(quote, "missing", name)
    return _not_found(quote, original, stretch, named)


def _not_found(quote: str, original: _Original, stretch: _Stretch, named: bool) -> QuoteCheck:
    """A quotation the original does not hold: unchecked where the original stops before its
    place; missing where the original goes straight on past it (the rewrite added it), or has
    other words there and is the original the rewrite names; else unchecked, another copy
    edited otherwise there (its words there kept as `original`, to show)."""
    other = stretch.stop - stretch.start
    if stretch.stops_before():
        return QuoteCheck(quote, "unchecked", original.name)
    if other < OTHER_WORDS or named:
        return QuoteCheck(quote, "missing", original.name)
    tokens = original.tokens[stretch.start : stretch.stop]
    shown = original.text[tokens[0].start() : tokens[min(len(tokens), _SHOWN_WORDS) - 1].end()]
    return QuoteCheck(
        quote, "unchecked", original.name, shown + ("…" if other > _SHOWN_WORDS else "")
    )


def _held_until_end(plain: str, whole: str, least: int = 20) -> int:
    """How many characters of the quotation's start close the original, which stops there
    (0 when fewer than `least`): "... at a time when trilate" ends an excerpt. Only where the
    original's last characters hold its first `least` can it end on more: trying every size
    at every quotation was a tenth of a briefing's checks."""
    opening = plain[:least]
    if len(opening) < least:
        return 0
    place = max(0, len(whole) - len(plain) + 1)  # the longest size is len(plain) - 1
    while (place := whole.find(opening, place, len(whole))) >= 0:
        size = len(whole) - place  # the largest sizes first, as places go right
        if size < least:
            return 0
        if whole.endswith(plain[:size]):
            return size
        place += 1
    return 0


class _Match(NamedTuple):
    """A stretch of the original holding `matched` of a quotation's words in order, over
    `spread` of its own words from `start`; `codes` the opcodes from the quotation to it."""

    matched: int
    spread: int
    start: int
    codes: list

    @property
    def first(self) -> int:
        return self.start + self.codes[0][3]

    @property
    def stop(self) -> int:
        return self.start + self.codes[-1][4]


def _closest(
    words: list[str], read: _Original, stretch: _Stretch | None
) -> tuple[int, int, tuple[tuple[str, str], ...]] | None:
    """The stretch of the original that holds most of the quotation's words in order (the
    tightest of equals), if it holds REWORDED of them: its tokens and the words that differ.
    The aligned stretch only chooses: a match in it comes first; one elsewhere counts if it
    holds CLOSE of the words (a moved paragraph), not a few shared with another sentence."""
    if not words or sum(map(read.vocabulary.__contains__, words)) < REWORDED * len(words):
        return None  # no stretch can hold enough of them: spares difflib most quotations
    matches = [
        match for match in _matches(words, read, stretch) if match.matched >= REWORDED * len(words)
    ]
    margin = len(words)
    placed = [m for m in matches if stretch is None or stretch.holds(m.first, m.stop, margin)]
    moved = [match for match in matches if match.matched >= CLOSE * len(words)]
    best = max(placed or moved, key=lambda match: (match.matched, -match.spread), default=None)
    if best is None:
        return None
    differences = tuple(
        (
            " ".join(words[i1:i2]),
            " ".join(m.group() for m in read.tokens[best.start + j1 : best.start + j2]),
        )
        for tag, i1, i2, j1, j2 in best.codes
        if tag != "equal"
    )
    return best.first, best.stop, differences


def _matches(words: list[str], read: _Original, stretch: _Stretch | None) -> list[_Match]:
    """Each window of about the quotation's length, from where a run of its words starts in
    the whole original, then in the aligned stretch (the whole text's one alignment of the
    words may pass over the stretch when the original says them twice), holding mostly its
    words (REWORDED of the window's), among them REWORDED of the quotation's."""
    quoted = read.looked_up(words)
    starts = quoted.whole_starts()
    if stretch is not None:
        low = max(0, stretch.start - len(words))
        starts = starts + quoted.stretch_starts(low, stretch.stop + len(words))
    return [match for start in starts if (match := quoted.window(max(0, start)))]


class _Quoted:
    """A quotation's words as they are looked up in one original: where its runs of words
    start windows, and each window compared once (both alignments often give one start), and
    only if it could hold REWORDED of the quotation's words: difflib on windows that could
    not was most of the cost of a briefing's checks."""

    def __init__(self, words: list[str], original: _Original) -> None:
        self.words, self.original = words, original
        self.quoted = frozenset(words)
        self.least = REWORDED * len(words)
        self._starts: dict[tuple[int, int], list[int]] = {}
        self._windows: dict[int, _Match | None] = {}

    def whole_starts(self) -> list[int]:
        """Where windows start, from difflib's alignment of the words with the whole text."""
        return self.stretch_starts(0, len(self.original.words))

    def stretch_starts(self, low: int, high: int) -> list[int]:
        """Where windows start, from difflib's alignment of the words with words [low, high)."""
        if (low, high) not in self._starts:
            matcher = self.original.matcher
            matcher.set_seq1(self.words)  # nothing to do if it has them
            self._starts[low, high] = _run_starts(matcher, low, min(high, len(matcher.b)))
        return self._starts[low, high]

    def window(self, start: int) -> _Match | None:
        if start not in self._windows:
            self._windows[start] = self._compared(start)
        return self._windows[start]

    def _compared(self, start: int) -> _Match | None:
        words, original = self.words, self.original.words
        stop = min(len(original), start + len(words) + len(words) // 2 + 2)
        # A word matched is the window's and the quotation's both: where either has too few
        # of the other's, no alignment of them matches enough.
        window = original[start:stop]
        if sum(map(self.quoted.__contains__, window)) < self.least:
            return None
        if sum(map(frozenset(window).__contains__, words)) < self.least:
            return None
        return _window(words, self.original, start, stop)


def _run_starts(matcher: difflib.SequenceMatcher, low: int, high: int) -> list[int]:
    """Where the original's words would start, for each of the blocks in which
    SequenceMatcher(None, a, b[low:high], autojunk=False).get_matching_blocks() matches the
    matcher's a and b (its words, indexed once for every stretch: indexing each stretch anew
    was a fifth of a briefing's checks); see alignment.matching_blocks."""
    return [j - i for i, j, _ in matching_blocks(matcher.a, matcher.b2j, low, high)]


def _window(words: list[str], original: _Original, start: int, stop: int) -> _Match | None:
    """The quotation compared with the original's words [start, stop), unless they hold only
    a few of its words among many others (another sentence). The opcodes are difflib's for
    the quotation and those words, found from the original's index (see alignment.py)."""
    blocks = matching_blocks(words, original.matcher.b2j, start, stop)
    shifted = [(i, j - start, size) for i, j, size in blocks]
    codes = _trimmed(opcodes(shifted, len(words), stop - start))
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
    spread = codes[-1][4] - codes[0][3] if codes else 0
    if not matched or matched < REWORDED * spread:
        return None
    return _Match(matched, spread, start, codes)


def _trimmed(codes: list) -> list:
    """Opcodes without the original's words before and after the quotation."""
    while codes and codes[0][0] == "insert":
        codes = codes[1:]
    while codes and codes[-1][0] == "insert":
        codes = codes[:-1]
    return codes
