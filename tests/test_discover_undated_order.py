"""An undated event is listed right after the dated event its articles are clearly most like
(the acceptance of an offer after the offer), not after the briefing's last event; one about
as like two dated events, or like none, still goes last. The pages keep that order."""

from __future__ import annotations

import datetime

from generator.briefing.discover import FoundEvent, Item
from generator.briefing.discover.find import beside_most_alike
from generator.models import DescribedDay

MONDAY = datetime.date(2031, 6, 2)
LATER = datetime.date(2031, 9, 1)


def _item(article_id: str) -> Item:
    when = DescribedDay(None, "no date in the text or the front matter", preview=False)
    return Item(article_id, article_id, "", {}, None, when)


def _event(article_id: str, day: datetime.date | None) -> FoundEvent:
    return FoundEvent(None, article_id, day, "", (), (article_id,), ())


ITEMS = [_item(name) for name in ("offer", "layoffs", "accepted")]


def _order(accepted: dict[str, float]) -> list[str]:
    vectors = [{"offer": 0.8, "ferry": 0.6}, {"layoffs": 0.8, "crews": 0.6}, accepted]
    events = [_event("offer", MONDAY), _event("layoffs", LATER), _event("accepted", None)]
    return [e.title for e in beside_most_alike(events, ITEMS, vectors)]


def test_an_undated_event_follows_the_dated_event_it_is_most_like() -> None:
    assert _order({"offer": 0.6, "ferry": 0.3, "board": 0.74}) == ["offer", "accepted", "layoffs"]


def test_an_undated_event_as_like_two_events_goes_last() -> None:
    like_both = {"offer": 0.5, "layoffs": 0.5, "board": 0.7}
    assert _order(like_both) == ["offer", "layoffs", "accepted"]


def test_an_undated_event_like_none_goes_last() -> None:
    assert _order({"board": 1.0}) == ["offer", "layoffs", "accepted"]


def test_an_undated_event_carries_the_event_it_follows() -> None:
    vectors = [{"offer": 0.8, "ferry": 0.6}, {"layoffs": 0.8, "crews": 0.6}]
    vectors.append({"offer": 0.6, "ferry": 0.3, "board": 0.74})
    events = [_event("offer", MONDAY), _event("layoffs", LATER), _event("accepted", None)]
    listed = beside_most_alike(events, ITEMS, vectors)
    assert [(e.title, e.follows) for e in listed] == [
        ("offer", ""),
        ("accepted", "offer"),
        ("layoffs", ""),
    ]
