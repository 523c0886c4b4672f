"""Copy detection's measurements kept in the build cache (see briefing/copies/): each build
command is a new process, and without them an edit would shingle every article of the
briefing again and measure again every pair that may be copies.

Each own text's 5-grams are a row of their own (binary, by the text's key), so an edit writes
one row; what the last call measured (its sites' own texts, the verdicts on the pairs it
measured, its groups) is one entry, replaced by each call that measured anything, and so is
the sample of 5-grams the call ended with (binary rows of about 1.5 MB, and a head naming the
call): an edit then reads back only the 5-grams of the texts it weighs again, not the
briefing's (40 MB at 10,000 articles), nor takes the sample again from them. All are also
keyed by a fingerprint of the code that made them: a change to copy detection makes them
misses, as an entry that cannot be read is.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from pathlib import Path

import numpy as np

from generator import codec
from generator.briefing import copies
from generator.briefing.copies import CopyGroup, Links, Measured, Member
from generator.cache.store import AnalysisCache
from generator.models import Origin, Share


class CachedCopies:
    """A copies.Keeper that keeps in the build cache."""

    # The groups this process last read or kept, packed: the same need not be packed again
    # (watch mode makes a keeper for each build, and most groups stay as they were).
    _packed: dict[str, _SavedGroup] = {}

    def __init__(
        self, cache: AnalysisCache, joined: Callable[[], AnalysisCache] | None = None
    ) -> None:
        self.cache = cache
        self._joined = joined  # opens the cache in another process, if copies may go there

    def elsewhere(self) -> _KeptElsewhere | None:
        return _KeptElsewhere(self._joined) if self._joined else None

    def measured(self) -> Measured | None:
        text = self.cache.state(_state_name())
        try:
            saved = codec.loads(_Saved, text) if text else None
            found = _measured(saved) if saved else None
        except ValueError:  # kept by other code, or damaged: measured again
            return None
        CachedCopies._packed = {group.key: group for group in saved.groups} if saved else {}
        return found

    def keep_measured(self, measured: Measured) -> None:
        saved = _saved(measured, CachedCopies._packed)
        CachedCopies._packed = {group.key: group for group in saved.groups}
        self.cache.keep_state(_state_name(), codec.dumps(saved))

    def checks(self) -> Callable[[Sequence[str], Callable[[int], str]], list[str]]:
        return self.cache.texts_all(f"quotation checks {_fingerprint()}")

    def facts(self) -> str | None:
        return self.cache.state(_FACTS)

    def keep_facts(self, facts: str) -> None:
        self.cache.keep_state(_FACTS, facts)

    def shingles(
        self, keys: Collection[str], remembered: Mapping[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        prefix = _row_prefix()
        known = {prefix + key: array for key, array in remembered.items()}
        rows = self.cache.get_blobs([prefix + key for key in keys], _array, known)
        return {key.removeprefix(prefix): array for key, array in rows.items()}

    def kept_shingles(self, keys: Collection[str]) -> set[str]:
        prefix = _row_prefix()
        kept = self.cache.kept_blobs([prefix + key for key in keys])
        return {key.removeprefix(prefix) for key in kept}

    def sample(self, sources: str) -> tuple[np.ndarray, np.ndarray] | None:
        name = _sample_name()
        head = self.cache.get_blobs([name], functools.partial(_sample_head, sources)).get(name)
        if head is None:
            return None
        value, place = np.empty(head, dtype="<u8"), np.empty(head, dtype="<i4")
        for start in range(0, head, _SAMPLE_PART):
            part = f"{name} {start}"
            end = min(head, start + _SAMPLE_PART)
            read = self.cache.get_blobs([part], functools.partial(_sample_part, end - start))
            if part not in read:
                return None
            value[start:end], place[start:end] = read[part]
        if (value[1:] < value[:-1]).any() or (place < 0).any():
            return None  # not a sample: taken afresh
        return value, place

    def keep_sample(self, sources: str, value: np.ndarray, place: np.ndarray) -> None:
        # In parts of a megabyte or two, each written before the next is made: an edit at
        # 10,000 articles keeps some 15 MB, which at once SQLite would copy twice over.
        name = _sample_name()
        # The head last, and meanwhile none: parts half written are never read as a sample.
        self.cache.put_blobs({name: bytes(40)})
        for start in range(0, value.size, _SAMPLE_PART):
            part = slice(start, start + _SAMPLE_PART)
            data = value[part].astype("<u8").tobytes() + place[part].astype("<i4").tobytes()
            self.cache.put_blobs({f"{name} {start}": data})
        self.cache.put_blobs({name: sources.encode("ascii") + value.size.to_bytes(8, "little")})

    def keep_shingles(self, shingles: Mapping[str, np.ndarray]) -> None:
        prefix = _row_prefix()
        self.cache.put_blobs(
            {
                prefix + key: np.asarray(array, dtype="<u8").tobytes()
                for key, array in shingles.items()
            }
        )


@dataclass(frozen=True)
class _KeptElsewhere:
    """Opens the keeper in another process, in the cache of the build that made it (pickled
    to that process; see AnalysisCache.joined)."""

    cache: Callable[[], AnalysisCache]

    @contextlib.contextmanager
    def __call__(self) -> Iterator[CachedCopies]:
        with self.cache() as cache:
            yield CachedCopies(cache)


@functools.cache
def _fingerprint() -> str:
    """The code that makes and reads what is kept (copy detection's and this module's), and
    numpy's version."""
    digest = hashlib.sha256(np.__version__.encode())
    package = sorted(Path(copies.__file__).parent.glob("*.py"))  # every module of copy detection
    for module in (*package, Path(__file__)):
        digest.update(b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]


