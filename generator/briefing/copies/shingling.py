"""5-grams in numpy: each text's distinct word 5-grams as a sorted array of 64-bit numbers
(_shingled, made for a batch of texts at once, words numbered by their CRC-32), the arrays of
a call's texts (_Shingles), and a text's words without its quotations (_unquoted).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from generator.briefing.copies.model import SHINGLE

_WORD = re.compile(r"\w+|\x00")  # a word, as _word_numbers finds them
_WORD_CHARACTER = re.compile(r"\w")
_ASCII_WORD = np.array([_WORD_CHARACTER.match(chr(point)) is not None for point in range(128)])
_BATCH = 1 << 20  # characters tokenised at once
_CUT = "\x00"  # stands where a quotation was cut out: no 5-gram spans it
# A quoted passage within a paragraph, in curly or straight marks, double or single ('The visit
# will ...,' the White House said; a mark inside a word or after an "s", "Modi's", "countries'
# shared", is none). Cheaper than the quotation reader (copy detection reads every article of a
# briefing) and enough here: it only keeps quoted words out of the count.
_QUOTED = re.compile(
    r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|‘[^‘’\n]*’(?!\w)"
    r"|'(?<![\w']')(?=\w)[^'\n]*(?:'\w[^'\n]*)*?(?<=\S)'(?!\w)",
    re.MULTILINE,
)
# Four capitalised words or more in a row: people with their offices ("House Speaker Kevin
# McCarthy, Senate Majority Leader Chuck Schumer, ..."), which every report of a happening
# writes alike, as it quotes the same statements.
# (Each pattern opens on the character it needs, its look behind after it: a pattern that opens
# on a look behind is tried at every character of every text, some ten times slower. Its runs
# are possessive, "*+": what follows a run is never a character of it, so giving some back
# never makes a match, and trying to, at each capitalised word, was a third of the time.)
_NAMED = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+(?:,?\s++[A-Z][\w'’.-]*+){3,}")
# Odd multipliers that mix five word numbers into one 64-bit 5-gram number.
_DOC_SHIFT = np.uint64(48)
_LOW = np.uint64((1 << 48) - 1)
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
    ],
    dtype=np.uint64,
)


def _unquoted(text: str) -> str:
    """The text in lower case, each quotation and each run of names and offices replaced by a
    cut: what two reports of one happening share without either copying the other."""
    return _QUOTED.sub(f" {_CUT} ", _NAMED.sub(f" {_CUT} ", text).lower())


class _Shingles:
    """The distinct 5-grams of each text, as sorted 64-bit numbers, an array a text.

    A word is numbered by its CRC-32, the same in every process and whatever the order of the
    articles (Python's hash of a string changes with each process)."""

    def __init__(self, arrays: Sequence[np.ndarray]) -> None:
        self.arrays = arrays  # (a build's own texts read theirs as they are asked for)
        self.counted: dict[tuple[int, int], int] = {}  # shared(a, b), counted ahead

    def of(self, doc: int) -> np.ndarray:
        return self.arrays[doc]

    def size(self, doc: int) -> int:
        return int(self.arrays[doc].size)

    def shared(self, a: int, b: int) -> int:
        """5-grams the two texts share. Each text's are sorted and distinct already: a binary
        search of the longer for each of the shorter's costs no sort (np.intersect1d sorts)."""
        counted = self.counted.get((a, b), self.counted.get((b, a)))
        if counted is not None:
            return counted
        short, long = sorted((self.of(a), self.of(b)), key=len)
        if not short.size:
            return 0
        # (take() clips a place past the end to the last 5-gram: called thousands of times.)
        return int(np.count_nonzero(long.take(long.searchsorted(short), mode="clip") == short))

    def count_shared(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Count the 5-grams each pair of texts shares, for shared() to give, a text's pairs at
        once: its partners' 5-grams searched for in its own (a call for each of the
        thousands of pairs a briefing measures was half of their cost)."""
        partners: dict[int, list[int]] = {}
        for a, b in pairs:
            partners.setdefault(a, []).append(b)
        for a, others in partners.items():
            own = self.of(a)
            arrays = [self.of(b) for b in others]
            values = np.concatenate(arrays)
            if own.size and values.size:
                held = np.cumsum(own.take(own.searchsorted(values), mode="clip") == values)
            else:
                held = np.zeros(values.size, dtype=np.int64)
            ends = np.cumsum([array.size for array in arrays])
            counts = np.diff(np.r_[0, np.r_[0, held][ends]]).tolist()
            self.counted.update(((a, b), count) for b, count in zip(others, counts, strict=True))


def _shingled(texts: Mapping[str, str]) -> dict[str, np.ndarray]:
    """Each text's distinct 5-grams, sorted, by the text's key, made for a batch of texts at
    once (numpy's work on one array beats a call per text). A batch is done before the next
    begins: the arrays of a whole briefing's words at once were most of a cold build's peak of
    memory at 10,000 articles (a 5-gram never spans two texts, so nothing changes)."""
    keys, found = list(texts), {}
    for batch in _batches(list(texts.values())):
        doc, value = _distinct(*_word_numbers(batch))
        start = np.searchsorted(doc, np.arange(len(batch) + 1))
        for number in range(len(batch)):
            found[keys[len(found)]] = value[start[number] : start[number + 1]]
    return found


def _batches(texts: list[str]) -> Iterator[list[str]]:
    """The texts in batches of about _BATCH characters (tokenising takes ~25 bytes of arrays
    a character)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= _BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _word_numbers(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The words of the texts as _WORD finds them, with a cut after each text (no 5-gram spans
    two), each numbered by the CRC-32 of its UTF-8 (1 for a word whose CRC-32 is 0, 0 for a
    cut); and the text each is in. Found and numbered in numpy: a Python step a word (re's
    findall, a dict of numbers) was about half the time copy detection took."""
    joined = _CUT.join(texts) + _CUT
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    data = np.frombuffer(joined.encode("utf-8", "surrogatepass"), dtype=np.uint8)
    wide = np.flatnonzero(points > 127)  # characters of more than one byte
    word = _is_word(points, wide)
    cut = points == 0
    after_word = np.r_[False, word[:-1]]
    starts = np.flatnonzero((word & ~after_word) | cut)
    is_cut = cut[starts]
    ends = starts + 1  # a cut is one character; a word ends where the next non-word is
    ends[~is_cut] = np.flatnonzero(after_word & ~word)  # (the last character is a cut)
    # Where each word's UTF-8 begins and ends (the CRC-32 is of its bytes): its characters'
    # places, plus the bytes beyond one of the wide characters before them (few: counted for
    # those alone, not for every character of the batch).
    beyond = np.r_[
        0, np.cumsum((points[wide] >= 0x800).astype(np.int64) + (points[wide] >= 0x10000) + 1)
    ]
    begin = starts + beyond[np.searchsorted(wide, starts)]
    numbers = _crc32(data, begin, ends + beyond[np.searchsorted(wide, ends)] - begin)
    numbers[numbers == 0] = 1
    numbers[is_cut] = 0
    separators = np.cumsum([len(text) + 1 for text in texts]) - 1
    return numbers, np.searchsorted(separators, starts)


def _is_word(points: np.ndarray, beyond: np.ndarray) -> np.ndarray:
    """Whether each character (by its code point) is one \\w matches; `beyond` are the places
    of those past ASCII."""
    word = _ASCII_WORD[np.minimum(points, 127)]
    if beyond.size:
        distinct, inverse = np.unique(points[beyond], return_inverse=True)
        word[beyond] = np.array([_word_character(int(p)) for p in distinct], dtype=bool)[inverse]
    return word


@functools.cache
def _word_character(point: int) -> bool:
    return _WORD_CHARACTER.match(chr(point)) is not None


def _crc32(data: np.ndarray, begin: np.ndarray, length: np.ndarray) -> np.ndarray:
    """zlib.crc32 of each slice (begin, length) of the bytes `data`, all at once: a step over
    the first byte of every slice, then over the second byte of those that have one, and so
    on. Sorted longest first, the slices a step is over are the head of the arrays."""
    # (A stable sort of 16-bit numbers is a radix sort: some five times faster.)
    short = length.size and length.max() < 1 << 15
    order = np.argsort(-length.astype(np.int16) if short else -length, kind="stable")
    begin, length = begin[order], length[order]
    crc = np.full(begin.size, 0xFFFFFFFF, dtype=np.uint32)
    for step in range(int(length[0]) if length.size else 0):
        count = int(np.searchsorted(-length, -step))  # slices longer than `step` bytes
        head = crc[:count]
        crc[:count] = _CRC_TABLE[(head ^ data[begin[:count] + step]) & 0xFF] ^ (head >> 8)
    found = np.empty(crc.size, dtype=np.uint64)
    found[order] = crc ^ 0xFFFFFFFF
    return found


def _crc_table() -> np.ndarray:
    """The table of the CRC-32 zlib computes (reflected, polynomial 0xEDB88320)."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(0xEDB88320), table >> 1)
    return table


_CRC_TABLE = _crc_table()


def _distinct(ids: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (text, 5-gram) pairs, sorted, from the word numbers of all the texts."""
    if ids.size < SHINGLE:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    windows = [ids[i : ids.size - SHINGLE + 1 + i] for i in range(SHINGLE)]
    value = windows[0] * _MIX[0]
    whole = windows[0] != 0
    for window, mix in zip(windows[1:], _MIX[1:], strict=True):
        value = (value ^ (value >> np.uint64(29))) + window * mix  # wraps around, as meant
        whole &= window != 0
    # One sort of one key: the text's number in the top 16 bits, 48 bits of the 5-gram below
    # (two of 2.5 million 5-grams share 48 bits about once in a hundred briefings).
    keys = _sorted_distinct(
        (docs[: ids.size - SHINGLE + 1][whole].astype(np.uint64) << _DOC_SHIFT)
        | (value[whole] >> np.uint64(16))
    )
    return (keys >> _DOC_SHIFT).astype(np.int64), keys & _LOW


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique, by sorting: numpy 2's unique of integers is some sixty times slower."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if values.size else values
