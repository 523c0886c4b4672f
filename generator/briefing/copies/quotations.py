"""Quotation checks: each of a rewrite's quotations looked up in its original(s), verbatim,
reworded, cut off where the original stops, missing, or unchecked.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence

from generator.briefing.copies.model import SHINGLE
from generator.models import QuoteCheck

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
REWORDED = 0.6  # of a quotation's words found in order in the original: the same quotation


def check_quotes(
    rewrite: str, quotes: Sequence[str], originals: Sequence[tuple[str, str]]
) -> tuple[QuoteCheck, ...]:
    """Check each of a rewrite's quotations against its original(s), given as (id, text)."""
    read = [_read(name, text) for name, text in originals]
    reach = _Reach(rewrite)
    return tuple(_check(rewrite, quote, read, reach) for quote in quotes)


class _Original:
    """An original as every quotation is looked up in it, read once for them all: its plain
    text, its words, a matcher holding them (indexing an original's words was most of the cost
    of a check, made again for each quotation) and its 5-grams."""

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text
        self.plain = _plain(text)
        self.tokens = list(_TOKEN.finditer(text))
        self.words = [match.group().casefold() for match in self.tokens]
        self.matcher = difflib.SequenceMatcher(None, autojunk=False)
        self.matcher.set_seq2(self.words)
        self.vocabulary = frozenset(self.words)
        theirs = _TOKEN.findall(text.casefold())
        self.shingles = {tuple(theirs[i : i + SHINGLE]) for i in range(len(theirs) - SHINGLE + 1)}


# The originals last read: the copies of one report are checked against the same few (the
# copy naming the origin, those reaching furthest), and reading one again for each of fifty
# copies was half of their checks. Builds run one at a time, so the matcher is never shared.
@functools.lru_cache(maxsize=32)
def _read(name: str, text: str) -> _Original:
    return _Original(name, text)


class _Reach:
    """How far each original reaches into one rewrite (the end of the last of the rewrite's
    5-grams it shares; -1 when none), worked out the first time a quotation asks."""

    def __init__(self, rewrite: str) -> None:
        self.rewrite = rewrite
        self.ends: dict[str, int] = {}
        self.tokens: list[re.Match[str]] | None = None

    def of(self, original: _Original) -> int:
        if original.name not in self.ends:
            if self.tokens is None:
                self.tokens = list(_TOKEN.finditer(self.rewrite))
            self.ends[original.name] = _last_shared(self.tokens, original.shingles)
        return self.ends[original.name]


def _plain(text: str) -> str:
    text = re.sub(r"[‘’`´]", "'", re.sub(r"[“”„]", '"', text))
    return re.sub(r"\s+", " ", text).strip().casefold()


_ORDER = {"verbatim": 0, "reworded": 1, "missing": 2, "unchecked": 3}


def _check(rewrite: str, quote: str, originals: list[_Original], reach: _Reach) -> QuoteCheck:
    checks = [_check_one(rewrite, quote, original, reach) for original in originals]
    if not checks:
        return QuoteCheck(quote, "unchecked")
    return min(checks, key=lambda check: (_ORDER[check.status], check.source))


def _check_one(rewrite: str, quote: str, original: _Original, reach: _Reach) -> QuoteCheck:
    plain, whole, name, text = _plain(quote), original.plain, original.name, original.text
    if plain in whole:
        return QuoteCheck(quote, "verbatim", name, quote)
    held = _held_until_end(plain, whole)
    if held:  # the excerpt stops inside the quotation, after the same words
        return QuoteCheck(quote, "verbatim", name, text.rstrip()[-held:], cut=True)
    words = [match.group().casefold() for match in _TOKEN.finditer(quote)]
    found = _closest(words, original)
    if found is not None:
        start, stop, differences = found
        tokens = original.tokens
        passage = text[tokens[start].start() : tokens[stop - 1].end()]
        status = "reworded" if differences else "verbatim"  # else only punctuation differs
        return QuoteCheck(quote, status, name, passage, differences)
    covered = reach.of(original)
    place = rewrite.find(quote)
    if place > covered and len(text) < len(rewrite):
        return QuoteCheck(quote, "unchecked", name)
    return QuoteCheck(quote, "missing", name)


def _held_until_end(plain: str, whole: str, least: int = 20) -> int:
    """How many characters of the quotation's start close the original, which stops there
    (0 when fewer than `least`): "... at a time when trilate" ends an excerpt."""
    for size in range(len(plain) - 1, least - 1, -1):
        if whole.endswith(plain[:size]):
            return size
    return 0


def _closest(
    words: list[str], read: _Original
) -> tuple[int, int, tuple[tuple[str, str], ...]] | None:
    """The stretch of the original that holds most of the quotation's words in order (the
    tightest of equals), if it holds REWORDED of them: its tokens and the words that differ."""
    if not words:
        return None
    if sum(word in read.vocabulary for word in words) < REWORDED * len(words):
        return None  # no stretch can hold enough of them: spares difflib most quotations
    original, tokens, matcher = read.words, read.tokens, read.matcher
    matcher.set_seq1(words)
    best: tuple[int, int, int, list] | None = None
    for block in matcher.get_matching_blocks():
        if not block.size:
            continue
        start = max(0, block.b - block.a)
        stop = min(len(original), start + len(words) + len(words) // 2 + 2)
        window = difflib.SequenceMatcher(None, words, original[start:stop], autojunk=False)
        codes = _trimmed(window.get_opcodes())
        matched = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
        spread = codes[-1][4] - codes[0][3] if codes else 0
        if best is None or (matched, -spread) > (best[0], -best[1]):
            best = (matched, spread, start, codes)
    if best is None or best[0] < REWORDED * len(words):
        return None
    _, _, start, codes = best
    differences = tuple(
        (" ".join(words[i1:i2]), " ".join(m.group() for m in tokens[start + j1 : start + j2]))
        for tag, i1, i2, j1, j2 in codes
        if tag != "equal"
    )
    return start + codes[0][3], start + codes[-1][4], differences


def _trimmed(codes: list) -> list:
    """Opcodes without the original's words before and after the quotation."""
    while codes and codes[0][0] == "insert":
        codes = codes[1:]
    while codes and codes[-1][0] == "insert":
        codes = codes[:-1]
    return codes


def _last_shared(tokens: list[re.Match[str]], shared: set[tuple[str, ...]]) -> int:
    """The end of the last of a text's 5-grams (its word `tokens`) among `shared`, -1 if none."""
    words = [match.group().casefold() for match in tokens]
    for i in range(len(words) - SHINGLE, -1, -1):
        if tuple(words[i : i + SHINGLE]) in shared:
            return tokens[i + SHINGLE - 1].end()
    return -1
