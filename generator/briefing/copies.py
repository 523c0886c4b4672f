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

import dataclasses
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
_BATCH = 1 << 20  # characters tokenised at once
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
    # A digest of the shares, made with them: it stands for them in the article's digest, and
    # a report on a hundred sites is 9,900 shares to hash again on every build otherwise.
    digest: str = ""

    @classmethod
    def of(cls, article: str, shares: tuple[Share, ...]) -> Member:
        return cls(article, shares, _digest(repr([(s.other, s.fraction) for s in shares])))


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
    links: Links | None = None  # the call's texts and the pairs that may be copies


@dataclass(frozen=True, slots=True)
class Links:
    """A call's texts as copy detection numbers them (their places), and the pairs of them
    that their samples say may be copies: what the next call takes up to weigh again only the
    texts that changed (see _measure_again). A text keeps its place from call to call; the
    place of a text gone stays empty, and a new text takes a place after the last."""

    texts: tuple[tuple[str, str], ...]  # each place's (source key, own text key); ("", "") empty
    first: np.ndarray  # the places of each pair that may be copies, first < second (int64)
    second: np.ndarray
    sure: np.ndarray  # whether each pair is a copy by its sample alone (bool)
    linking: np.ndarray  # each place's sampled 5-grams that may link it to others (int64)
    groups: tuple[str, ...]  # the key of each place's group of copies, "" for none


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
    """What the last call measured, the 5-grams of its own texts and their sample, and the
    keys of its sources: only the last call's are kept in this process (watch mode's next
    build needs no others)."""

    measured = Measured()
    shingles: dict[str, np.ndarray] = {}
    sample: tuple[Links | None, _Sample | None] = (None, None)  # the links it was taken for
    keys: dict[Source, tuple[str, str]] = {}


def forget() -> None:
    """Drop what was kept in this process from the last call (to measure a first build)."""
    _Last.measured = Measured()
    _Last.shingles = {}
    _Last.sample = (None, None)
    _Last.keys = {}


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
        # The last call's, for the same sources: watch mode gives the same texts again and
        # again, and hashing them was a tenth of an edit's rebuild.
        known = _Last.keys
        keys = [known.get(source) or _source_keys(source) for source in sources]
        _Last.keys = dict(zip(sources, keys, strict=True))
        texts = [text for text, _ in keys]
        whole = [source for _, source in keys]
        return cls(texts, whole, _digest("".join(whole)))


def _source_keys(source: Source) -> tuple[str, str]:
    """The digests of a source's text and of the whole source (the text by its digest: the
    repr of a long text costs more than its hash)."""
    text = _digest(source.text)
    return text, _digest(repr((_BESIDES_TEXT(source), text)))


