"""The entry points: find_events, the events a briefing's articles report (afresh, or placing
an edit's articles in the previous grouping), and event_changes, what new articles did to
them."""

from __future__ import annotations

import dataclasses
import datetime
import functools
from collections.abc import Mapping, Sequence

from generator.briefing.discover.clusters import _grouped, _mostly_known, _placed
from generator.briefing.discover.events import _event, _listing, with_briefing_year
from generator.briefing.discover.likeness import _centroid, _cosine
from generator.briefing.discover.model import FoundEvent, Grouping, Item, Vector
from generator.briefing.discover.weights import Weights, anchor_vector
from generator.models import EventSpec


def find_events(
    items: Sequence[Item],
    anchors: Sequence[EventSpec] = (),
    previous: Grouping | None = None,
    weights: Weights | None = None,
    pinned: Mapping[str, str] | None = None,
) -> Grouping:
    """The events the articles report: each configured anchor with the articles that fit it,
    then the events discovered among the rest, in date order.

    With the `previous` grouping of mostly the same articles and the same configured events,
    only the articles it did not hold are placed: each joins the event whose articles it is
    most like, or starts one, and the other events keep their articles, titles and summaries.
    `weights`, kept from the last call (watch mode keeps it), weighs again only the articles
    whose terms' rarity changed since. An article `pinned` (by id) to a configured event (by
    id; briefing.toml's `articles`) is in that event whatever its words and day.
    """
    pinned = pinned or {}
    anchors_key = repr(tuple(anchors))
    weights = Weights() if weights is None else weights
    vectors = weights.vectors(items)
    # Each configured event's own words, once: every article weighed against it needs them.
    words = {anchor.id: anchor_vector(anchor, weights) for anchor in anchors}
    placing = previous is not None and previous.anchors == anchors_key
    if placing and _mostly_known(items, previous):
        groups = _placed(items, vectors, anchors, words, previous, weights, pinned)
    else:
        placing = False
        groups = _grouped(items, vectors, anchors, words, pinned)
    reused = {event.keys: event for event in previous.events} if previous else {}
    # An event an edit changed is summed up again from its articles' leads, which are mostly
    # the same from one edit to the next: kept while placing (never for a whole briefing).
    sentences = weights.sentences if placing else None
    found = [
        _event(members, anchor, items, vectors, anchors, words, reused, sentences)
        for anchor, members in groups
    ]
    found = with_briefing_year(found)
    found.sort(key=lambda e: (e.date is None, e.date or datetime.date.min, e.title))
    return Grouping(anchors_key, tuple(beside_most_alike(found, items, vectors)))


# How alike (the cosine of their centres) an undated event must be to a dated one to be
# listed after it, and how many times more alike than to any other dated event: where two
# are near alike (a visit's preview and its arrival), its words say nothing of when, and it
# goes last.
_ALIKE_ENOUGH_TO_FOLLOW = 0.05
_CLEARLY_MORE_ALIKE = 1.5


def beside_most_alike(
    found: Sequence[FoundEvent], items: Sequence[Item], vectors: Sequence[Vector]
) -> list[FoundEvent]:
    """The events in date order, each undated one right after the dated event its articles
    are most like, where they are alike enough: the acceptance of an offer reads most like
    the offer, and follows it, where listed last it would come after the takeover's end."""
    found = [dataclasses.replace(e, follows="") if e.follows else e for e in found]
    dated = [e for e in found if e.date is not None]
    undated = [e for e in found if e.date is None]
    if not dated or not undated:
        return found
    index = {item.id: n for n, item in enumerate(items)}
    centres = [_centroid(vectors[index[a]] for a in e.articles) for e in dated]
    after: dict[int, list[FoundEvent]] = {}
    last = []
    for event in undated:
        centre = _centroid(vectors[index[a]] for a in event.articles)
        likeness = [_cosine(centre, other) for other in centres]
        best = max(range(len(dated)), key=lambda n: (likeness[n], -n))
        runner_up = max((v for n, v in enumerate(likeness) if n != best), default=0.0)
        if likeness[best] >= max(_ALIKE_ENOUGH_TO_FOLLOW, _CLEARLY_MORE_ALIKE * runner_up):
            followed = dated[best].articles[0]
            after.setdefault(best, []).append(dataclasses.replace(event, follows=followed))
        else:
            last.append(event)
    ordered = [e for n, event in enumerate(dated) for e in (event, *after.get(n, ()))]
    return ordered + last


