"""difflib's alignment of a quotation's words with a stretch of an original, read from the
original's one index of its words: the matching blocks and opcodes that
SequenceMatcher(None, words, original[low:high], autojunk=False) gives, the same blocks, found
without a matcher (and its index) made for each stretch compared.

Why: quotation checks compare each quotation with a few stretches of each original, and making
a matcher for each stretch, then difflib's search for the longest block (which walks all of a
word's places in the original, those outside the stretch too), was most of their cost.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

# Where each word of the original is, in order (SequenceMatcher.b2j of the original's words).
Places = Mapping[str, Sequence[int]]
Block = tuple[int, int, int]  # (i, j, size): words[i:i + size] == original[j:j + size]


def matching_blocks(words: Sequence[str], places: Places, low: int, high: int) -> list[Block]:
    """SequenceMatcher(None, words, original[low:high], autojunk=False).get_matching_blocks()
    less its closing dummy, each block's j in the original's places (add `low` to the
    stretch's). Found as difflib finds them: the longest block, then the longest on each side
    of it, gathered, sorted and joined where adjacent."""
    # Each word's places in the stretch, looked up once for every search below.
    held = [_within(places.get(word, ()), low, high) for word in words]
    queue = [(0, len(words), low, high)]
    found = []
    while queue:
        a_low, a_high, b_low, b_high = queue.pop()
        i, j, size = block = _longest(held, a_low, a_high, b_low, b_high)
        if size:
            found.append(block)
            if a_low < i and b_low < j:
                queue.append((a_low, i, b_low, j))
            if i + size < a_high and j + size < b_high:
                queue.append((i + size, a_high, j + size, b_high))
    found.sort()
    blocks = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found:
        if i1 + k1 == i2 and j1 + k1 == j2:  # adjacent: one block
            k1 += k2
        else:
            if k1:
                blocks.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        blocks.append((i1, j1, k1))
    return blocks


def _longest(
    held: Sequence[Sequence[int]], a_low: int, a_high: int, b_low: int, b_high: int
) -> Block:
    """SequenceMatcher.find_longest_match(a_low, a_high, b_low, b_high) with no junk, given
    the places in the original of each of our words (`held`): the longest block of our words
    [a_low, a_high) in the original's [b_low, b_high), the earliest in ours of the longest,
    then the earliest in the original. Each word's places are cut to the stretch by bisection,
    where difflib walks them all. (With no junk, difflib's widening of the block it found
    changes nothing: a block found is as long as it can be.)"""
    best_i, best_j, best_size = a_low, b_low, 0
    # run[j]: how many words in a row end at word j of the original and at word i - 1 of ours.
    run: dict[int, int] = {}
    for i in range(a_low, a_high):
        spots = held[i]
        if not spots:
            run = {}
            continue
        if spots[0] < b_low or spots[-1] >= b_high:  # (_within, inline: called a million times)
            spots = spots[bisect_left(spots, b_low) : bisect_left(spots, b_high)]
        ran, run = run.get, {}
        for j in spots:
            size = run[j] = ran(j - 1, 0) + 1
            if size > best_size:
                best_i, best_j, best_size = i - size + 1, j - size + 1, size
    return best_i, best_j, best_size


def _within(places: Sequence[int], low: int, high: int) -> Sequence[int]:
    """The places (sorted) in [low, high)."""
    if places and (places[0] < low or places[-1] >= high):
        return places[bisect_left(places, low) : bisect_left(places, high)]
    return places


def opcodes(blocks: Sequence[Block], a_size: int, b_size: int) -> list[tuple]:
    """SequenceMatcher.get_opcodes() from its matching blocks (less the closing dummy, in the
    stretch's places), for sequences of `a_size` and `b_size` words."""
    i = j = 0
    codes: list[tuple] = []
    for a_at, b_at, size in (*blocks, (a_size, b_size, 0)):
        tag = ""
        if i < a_at and j < b_at:
            tag = "replace"
        elif i < a_at:
            tag = "delete"
        elif j < b_at:
            tag = "insert"
        if tag:
            codes.append((tag, i, a_at, j, b_at))
        i, j = a_at + size, b_at + size
        if size:
            codes.append(("equal", a_at, i, b_at, j))
    return codes
