"""Copy detection's measurements kept in the build cache (see briefing/copies.py): each build
command is a new process, and without them an edit would shingle every article of the
briefing again and measure again every pair that may be copies.

Each own text's 5-grams are a row of their own (binary, by the text's key), so an edit writes
one row; what the last call measured (its sites' own texts, the verdicts on the pairs it
measured, its groups) is one entry, replaced by each call that measured anything. Both are
also keyed by a fingerprint of the code that made them: a change to copy detection makes them
misses, as an entry that cannot be read is.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import numpy as np

from generator import codec
from generator.briefing import copies
from generator.briefing.copies import CopyGroup, Measured, Member
from generator.cache.store import AnalysisCache
from generator.models import Origin, Share


class CachedCopies:
    """A copies.Keeper that keeps in the build cache."""

    def __init__(self, cache: AnalysisCache) -> None:
        self.cache = cache
        self._groups: dict[str, _SavedGroup] = {}  # as read: the same need not be packed again

    def measured(self) -> Measured | None:
        text = self.cache.state(_state_name())
        try:
            saved = codec.loads(_Saved, text) if text else None
            found = _measured(saved) if saved else None
        except ValueError:  # kept by other code, or damaged: measured again
            return None
        self._groups = {group.key: group for group in saved.groups} if saved else {}
        return found

    def keep_measured(self, measured: Measured) -> None:
        self.cache.keep_state(_state_name(), codec.dumps(_saved(measured, self._groups)))

    def shingles(
        self, keys: Collection[str], remembered: Mapping[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        prefix = _row_prefix()
        known = {prefix + key: array for key, array in remembered.items()}
        rows = self.cache.get_blobs([prefix + key for key in keys], _array, known)
        return {key.removeprefix(prefix): array for key, array in rows.items()}

    def keep_shingles(self, shingles: Mapping[str, np.ndarray]) -> None:
        prefix = _row_prefix()
        self.cache.put_blobs(
            {
                prefix + key: np.asarray(array, dtype="<u8").tobytes()
                for key, array in shingles.items()
            }
        )


@functools.cache
def _fingerprint() -> str:
    """The code that makes and reads what is kept (copy detection's and this module's), and
    numpy's version."""
    digest = hashlib.sha256(np.__version__.encode())
    for module in (copies.__file__, __file__):
        digest.update(b"\0" + Path(module).read_bytes())
    return digest.hexdigest()[:16]


def _state_name() -> str:
    return f"copies {_fingerprint()}"


def _row_prefix() -> str:
    return f"5-grams {_fingerprint()} "


def _array(data: bytes) -> np.ndarray:
    """A text's 5-grams from their row: sorted, distinct 64-bit numbers."""
    if len(data) % 8:
        raise codec.DecodeError("not 64-bit numbers")
    array = np.frombuffer(data, dtype="<u8")
    if not (array[1:] > array[:-1]).all():
        raise codec.DecodeError("not sorted distinct 5-grams")
    return array


# ---------------------------------------------------------------------------- the last call


@dataclass(frozen=True, slots=True)
class _SavedGroup:
    key: str
    ids: tuple[str, ...]
    fractions: str  # each member's shares of the others, in the group's order, as float64
    origin: Origin


@dataclass(frozen=True, slots=True)
class _Saved:
    """A Measured as saved: own texts named by their place in `texts`, and numbers packed (a
    briefing's pairs measured are thousands, and a report on a hundred sites is 9,900
    shares: one JSON value each would be read one Python call each)."""

    sources: str
    texts: tuple[str, ...]  # the keys of the own texts named below
    sites: tuple[str, ...]  # the key of each site
    site_sizes: str  # how many own texts each site has, as int32
    site_texts: str  # the places of the sites' own texts, site after site, as int32
    pairs: str  # the places of the two own texts of each pair measured, as int32
    copies: str  # whether each of those pairs is a copy, as uint8
    groups: tuple[_SavedGroup, ...]


def _saved(measured: Measured, known: Mapping[str, _SavedGroup]) -> _Saved:
    """`measured` to save; a group in `known` (as read from the cache) is not packed again."""
    places: dict[str, int] = {}

    def place(key: str) -> int:
        return places.setdefault(key, len(places))

    sizes = [len(own) for own in measured.sites.values()]
    site_texts = [place(key) for own in measured.sites.values() for key in own]
    pairs = [place(key) for pair in measured.pairs for key in pair]
    groups = tuple(
        known.get(key) or _saved_group(key, group) for key, group in measured.groups.items()
    )
    return _Saved(
        measured.sources,
        tuple(places),
        tuple(measured.sites),
        _packed(sizes, "<i4"),
        _packed(site_texts, "<i4"),
        _packed(pairs, "<i4"),
        _packed(list(measured.pairs.values()), "u1"),
        groups,
    )


def _saved_group(key: str, group: CopyGroup) -> _SavedGroup:
    fractions = [share.fraction for member in group.members for share in member.shares]
    return _SavedGroup(key, group.ids, _packed(fractions, "<f8"), group.origin)


def _measured(saved: _Saved) -> Measured:
    texts = saved.texts
    sizes = _unpacked(saved.site_sizes, "<i4").tolist()
    own = _named(texts, _unpacked(saved.site_texts, "<i4").tolist())
    if len(sizes) != len(saved.sites) or min(sizes, default=0) < 0 or sum(sizes) != len(own):
        raise codec.DecodeError("the sites do not match their texts")
    ends = accumulate(sizes)
    sites = {
        site: own[end - size : end]
        for site, size, end in zip(saved.sites, sizes, ends, strict=True)
    }
    keys = _named(texts, _unpacked(saved.pairs, "<i4").tolist())
    copied = _unpacked(saved.copies, "u1").tolist()
    if len(keys) != 2 * len(copied):
        raise codec.DecodeError("the pairs do not match their verdicts")
    pairs = {(keys[2 * i], keys[2 * i + 1]): bool(copy) for i, copy in enumerate(copied)}
    groups = {group.key: _group(group) for group in saved.groups}
    return Measured(saved.sources, sites, pairs, groups)


def _group(saved: _SavedGroup) -> CopyGroup:
    ids, count = saved.ids, len(saved.ids)
    fractions = _unpacked(saved.fractions, "<f8").tolist()
    if count < 2 or len(fractions) != count * (count - 1):
        raise codec.DecodeError("the shares do not match the members")
    members = []
    for row, member in enumerate(ids):
        others = ids[:row] + ids[row + 1 :]
        shares = fractions[row * (count - 1) : (row + 1) * (count - 1)]
        members.append(Member(member, tuple(map(Share, others, shares))))
    return CopyGroup(tuple(members), saved.origin)


def _named(texts: tuple[str, ...], places: list[int]) -> tuple[str, ...]:
    if places and not 0 <= min(places) <= max(places) < len(texts):
        raise codec.DecodeError("a place beyond the texts")
    return tuple(texts[place] for place in places)


def _packed(values: list, dtype: str) -> str:
    return base64.b64encode(np.asarray(values, dtype=dtype).tobytes()).decode("ascii")


def _unpacked(text: str, dtype: str) -> np.ndarray:
    data = base64.b64decode(text, validate=True)  # binascii.Error, a ValueError, if it is not
    if len(data) % np.dtype(dtype).itemsize:
        raise codec.DecodeError(f"not {dtype} numbers")
    return np.frombuffer(data, dtype=dtype)
