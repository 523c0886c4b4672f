"""Two events of one day come in the order their news first came out."""

from __future__ import annotations

import datetime

from generator.briefing.group import group_by_event
from generator.models import BriefingConfig, EventSpec
from tests.conftest import article

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
