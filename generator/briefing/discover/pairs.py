"""Which articles are compared, and how alike they are: the pairs that share one of their
strongest terms, their similarity (cosine times day fit) reckoned in numpy, and each
article's strongest links (NEIGHBOURS), which clustering then merges along."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from generator.briefing.discover.likeness import SAME_OUTLET, pair_day_fit
from generator.briefing.discover.model import Item, Vector
from generator.models import DescribedDay

if TYPE_CHECKING:
    import numpy as np

# Each article is compared with those sharing one of its strongest terms.
_TOP_TERMS = 15
STRONG_SHARED = 1  # strongest terms two articles must share to be compared
NEIGHBOURS = 10  # links each article keeps to cluster with: its strongest
_CLOSE_DAYS = 0.3  # pairs whose days fit this well (at most three days apart) are reckoned first
_MOST_SHARING = 50  # a term held by more articles than this links no pair by itself


def _similarities(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> dict[tuple[int, int], float]:
    """Similarity (content times day) of each pair of articles that share one of their
    strongest terms, where it is among the NEIGHBOURS strongest of either article's.

    Reckoned in numpy: at 10,000 articles some 400,000 pairs share a strong term, and the
    cosine of each is a sum over a hundred terms, far too many for a Python step each."""
    rows = _Rows([vectors[i] for i in indexes])
    first, second = _candidate_pairs(rows)
    fits = _pair_day_fits([items[i].when for i in indexes], first, second)
    fits = fits * _pair_outlet_fits([items[i].outlet for i in indexes], first, second)
    first, second, similarity = _pair_similarities(rows, first, second, fits)
    kept = _nearest(rows.count, first, second, similarity, NEIGHBOURS)
    pairs = zip(first[kept].tolist(), second[kept].tolist(), strict=True)
    return {
        (indexes[a], indexes[b]): s
        for (a, b), s in zip(pairs, similarity[kept].tolist(), strict=True)
    }


def _pair_similarities(
    rows: _Rows, first: np.ndarray, second: np.ndarray, fits: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs that may be among the NEIGHBOURS strongest of either row's, and their
    similarity, cosine times day fit.

    A pair is at most as alike as its days fit (a cosine is at most 1), and most pairs are of
    days far apart: the pairs of close days are reckoned first, and one of days far apart only
    where its day fit reaches the weakest of the NEIGHBOURS strongest of one of its rows. What
    counts as close changes no link kept, only how many cosines are reckoned."""
    import numpy as np  # here: a build that only places a few new articles never needs it

    shared = rows.shared()
    similarity = np.zeros(first.size)
    close = fits >= _CLOSE_DAYS
    similarity[close] = _pair_cosines(shared, first[close], second[close]) * fits[close]
    floors = _floors(rows.count, first[close], second[close], similarity[close], NEIGHBOURS)
    reach = fits * (1 + 1e-9)  # above any cosine of unit vectors times the fit, rounding and all
    far = ~close & ((reach >= floors[first]) | (reach >= floors[second]))
    similarity[far] = _pair_cosines(shared, first[far], second[far]) * fits[far]
    reckoned = close | far
    return first[reckoned], second[reckoned], similarity[reckoned]


class _Rows:
    """Articles' vectors as numpy arrays, a row an article (compressed sparse rows): the terms
    and weights of row r are entries starts[r] to starts[r + 1], in term order, row[e] the row
    of entry e. A term is a number, given in alphabetical order, so that numbers break ties as
    the terms themselves do."""

    def __init__(self, vectors: Sequence[Vector]) -> None:
        import numpy as np

        vocabulary = sorted(set(chain.from_iterable(vectors)))
        number = {term: n for n, term in enumerate(vocabulary)}
        self.count = len(vectors)
        self.terms = len(vocabulary)
        self.row = np.repeat(np.arange(self.count), [len(vector) for vector in vectors])
        term = np.fromiter(map(number.__getitem__, chain.from_iterable(vectors)), np.int64)
        weight = np.fromiter(chain.from_iterable(v.values() for v in vectors), np.float64)
        in_term_order = np.argsort(self.row * self.terms + term)
        self.term, self.weight = term[in_term_order], weight[in_term_order]
        self.starts = _starts(self.row, self.count)
        self.holders = np.bincount(self.term, minlength=self.terms)  # articles with each term

    def shared(self) -> _Rows:
        """The same rows without the terms no other article has."""
        kept = self.holders[self.term] >= 2
        rows = copy.copy(self)
        rows.row, rows.term, rows.weight = self.row[kept], self.term[kept], self.weight[kept]
        rows.starts = _starts(rows.row, self.count)
        return rows


