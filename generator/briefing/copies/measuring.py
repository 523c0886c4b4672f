"""copy_groups: the groups of copies among a call's sources, measured afresh (_measure_afresh)
or, after a few texts changed, by weighing again only those (_measure_again), taking up the
links, verdicts and groups the last call kept (in this process or in a Keeper).
"""

from __future__ import annotations

import dataclasses
import operator
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields

import numpy as np

from generator.briefing.copies import apart, grouping
from generator.briefing.copies.grouping import _Joined
from generator.briefing.copies.model import (
    COMMON,
    CopyGroup,
    Keeper,
    Links,
    Measured,
    Source,
    _digest,
    _Last,
)
from generator.briefing.copies.own_texts import _Arrays, _kept_shingles, _OwnTexts
from generator.briefing.copies.sampling import _candidates, _Sample, _sampled
from generator.briefing.copies.shingling import _Shingles


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
    if known.sources == keys.call:
        measured = known
    else:
        measured = _measure_apart(sources, keys, known, keeper) or _measure(
            sources, keys, known, keeper
        )
    if keeper and measured is not known:
        keeper.keep_measured(measured)
    _Last.measured = measured
    return tuple(sorted(measured.groups.values(), key=lambda group: group.ids))


def _measure_apart(
    sources: Sequence[Source], keys: _Keys, known: Measured, keeper: Keeper | None
) -> Measured | None:
    """What _measure finds, measured in a process of its own if the keeper allows it and the
    sources are many (see apart.py); None if not measured there."""
    opener = keeper.elsewhere() if keeper else None
    if opener is None or len(sources) < apart.APART_FROM:
        return None
    return apart.measured_apart(sources, keys, known, opener)


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


def _measure(
    sources: Sequence[Source], keys: _Keys, known: Measured, keeper: Keeper | None
) -> Measured:
    """Find the groups, taking from `known` whatever was made from the same texts: after a
    few texts changed, only those are weighed again (_measure_again)."""
    # Watch mode, build after build, takes up the sample this process kept: it does not
    # keep it again in `keeper` (some 10 ms a save at 1,000 articles); a build command after
    # it takes the sample afresh from the 5-grams kept.
    watching = known.links is not None and _Last.sample[0] is known.links
    own = _OwnTexts(sources, keys.texts, known.sites, keeper)
    shingles = _Shingles(_Arrays(own))
    measured = _measure_again(sources, keys, own, shingles, known, keeper) or _measure_afresh(
        sources, keys, own, shingles, known
    )
    if keeper and own.fresh:
        keeper.keep_shingles(own.fresh)
    if keeper and not watching:
        _, sample = _Last.sample
        keeper.keep_sample(measured.sources, sample.value, sample.place)
    _Last.shingles = own.loaded
    return measured


def _measure_afresh(
    sources: Sequence[Source], keys: _Keys, own: _OwnTexts, shingles: _Shingles, known: Measured
) -> Measured:
    """Every pair of texts that may be copies by their samples, measured unless already in
    one group; verdicts and groups made from the same texts are taken from `known`."""
    count = len(sources)
    arrays = own.arrays(own.keys)  # every text's, read at once
    sample = _Sample.of({index: arrays[key] for index, key in enumerate(own.keys)})
    del arrays
    linking = sample.linking(count)
    first, second, sure = sample.candidates(count, linking)
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
    old = {place: gone_texts[links.texts[place][1]] for place in gone}
    added = {places[index]: shingles.of(index) for index in new}

    def every_text() -> dict[int, np.ndarray]:
        arrays = own.arrays(own.keys)  # read at once
        stayed_texts = {p: arrays[own.keys[i]] for i, p in enumerate(places) if p in stayed}
        return stayed_texts | old

    sample = _sample_for(links, known.sources, keeper, every_text)
    touched = np.unique(
        np.concatenate(
            [_sampled(old[p]) for p in gone]
            + [_sampled(array) for array in added.values()]
            + [np.zeros(0, dtype=np.uint64)]
        )
    )
    before = sample.holding(touched)
    sample = sample.without(gone)  # (the sample before let go of first: 15 MB at 10,000)
    sample = sample.joined(added)
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


def _sample_for(
    links: Links,
    sources: str,
    keeper: Keeper | None,
    arrays: Callable[[], Mapping[int, np.ndarray]],
) -> _Sample:
    """The sample of the texts of `links`, kept by the call of these `sources` that made
    them: the last call's in this process (watch mode), else the one `keeper` kept, else
    taken afresh from the `arrays` of those texts (their 5-grams by place)."""
    taken_for, sample = _Last.sample
    if taken_for is links and sample is not None:
        return sample
    kept = keeper.sample(sources) if keeper else None
    return _Sample(*kept) if kept else _Sample.of(arrays())


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
    unsure = [
        (a, b, (min(own_keys[a], own_keys[b]), max(own_keys[a], own_keys[b])))
        for a, b in zip(first[~sure].tolist(), second[~sure].tolist(), strict=True)
    ]
    # The 5-grams shared by the pairs not measured before, counted at once, and the leads of
    # those their leads decide, made at once if one is needed.
    unknown = [(a, b) for a, b, pair in unsure if pair not in known]
    shingles.count_shared(unknown)
    leads = grouping._Leads(
        sources,
        (i for a, b in unknown if grouping._by_shares(shingles, a, b) is None for i in (a, b)),
    )
    for a, b, pair in unsure:
        verdict = known.get(pair)
        # Two texts already joined through other copies are in one group whatever they
        # share: measuring them would change nothing (the group's shares are measured at once).
        if not joined.same(a, b):
            verdict = grouping._copies(shingles, a, b, leads) if verdict is None else verdict
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
            made = grouping._group([sources[i] for i in members], members, shingles, stayed)
        groups[key] = made
        for index in members:
            group_of[places[index]] = key
    links = dataclasses.replace(links, groups=tuple(group_of))
    _Last.sample = (links, sample)
    return Measured(keys.call, own.sites, pairs, groups, links)
