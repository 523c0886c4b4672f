"""An event whose day no article gives a year for takes the year of the briefing's other
events when they all share one; and an article of the day left alone, its few links all to
one article of a group, joins that group when it is like its articles on average."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.discover import Weights, clusters, find_events
from tests.conftest import reported_item

MONDAY = datetime.date(2031, 6, 2)
STRIKE = (
    "Ferry workers strike at Kellerby harbour",
    "Ferry workers at Kellerby walked out on Monday over pay, stranding hundreds of islanders.",
)
STORM = (
    "Storm floods the Varde quay",
    "A winter storm flooded the quay at Varde overnight, sweeping fishing boats onto the road.",
)
PIER = (
    "Lantern Island pier reopens after repairs",
    "The Lantern Island pier reopened on June 10 after two years of repairs to its timbers.",
)
PIER_TOO = (
    "Repaired pier reopens on Lantern Island",
    "Crowds watched the repaired Lantern Island pier reopen on June 10 with a brass band.",
)


def undated_pier_events(days: tuple[datetime.date, datetime.date]):
    items = [
        reported_item("strike", *STRIKE, days[0]),
        reported_item("storm", *STORM, days[1]),
        reported_item("pier", *PIER, None),
        reported_item("pier-too", *PIER_TOO, None),
    ]
    return {e.articles[0]: e for e in find_events(items).events}


def test_an_event_named_without_a_year_takes_the_one_year_of_the_briefing() -> None:
    pier = undated_pier_events((MONDAY, MONDAY))["pier"]
    assert pier.date == datetime.date(2031, 6, 10)
    assert pier.date_basis.endswith(
        "; no article gives the year, so it is 2031, the year of every other event"
    )


def test_no_year_is_borrowed_when_the_briefing_spans_two() -> None:
    pier = undated_pier_events((MONDAY, datetime.date(2032, 1, 12)))["pier"]
    assert pier.date is None
    assert pier.date_basis.endswith("in a year no article gives")


TALKS = [
    ("talks-a", "Mayor and harbour board agree new ferry timetable", MONDAY),
    ("talks-b", "Harbour board and mayor settle ferry timetable", MONDAY),
    ("talks-c", "Ferry timetable agreed by mayor and harbour board", MONDAY),
]
TALKS_LEAD = (
    "The mayor and the harbour board agreed a new ferry timetable for Lantern Island after "
    "talks at the town hall."
)
ARRIVAL = (
    "Mayor arrives for ferry talks with harbour board",
    "The mayor arrived at the town hall at 4 pm for talks with the harbour board on the ferry "
    "timetable, with her deputy, the port captain and the island council's clerk.",
)


def test_an_article_of_the_day_with_one_link_into_a_group_joins_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [reported_item(i, title, TALKS_LEAD, day) for i, title, day in TALKS]
    items.append(reported_item("arrival", *ARRIVAL, MONDAY))
    vectors = Weights().vectors(items)
    # Its strongest terms are its own: of its pairs, only one shares them (and is kept).
    links = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (0, 3): 0.06}
    monkeypatch.setattr(clusters, "_similarities", lambda *_: dict(links))
    groups = clusters._cluster(range(4), items, vectors)
    assert groups == [[0, 1, 2, 3]]