def _starts(row: np.ndarray, count: int) -> np.ndarray:
    """Where each of `count` rows starts in entries sorted by `row`, and where the last ends."""
    import numpy as np

    return np.searchsorted(row, np.arange(count + 1))


def _places(row: np.ndarray, count: int) -> np.ndarray:
    """Each entry's place among its row's, entries sorted by `row`: 0, 1, 2, ..."""
    import numpy as np

    return np.arange(row.size) - _starts(row, count)[row]


def _strongest_first(
    row: np.ndarray, negated: np.ndarray, term: np.ndarray, terms: int
) -> np.ndarray:
    """The order np.lexsort((term, negated, row)) gives (by row, then by negated weight, then
    by term, each of `terms`), from one stable sort of one number whose digits are the row,
    the rank of the weight among the distinct ones and the term: some three times faster.
    (A thousand rows of a million entries' terms stay far below 2**63.)"""
    import numpy as np

    distinct, rank = np.unique(negated, return_inverse=True)
    key = (row * distinct.size + rank.reshape(-1)) * terms + term
    return np.argsort(key, kind="stable")


def _candidate_pairs(rows: _Rows) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of rows that share at least STRONG_SHARED of their _TOP_TERMS strongest
    linking terms: (first, second), first < second, sorted."""
    import numpy as np

    holders = rows.holders[rows.term]
    # A term only one article has links nothing; one most articles have, everything.
    linking = (holders >= 2) & (holders <= _MOST_SHARING)
    row, term, weight = rows.row[linking], rows.term[linking], rows.weight[linking]
    order = _strongest_first(row, -weight, term, rows.terms)  # ties by term
    row, term, weight = row[order], term[order], weight[order]
    strong = _tied_with_the_strongest(row, weight, rows.count)
    row, term = row[strong], term[strong]
    order = np.argsort(term * rows.count + row, kind="stable")  # each strong term's rows
    first, second = _pairs_within(term[order], row[order])
    # A pair comes once for each strong term its rows share.
    pair = np.sort(first * rows.count + second)
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    shared = np.diff(np.r_[starts, pair.size])
    pair = pair[starts[shared >= STRONG_SHARED]]
    return pair // rows.count, pair % rows.count


def _tied_with_the_strongest(row: np.ndarray, weight: np.ndarray, count: int) -> np.ndarray:
    """Which entries (sorted by row, strongest first) are among their row's _TOP_TERMS
    strongest, or as strong as the last of them. Terms of one count in one article, held by
    as many others, weigh the same; a line drawn through them by their spelling would let a
    word anywhere in the briefing (one that makes another term of the article a little
    rarer, and lifts it above the line) decide which articles are compared."""
    import numpy as np

    place = _places(row, count)
    last = place == _TOP_TERMS - 1
    floor = np.full(count, np.inf)
    floor[row[last]] = weight[last]
    return (place < _TOP_TERMS) | (weight >= floor[row])


def _pairs_within(groups: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every two values of a group, the earlier first: (values[i], values[j]) for each i < j
    with groups[i] == groups[j], `groups` sorted."""
    import numpy as np

    position = np.arange(groups.size)
    later = np.searchsorted(groups, groups, side="right") - position - 1  # of i's group
    first = np.repeat(values, later)
    # i's pairs, later[i] of them, take the j after i, then the next, ...
    step = np.arange(first.size) - np.repeat(np.cumsum(later) - later, later)
    return first, values[np.repeat(position + 1, later) + step]


# Pair cosines are reckoned for a block of first rows at a time, spread out over all terms
# (cells), their pairs' second rows' entries looked up in them: a block holds at most this
# many cells, and looks up about this many entries, so that its arrays stay small (a megabyte
# or so) and numpy makes them again and again in memory it has, not fresh from the system.
_BLOCK_CELLS = 1 << 20
_BLOCK_LOOKUPS = 1 << 17


