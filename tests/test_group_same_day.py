"""Two events of one day come in the order their news first came out."""

from __future__ import annotations

import datetime

from generator.briefing.group import group_by_event
from generator.models import BriefingConfig, EventSpec
from tests.conftest import article, reported

DAY = datetime.date(2031, 5, 20)


def pinned(article_id: str, event: str, published: datetime.date) -> object:
    return article(
        id=article_id,
        path=f"articles/{article_id}.html",
        published=published,
        requested_event=event,
        event=None,
        event_reason="",
        digest=article_id,
    )


def test_events_of_one_day_follow_their_earliest_article() -> None:
    # The id order ("a-" before "b-") is the wrong one: the dinner came after the parade.
    events = (
        EventSpec("a-lantern-dinner", "Lantern dinner in the evening", DAY),
        EventSpec("b-harbour-parade", "Harbour parade in the morning", DAY),
    )
    articles = [
        pinned("dinner", "a-lantern-dinner", DAY + datetime.timedelta(days=1)),
        pinned("parade", "b-harbour-parade", DAY),
    ]
    groups, _ = group_by_event(articles, BriefingConfig("Festival", events=events))
    assert [g.id for g in groups] == ["b-harbour-parade", "a-lantern-dinner"]


def test_an_event_whose_articles_split_between_two_days_says_it_was_a_tie() -> None:
    undocks = reported(
        "undocks",
        "Lantern Island ferry capsule undocks from the harbour station",
        "The Lantern Island ferry capsule undocked from the harbour station on Friday night, "
        "the harbour board said.",
        datetime.date(2031, 6, 7),
    )
    lands = reported(
        "lands",
        "Lantern Island ferry capsule lands after leaving the harbour station",
        "The Lantern Island ferry capsule landed safely on Saturday after leaving the harbour "
        "station, the harbour board said.",
        datetime.date(2031, 6, 8),
    )
    (event,), _ = group_by_event([undocks, lands], BriefingConfig("Harbour"))
    assert event.date == datetime.date(2031, 6, 6)
    assert "as many as 7 June (a tie: the earliest day is taken)" in event.date_basis
