"""Two sets of reports of one happening on one day, in words of their own (a wire story's
victims, a briefing's wreck), are one event when their articles are alike enough on average,
though no pair between them shares one of its strongest terms."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

import pytest

from generator.briefing.discover import MERGE_AT, Item, find_events
from generator.briefing.discover.clusters import _join_same_day_groups
from generator.models import DescribedDay
from tests.conftest import reported_item

THURSDAY = datetime.date(2031, 6, 5)
MONDAY = datetime.date(2031, 6, 2)
VICTIMS = (
    "A harbour pilot, a ferry captain, a deckhand and two island teachers were lost when the "
    "Kellerby ferry sank on Thursday, the harbour board said. The pilot had guided ships "
    "through the narrows for thirty years; the teachers were returning from a choir festival "
    "on the mainland with their pupils' banners."
)
WRECK = (
    "The harbour board announced on Thursday that the Kellerby ferry sank in the narrows, with "
    "debris found on the seabed near the lighthouse reef. Divers said the wreck lay in two "
    "pieces, and the board's chair told a press conference that salvage would begin at dawn."
)
# Other news of the weeks before, so that the story's own words are rarer than everyday ones.
EARLIER = [
    (
        "Varde council approves new school budget",
        "The Varde council approved a new school budget on Monday after a long debate over "
        "teachers' pay.",
        datetime.date(2031, 5, 26),
    ),
    (
        "Island choir festival opens on the mainland",
        "The island choir festival opened on the mainland on Saturday with forty choirs and a "
        "parade of banners.",
        datetime.date(2031, 5, 31),
    ),
    (
        "Lighthouse reef closed to divers for the summer",
        "The lighthouse reef was closed to divers on Tuesday while engineers survey the seabed.",
        datetime.date(2031, 5, 27),
    ),
    (
        "Ferry fares rise on the Kellerby route",
        "Ferry fares on the Kellerby route rose on Wednesday, the operator said, blaming fuel "
        "prices.",
        datetime.date(2031, 5, 21),
    ),
]


def test_two_wordings_of_one_days_happening_are_one_event() -> None:
    items = [
        reported_item(
            "victims-1",
            "Pilot, captain, deckhand and two teachers lost as Kellerby ferry sinks",
            VICTIMS,
            THURSDAY,
        ),
        reported_item(
            "victims-2",
            "Five lost as Kellerby ferry sinks in the narrows",
            VICTIMS.replace("thirty", "30"),
            THURSDAY,
        ),
        reported_item(
            "wreck-1", "Kellerby ferry found in pieces near the lighthouse reef", WRECK, THURSDAY
        ),
        reported_item(
            "wreck-2",
            "Harbour board: Kellerby ferry wreck in two pieces",
            WRECK.replace("at dawn", "on Friday morning"),
            THURSDAY,
        ),
    ] + [reported_item(f"earlier-{n}", *report) for n, report in enumerate(EARLIER)]
    grouped = {e.articles for e in find_events(items).events}
    assert ("victims-1", "victims-2", "wreck-1", "wreck-2") in grouped
    assert all(len(articles) == 1 for articles in grouped if "earlier-0" in articles)


def lone_and_group(day_of_copy: DescribedDay) -> tuple[dict[int, list[int]], list[Item]]:
    """Two reports of a meeting, linked by their headline's words, and a third of the same
    meeting in plain words it shares with both, joined by the same-day pass (or not)."""
    monday = DescribedDay(MONDAY, "published", preview=False)
    items = [
        Item(name, name, "", ((), ()), MONDAY, when)
        for name, when in (("tears-1", monday), ("tears-2", day_of_copy), ("plain", monday))
    ]
    vectors = [
        {"fights tears": 0.8, "meeting": 0.4, "staff": 0.45},
        {"fights tears": 0.8, "meeting": 0.4, "staff": 0.45},
        {"addresses": 0.8, "meeting": 0.4, "staff": 0.45},
    ]
    members = {0: [0, 1], 2: [2]}
    sums: dict[int, dict[int, float]] = {0: {}, 2: {}}  # no strongest term links them
    _join_same_day_groups(members, sums, items, vectors)
    return members, items


def test_a_lone_report_joins_the_group_of_its_day_it_is_like_on_average() -> None:
    members, _ = lone_and_group(DescribedDay(None, "Monday", preview=False, weekday=0))
    assert sorted(sorted(group) for group in members.values()) == [[0, 1, 2]]


def test_a_copy_that_gives_no_day_leaves_its_group_of_one_day() -> None:
    members, _ = lone_and_group(DescribedDay(None, "no date", preview=False))
    assert sorted(sorted(group) for group in members.values()) == [[0, 1, 2]]


def test_two_lone_reports_of_one_day_are_not_joined_by_the_same_day_pass() -> None:
    monday = DescribedDay(MONDAY, "published", preview=False)
    items = [Item(n, n, "", ((), ()), MONDAY, monday) for n in ("one", "two")]
    vectors = [{"meeting": 0.6, "staff": 0.8}, {"meeting": 0.6, "staff": 0.8}]
    members = {0: [0], 1: [1]}
    _join_same_day_groups(members, {0: {}, 1: {}}, items, vectors)
    assert members == {0: [0], 1: [1]}


def linked_groups(likeness: float) -> dict[int, list[int]]:
    """Two groups of Monday's reports, linked by one pair's shared strongest term (its linked
    average under MERGE_AT), each pair between them `likeness` alike."""
    monday = DescribedDay(MONDAY, "published", preview=False)
    items = [Item(f"r{n}", f"r{n}", "", ((), ()), MONDAY, monday) for n in range(4)]
    other = (1 - likeness**2) ** 0.5
    vectors = [{"fires": 1.0}] * 2 + [{"fires": likeness, "pushes out": other}] * 2
    members = {0: [0, 1], 2: [2, 3]}
    linked = MERGE_AT * 0.9 * 4
    sums = {0: {2: linked}, 2: {0: linked}}
    _join_same_day_groups(members, sums, items, vectors)
    return members


def test_two_linked_groups_of_one_day_clearly_alike_over_all_their_pairs_are_one() -> None:
    # The firing told as "fires" and as "pushes out": alike over all their pairs.
    assert linked_groups(2 * MERGE_AT) == {0: [0, 1, 2, 3]}


def test_two_linked_groups_of_one_day_barely_alike_stay_apart() -> None:
    # An arrival and the evening's banquet: alike, but not clearly.
    assert linked_groups(MERGE_AT) == {0: [0, 1], 2: [2, 3]}


@pytest.mark.parametrize(("likeness", "joined"), [(1.4 * MERGE_AT, False), (1.6 * MERGE_AT, True)])
def test_two_linked_groups_of_one_day_are_one_only_above_the_linked_bar(
    likeness: float, joined: bool
) -> None:
    # Just under and just over the bar linked groups must clear (half again MERGE_AT).
    expected = {0: [0, 1, 2, 3]} if joined else {0: [0, 1], 2: [2, 3]}
    assert linked_groups(likeness) == expected


def _afresh(
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    items: list[Item],
    vectors: list[dict[str, float]],
    apart: Callable[[Sequence[int], Sequence[int]], bool],
) -> None:
    """The same-day pass as written plainly: after each merge, every two groups of a day (and
    every dated group with each group naming only its weekday) reckoned again, the most alike
    that is one happening joined; ties to the pair found last."""
    import math

    from generator.briefing.discover.clusters import (
        LINKED_SAME_DAY_AT,
        _likeness,
        _merge,
        _one_day,
        _one_weekday,
    )
    from generator.briefing.discover.likeness import _cosine, _sum

    while True:
        by_day: dict[datetime.date, list[int]] = {}
        by_weekday: dict[int, list[int]] = {}
        for key in sorted(members):
            day = _one_day(members[key], items)
            if day is not None:
                by_day.setdefault(day, []).append(key)
            elif (weekday := _one_weekday(members[key], items)) is not None:
                by_weekday.setdefault(weekday, []).append(key)
        candidates = [
            (a, b, True)
            for keys in by_day.values()
            for n, a in enumerate(keys)
            for b in keys[n + 1 :]
        ] + [
            (a, b, False)
            for day, keys in by_day.items()
            for a in keys
            for b in by_weekday.get(day.weekday(), ())
        ]
        best, best_average = None, MERGE_AT
        for a, b, both_dated in candidates:
            pairs = len(members[a]) * len(members[b])
            if pairs == 1:
                continue
            bar = LINKED_SAME_DAY_AT if both_dated and b in sums[a] else MERGE_AT
            total = _cosine(
                _sum(vectors[i] for i in members[a]), _sum(vectors[i] for i in members[b])
            )
            if total / pairs < max(bar, best_average):
                continue
            likeness = [_likeness(i, j, items, vectors) for i in members[a] for j in members[b]]
            average = math.fsum(likeness) / pairs
            if average >= max(bar, best_average) and not apart(members[a], members[b]):
                best, best_average = (a, b), average
        if best is None:
            return
        _merge(*best, members, sums, [])


@pytest.mark.parametrize("alike", ["random", "copies"])
def test_groups_joined_after_each_merge_are_those_a_pass_over_every_pair_joins(alike: str) -> None:
    """The pass reckons again only the pairs a merge touched: its merges are those of passes
    that reckon every group and pair again, however many follow one another, and ties (copies
    of one text make equal averages) go to the same pair."""
    import random

    from generator.briefing.discover.clusters import _two_happenings_of_one_day

    monday = DescribedDay(MONDAY, "published", preview=False)
    tuesday = DescribedDay(MONDAY + datetime.timedelta(days=1), "published", preview=False)
    named = DescribedDay(None, "Monday", preview=False, weekday=0)
    words = [f"w{n}" for n in range(12)]
    for seed in range(12):
        rng = random.Random(seed)
        count = 18
        whens = [rng.choice([named, monday, monday, monday, tuesday]) for _ in range(count)]
        items = [Item(f"r{n}", f"r{n}", "", ((), ()), MONDAY, w) for n, w in enumerate(whens)]
        vectors = []
        for _ in range(count):
            chosen = (
                rng.sample(words, 4) if alike == "random" else rng.choice([words[:4], words[2:6]])
            )
            raw = {w: rng.random() if alike == "random" else 1.0 for w in chosen}
            norm = sum(v * v for v in raw.values()) ** 0.5
            vectors.append({w: v / norm for w, v in raw.items()})
        start = {n: [n, n + 1] if n % 4 == 0 else [n] for n in range(count) if n % 4 != 1}
        links = {a: {b: 0.05 for b in start if b != a and rng.random() < 0.3} for a in start}
        for a, near in links.items():
            for b, total in near.items():
                links[b][a] = total

        kept = {k: list(v) for k, v in start.items()}
        kept_sums = {k: dict(v) for k, v in links.items()}
        _join_same_day_groups(kept, kept_sums, items, vectors)

        afresh = {k: list(v) for k, v in start.items()}
        afresh_sums = {k: dict(v) for k, v in links.items()}
        _afresh(afresh, afresh_sums, items, vectors, _two_happenings_of_one_day(items, vectors))
        assert kept == afresh, seed
        assert kept_sums == afresh_sums, seed
