"""Reports of one happening that give no day, only its weekday, join the group of reports
dated on a day of that weekday when their words are alike on average; and an event's day is
one its articles' texts name before one only their publication gives."""

from __future__ import annotations

import datetime

from generator.briefing.discover import Item, term_counts
from generator.briefing.discover.clusters import _join_same_day_groups
from generator.briefing.discover.events import _event_day
from generator.briefing.when import UNKNOWN_YEAR, described_day
from generator.models import DescribedDay

WEDNESDAY = datetime.date(2031, 6, 4)


def joined(day: datetime.date, weekday: int) -> list[list[int]]:
    """Two dated reports of opening statements and two undated ones naming `weekday`, linked
    by one pair only (so the clustering kept them apart), after the same-day pass."""
    dated = DescribedDay(day, "published", preview=False)
    undated = DescribedDay(None, "Wednesday", preview=False, weekday=weekday)
    items = [
        Item(name, name, "", ((), ()), when.day, when)
        for name, when in (("a", dated), ("b", dated), ("c", undated), ("d", undated))
    ]
    vectors = [
        {"opening statements": 0.7, "jurors seated": 0.7},
        {"opening statements": 0.7, "jurors seated": 0.7},
        {"opening statements": 0.7, "presumed innocent": 0.7},
        {"opening statements": 0.7, "presumed innocent": 0.7},
    ]
    members = {0: [0, 1], 2: [2, 3]}
    sums = {0: {2: 0.2}, 2: {0: 0.2}}  # linked, by one pair's strongest term
    _join_same_day_groups(members, sums, items, vectors)
    return sorted(sorted(group) for group in members.values())


def test_an_undated_group_joins_the_dated_group_its_weekday_fits() -> None:
    assert joined(WEDNESDAY, 2) == [[0, 1, 2, 3]]


def test_an_undated_group_of_another_weekday_stays_apart() -> None:
    assert joined(WEDNESDAY, 4) == [[0, 1], [2, 3]]


def test_a_day_named_without_its_year_has_no_weekday_to_fit() -> None:
    assert joined(WEDNESDAY.replace(year=UNKNOWN_YEAR), WEDNESDAY.weekday()) == [[0, 1], [2, 3]]


def item(name: str, lead: str, published: datetime.date) -> Item:
    title = "Harbour board sells Kellerby ferry line"
    when = described_day(title, lead, lead, published)
    return Item(name, title, lead, term_counts(title, lead, lead), published, when)


def test_a_day_a_text_names_beats_publication_days_alone() -> None:
    monday = datetime.date(2031, 6, 9)
    named = item("named", "The harbour board announced on Sunday that it sold the line.", monday)
    plain = [
        item(f"plain-{n}", "The harbour board has sold the Kellerby ferry line.", monday)
        for n in range(3)
    ]
    day, basis = _event_day([0, 1, 2, 3], [named, *plain])
    assert day == monday - datetime.timedelta(days=1)
    assert basis == "1 of 4 articles describe 8 June"


def test_a_day_long_before_the_groups_publications_is_not_its_day() -> None:
    friday = datetime.date(2031, 6, 6)
    dated = item("dated", "The harbour board sold the Kellerby ferry line on Friday.", friday)
    lead = "The harbour board sold the Kellerby ferry line it founded on March 4, 2029."
    undated = Item(
        "undated",
        "Harbour board sells Kellerby ferry line",
        lead,
        term_counts("", lead, lead),
        None,
        described_day("Harbour board sells Kellerby ferry line", lead, lead, None),
    )
    assert undated.when.day == datetime.date(2029, 3, 4)  # what the article alone suggests
    day, _ = _event_day([0, 1], [dated, undated])
    assert day == friday


def test_weekdays_three_apart_fit_no_better_than_days_three_apart() -> None:
    # Two undated reports naming Monday and Thursday are at best three days apart.
    from generator.briefing.discover import day_fit

    monday = datetime.date(2031, 6, 2)
    assert day_fit(None, None, 0, 3) <= day_fit(monday, monday + datetime.timedelta(3))