def _pair_cosines(rows: _Rows, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The cosine of each pair of rows, pairs sorted by first: the dot product of two unit
    vectors, the terms of the second row looked up in the first spread out dense. (Terms no
    other row has may be left out of `rows`: they add nothing.)"""
    import numpy as np

    sizes = np.diff(rows.starts)
    pairs_of = np.searchsorted(first, np.arange(rows.count + 1))  # row r's: r to r + 1
    per_block = max(1, min(rows.count, _BLOCK_CELLS // max(rows.terms, 1)))
    dense = np.zeros(per_block * rows.terms)
    cosines = np.empty(first.size)
    lookups = np.bincount(first, weights=sizes[second], minlength=rows.count)
    for top, bottom in _blocks(lookups.tolist(), per_block, _BLOCK_LOOKUPS):
        pairs = slice(pairs_of[top], pairs_of[bottom])
        if pairs.start == pairs.stop:
            continue
        entries = slice(rows.starts[top], rows.starts[bottom])
        cells = (rows.row[entries] - top) * rows.terms + rows.term[entries]
        dense[cells] = rows.weight[entries]
        offsets = (first[pairs] - top) * rows.terms
        cosines[pairs] = _dot_products(rows, dense, offsets, second[pairs], sizes)
        dense[cells] = 0.0  # wiped for the next block, cheaper than a fresh one
    return cosines


def _blocks(lookups: list[float], most_rows: int, most_lookups: int) -> Iterable[tuple[int, int]]:
    """Consecutive rows, from top to bottom, in blocks of at most `most_rows` rows whose
    lookups add up to at most `most_lookups` (or a single row)."""
    top, total = 0, 0.0
    for row, count in enumerate(lookups):
        if row > top and (row - top == most_rows or total + count > most_lookups):
            yield top, row
            top, total = row, 0.0
        total += count
    if lookups:
        yield top, len(lookups)


def _dot_products(
    rows: _Rows, dense: np.ndarray, offsets: np.ndarray, second: np.ndarray, sizes: np.ndarray
) -> np.ndarray:
    """Each second row's weights times the first's (at `offsets` in `dense`), summed in term
    order: two copies of an article are exactly as like a third, whichever row each is."""
    import numpy as np

    counts = sizes[second]
    starts = np.cumsum(counts) - counts
    pair = np.repeat(np.arange(second.size), counts)
    entry = np.arange(pair.size) + np.repeat(rows.starts[second] - starts, counts)
    cells = np.repeat(offsets, counts) + rows.term[entry]
    # bincount adds one product after the other (a term the first row lacks adds 0.0).
    return np.bincount(pair, dense[cells] * rows.weight[entry], minlength=second.size)


def _pair_day_fits(
    whens: Sequence[DescribedDay], first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """pair_day_fit of each pair, asked once for each two kinds of day the pairs join: a kind
    is a day, whether the article is a preview and the weekday an undated one names, all that
    pair_day_fit reads."""
    import numpy as np

    number: dict[tuple[datetime.date | None, bool, int | None], int] = {}
    examples: list[DescribedDay] = []  # a day of each kind
    for when in whens:
        if (when.day, when.preview, when.weekday) not in number:
            number[when.day, when.preview, when.weekday] = len(examples)
            examples.append(when)
    kind = np.array([number[w.day, w.preview, w.weekday] for w in whens], dtype=np.int64)
    kinds = len(examples)
    pair_kinds, which = np.unique(kind[first] * kinds + kind[second], return_inverse=True)
    fits = [pair_day_fit(examples[k // kinds], examples[k % kinds]) for k in pair_kinds.tolist()]
    return np.array(fits)[which]


def _pair_outlet_fits(
    outlets: Sequence[str], first: np.ndarray, second: np.ndarray
) -> np.ndarray | float:
    """outlet_fit of each pair: SAME_OUTLET where both articles are of one known outlet."""
    import numpy as np

    if not any(outlets):
        return 1.0
    number: dict[str, int] = {}
    codes = np.array(
        [number.setdefault(o.casefold(), len(number)) if o else -1 for o in outlets],
        dtype=np.int64,
    )
    same = (codes[first] == codes[second]) & (codes[first] >= 0)
    return np.where(same, SAME_OUTLET, 1.0)


def _nearest(
    count: int, first: np.ndarray, second: np.ndarray, similarity: np.ndarray, most: int
) -> np.ndarray:
    """Which pairs are among the `most` strongest of either row's (of `count` rows): a row's
    weakest links, which merging never reaches, cost every merge near it."""
    floors = _floors(count, first, second, similarity, most)
    return (similarity > 0) & ((similarity >= floors[first]) | (similarity >= floors[second]))


def _floors(
    count: int, first: np.ndarray, second: np.ndarray, similarity: np.ndarray, most: int
) -> np.ndarray:
    """Each row's `most`-th strongest similarity among the pairs, 0 for a row in fewer."""
    import numpy as np

    strongest_first = np.argsort(-similarity)
    place = np.empty_like(strongest_first)
    place[strongest_first] = np.arange(place.size)
    # Each row's links, strongest first: one sort of one number, the row and the link's place.
    link = np.sort(np.concatenate([first, second]) * place.size + np.concatenate([place, place]))
    row, place = link // place.size, link % place.size
    last = _places(row, count) == most - 1
    floors = np.zeros(count)
    floors[row[last]] = similarity[strongest_first[place[last]]]
    return floors
