"""Assign each article to one of the briefing's events, and group the articles by event."""

from __future__ import annotations

import datetime
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.models import Article, Assignment, EventGroup, EventSpec

logger = logging.getLogger(__name__)

OTHER_ID = "other"
OTHER_TITLE = "Other coverage"
OTHER_SUMMARY = "Articles that fit none of the briefing's events."

# A cue term in the headline says more about what an article covers than one in the body.
HEADLINE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
# Repeated body mentions add a little, capped so one word repeated ten times cannot dominate.
REPEAT_BONUS = 0.5
MAX_REPEAT_BONUS = 1.0
# Evidence an event needs, e.g. one headline term, two body terms, or one body term plus a
# fitting date. The date alone never assigns an article: at least one term must match.
MIN_SCORE = 2.0
# Date credit by days from the event's date to publication (negative: published before).
# Reports come out on the day or the day after; earlier articles can only be previews.
DATE_CREDIT: tuple[tuple[int, int, float], ...] = (
    (0, 1, 2.0),
    (2, 3, 1.0),
    (4, 7, 0.5),
    (-3, -1, 0.5),
)
# Reasons list at most this many terms per place, strongest first, to stay short.
MAX_TERMS_SHOWN = 3

# Curly quotes read as straight ones and every dash as a hyphen, which matching treats as a space.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_SEPARATOR = r"[\s\-]+"


@dataclass(frozen=True)
class _Score:
    """How well one article fits one event, with the evidence for the reason."""

    event: EventSpec
    headline_terms: tuple[str, ...]
    body_terms: tuple[tuple[str, int], ...]  # (term, mentions), most mentioned first
    terms: float
    date: float
    distance: int  # days between publication and the event; 0 when the date is unknown

    @property
    def total(self) -> float:
        return self.terms + self.date


def assign_event(
    title: str,
    text: str,
    published: datetime.date | None,
    requested: str,
    events: Sequence[EventSpec],
) -> Assignment:
    """Choose the event an article covers (None: other coverage) and say why.

    A `requested` id (the front-matter `event`) that names an event wins; "other" sends the
    article to other coverage. An unknown requested id is ignored here (the caller warns about
    it) and the article is scored like any other: each event's cue terms count more in the
    headline than in the body, the publication date adds credit near the event's date, and the
    best event above MIN_SCORE wins; ties go to the event nearest the publication date, then
    the earlier one.
    """
    if requested == OTHER_ID:
        return Assignment(None, f"set in the front matter (event: {requested})")
    if any(event.id == requested for event in events):
        return Assignment(requested, f"set in the front matter (event: {requested})")
    if not events:
        return Assignment(None, "the briefing defines no events")

    headline, body = _normalize(title), _normalize(text)  # once, not once per event
    scores = [_score(event, headline, body, published) for event in events]
    matched = [score for score in scores if score.terms > 0]
    if not matched:
        return Assignment(None, "no event's cue terms matched")
    best = min(matched, key=lambda s: (-s.total, s.distance, s.event.date, s.event.id))
    evidence = _evidence(best, published)
    logger.debug("%r: best %s with %.1f (%s)", title, best.event.id, best.total, evidence)
    if best.total < MIN_SCORE:
        return Assignment(
            None, f"too weak a match for any event (best: {best.event.id}, {evidence})"
        )
    return Assignment(best.event.id, evidence)


def group_by_event(
    articles: Sequence[Article], events: Sequence[EventSpec]
) -> tuple[EventGroup, ...]:
    """Every event in date order with its articles, then other coverage if it has any."""
    known = {event.id for event in events}
    strays = sorted({a.event for a in articles if a.event is not None and a.event not in known})
    if strays:
        raise ValueError(f"articles assigned to undefined events: {', '.join(strays)}")
    groups = [
        EventGroup(
            id=event.id,
            title=event.title,
            date=event.date,
            summary=event.summary,
            path=event_path(event.id),
            articles=_in_reading_order(a for a in articles if a.event == event.id),
        )
        for event in sorted(events, key=lambda e: (e.date, e.id))
    ]
    other = _in_reading_order(a for a in articles if a.event is None)
    if other:
        groups.append(
            EventGroup(OTHER_ID, OTHER_TITLE, None, OTHER_SUMMARY, event_path(OTHER_ID), other)
        )
    return tuple(groups)


