"""Measuring and grouping: whether two texts are copies by their full 5-grams (_copies, with
the lead check), texts joined into groups (_Joined), each group's shares and origin (_group),
and shared_fraction for any two texts.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from generator.briefing.copies import shingling
from generator.briefing.copies.model import (
    LEAD_PARAGRAPHS,
    LEAD_SHARE,
    LEAD_WORDS,
    LONGER_SHARE,
    MIN_SHARE,
    MIN_SHARED,
    SURE_SHARE,
    CopyGroup,
    Member,
    Source,
)
from generator.briefing.copies.origins import origin
from generator.briefing.copies.shingling import _Shingles, _unquoted
from generator.models import Share


def _copies(shingles: _Shingles, a: int, b: int, leads: _Leads) -> bool:
    verdict = _by_shares(shingles, a, b)
    if verdict is not None:
        return verdict
    # One report rewritten keeps its opening somewhere, even under a new lead (a
    # write-through); two stories sharing only the background paragraphs begin apart.
    return any(
        _lead_share(leads.of(one), shingles.of(other)) >= LEAD_SHARE
        for one, other in ((a, b), (b, a))
    )


def _by_shares(shingles: _Shingles, a: int, b: int) -> bool | None:
    """Whether two texts are copies by the 5-grams they share alone; None where their leads
    decide."""
    shared = shingles.shared(a, b)
    smaller = min(shingles.size(a), shingles.size(b))
    if shared < MIN_SHARED or shared < MIN_SHARE * smaller:
        return False
    if shared >= SURE_SHARE * smaller:
        return True
    if shared < LONGER_SHARE * max(shingles.size(a), shingles.size(b)):
        return False
    return None


class _Leads:
    """The 5-grams of the leads of the texts `wanted` (their first paragraphs of some
    length), made for all of them at once the first time one is asked for: a call of
    _shingled a lead was a third of copy detection's time on a briefing of many rewrites."""

    def __init__(self, sources: Sequence[Source], wanted: Iterable[int]) -> None:
        self.sources = sources
        self.wanted = wanted
        self.made: dict[int, np.ndarray] | None = None

    def of(self, index: int) -> np.ndarray:
        if self.made is None or index not in self.made:
            wanted = sorted({index, *self.wanted}) if self.made is None else [index]
            leads = {number: _unquoted(_lead(self.sources[number].text)) for number in wanted}
            self.made = (self.made or {}) | shingling._shingled(leads)
        return self.made[index]


def _lead(text: str) -> str:
    paragraphs = (part for part in text.split("\n\n") if len(part.split()) >= LEAD_WORDS)
    return "\n\n".join(itertools.islice(paragraphs, LEAD_PARAGRAPHS))


def _lead_share(own: np.ndarray, other: np.ndarray) -> float:
    """How much of a lead's 5-grams `own` the text's `other` holds."""
    if own.size < MIN_SHARED:
        return 1.0  # a lead of quotations or of a few words says nothing either way
    held = np.count_nonzero(other.take(other.searchsorted(own), mode="clip") == own)
    return held / own.size


class _Joined:
    """Texts joined into groups of copies (union-find)."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.joined: set[int] = set()

    def root(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def same(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(a)] = self.root(b)
        self.joined.update((a, b))

    def groups(self) -> list[list[int]]:
        """Each group of two texts or more, its texts in order."""
        groups: dict[int, list[int]] = defaultdict(list)
        for node in sorted(self.joined):
            groups[self.root(node)].append(node)
        return list(groups.values())


def _group(
    members: list[Source],
    indexes: list[int],
    shingles: _Shingles,
    earlier: Mapping[str, Member] | None = None,
) -> CopyGroup:
    """The group of these copies: each one's share of each other's text, and its origin.

    A member `earlier` holds (its text unchanged, its group before) keeps its shares of the
    others there, which are unchanged too, and is taken whole if its shares all came out the
    same: after an edit, a group of a hundred measures only the edited copy's pairs."""
    if earlier:
        made = _members_again(members, indexes, shingles, earlier)
    else:
        made = _members(members, indexes, shingles)
    return CopyGroup(made, origin(members))


def _members(members: list[Source], indexes: list[int], shingles: _Shingles) -> tuple[Member, ...]:
    """Each copy with its shares of the others, every pair counted at once (Python ints: a
    wire story is 9,900 pairs)."""
    if len(indexes) > _COUNTED_APART:
        everything = _shared_counts(shingles, indexes).tolist()
    else:  # a pair or three: a search a pair costs less than sorting them together
        everything = [[0] * len(indexes) for _ in indexes]
        for a, b in itertools.combinations(range(len(indexes)), 2):
            everything[a][b] = everything[b][a] = shingles.shared(indexes[a], indexes[b])
    ids = [source.id for source in members]
    built = []
    for row, source in enumerate(members):
        counts, size = everything[row], shingles.size(indexes[row]) or 1
        shares = [
            Share(other, round(counts[n] / size, 3)) for n, other in enumerate(ids) if n != row
        ]
        built.append(Member.of(source.id, tuple(shares)))
    return tuple(built)


_COUNTED_APART = 3  # copies in a group up to which each pair's share is counted alone


def _members_again(
    members: list[Source], indexes: list[int], shingles: _Shingles, earlier: Mapping[str, Member]
) -> tuple[Member, ...]:
    """Each copy with its shares of the others, those of two copies `earlier` holds taken
    from there, the others counted."""
    ids = [source.id for source in members]
    counted: dict[tuple[int, int], int] = {}

    def shared(a: int, b: int) -> int:
        pair = (a, b) if a < b else (b, a)
        if pair not in counted:
            counted[pair] = shingles.shared(indexes[a], indexes[b])
        return counted[pair]

    built = []
    for row, source in enumerate(members):
        before = earlier.get(source.id)
        kept = {share.other: share for share in before.shares} if before else {}
        size = shingles.size(indexes[row]) or 1
        shares = tuple(
            (kept.get(other) if other in earlier else None)
            or Share(other, round(shared(row, column) / size, 3))
            for column, other in enumerate(ids)
            if column != row
        )
        built.append(before if before and before.shares == shares else Member.of(source.id, shares))
    return tuple(built)


def _shared_counts(shingles: _Shingles, indexes: list[int]) -> np.ndarray:
    """How many 5-grams each two of these texts share, as a matrix, counted in one pass over
    their 5-grams sorted together: wire copy on a hundred sites is 4,950 pairs to measure."""
    count = len(indexes)
    arrays = [shingles.of(index) for index in indexes]
    values = np.concatenate(arrays)
    owners = np.repeat(np.arange(count), [array.size for array in arrays])
    order = np.argsort(values, kind="stable")
    values, owners = values[order], owners[order]
    codes = []
    for step in range(1, count):  # a 5-gram is in each text once: its run is `count` long at most
        same = values[step:] == values[:-step]
        if not same.any():
            break
        codes.append(owners[:-step][same] * count + owners[step:][same])
    counts = np.bincount(np.concatenate(codes), minlength=count * count) if codes else None
    matrix = (
        np.zeros((count, count), dtype=np.int64) if counts is None else counts.reshape(count, count)
    )
    return matrix + matrix.T


def shared_fraction(text: str, other: str) -> float:
    """How much of `text`'s own words (its 5-grams outside quotes) `other` shares, 0 to 1."""
    made = shingling._shingled({"text": _unquoted(text), "other": _unquoted(other)})
    shingles = _Shingles([made["text"], made["other"]])
    return shingles.shared(0, 1) / shingles.size(0) if shingles.size(0) else 0.0
