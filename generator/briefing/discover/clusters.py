"""Which articles form an event: configured events joined first (anchors.py),
average-linkage clustering of the rest over candidate pairs, and placing the articles an edit
added into the groups a previous discovery found."""

from __future__ import annotations

import datetime
import functools
import heapq
import math
from collections.abc import Callable, Iterator, Mapping, Sequence

from generator.briefing.discover.anchors import (
    _UNKNOWN_DAY_FIT,
    _configured_fit,
    _join_anchors,
    _lone_fits,
)
from generator.briefing.discover.happenings import headline_stems, known_stems, two_happenings
from generator.briefing.discover.headlines import COPY_LIKENESS
from generator.briefing.discover.likeness import (
    MERGE_AT,
    _cosine,
    _sum,
    outlet_fit,
    pair_day_fit,
)
from generator.briefing.discover.model import Grouping, Item, Vector
from generator.briefing.discover.pairs import _similarities
from generator.briefing.discover.weights import Weights
from generator.briefing.when import UNKNOWN_YEAR, days_apart
from generator.models import EventSpec

# A previous grouping is reused while it holds at least this share of the articles; past that
# (a checkout, a new batch of articles), discovery starts afresh.
REUSE_SHARE = 0.8
# How alike on average over all their pairs two linked groups of one day must be to be one
# happening: two takes of one announcement in different words (a wire's "pushes out", a
# local outlet's "fires", quoting the same statement) share few strongest terms, and the
# pairs that share none, counted as unlike, hold their linked average under MERGE_AT. Two
# happenings of one day (an arrival, that evening's banquet) stay well below this.
LINKED_SAME_DAY_AT = 1.5 * MERGE_AT


def _mostly_known(items: Sequence[Item], previous: Grouping) -> bool:
    known = {key for event in previous.events for key in event.keys}
    return sum(item.identity in known for item in items) >= REUSE_SHARE * len(items)


def _grouped(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
    words: Mapping[str, Vector],
    pinned: Mapping[str, str],
) -> list[tuple[str | None, list[int]]]:
    """Every article's group, found afresh: (the configured event's id or None, indexes).
    An article `pinned` (by id) to a configured event (by id) is in it whatever it says."""
    joined = _join_anchors(items, vectors, anchors, words, pinned)
    by_anchor: dict[str, list[int]] = {a.id: [] for a in anchors}
    for index, item in enumerate(items):
        if item.id in joined:
            by_anchor[joined[item.id]].append(index)
    rest = [i for i, item in enumerate(items) if item.id not in joined]
    groups: list[tuple[str | None, list[int]]] = [
        (anchor.id, members) for anchor in anchors if (members := by_anchor[anchor.id])
    ]
    found = _cluster(rest, items, vectors)
    alone = [members[0] for members in found if len(members) == 1]
    lone_fits = _lone_fits(alone, items, vectors, anchors, words, by_anchor)
    for index, anchor_id in lone_fits.items():
        by_anchor[anchor_id].append(index)
        by_anchor[anchor_id].sort()
        if not any(a == anchor_id for a, _ in groups):
            groups.append((anchor_id, by_anchor[anchor_id]))
    found = [members for members in found if members[0] not in lone_fits or len(members) > 1]
    return groups + [(None, members) for members in found]


def _placed(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
    words: Mapping[str, Vector],
    previous: Grouping,
    weights: Weights,
    pinned: Mapping[str, str],
) -> list[tuple[str | None, list[int]]]:
    """The previous groups without the articles gone, and each new article placed: in the
    configured event it is pinned to or fits, else the group it is most like on average, else
    alone."""
    index = {item.identity: i for i, item in enumerate(items)}
    groups = [
        (event.anchor, [index[k] for k in event.keys if k in index]) for event in previous.events
    ]
    groups = [(anchor, members) for anchor, members in groups if members]
    placed = {i for _, members in groups for i in members}
    by_anchor = {anchor: members for anchor, members in groups if anchor is not None}
    for new in (i for i in range(len(items)) if i not in placed):
        target = (
            pinned.get(items[new].id)
            or _configured_fit(new, items, vectors, anchors, words, by_anchor, weights)
            or _nearest_group(new, items, vectors, [m for a, m in groups if a is None])
            or _lone_fits([new], items, vectors, anchors, words, by_anchor).get(new)
        )
        if target is None:
            groups.append((None, [new]))
        elif isinstance(target, str):
            by_anchor.setdefault(target, [])
            if not any(a == target for a, _ in groups):
                groups.append((target, by_anchor[target]))
            by_anchor[target].append(new)
        else:
            target.append(new)
    return groups