def _state_name() -> str:
    return f"copies {_fingerprint()}"


# What provenance works out of each article alone (see provenance._KeptFacts): by the articles'
# digests, which cover all of digest's code, so no fingerprint of its own.
_FACTS = "article facts"


def _row_prefix() -> str:
    return f"5-grams {_fingerprint()} "


def _sample_name() -> str:
    return f"sample {_fingerprint()}"


_SAMPLE_PART = 1 << 17  # sampled 5-grams a row of the sample holds (12 bytes each)


def _sample_head(sources: str, data: bytes) -> int | None:
    """How many sampled 5-grams the kept sample holds; None if it was kept for other
    sources (a digest of 32 characters heads its row)."""
    if len(data) != 40:
        raise codec.DecodeError("not the head of a sample")
    return int.from_bytes(data[32:], "little") if data[:32] == sources.encode("ascii") else None


def _sample_part(count: int, data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """A row of the sample: `count` sampled 5-grams (64 bits each), then their places (32)."""
    if len(data) != 12 * count:
        raise codec.DecodeError("not a part of the sample")
    value = np.frombuffer(data, dtype="<u8", count=count)
    return value, np.frombuffer(data, dtype="<i4", count=count, offset=8 * count)


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
    digests: tuple[str, ...]  # each member's (see copies.Member)


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
    # The links (see copies.Links): each place's source key ("" for an empty place), own text
    # (its place in `texts`, -1 for none), linking 5-grams and group (its place in `groups`,
    # -1 for none), as int32; the pairs that may be copies, two places each, as int32, and
    # whether each is sure, as uint8.
    link_sources: tuple[str, ...]
    link_texts: str
    linking: str
    link_groups: str
    link_pairs: str
    link_sure: str


def _saved(measured: Measured, known: Mapping[str, _SavedGroup]) -> _Saved:
    """`measured` to save; a group in `known` (packed before) is not packed again."""
    links = measured.links or _NO_LINKS
    site_texts = list(chain.from_iterable(measured.sites.values()))
    pair_texts = list(chain.from_iterable(measured.pairs))
    texts = tuple(dict.fromkeys(chain(site_texts, pair_texts, (own for _, own in links.texts))))
    place = {key: number for number, key in enumerate(texts)}
    sizes = [len(own) for own in measured.sites.values()]
    groups = tuple(
        known.get(key) or _saved_group(key, group) for key, group in measured.groups.items()
    )
    group_places = {group.key: number for number, group in enumerate(groups)}
    return _Saved(
        measured.sources,
        texts,
        tuple(measured.sites),
        _packed(sizes, "<i4"),
        _packed(list(map(place.__getitem__, site_texts)), "<i4"),
        _packed(list(map(place.__getitem__, pair_texts)), "<i4"),
        _packed(list(measured.pairs.values()), "u1"),
        groups,
        tuple(source for source, _ in links.texts),
        _packed([place[own] if own else -1 for _, own in links.texts], "<i4"),
        _packed(links.linking, "<i4"),
        _packed([group_places.get(key, -1) for key in links.groups], "<i4"),
        _packed(np.stack([links.first, links.second], axis=1).reshape(-1), "<i4"),
        _packed(links.sure, "u1"),
    )


_NO_LINKS = Links((), *[np.zeros(0, np.int64)] * 2, np.zeros(0, bool), np.zeros(0, np.int64), ())


def _saved_group(key: str, group: CopyGroup) -> _SavedGroup:
    fractions = [share.fraction for member in group.members for share in member.shares]
    digests = tuple(member.digest for member in group.members)
    return _SavedGroup(key, group.ids, _packed(fractions, "<f8"), group.origin, digests)


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
    return Measured(saved.sources, sites, pairs, groups, _links(saved))


def _links(saved: _Saved) -> Links:
    count = len(saved.link_sources)
    texts = _unpacked(saved.link_texts, "<i4").tolist()
    linking = _unpacked(saved.linking, "<i4").astype(np.int64)
    group_places = _unpacked(saved.link_groups, "<i4").tolist()
    pairs = _unpacked(saved.link_pairs, "<i4").astype(np.int64)
    sure = _unpacked(saved.link_sure, "u1").astype(bool)
    if not len(texts) == linking.size == len(group_places) == count or pairs.size != 2 * sure.size:
        raise codec.DecodeError("the links do not match their texts")
    if pairs.size and not 0 <= pairs.min() <= pairs.max() < count:
        raise codec.DecodeError("a pair beyond the texts")
    if group_places and not -1 <= min(group_places) <= max(group_places) < len(saved.groups):
        raise codec.DecodeError("a group beyond the groups")
    own = _named(("", *saved.texts), [place + 1 for place in texts])
    keys = [saved.groups[place].key if place >= 0 else "" for place in group_places]
    return Links(
        tuple(zip(saved.link_sources, own, strict=True)),
        pairs[0::2].copy(),
        pairs[1::2].copy(),
        sure,
        linking,
        tuple(keys),
    )


def _group(saved: _SavedGroup) -> CopyGroup:
    ids, count = saved.ids, len(saved.ids)
    fractions = _unpacked(saved.fractions, "<f8").tolist()
    if count < 2 or len(fractions) != count * (count - 1) or len(saved.digests) != count:
        raise codec.DecodeError("the shares do not match the members")
    members = []
    for row, member in enumerate(ids):
        others = ids[:row] + ids[row + 1 :]
        shares = fractions[row * (count - 1) : (row + 1) * (count - 1)]
        members.append(Member(member, tuple(map(Share, others, shares)), saved.digests[row]))
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