_BESIDES_TEXT = operator.attrgetter(*(f.name for f in fields(Source) if f.name != "text"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _measure(
    sources: Sequence[Source], keys: _Keys, known: Measured, keeper: Keeper | None
) -> Measured:
    """Find the groups, taking from `known` whatever was made from the same texts: after a
    few texts changed, only those are weighed again (_measure_again)."""
    own = _OwnTexts(sources, keys.texts, known.sites, keeper)
    shingles = _Shingles([own.shingles[key] for key in own.keys])
    if keeper and own.fresh:
        keeper.keep_shingles(own.fresh)
    again = _measure_again(sources, keys, own, shingles, known, keeper)
    _Last.shingles = own.shingles
    return again or _measure_afresh(sources, keys, own, shingles, known)


def _measure_afresh(
    sources: Sequence[Source], keys: _Keys, own: _OwnTexts, shingles: _Shingles, known: Measured
) -> Measured:
    """Every pair of texts that may be copies by their samples, measured unless already in
    one group; verdicts and groups made from the same texts are taken from `known`."""
    count = len(sources)
    sample = _Sample.of(dict(enumerate(shingles.arrays)))
    first, second, shared = sample.pairs(count)
    linking = sample.linking(count)
    first, second, sure = _candidates(first, second, shared, linking)
    joined = _Joined(count)
    pairs: dict[tuple[str, str], bool] = {}
    _join(sources, joined, first, second, sure, own.keys, shingles, known.pairs, pairs)
    links = Links(tuple(zip(keys.sources, own.keys, strict=True)), first, second, sure, linking, ())
    return _measured(sources, keys, own, shingles, known, joined, pairs, links, sample)


def _measure_again(
    sources: Sequence[Source],
    keys: _Keys,
    own: _OwnTexts,
    shingles: _Shingles,
    known: Measured,
    keeper: Keeper | None,
) -> Measured | None:
    """The groups found by weighing again only what changed since `known`: the texts that are
    new (edited ones are new texts, their old ones gone) and those whose linking 5-grams the
    change made more or fewer (a 5-gram held by one text alone, or by two, links nothing, or
    something); the pairs of all others, and their verdicts, are as they were, and so are the
    groups no such text was in. None when that cannot be done (nothing known, too much changed,
    a 5-gram now held by more or fewer than COMMON texts): all is weighed afresh then.

    What this finds is what _measure_afresh would: every step is one it would take."""
    links = known.links
    count = len(sources)
    if links is None or len(links.texts) > 2 * count + _FEW:
        return None
    texts = list(zip(keys.sources, own.keys, strict=True))
    place_of = {text: place for place, text in enumerate(links.texts) if text[0]}
    places = [place_of.get(text, -1) for text in texts]
    stayed = {place for place in places if place >= 0}
    gone = [place for place in place_of.values() if place not in stayed]
    new = [index for index, place in enumerate(places) if place < 0]
    if len(gone) + len(new) > max(_FEW, count // 10):
        return None
    for number, index in enumerate(new):
        places[index] = len(links.texts) + number
    gone_texts = _kept_shingles([links.texts[place][1] for place in gone], keeper)
    if len(gone_texts) < len({links.texts[place][1] for place in gone}):
        return None  # their 5-grams are no longer kept: afresh
    arrays = {place: own.shingles[own.keys[index]] for index, place in enumerate(places)}
    old = {place: gone_texts[links.texts[place][1]] for place in gone}
    sample = _sample_for(links, {p: a for p, a in arrays.items() if p in stayed} | old)
    touched = np.unique(
        np.concatenate(
            [_sampled(old[p]) for p in gone]
            + [_sampled(arrays[places[i]]) for i in new]
            + [np.zeros(0, dtype=np.uint64)]
        )
    )
    before = sample.holding(touched)
    sample = sample.without(gone).joined({places[i]: arrays[places[i]] for i in new})
    after = sample.holding(touched)
    if ((before > COMMON) != (after > COMMON)).any():
        return None  # a 5-gram now links many texts, or no longer does: afresh
    flipped = touched[(before >= 2) != (after >= 2)]
    size = len(links.texts) + len(new)
    again = np.union1d([places[i] for i in new], sample.holders(flipped)).astype(np.int64)
    linking = np.zeros(size, dtype=np.int64)
    linking[: links.linking.size] = links.linking
    linking[gone] = 0
    linking[again] = sample.linking_of(again)
    first, second, sure = _relinked(links, sample, linking, gone, again)
    doc_of = np.full(size, -1, dtype=np.int64)
    doc_of[places] = np.arange(count)
    joined = _Joined(count)
    affected = {links.groups[p] for p in [*gone, *again.tolist()] if p < len(links.groups)}
    members: dict[str, list[int]] = defaultdict(list)
    for place in stayed:
        if links.groups[place]:
            members[links.groups[place]].append(place)
    for key, group in members.items():
        if key not in affected:  # its pairs are as they were: it is one group still
            for place in group[1:]:
                joined.join(int(doc_of[group[0]]), int(doc_of[place]))
    weighed = np.zeros(size, dtype=bool)
    weighed[[p for key in affected if key for p in members.get(key, [])]] = True
    touching = weighed[first] & weighed[second]
    touching |= np.isin(first, again) | np.isin(second, again)
    pairs = dict(known.pairs)
    own_keys = [own.keys[index] for index in range(count)]
    _join(
        sources,
        joined,
        doc_of[first[touching]],
        doc_of[second[touching]],
        sure[touching],
        own_keys,
        shingles,
        known.pairs,
        pairs,
    )
    if len(pairs) > 2 * first.size + _FEW:  # the verdicts on texts long gone: dropped
        live = set(own.keys)
        pairs = {pair: verdict for pair, verdict in pairs.items() if live.issuperset(pair)}
    texts_by_place = [("", "")] * size
    for index, place in enumerate(places):
        texts_by_place[place] = texts[index]
    links = Links(tuple(texts_by_place), first, second, sure, linking, ())
    return _measured(
        sources, keys, own, shingles, known, joined, pairs, links, sample, doc_of, places
    )


_FEW = 16  # texts changed that are always weighed again alone, however small the briefing


def _sample_for(links: Links, arrays: Mapping[int, np.ndarray]) -> _Sample:
    """The sample of the texts of `links` (5-grams by place): the last call's, if it was
    taken for these links (watch mode), else taken afresh."""
    taken_for, sample = _Last.sample
    if taken_for is links and sample is not None:
        return sample
    return _Sample.of(arrays)


def _relinked(
    links: Links, sample: _Sample, linking: np.ndarray, gone: list[int], again: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of `links` that may be copies, those of the texts gone or weighed `again`
    replaced by the pairs the sample finds for the latter."""
    dropped = np.union1d(gone, again)
    kept = ~(np.isin(links.first, dropped) | np.isin(links.second, dropped))
    firsts, seconds, shares = [links.first[kept]], [links.second[kept]], []
    for place in again.tolist():
        partners, shared = sample.partners(place)
        # A pair of two texts weighed again is found from both: taken from the first.
        mine = ~np.isin(partners, again) | (partners > place)
        partners, shared = partners[mine], shared[mine]
        firsts.append(np.minimum(partners, place))
        seconds.append(np.maximum(partners, place))
        shares.append(shared)
    first, second = (
        np.concatenate(firsts[1:] or [np.zeros(0, np.int64)]),
        np.concatenate(seconds[1:] or [np.zeros(0, np.int64)]),
    )
    shared = np.concatenate(shares or [np.zeros(0, np.int64)])
    first, second, sure = _candidates(first, second, shared, linking)
    first = np.concatenate([firsts[0], first])
    second = np.concatenate([seconds[0], second])
    sure = np.concatenate([links.sure[kept], sure])
    order = np.lexsort((second, first))
    return first[order], second[order], sure[order]


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


def _join(
    sources: Sequence[Source],
    joined: _Joined,
    first: np.ndarray,
    second: np.ndarray,
    sure: np.ndarray,
    own_keys: list[str],
    shingles: _Shingles,
    known: Mapping[tuple[str, str], bool],
    verdicts: dict[tuple[str, str], bool],
) -> None:
    """Join the texts of each pair that is a copy: sure by its sample, or measured in full
    (its verdict taken from `known` if it was measured before) unless already in one group.
    The verdicts are kept in `verdicts`, by the pair's own texts."""
    for a, b in zip(first[sure].tolist(), second[sure].tolist(), strict=True):
        joined.join(a, b)
    for a, b in zip(first[~sure].tolist(), second[~sure].tolist(), strict=True):
        pair = min(own_keys[a], own_keys[b]), max(own_keys[a], own_keys[b])
        verdict = known.get(pair)
        # Two texts already joined through other copies are in one group whatever they
        # share: measuring them would change nothing (the group's shares are measured at once).
        if not joined.same(a, b):
            verdict = _copies(shingles, a, b, sources) if verdict is None else verdict
            if verdict:
                joined.join(a, b)
        if verdict is not None:
            verdicts[pair] = verdict


def _measured(
    sources: Sequence[Source],
    keys: _Keys,
    own: _OwnTexts,
    shingles: _Shingles,
    known: Measured,
    joined: _Joined,
    pairs: dict[tuple[str, str], bool],
    links: Links,
    sample: _Sample,
    doc_of: np.ndarray | None = None,
    places: list[int] | None = None,
) -> Measured:
    """What a call measured: its groups (those made from the same texts taken from `known`,
    the shares of copies that stayed in one group taken from their members there) and the
    links with each place's group."""
    places = places if places is not None else list(range(len(sources)))
    # A text that stayed what it was keeps its shares of the others that did, in its group.
    kept = set(known.links.texts) if known.links else set()
    earlier = {member.id: member for group in known.groups.values() for member in group.members}
    group_of = [""] * links.linking.size
    groups = {}
    for component in joined.groups():
        members = sorted(component, key=lambda index: sources[index].id)
        key = _digest("".join(keys.sources[i] + own.keys[i] for i in members))
        made = known.groups.get(key)
        if made is None:
            stayed = {
                sources[i].id: earlier[sources[i].id]
                for i in members
                if (keys.sources[i], own.keys[i]) in kept and sources[i].id in earlier
            }
            made = _group([sources[i] for i in members], members, shingles, stayed)
        groups[key] = made
        for index in members:
            group_of[places[index]] = key
    links = dataclasses.replace(links, groups=tuple(group_of))
    _Last.sample = (links, sample)
    return Measured(keys.call, own.sites, pairs, groups, links)


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
    """The distinct 5-grams of each text, as sorted 64-bit numbers, an array a text.

    A word is numbered by its CRC-32, the same in every process and whatever the order of the
    articles (Python's hash of a string changes with each process)."""

    def __init__(self, arrays: Sequence[np.ndarray]) -> None:
        self.arrays = list(arrays)

    def of(self, doc: int) -> np.ndarray:
        return self.arrays[doc]

    def size(self, doc: int) -> int:
        return int(self.arrays[doc].size)

    def shared(self, a: int, b: int) -> int:
        """5-grams the two texts share. Each text's are sorted and distinct already: a binary
        search of the longer for each of the shorter's costs no sort (np.intersect1d sorts)."""
        short, long = sorted((self.of(a), self.of(b)), key=len)
        if not short.size:
            return 0
        # (take() clips a place past the end to the last 5-gram: called thousands of times.)
        return int(np.count_nonzero(long.take(long.searchsorted(short), mode="clip") == short))


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
        """The sample of the texts whose 5-grams are `arrays`, by place."""
        sampled = [_sampled(array) for array in arrays.values()]
        value = np.concatenate([np.zeros(0, dtype=np.uint64), *sampled])
        place = np.repeat(np.fromiter(arrays, np.int64, len(arrays)), [a.size for a in sampled])
        order = np.lexsort((place, value))
        return cls(value[order], place[order])

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

    def pairs(self, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every pair of texts sharing MIN_SAMPLED linking 5-grams or more (fewer never makes
        two texts copies), (first, second), first < second, in order, with how many they share.
        Most pairs of a briefing share one, a stock phrase of its story: at 10,000 articles,
        keeping those was some 100 MB more at the peak of a cold build."""
        links = self._links()
        codes = _pair_codes(self.value[links], self.place[links], count)
        codes.sort()
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if codes.size else codes
        shared = np.diff(np.r_[starts, codes.size]).astype(np.int64)
        some = shared >= MIN_SAMPLED
        codes, shared = codes[starts[some]], shared[some]
        return codes // count, codes % count, shared

    def _links(self) -> np.ndarray:
        """Which entries are of 5-grams that link texts."""
        value = self.value
        if not value.size:
            return np.zeros(0, dtype=bool)
        starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
        lengths = np.diff(np.r_[starts, value.size])
        return np.repeat((lengths > 1) & (lengths <= COMMON), lengths)


def _pair_codes(value: np.ndarray, place: np.ndarray, count: int) -> np.ndarray:
    """Each pair of places holding one 5-gram, as first * count + second, once per 5-gram."""
    codes = [np.zeros(0, dtype=np.int64)]
    for step in range(1, COMMON):  # a run is COMMON long at most
        same = value[step:] == value[:-step]
        if not same.any():
            break
        codes.append(place[:-step][same] * count + place[step:][same])
    return np.concatenate(codes)


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The indexes start, start + 1, ..., end - 1 of each range, one after the other."""
    lengths = ends - starts
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return np.arange(lengths.sum()) + offsets


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
    earlier = earlier or {}
    ids = [source.id for source in members]
    # Every pair counted at once, unless most are known (Python ints: a wire story is 9,900).
    everything = None if earlier else _shared_counts(shingles, indexes).tolist()
    counted: dict[tuple[int, int], int] = {}

    def shared(a: int, b: int) -> int:
        if everything is not None:
            return int(everything[a][b])
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


@functools.lru_cache(maxsize=1 << 12)  # a group edited in watch mode is found again and again
def _credited(source: Source) -> tuple[Credit, ...]:
    return credits(f"{source.credit_text}\n{source.text}", source.outlet)


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
    found = [(credit, source.id) for source in members for credit in _credited(source)]
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
