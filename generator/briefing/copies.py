"""Copies: articles that are the same report (a wire story on several sites, light rewrites of
one story), found by the words they share, with where the report came from, and a check of a
rewrite's quotations against its original.

Two articles are copies when one shares at least `MIN_SHARE` of its word 5-grams with the
other, and at least `MIN_SHARED` of them; below `SURE_SHARE`, one's lead must also be in the
other (two stories of one site may share their background paragraphs, and only those). Only each article's own words count: quoted passages
are left out (every report of an event quotes the same statements), and so are paragraphs
that recur in `TEMPLATE_ARTICLES` or more articles of one site (its template). No pair of texts
is compared in full unless an index of a sample of the 5-grams shows that they share some.
The 5-grams of the whole briefing are numbers in numpy arrays: at 10,000 articles, sets of
Python tuples cost seconds of hashing and garbage collection.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import hashlib
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Protocol

import numpy as np

from generator.models import Origin, QuoteCheck, Share

SHINGLE = 5  # words in a shingle
MIN_SHARE = 0.25  # of an article's own 5-grams that the other must share
MIN_SHARED = 15  # 5-grams at least, so that two teasers sharing a phrase are not copies
SURE_SHARE = 0.5  # of the shorter's 5-grams: copies, however each begins
LEAD_SHARE = 0.15  # of a lead's 5-grams that the other text must hold, below SURE_SHARE
LEAD_PARAGRAPHS = 2  # paragraphs of at least LEAD_WORDS words: what a report opens with
LEAD_WORDS = 12
TEMPLATE_ARTICLES = 3  # a paragraph in this many articles of one site is the site's template
SAMPLE = 4  # one 5-gram in SAMPLE goes into the index
MIN_SAMPLED = 2  # sampled 5-grams two articles must share to be measured in full
SAMPLED_SHARE = 0.75 * MIN_SHARE  # of the shorter's sampled 5-grams, to be measured in full
TRUSTED_SAMPLE = 40  # sampled 5-grams of the shorter text, to take a pair's sample for its share
COMMON = 100  # a sampled 5-gram in more articles than this is a stock phrase: no pairs

_WORD = re.compile(r"\w+|\x00")  # a word, as _word_numbers finds them
_WORD_CHARACTER = re.compile(r"\w")
_ASCII_WORD = np.array([_WORD_CHARACTER.match(chr(point)) is not None for point in range(128)])
_BATCH = 1 << 22  # characters tokenised at once
_CUT = "\x00"  # stands where a quotation was cut out: no 5-gram spans it
# A quoted passage within a paragraph. Cheaper than the quotation reader (copy detection reads
# every article of a briefing) and enough here: it only keeps quoted words out of the count.
_QUOTED = re.compile(r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|‘[^‘’\n]*’(?!\w)", re.MULTILINE)
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


@dataclass(frozen=True, slots=True)
class Source:
    """One article as copy detection reads it: its cleaned text and where it appeared."""

    id: str
    text: str
    site: str  # the site (host) or outlet: the paragraphs of its template are discounted
    published: datetime.date | None = None
    outlet: str = ""  # its name as shown, which may credit an agency: "Nippon.com (Jiji Press)"
    based_on: str = ""  # the URL the editor says it is based on
    credit_text: str = ""  # more text to find credit lines in: the lines the cleaner removed


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    shares: tuple[Share, ...]  # one per other member of its group, in the group's order


@dataclass(frozen=True, slots=True)
class CopyGroup:
    """Articles that are one report: two or more, in id order."""

    members: tuple[Member, ...]
    origin: Origin

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(member.id for member in self.members)


@dataclass(frozen=True, slots=True)
class Measured:
    """What a call of copy_groups found, for the next call to take up rather than measure
    again: watch mode reads the whole briefing again after each save, and a build command
    after an edit finds it in the build cache (see Keeper). Each entry is keyed by digests of
    all it was made from, so one kept from other sources only misses, never misleads."""

    sources: str = ""  # the digest of all the call's sources: the same again, the same groups
    # Each site's own texts (see _site_own_texts), by the digest of its articles' texts.
    sites: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whether each pair of own texts measured in full is a copy, by their keys in order.
    pairs: dict[tuple[str, str], bool] = field(default_factory=dict)
    groups: dict[str, CopyGroup] = field(default_factory=dict)  # by the key of their members


class Keeper(Protocol):
    """Where copy detection keeps what it measured from one build command to the next (the
    build cache: cache/copies.py). Own texts go by key: the digest of the text."""

    def measured(self) -> Measured | None:
        """What the last call that kept it measured, if it was kept."""

    def keep_measured(self, measured: Measured) -> None: ...

    def shingles(
        self, keys: Collection[str], remembered: Mapping[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        """The 5-grams kept of the own texts among `keys`; those in `remembered` (this
        process has them) are taken from there."""

    def keep_shingles(self, shingles: Mapping[str, np.ndarray]) -> None: ...


class _Last:
    """What the last call measured, and the 5-grams of its own texts: only the last call's
    are kept in this process (watch mode's next build needs no others)."""

    measured = Measured()
    shingles: dict[str, np.ndarray] = {}


def forget() -> None:
    """Drop what was kept in this process from the last call (to measure a first build)."""
    _Last.measured = Measured()
    _Last.shingles = {}


def copy_groups(sources: Sequence[Source], keeper: Keeper | None = None) -> tuple[CopyGroup, ...]:
    """The groups of copies among `sources`, in the order of their first member's id.

    What a call measures is kept for the next, in this process and in `keeper` if given: the
    same sources again are measured no more, and after an edit only the edited texts are
    shingled and only the pairs they are in are measured."""
    keys = _Keys.of(sources)
    # This process's last call first: in watch mode it is what the keeper holds too, and
    # reading that back on every save cost more than measuring the edited text.
    known = _Last.measured
    if not known.sources and keeper:
        known = keeper.measured() or known
    measured = known if known.sources == keys.call else _measure(sources, keys, known, keeper)
    if keeper and measured is not known:
        keeper.keep_measured(measured)
    _Last.measured = measured
    return tuple(sorted(measured.groups.values(), key=lambda group: group.ids))


@dataclass(frozen=True, slots=True)
class _Keys:
    """Digests of the sources, which key what one call keeps for the next."""

    texts: list[str]  # each source's text
    sources: list[str]  # each source, all its fields
    call: str  # all the sources, in order

    @classmethod
    def of(cls, sources: Sequence[Source]) -> _Keys:
        texts = [_digest(source.text) for source in sources]
        # The text by its digest: the repr of a long text costs more than its hash.
        whole = [
            _digest(repr((_BESIDES_TEXT(source), text)))
            for source, text in zip(sources, texts, strict=True)
        ]
        return cls(texts, whole, _digest("".join(whole)))


_BESIDES_TEXT = operator.attrgetter(*(f.name for f in fields(Source) if f.name != "text"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _measure(
    sources: Sequence[Source], keys: _Keys, known: Measured, keeper: Keeper | None
) -> Measured:
    """Find the groups, taking from `known` whatever was made from the same texts."""
    own = _OwnTexts(sources, keys.texts, known.sites, keeper)
    shingles = _Shingles([own.shingles[key] for key in own.keys])
    _Last.shingles = own.shingles
    if keeper and own.fresh:
        keeper.keep_shingles(own.fresh)
    sure, maybe = shingles.candidates()
    joined = _Joined(len(sources))
    for a, b in sure:
        joined.join(a, b)
    pairs = {}
    for a, b in maybe:
        pair = min(own.keys[a], own.keys[b]), max(own.keys[a], own.keys[b])
        verdict = known.pairs.get(pair)
        # Two texts already joined through other copies are in one group whatever they
        # share: measuring them would change nothing (the group's shares are measured at once).
        if not joined.same(a, b):
            verdict = _copies(shingles, a, b, sources) if verdict is None else verdict
            if verdict:
                joined.join(a, b)
        if verdict is not None:
            pairs[pair] = verdict
    groups = {}
    for component in joined.groups():
        members = sorted(component, key=lambda index: sources[index].id)
        key = _digest("".join(keys.sources[i] + own.keys[i] for i in members))
        made = known.groups.get(key)
        groups[key] = made or _group([sources[i] for i in members], members, shingles)
    return Measured(keys.call, own.sites, pairs, groups)


def shared_fraction(text: str, other: str) -> float:
    """How much of `text`'s own words (its 5-grams outside quotes) `other` shares, 0 to 1."""
    made = _shingled({"text": _unquoted(text), "other": _unquoted(other)})
    shingles = _Shingles([made["text"], made["other"]])
    return shingles.shared(0, 1) / shingles.size(0) if shingles.size(0) else 0.0


# ---------------------------------------------------------------------------- 5-grams


class _OwnTexts:
    """The key of each source's own text (see _site_own_texts), and the 5-grams of each own
    text by its key. A site whose texts are all as they were is not read again, and an own
    text whose 5-grams were kept is not shingled again: after an edit, only the edited
    article's site is read and, unless the edit changed its template, one text shingled."""

    def __init__(
        self,
        sources: Sequence[Source],
        text_keys: list[str],
        known_sites: Mapping[str, tuple[str, ...]],
        keeper: Keeper | None,
    ) -> None:
        self.keys = [""] * len(sources)  # each source's own text, by key
        self.sites: dict[str, tuple[str, ...]] = {}  # each site's own texts, by its texts' key
        members_of: dict[str, list[int]] = {}
        made: dict[str, str] = {}  # the own texts made in this call, by key
        for members in _by_site(sources):
            site = _digest("".join(text_keys[i] for i in members))
            members_of[site] = members
            if site in known_sites:
                self.sites[site] = known_sites[site]
            else:
                made.update(self._make(site, [sources[i].text for i in members]))
            for index, key in zip(members, self.sites[site], strict=True):
                self.keys[index] = key
        wanted = list(dict.fromkeys(self.keys))
        found = _kept_shingles(wanted, keeper)
        # A site taken as it was whose 5-grams were not all kept (pruned, or kept elsewhere)
        # is read again: its own texts are needed to shingle them.
        for site, members in members_of.items():
            if any(self.keys[i] not in found and self.keys[i] not in made for i in members):
                made.update(self._make(site, [sources[i].text for i in members]))
        self.fresh = _shingled({key: made[key] for key in wanted if key not in found})
        self.shingles = found | self.fresh

    def _make(self, site: str, texts: list[str]) -> dict[str, str]:
        own = _site_own_texts(texts)
        self.sites[site] = tuple(map(_digest, own))
        return dict(zip(self.sites[site], own, strict=True))


def _by_site(sources: Sequence[Source]) -> list[list[int]]:
    """The sources of each site, by their places."""
    by_site: dict[str, list[int]] = defaultdict(list)
    for index, source in enumerate(sources):
        by_site[source.site.casefold()].append(index)
    return list(by_site.values())


def _site_own_texts(texts: list[str]) -> list[str]:
    """Each of one site's texts without its quotations, nor the paragraphs of the site's
    template."""
    unquoted = [_unquoted(text) for text in texts]
    if len(texts) < TEMPLATE_ARTICLES:
        return unquoted
    paragraphs = [[p.strip() for p in text.split("\n\n") if p.strip()] for text in unquoted]
    counts = Counter(p for kept in paragraphs for p in set(kept))
    template = {p for p, count in counts.items() if count >= TEMPLATE_ARTICLES}
    return [
        f"\n\n{_CUT}\n\n".join(p for p in kept if p not in template)
        if template.intersection(kept)
        else text
        for text, kept in zip(unquoted, paragraphs, strict=True)
    ]


def _kept_shingles(keys: list[str], keeper: Keeper | None) -> dict[str, np.ndarray]:
    """The 5-grams of the own texts among `keys` that the last call or `keeper` kept."""
    if keeper is not None:
        return keeper.shingles(keys, _Last.shingles)
    return {key: _Last.shingles[key] for key in keys if key in _Last.shingles}


def _unquoted(text: str) -> str:
    """The text in lower case, each quotation replaced by a cut."""
    return _QUOTED.sub(f" {_CUT} ", text.lower())


class _Shingles:
    """The distinct 5-grams of each text, as sorted 64-bit numbers, all in one array.

    A word is numbered by its CRC-32, the same in every process and whatever the order of the
    articles (Python's hash of a string changes with each process)."""

    def __init__(self, arrays: Sequence[np.ndarray]) -> None:
        lengths = np.array([array.size for array in arrays], dtype=np.int64)
        self.count = len(arrays)
        self.value = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
        self.doc = np.repeat(np.arange(self.count), lengths)
        self.start = np.r_[0, np.cumsum(lengths)]

    def of(self, doc: int) -> np.ndarray:
        return self.value[self.start[doc] : self.start[doc + 1]]

    def size(self, doc: int) -> int:
        return int(self.start[doc + 1] - self.start[doc])

    def shared(self, a: int, b: int) -> int:
        """5-grams the two texts share. Each text's are sorted and distinct already: a binary
        search of the longer for each of the shorter's costs no sort (np.intersect1d sorts)."""
        short, long = sorted((self.of(a), self.of(b)), key=len)
        if not short.size:
            return 0
        # (take() clips a place past the end to the last 5-gram: called thousands of times.)
        return int(np.count_nonzero(long.take(long.searchsorted(short), mode="clip") == short))

    def candidates(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Pairs of texts that are copies by their sample, and pairs that may be (to measure
        in full), found by sorting the sample: equal 5-grams sit side by side, so pairs come
        from neighbours, not all pairs."""
        sampled = (self.value >> np.uint64(40)) % np.uint64(SAMPLE) == 0
        value, doc = self.value[sampled], self.doc[sampled]
        order = np.lexsort((doc, value))
        value, doc = value[order], doc[order]
        starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
        lengths = np.diff(np.r_[starts, value.size])
        keep = np.repeat((lengths > 1) & (lengths <= COMMON), lengths)
        value, doc = value[keep], doc[keep]
        codes = []
        for step in range(1, COMMON):
            same = value[step:] == value[:-step]
            if not same.any():
                break
            codes.append(doc[:-step][same] * self.count + doc[step:][same])
        if not codes:
            return [], []
        codes = np.sort(np.concatenate(codes))
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        counts = np.diff(np.r_[starts, codes.size])
        first, second = codes[starts] // self.count, codes[starts] % self.count
        # Copies share MIN_SHARE of the shorter text's 5-grams, so about that share of its
        # sampled ones: a pair sharing under SAMPLED_SHARE of them is no copy, and is never
        # measured (texts written from one stock of phrases share sampled 5-grams by the dozen).
        sampled_sizes = np.bincount(doc, minlength=self.count)
        shorter = np.minimum(sampled_sizes[first], sampled_sizes[second])
        enough = (counts >= MIN_SAMPLED) & (counts >= SAMPLED_SHARE * shorter)
        # Twice the share a copy needs, in a sample big enough to trust, settles a pair
        # unmeasured: a wire story on a hundred sites is 4,950 pairs.
        sure = enough & (counts >= 2 * MIN_SHARE * shorter) & (shorter >= TRUSTED_SAMPLE)
        sure &= counts * SAMPLE >= 2 * MIN_SHARED

        def listed(chosen: np.ndarray) -> list[tuple[int, int]]:
            return [(int(a), int(b)) for a, b in zip(first[chosen], second[chosen], strict=True)]

        return listed(sure), listed(enough & ~sure)


def _shingled(texts: Mapping[str, str]) -> dict[str, np.ndarray]:
    """Each text's distinct 5-grams, sorted, by the text's key, made for all the texts at once
    (numpy's work on one array beats a call per text)."""
    ids, docs, first = [np.zeros(0, dtype=np.uint64)], [np.zeros(0, dtype=np.int64)], 0
    for batch in _batches(list(texts.values())):
        numbers, doc = _word_numbers(batch)
        ids.append(numbers)
        docs.append(doc + first)
        first += len(batch)
    doc, value = _distinct(np.concatenate(ids), np.concatenate(docs))
    start = np.searchsorted(doc, np.arange(len(texts) + 1))
    return {key: value[start[i] : start[i + 1]] for i, key in enumerate(texts)}


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
    word = _is_word(points)
    cut = points == 0
    after_word = np.r_[False, word[:-1]]
    starts = np.flatnonzero((word & ~after_word) | cut)
    is_cut = cut[starts]
    ends = starts + 1  # a cut is one character; a word ends where the next non-word is
    ends[~is_cut] = np.flatnonzero(after_word & ~word)  # (the last character is a cut)
    # Where each character's UTF-8 ends: the CRC-32 is of a word's bytes.
    width = (points >= 0x80).view(np.uint8) + (points >= 0x800) + (points >= 0x10000) + 1
    byte_end = np.cumsum(width, dtype=np.int64)
    begin = byte_end[starts] - width[starts]
    numbers = _crc32(data, begin, byte_end[ends - 1] - begin)
    numbers[numbers == 0] = 1
    numbers[is_cut] = 0
    separators = np.cumsum([len(text) + 1 for text in texts]) - 1
    return numbers, np.searchsorted(separators, starts)


def _is_word(points: np.ndarray) -> np.ndarray:
    """Whether each character (by its code point) is one \\w matches."""
    word = _ASCII_WORD[np.minimum(points, 127)]
    beyond = np.flatnonzero(points > 127)
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
    order = np.argsort(-length, kind="stable")
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


def _copies(shingles: _Shingles, a: int, b: int, sources: Sequence[Source]) -> bool:
    shared = shingles.shared(a, b)
    smaller = min(shingles.size(a), shingles.size(b))
    if shared < MIN_SHARED or shared < MIN_SHARE * smaller:
        return False
    # One report rewritten keeps its opening somewhere, even under a new lead (a
    # write-through); two stories sharing only the background paragraphs begin apart.
    if shared >= SURE_SHARE * smaller:
        return True
    return any(
        _lead_share(sources[one].text, shingles.of(other)) >= LEAD_SHARE
        for one, other in ((a, b), (b, a))
    )


def _lead_share(text: str, other: np.ndarray) -> float:
    """How much of the lead of `text` (its first paragraphs of some length) `other` holds."""
    paragraphs = (part for part in text.split("\n\n") if len(part.split()) >= LEAD_WORDS)
    lead = "\n\n".join(itertools.islice(paragraphs, LEAD_PARAGRAPHS))
    own = _shingled({"lead": _unquoted(lead)})["lead"]
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


def _group(members: list[Source], indexes: list[int], shingles: _Shingles) -> CopyGroup:
    shared = _shared_counts(shingles, indexes).tolist()  # Python ints: a wire story is 9,900
    built = []
    for row, source in enumerate(members):
        size = shingles.size(indexes[row]) or 1
        shares = tuple(
            Share(other.id, round(shared[row][column] / size, 3))
            for column, other in enumerate(members)
            if column != row
        )
        built.append(Member(source.id, shares))
    return CopyGroup(tuple(built), origin(members))


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


# ---------------------------------------------------------------------------- origin

# Agencies, and the names texts give them.
AGENCIES = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters",),
    "AP": ("AP", "Associated Press"),
    "Yonhap": ("Yonhap",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo",),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu", "AA"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "dpa": ("dpa", "DPA"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "TASS": ("TASS",),
    "Bernama": ("Bernama",),
    "ANI": ("ANI",),
    "PTI": ("PTI",),
    "IANS": ("IANS",),
    "UPI": ("UPI",),
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "CNBC": ("CNBC",),
    "Fox News": ("Fox News",),
}
_NAMES = {name: agency for agency, names in AGENCIES.items() for name in names}
_AGENCY = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_STAFF = r"(?: [Ss]taff(?: [Ww]riters?)?)?"
# How texts credit an agency, strongest first; each is looked for where it is written (the
# head or the tail of the text). A photo credit ("Credit: AAP", "(Image: Reuters)") or a
# report cited ("Reuters reported") names no origin.
_CREDITS = (
    ("dateline", "head", re.compile(rf"\(({_AGENCY})\)\s*(?:--|[-—–:]|$)", re.MULTILINE)),
    (
        "byline",
        "both",
        re.compile(rf"^\s*(?:[Bb]y\s+)?({_AGENCY}){_STAFF}\s*(?:[|/]|$)", re.MULTILINE),
    ),
    ("byline", "both", re.compile(rf"\b[Bb]y ({_AGENCY}){_STAFF}\b")),
    ("credit", "both", re.compile(rf"\(({_AGENCY})\)")),
    ("credit", "both", re.compile(rf"\bvia ({_AGENCY})\b")),
    ("credit", "tail", re.compile(rf"(?:[Cc]opyright|©)[^.\n]{{0,20}}\b({_AGENCY})\b")),
    ("credit", "both", re.compile(rf"[Ss]ource: ({_AGENCY})\b")),
    ("credit", "tail", re.compile(rf"[-—–]\s*({_AGENCY})\s*$")),
)
_AGENCY_AFTER = re.compile(rf"(?:the )?({_AGENCY})\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_FIRST_WORDS = frozenset(name.split()[0] for name in _NAMES)
_OUTLET_CREDIT = re.compile(rf"\(([^)]*?\b({_AGENCY})\b[^)]*)\)")
_STRENGTH = {"dateline": 0, "byline": 1, "credit": 2, "outlet": 3, "interview": 4}
_EDGE = 600  # a credit line starts this near the head of a text, or ends this near its tail


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency a text names as where it came from."""

    agency: str
    how: str  # "dateline", "byline", "credit", "outlet" (its outlet's name) or "interview"
    words: str  # the words that name it


def credits(text: str, outlet: str = "") -> tuple[Credit, ...]:
    """The agencies a text (or its outlet's name) credits, strongest first. "He told AFP"
    counts, weakly: only an agency's own reporters write it."""
    found = list(_interviews(text))
    for start, end in _lines_naming_agencies(text):
        line = text[start:end]
        places = ({"head", "both"} if start < _EDGE else set()) | (
            {"tail", "both"} if end > len(text) - _EDGE else set()
        )
        for how, where, pattern in _CREDITS:
            if where in places:
                found.extend(
                    Credit(_NAMES[m.group(1)], how, m.group().strip())
                    for m in pattern.finditer(line)
                )
    for match in _OUTLET_CREDIT.finditer(outlet):
        found.append(Credit(_NAMES[match.group(2)], "outlet", match.group()))
    return tuple(sorted(found, key=lambda credit: _STRENGTH[credit.how]))


def _interviews(text: str) -> Iterator[Credit]:
    """Each "told AFP" of a text (found by plain search: a regex over every text costs more)."""
    at = text.find("told ")
    while at >= 0:
        match = _AGENCY_AFTER.match(text, at + 5)
        if match and (at == 0 or not text[at - 1].isalnum()):
            yield Credit(_NAMES[match.group(1)], "interview", f"told {match.group()}")
        at = text.find("told ", at + 5)


def _lines_naming_agencies(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line near the head or the tail of a text with a word that may
    begin an agency's name: the credit patterns then run on those few lines alone."""
    edges = text if len(text) <= 2 * _EDGE else f"{text[:_EDGE]} {text[-_EDGE:]}"
    lines: set[tuple[int, int]] = set()
    for word in _FIRST_WORDS.intersection(_CAPITALISED.findall(edges)):
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            lines.add((start, len(text) if end < 0 else end))
            at = text.find(word, at + len(word))
    return sorted(lines)


def origin(members: Sequence[Source]) -> Origin:
    """Where a group's report came from: the agency its copies credit most (the strongest
    credit breaks a tie), else the URL an editor gave as `based_on`, else the earliest copy."""
    found = [
        (credit, source.id)
        for source in members
        for credit in credits(f"{source.credit_text}\n{source.text}", source.outlet)
    ]
    if found:
        votes = Counter(credit.agency for credit, _ in found)
        credit, article = min(
            found, key=lambda item: (-votes[item[0].agency], _STRENGTH[item[0].how], item[1])
        )
        return Origin(credit.agency, f"{credit.how} '{credit.words}'", article)
    based = sorted((source.id, source.based_on) for source in members if source.based_on)
    if based:
        article, url = based[0]
        return Origin(url, "based_on", article)
    dated = sorted((source.published, source.id) for source in members if source.published)
    if dated:
        published, article = dated[0]
        return Origin(article, f"earliest dated copy ({published.isoformat()})", article)
    return Origin("", "no copy names its source or has a date")


# ---------------------------------------------------------------------------- rewrites

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
REWORDED = 0.6  # of a quotation's words found in order in the original: the same quotation


def check_quotes(
    rewrite: str, quotes: Sequence[str], originals: Sequence[tuple[str, str]]
) -> tuple[QuoteCheck, ...]:
    """Check each of a rewrite's quotations against its original(s), given as (id, text)."""
    read = [(name, text, _tokens(text)) for name, text in originals]
    return tuple(_check(rewrite, quote, read) for quote in quotes)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _plain(text: str) -> str:
    text = re.sub(r"[‘’`´]", "'", re.sub(r"[“”„]", '"', text))
    return re.sub(r"\s+", " ", text).strip().casefold()


_ORDER = {"verbatim": 0, "reworded": 1, "missing": 2, "unchecked": 3}


def _check(rewrite: str, quote: str, originals: list) -> QuoteCheck:
    checks = [_check_one(rewrite, quote, *original) for original in originals]
    if not checks:
        return QuoteCheck(quote, "unchecked")
    return min(checks, key=lambda check: (_ORDER[check.status], check.source))


def _check_one(rewrite: str, quote: str, name: str, text: str, tokens: list) -> QuoteCheck:
    plain, whole = _plain(quote), _plain(text)
    if plain in whole:
        return QuoteCheck(quote, "verbatim", name, quote)
    held = _held_until_end(plain, whole)
    if held:  # the excerpt stops inside the quotation, after the same words
        return QuoteCheck(quote, "verbatim", name, text.rstrip()[-held:], cut=True)
    words = [match.group().casefold() for match in _TOKEN.finditer(quote)]
    found = _closest(words, tokens)
    if found is not None:
        start, stop, differences = found
        passage = text[tokens[start].start() : tokens[stop - 1].end()]
        status = "reworded" if differences else "verbatim"  # else only punctuation differs
        return QuoteCheck(quote, status, name, passage, differences)
    covered = _covered_until(rewrite, text)
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


def _closest(words: list[str], tokens: list) -> tuple[int, int, tuple[tuple[str, str], ...]] | None:
    """The stretch of the original that holds most of the quotation's words in order (the
    tightest of equals), if it holds REWORDED of them: its tokens and the words that differ."""
    if not words:
        return None
    original = [match.group().casefold() for match in tokens]
    matcher = difflib.SequenceMatcher(None, words, original, autojunk=False)
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


def _covered_until(rewrite: str, original: str) -> int:
    """How far into the rewrite the original reaches: the end of the last of the rewrite's
    5-grams the original shares (-1 when it shares none)."""
    theirs = _TOKEN.findall(original.casefold())
    shared = {tuple(theirs[i : i + SHINGLE]) for i in range(len(theirs) - SHINGLE + 1)}
    mine = list(_TOKEN.finditer(rewrite))
    words = [match.group().casefold() for match in mine]
    last = -1
    for i in range(len(words) - SHINGLE + 1):
        if tuple(words[i : i + SHINGLE]) in shared:
            last = mine[i + SHINGLE - 1].end()
    return last
