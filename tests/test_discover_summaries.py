"""A discovered event's summary: what happened, not what came before, and never the one
article's lead again."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from generator.briefing.discover.events import summarised
from tests.conftest import reported_item

THURSDAY = datetime.date(2031, 6, 5)


def test_a_one_article_events_summary_does_not_repeat_its_lead() -> None:
    lead = "The ferry crew landed on Lantern Island at dawn on Thursday."
    (event,) = find_events([reported_item("a", "Ferry crew lands", lead, THURSDAY)]).events
    assert event.summary == ()


def test_a_summary_leaves_out_a_sentence_recalling_a_plan_that_fell_through() -> None:
    first = (
        "The ferry will sail to Lantern Island in June, the harbour board announced. "
        "The crew were due to sail in March but the strike shelved the crossing."
    )
    second = "The harbour board announced the new June sailing to Lantern Island on Thursday."
    third = "Lantern Island's mayor welcomed the harbour board's June sailing announcement."
    chosen = summarised(
        [
            reported_item("first", "Ferry to sail in June", first, THURSDAY),
            reported_item("second", "June sailing announced", second, THURSDAY),
            reported_item("third", "Mayor welcomes June sailing", third, THURSDAY),
        ]
    )
    assert chosen and all("due to sail" not in sentence.text for sentence in chosen)


def test_a_sentence_following_an_earlier_day_is_put_after_what_happened() -> None:
    first = (
        "The mayor opened the new ferry pier at Ashmere on Thursday. "
        "Following the first day of the festival, the mayor toured the pier with the crew."
    )
    second = "Ashmere's new ferry pier was opened by the mayor on Thursday."
    chosen = summarised(
        [
            reported_item("first", "Mayor opens pier", first, THURSDAY),
            reported_item("second", "Pier opened", second, THURSDAY),
        ]
    )
    assert all(not sentence.text.startswith("Following") for sentence in chosen)
