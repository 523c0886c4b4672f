"""Two wires' takes of one happening, each republished word for word, stay one event: a copy
is as alike as two articles can be, so copies say nothing of how alike a take's reports are,
and groups made only of copies of one text are never held apart as two happenings."""

from __future__ import annotations

import datetime

from generator.briefing.discover import Item, find_events
from tests.conftest import reported_item
from tests.test_discover_two_happenings import EARLIER  # three unrelated days before

TUESDAY = datetime.date(2031, 6, 3)
SHORT = (
    "Kellerby Ferries chief Holm to step down at year end",
    "Kellerby Ferries chief executive Ines Holm will step down at the end of the year, the "
    "operator said on Tuesday, as it struggles with late boats and falling fares. Holm has "
    "led the ferry line since 2024.",
)
LONG = (
    "Kellerby Ferries CEO Holm to quit; chairman Tarn also leaving in board overhaul",
    "Kellerby Ferries said on Tuesday that chief executive Ines Holm will step down at the end "
    "of the year and chairman Piet Tarn will not seek reelection, a sweeping overhaul of its "
    "leadership amid pressure from the island councils. The operator named no successor.",
)


def copied(prefix: str, take: tuple[str, str], change: tuple[str, str]) -> list[Item]:
    """The take and a copy of it with one sentence reworded, as a republishing site does."""
    title, lead = take
    return [
        reported_item(f"{prefix}-0", title, lead, TUESDAY),
        reported_item(f"{prefix}-1", title, lead.replace(*change), TUESDAY),
    ]


def test_two_takes_each_republished_are_one_event() -> None:
    items = copied("short", SHORT, ("Holm has led", "She has led"))
    items += copied("long", LONG, ("The operator named no successor.", "No successor was named."))
    items += [reported_item(f"e-{n}", *report) for n, report in enumerate(EARLIER)]
    events = [sorted(e.articles) for e in find_events(items).events]
    assert ["long-0", "long-1", "short-0", "short-1"] in events