def event_changes(
    previous: Grouping | None,
    current: Grouping,
    files: Mapping[str, str] | None = None,
    files_before: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """What the articles new to this build did to the events, one sentence each, for the
    build's summary: the event each joined or started, and two events they (or a fresh
    discovery) made one, and the articles an edit moved between events that both remain.
    Nothing without a previous grouping: a first build changes nothing.
    An article is named by its file where `files` (by article id) has it: an editor knows
    the file, and an article's id may read like an event's. An article whose file the last
    build had under another id (`files_before`: its title was edited) is that article, not a
    new one."""
    if previous is None:
        return ()
    named = functools.partial(_articles_named, files=files or {})
    before = {article: number for number, e in enumerate(previous.events) for article in e.articles}
    before.update(_renamed(before, files or {}, files_before or {}))
    now = {article: number for number, e in enumerate(current.events) for article in e.articles}
    changes = []
    for number, event in enumerate(current.events):
        new = [article for article in event.articles if article not in before]
        # Only earlier events gone into this one make a merger: an event that still has
        # articles elsewhere gave up some (an editor moved a file), and was not merged.
        came_from = sorted({before[a] for a in event.articles if a in before})
        earlier = [
            n
            for n in came_from
            if all(now.get(a, number) == number for a in previous.events[n].articles)
        ]
        moved = [a for a in event.articles if a in before and before[a] not in earlier]
        title = f"\u201c{event.title}\u201d"
        if moved and not new and len(earlier) == 1:
            changes.append(_moved_into(previous, moved, before, title, files or {}))
        elif len(earlier) > 1 and not new and previous.anchors != current.anchors:
            changes.append(_edited_into(previous, current, earlier, event))
        elif len(earlier) > 1:
            merged = _listing([f"\u201c{previous.events[n].title}\u201d" for n in earlier])
            by = f"{named(new)} bridged" if new else "Discovery joined"
            changes.append(f"{by} {merged} into {title}")
        elif new and came_from:
            changes.append(f"{named(new)} joined {title}")
        elif new:
            changes.append(f"{named(new)} started the event {title}")
    return tuple(changes)


def _edited_into(
    previous: Grouping, current: Grouping, earlier: Sequence[int], event: FoundEvent
) -> str:
    """Two events made one by the editor's change to briefing.toml (an event deleted to merge
    it into another), not by discovery: each named by its title, as the pages name it."""
    kept = {e.anchor for e in current.events if e.anchor}
    gone = [
        n for n in earlier if previous.events[n].anchor and previous.events[n].anchor not in kept
    ]
    into = f"\u201c{event.title}\u201d"
    if gone:
        named = _listing([f"\u201c{previous.events[n].title}\u201d" for n in gone])
        were, its = ("events", "their") if len(gone) > 1 else ("event", "its")
        return f"with the {were} {named} gone from briefing.toml, {its} articles joined {into}"
    merged = _listing([f"\u201c{previous.events[n].title}\u201d" for n in earlier])
    return f"with the events in briefing.toml changed, {merged} are now one event, {into}"


def _moved_into(
    previous: Grouping,
    moved: Sequence[str],
    before: Mapping[str, int],
    title: str,
    files: Mapping[str, str],
) -> str:
    """Articles an edit moved from events that are still there: a move, said as one."""
    whence = _listing(
        [f"\u201c{previous.events[n].title}\u201d" for n in sorted({before[a] for a in moved})]
    )
    articles = _listing([f"\u2018{files.get(a, a)}\u2019" for a in moved])
    return f"{articles} moved from {whence} to {title}"


def _renamed(
    before: Mapping[str, int], files: Mapping[str, str], files_before: Mapping[str, str]
) -> dict[str, int]:
    """The event number the last build gave each article now under a new id, by its file."""
    earlier_id = {file: article for article, file in files_before.items()}
    return {
        article: before[earlier_id[file]]
        for article, file in files.items()
        if article not in before and earlier_id.get(file) in before
    }


def _articles_named(ids: Sequence[str], files: Mapping[str, str]) -> str:
    if len(ids) > 3:
        return f"{len(ids)} new articles"
    return ("new article " if len(ids) == 1 else "new articles ") + _listing(
        [f"\u2018{files.get(article, article)}\u2019" for article in ids]
    )