def event_path(event_id: str) -> str:
    """The page of an event group, relative to the site root."""
    return f"events/{event_id}.html"


def _in_reading_order(articles: Iterable[Article]) -> tuple[Article, ...]:
    # Oldest first, undated last; title then id keep the order stable.
    return tuple(
        sorted(
            articles,
            key=lambda a: (
                a.published is None,
                a.published or datetime.date.min,
                a.title.casefold(),
                a.id,
            ),
        )
    )


def _score(event: EventSpec, headline: str, body: str, published: datetime.date | None) -> _Score:
    """How well an event fits an article, given its normalised headline and body."""
    headline_terms: list[str] = []
    body_terms: list[tuple[str, int]] = []
    seen: set[_Cue] = set()
    for term in event.terms:
        cue = _cue(term)
        if cue is None or cue in seen:  # spelling variants of one term count once
            continue
        seen.add(cue)
        if cue.count(headline):
            headline_terms.append(term)
        mentions = cue.count(body)
        if mentions:
            body_terms.append((term, mentions))
    terms = HEADLINE_WEIGHT * len(headline_terms) + sum(
        BODY_WEIGHT + min(REPEAT_BONUS * (mentions - 1), MAX_REPEAT_BONUS)
        for _, mentions in body_terms
    )
    body_terms.sort(key=lambda item: -item[1])  # stable: ties keep the configured order
    days = (published - event.date).days if published else 0
    date = _date_credit(days) if published else 0.0
    return _Score(event, tuple(headline_terms), tuple(body_terms), terms, date, abs(days))


def _date_credit(days: int) -> float:
    for first, last, credit in DATE_CREDIT:
        if first <= days <= last:
            return credit
    return 0.0


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


@dataclass(frozen=True)
class _Cue:
    """A cue term's regex, and the word every match of it starts with."""

    first_word: str
    pattern: re.Pattern[str]

    def count(self, text: str) -> int:
        """How often the term occurs in normalised text."""
        # Most texts lack most terms, and `in` rules them out far faster than the regex engine.
        if self.first_word not in text:
            return 0
        return len(self.pattern.findall(text))  # the pattern has no groups: one item a match


@functools.lru_cache(maxsize=4096)
def _cue(term: str) -> _Cue | None:
    """A cue term as a regex: whole words, any case, hyphens and spaces alike."""
    words = [w for w in re.split(_SEPARATOR, _normalize(term).strip("'\" ")) if w]
    if not words:
        return None
    # Starting with the literal first word lets the regex engine skip ahead to it (30× faster
    # than a leading (?<!\w)); the lookbehind after it then checks what stands before it.
    first = re.escape(words[0])
    rest = "".join(_SEPARATOR + re.escape(word) for word in words[1:])
    return _Cue(words[0], re.compile(rf"{first}(?<!\w{first}){rest}(?!\w)"))


def _evidence(score: _Score, published: datetime.date | None) -> str:
    parts = []
    if score.headline_terms:
        parts.append(f"{_listing([_quoted(t) for t in score.headline_terms])} in the headline")
    if score.body_terms:
        shown = [_quoted(t) + (f" ({n}×)" if n > 1 else "") for t, n in score.body_terms]
        parts.append(f"{_listing(shown)} in the text")
    return f"matched {', '.join(parts)}; {_date_phrase(published, score.event.date)}"


def _date_phrase(published: datetime.date | None, event_date: datetime.date) -> str:
    if published is None:
        return "publication date not known"
    days = (published - event_date).days
    if days == 0:
        when = "the event's date"
    elif days == 1:
        when = "the day after the event"
    elif days > 1:
        when = f"{days} days after the event"
    elif days == -1:
        when = "the day before the event (a preview)"
    else:
        when = f"{-days} days before the event (a preview)"
    return f"published {published.isoformat()}, {when}"


def _quoted(term: str) -> str:
    return f"\u201c{term}\u201d"


def _listing(items: Sequence[str]) -> str:
    if len(items) > MAX_TERMS_SHOWN:
        shown = list(items[:MAX_TERMS_SHOWN])
        return f"{', '.join(shown)} and {len(items) - MAX_TERMS_SHOWN} more"
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"
