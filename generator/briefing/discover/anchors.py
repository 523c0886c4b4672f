"""Which configured event (briefing.toml) each article joins: by the event's own words and
day, or its likeness on average to the event's articles (k-means from the events' words
choosing among those it fits); and, of the articles discovery leaves alone, the one that
plainly fits an event or whose headline names its cue."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from generator.briefing.discover.likeness import MERGE_AT, _cosine, _sum, day_fit
from generator.briefing.discover.model import Item, Vector
from generator.briefing.discover.text import terms
from generator.briefing.discover.weights import Weights
from generator.briefing.when import front_names_day
from generator.models import EventSpec

# An article joins a configured event when its similarity to it is at least this.
JOIN_AT = 0.02
# What a pair's day fit is at best when one day is unknown (likeness._weekday_fit): an undated
# article's likeness to any other is that much below a dated one's for the same words.
_UNKNOWN_DAY_FIT = 0.8


def _lone_fits(
    alone: Sequence[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
    words: Mapping[str, Vector],
    by_anchor: Mapping[str, list[int]],
) -> dict[int, str]:
    """The configured event each article discovery left alone fits, by the event's words and
    articles summed (k-means' measure), if any: an article whose day is only background ("the
    killings of June 7, 2021") is like no event's articles on its day, yet plainly of one;
    else the event a cue in its headline names (_cued_in_headline). Only for an article left
    alone: one that discovery groups with others reports a happening of its own, whatever cue
    its headline holds (the storm's name, in every headline). It moves nobody: the events'
    articles are as the assignment left them."""
    if not anchors or not alone:
        return {}
    cues = _cue_terms(anchors)
    totals = [_sum([words[a.id]] + [vectors[i] for i in by_anchor.get(a.id, ())]) for a in anchors]
    norms = [math.sqrt(_cosine(total, total)) for total in totals]
    fitting = {}
    for index in alone:
        body_day = _day_from_body_alone(items[index])
        fits = [
            _fit_without_itself(vectors[index], total, norm, False)
            * _anchor_day_fit(items[index], anchor, body_day)
            for anchor, total, norm in zip(anchors, totals, norms, strict=True)
        ]
        best = max(range(len(anchors)), key=lambda k: (fits[k], -k))
        if fits[best] >= JOIN_AT:
            fitting[index] = anchors[best].id
        elif cued := _cued_in_headline(items[index], anchors, cues):
            fitting[index] = cued
    return fitting


def _configured_fit(
    new: int,
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
    words: Mapping[str, Vector],
    members: dict[str, list[int]],
    weights: Weights,
) -> str | None:
    """The configured event an article joins, judged as _join_anchors judges (its words and
    the articles it has, else a cue its headline names), if any."""
    best, best_fit = None, JOIN_AT
    loose = _day_from_body_alone(items[new])
    days = [_anchor_day_fit(items[new], anchor, loose) for anchor in anchors]
    fitting = any(
        _fits_at_all(
            vectors[new],
            words[anchor.id],
            _sum(vectors[i] for i in members.get(anchor.id, [])),
            len(members.get(anchor.id, [])),
            False,
            day,
        )
        for anchor, day in zip(anchors, days, strict=True)
    )
    for anchor, day in zip(anchors, days, strict=True) if fitting else ():
        joined = members.get(anchor.id, [])
        mean = weights.centroid(
            # Its words change with their rarity, its articles' vectors not unless weighed again.
            (repr(anchor), repr(words[anchor.id]), *(items[i].identity for i in joined)),
            lambda: [words[anchor.id]] + [vectors[i] for i in joined],  # noqa: B023 - called here
        )
        fit = _cosine(vectors[new], mean) * day
        if fit >= best_fit:
            best, best_fit = anchor.id, fit
    return best


def _join_anchors(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
    own_words: Mapping[str, Vector],
    pinned: Mapping[str, str],
) -> dict[str, str]:
    """Which configured event each article fits, if any: first by the event's own words and
    date, then by those and the other articles that joined it (k-means with the configured
    events as the starting means, three rounds). A `pinned` article is in its event from the
    start, and its words count with the event's.

    An article joins only an event whose words it fits, or whose articles it is like on
    average as discovery weighs two groups (_fits_at_all); the summed words and articles only
    choose among the events it fits. The sum alone would let an event snowball: its articles'
    shared story words grow with their number, and each round it took the next day's reports."""
    if not anchors:
        return {}
    words = [own_words[anchor.id] for anchor in anchors]
    joined: dict[str, str] = dict(pinned)
    loose = [_day_from_body_alone(item) for item in items]
    for _ in range(3):
        members = [
            [v for item, v in zip(items, vectors, strict=True) if joined.get(item.id) == a.id]
            for a in anchors
        ]
        sums = [_sum(vs) for vs in members]
        totals = [_sum([own, joined_sum]) for own, joined_sum in zip(words, sums, strict=True)]
        norms = [math.sqrt(_cosine(total, total)) for total in totals]
        placed = dict(pinned)
        for item, vector, body_day in zip(items, vectors, loose, strict=True):
            if item.id in pinned:
                continue
            days = [_anchor_day_fit(item, anchor, body_day) for anchor in anchors]
            if not any(
                _fits_at_all(vector, own, joined_sum, len(vs), joined.get(item.id) == a.id, day)
                for a, own, joined_sum, vs, day in zip(
                    anchors, words, sums, members, days, strict=True
                )
            ):
                continue  # like no event's words nor its articles: discovery places it
            fits = [
                _fit_without_itself(vector, total, norm, joined.get(item.id) == anchor.id) * day
                for anchor, total, norm, day in zip(anchors, totals, norms, days, strict=True)
            ]
            best = max(range(len(anchors)), key=lambda k: (fits[k], -k))
            if fits[best] >= JOIN_AT:
                placed[item.id] = anchors[best].id
        joined = placed
    return joined


def _fits_at_all(
    vector: Vector, own: Vector, joined: Vector, count: int, member: bool, day: float
) -> bool:
    """Whether an article may join a configured event: its words fit the event's own (title,
    terms) as JOIN_AT asks, or it is like the event's other articles on average, its day
    counted against the event's, as discovery's MERGE_AT asks of two groups. An average, not
    a cosine with their sum: that grows with their number, as the words all of a story's
    articles share add up (the storm, its name, the state), and a large event would take
    every report of the days around it."""
    if _cosine(vector, own) * day >= JOIN_AT:
        return True
    others = count - 1 if member else count
    if others <= 0:
        return False
    shared = _cosine(vector, joined) - (_cosine(vector, vector) if member else 0.0)
    return shared / others * day >= MERGE_AT


# How near an article's day must be to a configured event's for a cue term in its headline to
# place it there (day_fit: two days apart, or a day unknown).
_CUED_DAY_FIT = 0.45


def _cue_terms(anchors: Sequence[EventSpec]) -> list[list[frozenset[str]]]:
    """Each configured event's cue terms, each as the set of its terms ("Hall of Mirrors":
    'hall', 'mirrors', 'hall mirrors')."""
    return [[frozenset(found) for cue in a.terms if (found := terms(cue))] for a in anchors]


def _cued_in_headline(
    item: Item, anchors: Sequence[EventSpec], cues: Sequence[Sequence[frozenset[str]]]
) -> str | None:
    """The configured event whose cue terms the article's headline names, when it names one
    event's and no other's, and its day is near: the editor's own words for the happening.
    Only for an article that fits no event by its words and that discovery leaves alone (a
    headline over a text that is mostly the page's appeals says little else)."""
    headline = set(terms(item.title))
    named = [a for a, own in zip(anchors, cues, strict=True) if any(c <= headline for c in own)]
    if len(named) != 1:
        return None
    anchor = named[0]
    if _anchor_day_fit(item, anchor, _day_from_body_alone(item)) < _CUED_DAY_FIT:
        return None
    return anchor.id


def _day_from_body_alone(item: Item) -> bool:
    """Whether the article's day (or weekday) is one only its body names, with no
    publication date to tell the news from what came before (when.front_names_day)."""
    known = item.when.day is not None or item.when.weekday is not None
    return known and item.published is None and not front_names_day(item.title, item.lead)


def _anchor_day_fit(item: Item, anchor: EventSpec, body_day: bool) -> float:
    """How well the article's day fits a configured event's. A day only the body of an
    undated article names may speak for the event of that day but never against another:
    it may be what came before the news ("the ferry went missing on June 2" in the report of
    the wreck raised ten days later), and a day unknown would count no less."""
    fit = day_fit(item.when.day, anchor.date, item.when.weekday)
    return max(fit, _UNKNOWN_DAY_FIT) if body_day else fit


def _fit_without_itself(vector: Vector, total: Vector, norm: float, member: bool) -> float:
    """The cosine of an article with an event's summed words and articles, the article itself
    left out if it is one of them: an article that joined on a slight fit would otherwise keep
    its place by its likeness to itself. A new article placed later is judged the same way."""
    dot = _cosine(vector, total)
    if not member:
        return dot / norm if norm else 0.0
    own = _cosine(vector, vector)
    rest = norm * norm - 2 * dot + own  # |total - vector|²
    return (dot - own) / math.sqrt(rest) if rest > 1e-12 else 0.0
