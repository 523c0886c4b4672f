"""The index of a sample of the 5-grams (one in SAMPLE): which pairs of texts share enough
sampled 5-grams to be measured in full, and which are copies by their sample alone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np

from generator.briefing.copies.model import (
    COMMON,
    MIN_SAMPLED,
    MIN_SHARE,
    MIN_SHARED,
    SAMPLE,
    SAMPLED_SHARE,
    TRUSTED_SAMPLE,
)


def _sampled(array: np.ndarray) -> np.ndarray:
    """The 5-grams of a text that go into the sample, one in SAMPLE, still sorted."""
    return array[(array >> np.uint64(40)) % np.uint64(SAMPLE) == 0]


class _Sample:
    """The sampled 5-grams of the texts, sorted, each with its text's place: equal 5-grams
    sit side by side, so the texts holding one are a run, found by binary search, and pairs
    come from neighbours, not all pairs. A 5-gram links texts when two to COMMON texts hold
    it (one in more is a stock phrase)."""

    def __init__(self, value: np.ndarray, place: np.ndarray) -> None:
        self.value, self.place = value, place  # sorted by value, then place

    @classmethod
    def of(cls, arrays: Mapping[int, np.ndarray]) -> _Sample:
        """The sample of the texts whose 5-grams are `arrays`, by place.

        The texts taken in order of place, a stable sort by 5-gram leaves the texts holding one
        in order too: one sort of one key, and places of 32 bits (at 10,000 articles a sort of
        both was 60 MB at a cold build's peak, this 40)."""
        places = sorted(arrays)
        sampled = [_sampled(arrays[place]) for place in places]
        value = np.concatenate([np.zeros(0, dtype=np.uint64), *sampled])
        place = np.repeat(np.array(places, dtype=np.int32), [a.size for a in sampled])
        del sampled
        order = np.argsort(value, kind="stable")
        value = value[order]
        return cls(value, place[order])

    def holding(self, values: np.ndarray) -> np.ndarray:
        """How many texts hold each of these 5-grams."""
        return self.value.searchsorted(values, "right") - self.value.searchsorted(values)

    def holders(self, values: np.ndarray) -> np.ndarray:
        """The places of the texts holding any of these 5-grams (each as often as it does)."""
        starts, ends = self.value.searchsorted(values), self.value.searchsorted(values, "right")
        return self.place[_ranges(starts, ends)]

    def without(self, places: Collection[int]) -> _Sample:
        kept = ~np.isin(self.place, np.fromiter(places, np.int64, len(places)))
        return _Sample(self.value[kept], self.place[kept])

    def joined(self, arrays: Mapping[int, np.ndarray]) -> _Sample:
        """With the texts whose 5-grams are `arrays`, at places after all others (so that each
        goes at the end of its 5-gram's run)."""
        added = _Sample.of(arrays)
        at = self.value.searchsorted(added.value, "right")
        return _Sample(
            np.insert(self.value, at, added.value), np.insert(self.place, at, added.place)
        )

    def linking(self, count: int) -> np.ndarray:
        """Each of `count` places' sampled 5-grams that link texts."""
        return np.bincount(self.place[self._links()], minlength=count)

    def linking_of(self, places: np.ndarray) -> np.ndarray:
        """linking() of these places only."""
        links = np.zeros(places.size, dtype=np.int64)
        for number, place in enumerate(places.tolist()):
            mine = self.value[self.place == place]
            counts = self.holding(mine)
            links[number] = np.count_nonzero((counts >= 2) & (counts <= COMMON))
        return links

    def partners(self, place: int) -> tuple[np.ndarray, np.ndarray]:
        """The texts sharing a linking 5-gram with the one at `place`, and how many each shares."""
        mine = self.value[self.place == place]
        counts = self.holding(mine)
        mine = mine[(counts >= 2) & (counts <= COMMON)]
        found = self.holders(mine)
        partners, shared = np.unique(found[found != place], return_counts=True)
        return partners.astype(np.int64), shared.astype(np.int64)

    def candidates(
        self, count: int, linking: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """_candidates() of every pair of texts sharing MIN_SAMPLED linking 5-grams or more
        (fewer never makes two texts copies), (first, second), first < second, in order, given
        each of `count` places' `linking` 5-grams. A briefing of 10,000 articles has millions
        of pairs sharing one, a stock phrase of its story, and a million sharing more, most
        of them no copies: they are found for a range of first texts at a time, each range's
        weighed before the next is found (all at once, they were 150 MB at a cold build's peak)."""
        links = self._links()
        value, place = self.value[links], self.place[links]
        steps = _run_steps(value)
        per = -(-count // (-(-sum(steps) // _CODES_AT_ONCE) or 1)) or 1
        found = [
            _candidates(*_pairs(value, place, steps, count, (lo, lo + per)), linking)
            for lo in range(0, max(count, 1), per)
        ]
        firsts, seconds, sures = zip(*found, strict=True)
        return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(sures)

    def _links(self) -> np.ndarray:
        """Which entries are of 5-grams that link texts."""
        value = self.value
        if not value.size:
            return np.zeros(0, dtype=bool)
        starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
        lengths = np.diff(np.r_[starts, value.size])
        return np.repeat((lengths > 1) & (lengths <= COMMON), lengths)


# Pairs of texts found at once (as 32-bit numbers, 4 bytes each; see _Sample.candidates).
_CODES_AT_ONCE = 1 << 21


def _run_steps(value: np.ndarray) -> list[int]:
    """For each step of 1, 2, ... up to the longest run of equal values less one, how many
    values equal the one that many places on."""
    steps = []
    for step in range(1, COMMON):  # a run is COMMON long at most
        steps.append(int(np.count_nonzero(value[step:] == value[:-step])))
        if not steps[-1]:
            break
    return steps


def _pairs(
    value: np.ndarray, place: np.ndarray, steps: list[int], count: int, firsts: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of places holding MIN_SAMPLED linking 5-grams or more, the first of each in
    the range `firsts`, (first, second) in order, with how many they share. `value` and
    `place` are the linking 5-grams, `steps` their _run_steps."""
    codes = _pair_codes(value, place, len(steps), count, firsts)
    codes.sort()
    # A pair sharing n 5-grams is n equal codes in a row: those equal to the one before are
    # the pairs sharing two or more (MIN_SAMPLED is two at least), each n - 1 times. Counted
    # among those only, the pairs sharing one are never listed.
    repeated = codes[1:][codes[1:] == codes[:-1]]
    starts = np.flatnonzero(np.r_[True, repeated[1:] != repeated[:-1]])[: repeated.size]
    shared = np.diff(np.r_[starts, repeated.size]).astype(np.int64) + 1
    some = shared >= MIN_SAMPLED
    found, shared = repeated[starts[some]].astype(np.int64), shared[some]
    return found // count, found % count, shared


def _pair_codes(
    value: np.ndarray, place: np.ndarray, steps: int, count: int, firsts: tuple[int, int]
) -> np.ndarray:
    """Each pair of places holding one 5-gram, the first in the range `firsts`, as
    first * count + second, once per 5-gram, for runs up to `steps` + 1 long: counted first,
    then written into one array, of 32-bit numbers while the codes fit (a list of arrays
    joined at the end was twice the memory, and 64-bit numbers twice again)."""
    kind = np.uint32 if count * count <= 1 << 32 else np.int64
    place = place.astype(kind)
    within = (place >= firsts[0]) & (place < firsts[1])
    sizes = [
        int(np.count_nonzero((value[step:] == value[:-step]) & within[:-step]))
        for step in range(1, steps + 1)
    ]
    codes = np.empty(sum(sizes), dtype=kind)
    at = 0
    for step, size in enumerate(sizes, start=1):
        same = (value[step:] == value[:-step]) & within[:-step]
        codes[at : at + size] = place[:-step][same] * count + place[step:][same]
        at += size
    return codes


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The indexes start, start + 1, ..., end - 1 of each range, one after the other."""
    lengths = ends - starts
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return np.arange(lengths.sum()) + offsets


def _candidates(
    first: np.ndarray, second: np.ndarray, shared: np.ndarray, linking: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of pairs of texts sharing `shared` linking sampled 5-grams, those that may be copies,
    and whether each is one by its sample alone.

    Copies share MIN_SHARE of the shorter text's 5-grams, so about that share of its sampled
    ones: a pair sharing under SAMPLED_SHARE of them is no copy, and is never measured (texts
    written from one stock of phrases share sampled 5-grams by the dozen). Twice the share a
    copy needs, in a sample big enough to trust, settles a pair unmeasured: a wire story on a
    hundred sites is 4,950 pairs."""
    shorter = np.minimum(linking[first], linking[second])
    enough = (shared >= MIN_SAMPLED) & (shared >= SAMPLED_SHARE * shorter)
    sure = enough & (shared >= 2 * MIN_SHARE * shorter) & (shorter >= TRUSTED_SAMPLE)
    sure &= shared * SAMPLE >= 2 * MIN_SHARED
    return first[enough], second[enough], sure[enough]