def _nearest_group(
    new: int, items: Sequence[Item], vectors: Sequence[Vector], groups: Sequence[list[int]]
) -> list[int] | None:
    """The discovered group an article is most like on average, if that reaches MERGE_AT."""
    best, best_average = None, MERGE_AT
    for members in groups:
        if _far_apart([new], members, items):
            continue
        total = sum(_likeness(new, i, items, vectors) for i in members)
        if total / len(members) >= best_average:
            best, best_average = members, total / len(members)
    return best


def _cluster(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> list[list[int]]:
    """Groups of `indexes` whose articles are alike on average (content and day), merged from
    the most alike down to MERGE_AT.

    The pairs merge in the order a heap of every pair's average would give, pushed anew at
    every merge, with fewer entries: every two groups alike enough to merge keep an entry
    (-average, a, b), a < b, at least as high as their average (see _merge), and one found
    higher than that is pushed again at it. An entry found right is then the most alike pair
    there is, ties going to the first pair as the entries are ordered."""
    links = _similarities(indexes, items, vectors)
    members = {i: [i] for i in indexes}
    sums: dict[int, dict[int, float]] = {i: {} for i in indexes}
    for (a, b), similarity in links.items():
        sums[a][b] = sums[b][a] = similarity
    ranked = sorted(
        (-similarity, a, b) for (a, b), similarity in links.items() if similarity >= MERGE_AT
    )
    heap: list[tuple[float, int, int]] = []
    one_day_apart = _two_happenings_of_one_day(items, vectors)

    def apart(a: Sequence[int], b: Sequence[int]) -> bool:
        return _far_apart(a, b, items) or one_day_apart(a, b)

    for negative, a, b in _first_of_either(ranked, heap):
        if a not in members or b not in members:
            continue  # merged into another group since
        average = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(average + negative) > 1e-12:
            if MERGE_AT <= average < -negative:
                heapq.heappush(heap, (-average, a, b))  # less alike since: as they are now
            continue
        if average < MERGE_AT:
            break
        if not apart(members[a], members[b]):
            _merge(a, b, members, sums, heap)
    _join_undated_alone(members, sums, {i: items[i] for i in indexes}, vectors)
    _join_dated_alone(members, sums, items, vectors)
    _join_same_day_groups(members, sums, items, vectors, one_day_apart)
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


# Two groups whose dated articles all describe days at least this far from every dated
# article of the other report two happenings, however alike their words: a happening is
# reported within days of it, and a story's later turn (a crew's return months after its
# launch) retells the earlier one.
FAR_APART_DAYS = 30


def _far_apart(a: Sequence[int], b: Sequence[int], items: Sequence[Item]) -> bool:
    """Whether every dated article of one group describes a day FAR_APART_DAYS or more from
    every dated article of the other (False where either has none): the undated articles of
    each, alike in words, would otherwise carry the average over the days that tell them
    apart."""
    days_a = _described_days(a, items)
    days_b = _described_days(b, items)
    if not days_a or not days_b:
        return False
    return min(days_apart(x, y) for x in days_a for y in days_b) >= FAR_APART_DAYS


def _described_days(group: Sequence[int], items: Sequence[Item]) -> set[datetime.date]:
    """The days the group's articles describe, of those whose year is known: a day named
    without one ("on Jan. 5" in an undated article) is as likely the day of an earlier turn the
    article recalls as its own."""
    days = (items[i].when.day for i in group)
    return {day for day in days if day is not None and day.year != UNKNOWN_YEAR}


# How much less alike two groups' articles must be across them than within each to tell of
# two happenings: two takes of one happening are nearly as alike across as within.
_ACROSS_AT_MOST = 0.5


def _two_happenings_of_one_day(
    items: Sequence[Item], vectors: Sequence[Vector]
) -> Callable[[Sequence[int], Sequence[int]], bool]:
    """Whether two groups of one day report two happenings: in their headlines' words
    (happenings.two_happenings), and their articles clearly less alike across the groups than
    within each. Each article's headline and terms are read once."""
    headlines = functools.cache(lambda i: headline_stems(items[i]))
    known = functools.cache(lambda i: known_stems(items[i]))

    def apart(a: Sequence[int], b: Sequence[int]) -> bool:
        if len(a) < 2 or len(b) < 2:
            return False
        day = _one_day(a, items)
        same_day = day is not None and day == _one_day(b, items)
        if not same_day or not two_happenings(a, b, headlines, known):
            return False
        within_a = _within_likeness(a, items, vectors)
        within_b = _within_likeness(b, items, vectors)
        if within_a is None or within_b is None:
            return False  # copies of one text: nothing to tell how alike its reports are
        within = min(within_a, within_b)
        across = math.fsum(_likeness(i, j, items, vectors) for i in a for j in b)
        return across / (len(a) * len(b)) < _ACROSS_AT_MOST * within

    return apart


def _within_likeness(
    group: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> float | None:
    """The average likeness of the group's pairs of articles that are not copies of one text
    (None where every pair is): a wire story and its republished copy are alike near 1, and
    would make any other take of the happening look like news of its own."""
    pairs = [
        (i, j)
        for n, i in enumerate(group)
        for j in group[n + 1 :]
        if _cosine(vectors[i], vectors[j]) < COPY_LIKENESS
    ]
    if not pairs:
        return None
    return math.fsum(_likeness(i, j, items, vectors) for i, j in pairs) / len(pairs)


def _join_undated_alone(
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    items: Mapping[int, Item],
    vectors: Sequence[Vector],
) -> None:
    """Each article left alone that gives no day and no weekday joins the group it is most
    like on average, when that reaches MERGE_AT as its unknown day lets it (an undated preview
    of a visit "next month", a report with no date): its likeness was cut for the day it
    does not give, not for its words. The average is over all of a group's articles, not
    only those it shares a strongest term with: a verdict's report in its own words ("has
    returned its verdict") shares none with the wire's "convicted", and one shared
    term with an earlier day's report would otherwise outweigh every unshared likeness. (Another
    article alone it joins only if they share one: one pair's words are too little.)"""
    if sum(item.when.day is None for item in items.values()) * 2 > len(items):
        return  # most give no day: an unknown day is the rule, and no discount to make up for
    alone = [
        key
        for key, group in members.items()
        if len(group) == 1 and items[key].when.day is None and items[key].when.weekday is None
    ]
    totals: dict[int, Vector] = {}
    for key in alone:
        if key not in members or len(members[key]) != 1:
            continue  # another undated article joined it: a group of its own now
        best, best_average = None, MERGE_AT * _UNKNOWN_DAY_FIT
        for other in sorted(members):
            if other == key or (len(members[other]) == 1 and other not in sums[key]):
                continue
            if other not in totals:
                totals[other] = _sum(vectors[i] for i in members[other])
            if _cosine(vectors[key], totals[other]) / len(members[other]) < best_average:
                continue  # not even with every fit at 1
            average = _average_likeness(key, members[other], items, vectors)
            if average >= best_average and (average > best_average or best is None):
                best, best_average = other, average
        if best is not None:
            _merge(best, key, members, sums, [])
            totals.pop(best, None)


def _join_dated_alone(
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    items: Sequence[Item],
    vectors: Sequence[Vector],
) -> None:
    """Each article left alone that gives its day joins the group of two or more, among
    those it has a link to, that it is most like on average over all of that group's
    articles, when that reaches MERGE_AT. Its links are only its pairs that share one of
    its strongest terms: a report whose strongest terms are its own (a delegation's names,
    a programme) keeps few, and the group's other articles counted as unlike it would leave
    alone the day's report of the happening ("arrived at 4 pm on September 10" beside
    "talks on Sunday"). Every cosine is reckoned here, but only for the few left alone."""
    alone = [
        key
        for key, group in members.items()
        if len(group) == 1 and items[key].when.day is not None and sums[key]
    ]
    for key in alone:
        if key not in members or len(members[key]) != 1:
            continue  # another article joined it since
        groups = {
            other
            for other in sums[key]
            if other in members
            and len(members[other]) > 1
            and not _far_apart([key], members[other], items)
        }
        averages = {
            group: _average_likeness(key, members[group], items, vectors) for group in groups
        }
        best = max(averages, key=lambda group: (averages[group], -group), default=None)
        if best is not None and averages[best] >= MERGE_AT:
            _merge(best, key, members, sums, [])


def _join_same_day_groups(
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    apart: Callable[[Sequence[int], Sequence[int]], bool] | None = None,
) -> None:
    """Two groups of one day that are alike enough on average over all their articles'
    pairs become one, and so does an article left alone with a group of its day. The links
    compare only articles that share one of their strongest terms: two sets of reports of
    one happening in different words (a wire story's victims, a briefing's debris and press
    conference) may share no such term, and each set then stays a group of its own though
    every pair between them is alike enough. A lone report whose strongest shared terms are
    the happening's plain words ("meeting", "employees") while the others' are their
    headline's ("fights back tears") is linked to none of them either.
    The most alike pair is joined first, then the most alike as the groups then stand, and
    so on (see _SameDayPairs)."""
    pairs = _SameDayPairs(members, sums, items, vectors, apart)
    while pair := pairs.most_alike():
        _merge(*pair, members, sums, [])
        pairs.merged(*pair)


# A pair of groups as _SameDayPairs keeps it: (-how alike, its place in the pass's order
# negated (see _SameDayPairs._place), a, b, each group's merges when reckoned, exact).
_Entry = tuple[float, tuple[int, int, int, int], int, int, int, int, bool]


class _SameDayPairs:
    """The pairs of groups of one day that may be joined, one at least of two or more
    articles, most alike on average first, while that reaches MERGE_AT; a group that gives
    no day but names one weekday ("on Wednesday", with nothing to count it from) is of the
    day of any group dated on that weekday. (Two lone articles are not joined here: with no
    strongest term in common, one pair's words are too little to call them one happening.)

    A briefing of thousands of articles makes hundreds of merges here, and looking through
    every two groups of a day after each was half of its discovery: only the pairs a merge
    touched change. So the pairs are kept in a heap, first by the bound on their average
    (the cosine of the groups' sums of vectors: a fit is at most 1), then, once a pair comes
    first, by the average itself, reckoned pair by pair; a pair whose groups a merge changed
    is dropped and reckoned again. Ties go to the pair a pass over every two groups, day by
    day in the order of their groups and dated pairs before those of a weekday, finds last."""

    def __init__(
        self,
        members: dict[int, list[int]],
        sums: dict[int, dict[int, float]],
        items: Sequence[Item],
        vectors: Sequence[Vector],
        apart: Callable[[Sequence[int], Sequence[int]], bool] | None,
    ) -> None:
        self.members, self.sums, self.items, self.vectors = members, sums, items, vectors
        self.apart = apart or _two_happenings_of_one_day(items, vectors)
        self._merges = dict.fromkeys(members, 0)  # each group's merges so far
        self._totals: dict[int, Vector] = {}
        self._day: dict[int, datetime.date] = {}
        self._by_day: dict[datetime.date, list[int]] = {}  # each day's groups, in key order
        self._by_weekday: dict[int, list[int]] = {}  # groups that name only a weekday
        for key in sorted(members):
            day = _one_day(members[key], items)
            if day is not None:
                self._day[key] = day
                self._by_day.setdefault(day, []).append(key)
            elif (weekday := _one_weekday(members[key], items)) is not None:
                self._by_weekday.setdefault(weekday, []).append(key)
        # A day's place in a pass's order: its first group (no merge here changes it: two
        # groups of one day make a group of that day, and the first of them stays).
        self._first = {day: keys[0] for day, keys in self._by_day.items()}
        self._heap: list[_Entry] = []
        for day, keys in self._by_day.items():
            for n, a in enumerate(keys):
                for b in keys[n + 1 :]:
                    self._push(a, b, True)
                for b in self._of_weekday(day):
                    self._push(a, b, False)

    def most_alike(self) -> tuple[int, int] | None:
        """The two groups most alike on average that are one happening, if any reaches its bar."""
        while self._heap:
            negative, place, a, b, merges_a, merges_b, exact = heapq.heappop(self._heap)
            if self._merges.get(a) != merges_a or self._merges.get(b) != merges_b:
                continue  # a merge changed one of them since
            if not exact:
                average = self._average(a, b)
                if average >= self._bar(a, b, place):
                    heapq.heappush(self._heap, (-average, place, a, b, merges_a, merges_b, True))
                continue
            if not self.apart(self.members[a], self.members[b]):
                return a, b
        return None

    def merged(self, a: int, b: int) -> None:
        """Group b was merged into group a: the pairs of either are reckoned again."""
        self._merges[a] += 1
        del self._merges[b]
        self._totals.pop(a, None)
        self._totals.pop(b, None)
        day = self._day[a]
        if b in self._day:
            self._by_day[day].remove(b)
        else:
            self._by_weekday[day.weekday()].remove(b)
        for other in self._by_day[day]:
            if other != a:
                self._push(min(a, other), max(a, other), True)
        for other in self._of_weekday(day):
            self._push(a, other, False)

    def _of_weekday(self, day: datetime.date) -> list[int]:
        if day.year == UNKNOWN_YEAR:  # a day named without its year has no known weekday
            return []
        return self._by_weekday.get(day.weekday(), [])

    def _push(self, a: int, b: int, both_dated: bool) -> None:
        """Pair (a, b) in the heap at its bound, if that reaches its bar."""
        pairs = len(self.members[a]) * len(self.members[b])
        if pairs == 1:
            return  # two lone articles
        place = (-int(not both_dated), -self._first[self._day[a]], -a, -b)
        bound = _cosine(self._total(a), self._total(b)) / pairs
        if bound >= self._bar(a, b, place):
            entry = (-bound, place, a, b, self._merges[a], self._merges[b], False)
            heapq.heappush(self._heap, entry)

    def _bar(self, a: int, b: int, place: tuple[int, int, int, int]) -> float:
        """Linked: the clustering weighed them and kept them apart, but counted as unlike
        every pair that shares none of its strongest terms; over all their pairs they must then
        be clearly alike. Not so for a group that gives no day: its likeness was cut for the
        day it does not give."""
        both_dated = place[0] == 0
        return LINKED_SAME_DAY_AT if both_dated and b in self.sums[a] else MERGE_AT

    def _average(self, a: int, b: int) -> float:
        """The average likeness of the two groups' articles, pair by pair."""
        members, items, vectors = self.members, self.items, self.vectors
        total = math.fsum(_likeness(i, j, items, vectors) for i in members[a] for j in members[b])
        return total / (len(members[a]) * len(members[b]))

    def _total(self, key: int) -> Vector:
        found = self._totals.get(key)
        if found is None:
            found = self._totals[key] = _sum(self.vectors[i] for i in self.members[key])
        return found


def _one_day(group: Sequence[int], items: Sequence[Item]) -> datetime.date | None:
    """The day every article of the group describes (one that gives no day naming its
    weekday), if there is one. An article that gives neither a day nor a weekday (a copy
    whose dateline the page lost) says nothing against it."""
    days = {items[i].when.day for i in group if items[i].when.day is not None}
    if len(days) != 1:
        return None
    day = days.pop()
    undated = [items[i].when.weekday for i in group if items[i].when.day is None]
    return day if all(w in (None, day.weekday()) for w in undated) else None


def _one_weekday(group: Sequence[int], items: Sequence[Item]) -> int | None:
    """The one weekday a group that gives no day names ("on Wednesday", with nothing to
    count it from), if it names one: its articles are then of the day of that weekday."""
    if any(items[i].when.day is not None for i in group):
        return None
    weekdays = {items[i].when.weekday for i in group} - {None}
    return weekdays.pop() if len(weekdays) == 1 else None


def _average_likeness(
    key: int, group: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> float:
    """The similarity of one article with each of a group's, on average."""
    return math.fsum(_likeness(key, other, items, vectors) for other in group) / len(group)


def _likeness(a: int, b: int, items: Sequence[Item], vectors: Sequence[Vector]) -> float:
    """How alike two articles are: the cosine of their words times how well their days and
    their outlets fit (pairs._similarities reckons the same for many pairs at once)."""
    return (
        _cosine(vectors[a], vectors[b])
        * pair_day_fit(items[a].when, items[b].when)
        * outlet_fit(items[a].outlet, items[b].outlet)
    )


def _first_of_either(
    ranked: list[tuple[float, int, int]], heap: list[tuple[float, int, int]]
) -> Iterator[tuple[float, int, int]]:
    """The entries of `ranked` (sorted) and of `heap` (pushed to meanwhile), smallest first: as
    from one heap of both, but the links are sorted once, not pushed and popped one by one."""
    taken = 0
    while taken < len(ranked) or heap:
        if heap and (taken == len(ranked) or heap[0] < ranked[taken]):
            yield heapq.heappop(heap)
        else:
            taken += 1
            yield ranked[taken - 1]


def _merge(
    a: int,
    b: int,
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    heap: list[tuple[float, int, int]],
) -> None:
    """Group b merged into group a. The merged group's average with another group lies
    between a's and b's: a's entry stays high enough unless b's average was the higher, and
    only then is the pair pushed again."""
    before = len(members[a])
    members[a] += members.pop(b)
    size, near = len(members[a]), sums[a]
    for c, total in sums.pop(b).items():
        if c == a:
            continue
        sums[c].pop(b, None)
        was = near.get(c, 0.0)
        near[c] = sums[c][a] = was + total
        other = len(members[c])
        average = (was + total) / (size * other)
        if average >= MERGE_AT and average > was / (before * other):
            heapq.heappush(heap, (-average, a, c) if a < c else (-average, c, a))
    near.pop(b, None)
