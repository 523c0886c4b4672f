"""The events' pages list an undated event where discovery placed it: after the dated event
its articles are clearly most like, not after the briefing's last event."""

from __future__ import annotations

import datetime

from generator.briefing.discover import FoundEvent
from generator.briefing.group import _undated_as_found, group_by_event
from generator.models import BriefingConfig, EventGroup
from tests.test_group import story

D = datetime.date


ARTICLES = [
    story(
        "offer-a",
        "Brackwater offers to buy the Kellerby ferry line",
        "Brackwater Shipping offered on Thursday to buy the Kellerby ferry line for $40 a share.",
        D(2031, 4, 10),
    ),
    story(
        "offer-b",
        "Brackwater bids $40 a share for Kellerby ferry line",
        "Brackwater Shipping bid $40 a share for the Kellerby ferry line on Thursday, a filing "
        "showed.",
        D(2031, 4, 10),
    ),
    story(
        "strike-a",
        "Varde dockers strike over night shifts",
        "Dockers at Varde walked out on Friday over night shifts, halting the grain quay.",
        D(2031, 9, 5),
    ),
    story(
        "strike-b",
        "Grain quay halted as Varde dockers walk out",
        "The Varde grain quay stood idle on Friday as dockers struck over night shifts.",
        D(2031, 9, 5),
    ),
    story(
        "accept-a",
        "Kellerby ferry line board accepts Brackwater takeover",
        "The board of the Kellerby ferry line has accepted the Brackwater takeover, its "
        "chairwoman announced on Monday, ending weeks of resistance from shareholders.",
        None,
    ),
    story(
        "accept-b",
        "Kellerby board agrees Brackwater takeover",
        "Kellerby's board agreed to the Brackwater takeover on Monday after weeks of "
        "resistance, its chairwoman told shareholders.",
        None,
    ),
]


def test_an_undated_event_is_listed_after_the_event_it_is_most_like() -> None:
    groups, _ = group_by_event(ARTICLES, BriefingConfig("Harbours"))
    order = [{a.id for a in group.articles} for group in groups]
    assert order == [{"offer-a", "offer-b"}, {"accept-a", "accept-b"}, {"strike-a", "strike-b"}]


def _group(event_id: str, day: D | None) -> EventGroup:
    return EventGroup(event_id, event_id, day, "", f"events/{event_id}.html", ())


def _found(first_article: str, day: D | None) -> FoundEvent:
    return FoundEvent(None, first_article, day, "", (), (first_article,), ())


def test_an_undated_event_discovery_listed_last_stays_last() -> None:
    # The pages' date order need not be discovery's (a configured event's own date): an
    # undated event like no dated one is not moved after whichever event discovery listed last.
    groups = [_group("june", D(2031, 6, 2)), _group("sept", D(2031, 9, 1)), _group("odd", None)]
    found = [_found("s1", D(2031, 5, 1)), _found("j1", D(2031, 6, 2)), _found("o1", None)]
    ids = {"j1": "june", "s1": "sept", "o1": "odd"}
    ordered = _undated_as_found(groups, found, ids)
    assert [g.id for g in ordered] == ["june", "sept", "odd"]
