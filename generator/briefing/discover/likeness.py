"""How alike two articles are: cosines, sums and centroids of their term vectors, and how
well the days they describe let them report one happening."""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Mapping

from generator.briefing.discover.model import Vector
from generator.briefing.when import UNKNOWN_YEAR, days_apart
from generator.models import DescribedDay

# Two groups merge while their articles' average similarity is at least this (clusters.py);
# an article joins a configured event's articles on the same bar (anchors.py).
MERGE_AT = 0.03
# How much the day a preview looks ahead to counts against the day it reports.
PREVIEW_APART = 0.25  # see pair_day_fit


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum([w * w for w in vector.values()]))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def _unit_cosine(counts: Mapping[str, float], b: Vector) -> float:
    """_cosine(_unit(counts), b), to the last digit, without making the unit vector."""
    norm = math.sqrt(sum([w * w for w in counts.values()]))
    return math.fsum([counts[t] / norm * b[t] for t in counts.keys() & b.keys()]) if norm else 0


def _cosine(a: Vector, b: Vector) -> float:
    # The shared keys first, in C: two articles share a few of their hundreds of terms. fsum,
    # being exact, gives the same sum in any order: a set's order changes with each process's
    # string hashing, and a tie between two titles must not be broken by rounding.
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


def _cosine_of_part(part: Vector, whole: Vector) -> float:
    """_cosine(part, whole), to the last digit, for a vector of some terms against one of
    many (an article against its event's centre): a lookup of each of part's terms, with no
    set of the shared ones made. A term `whole` lacks adds 0.0, which changes no exact sum."""
    weight_in_whole = whole.get
    return math.fsum([w * weight_in_whole(t, 0.0) for t, w in part.items()])


def _centroid(vectors: Iterable[Vector]) -> Vector:
    return _unit(_sum(vectors))


def _sum(vectors: Iterable[Vector]) -> Vector:
    total: Vector = {}  # a dict, not a Counter: Python adds into a dict faster
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total


# -- When: the days the articles describe -----------------------------------------------------


def day_fit(
    a: datetime.date | None,
    b: datetime.date | None,
    a_weekday: int | None = None,
    b_weekday: int | None = None,
) -> float:
    """How much two days let two reports be of one happening: one day is best, a day apart
    (a report filed the next morning, a time zone) nearly as good, a week apart barely. Where
    a day is unknown, the weekday an undated article names ("late Monday") still speaks,
    less surely: the same weekday may be a week apart."""
    if a is None or b is None:
        return _weekday_fit(_weekday_of(a, a_weekday), _weekday_of(b, b_weekday))
    apart = days_apart(a, b)
    return {0: 1.0, 1: 0.8, 2: 0.45, 3: 0.3}.get(apart, 0.1)


def _weekday_of(day: datetime.date | None, named: int | None) -> int | None:
    if day is None:
        return named
    return None if day.year == UNKNOWN_YEAR else day.weekday()  # (no year, no weekday)


def _weekday_fit(a: int | None, b: int | None) -> float:
    if a is None or b is None:
        return 0.8
    apart = min((a - b) % 7, (b - a) % 7)
    # Weekdays three apart ("Monday", "Thursday") are at best three days apart: no better a fit
    # than day_fit gives two days three apart.
    return {0: 0.95, 1: 0.8, 2: 0.5}.get(apart, 0.3)


# How much two articles of one outlet count as alike, of what their words and days make
# them: an outlet writes its house phrases ("Queen Camilla", "three-day state visit", its
# reporters' verbs) into every report, whatever it reports.
SAME_OUTLET = 0.5


def outlet_fit(a: str, b: str) -> float:
    """SAME_OUTLET for two articles of one (known) outlet, else 1."""
    return SAME_OUTLET if a and a.casefold() == b.casefold() else 1.0


def pair_day_fit(a: DescribedDay, b: DescribedDay) -> float:
    """day_fit of two articles' days, where a preview and a report of a happening on another
    day stay apart: the preview reports an announcement, whatever words the two share."""
    fit = day_fit(a.day, b.day, a.weekday, b.weekday)
    if a.preview != b.preview and a.day is not None and b.day is not None and a.day != b.day:
        return fit * PREVIEW_APART
    return fit
