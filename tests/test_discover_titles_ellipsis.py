"""An event's title never ends on an ellipsis: a headline the cleaner took from a lead and cut
at a length ("... with 120…") comes after any other, and alone is cut at its last whole
phrase."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from tests.conftest import reported_item

FRIDAY = datetime.date(2031, 5, 16)
CUT_HEADLINE = "Storm Larkin came ashore near Fennick Point, Ostmark, as a strong storm with 110…"
CUT_LEAD = (
    "Storm Larkin came ashore near Fennick Point, Ostmark, as a strong storm with 110 mph "
    "winds on Friday, forecasters said."
)


def test_a_headline_cut_with_an_ellipsis_gives_a_title_cut_at_a_phrase_end() -> None:
    (event,) = find_events([reported_item("larkin", CUT_HEADLINE, CUT_LEAD, FRIDAY)]).events
    assert not event.title.endswith(("\u2026", "..."))
    assert event.title == "Storm Larkin came ashore near Fennick Point, Ostmark, as a strong storm"


def test_another_headline_is_preferred_to_one_cut_with_an_ellipsis() -> None:
    items = [
        reported_item("larkin-1", CUT_HEADLINE, CUT_LEAD, FRIDAY),
        reported_item(
            "larkin-2",
            "Storm Larkin comes ashore at Fennick Point",
            "Storm Larkin came ashore at Fennick Point in Ostmark on Friday with 110 mph winds.",
            FRIDAY,
        ),
    ]
    (event,) = find_events(items).events
    assert event.title == "Storm Larkin comes ashore at Fennick Point"
