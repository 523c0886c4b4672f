"""A configured event takes the articles that fit its words, or that are like its articles on
average as discovery weighs two groups: never, round after round, every report of the days
around it that shares only the story's own words (the storm, the coast, the state)."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from generator.models import EventSpec
from tests.conftest import reported_item

MONDAY = datetime.date(2031, 6, 2)
WEDNESDAY = datetime.date(2031, 6, 4)

# An invented storm: it grows on Monday, comes ashore on Wednesday. Every report names the
# storm, the coast and the state; only the strengthening reports say "Category 5".
REPORTS = {
    "grows-1": (
        "Storm Kestrel strengthens to Category 5 off the Varn coast",
        "Storm Kestrel strengthened to a Category 5 storm over warm water on Monday as "
        "forecasters warned the Varn coast and the state of Ostmark of a direct hit.",
        MONDAY,
    ),
    "grows-2": (
        "Kestrel becomes a Category 5 storm",
        "Kestrel became a Category 5 storm on Monday, its winds rising to 170 mph, and "
        "officials in Ostmark ordered evacuations along the Varn coast.",
        MONDAY,
    ),
    "grows-3": (
        "Forecasters watch Kestrel intensify",
        "Forecasters watched Storm Kestrel intensify rapidly on Monday into a Category 5 "
        "storm, threatening the Varn coast and Ostmark's port cities with flooding.",
        MONDAY,
    ),
    "ashore-1": (
        "Storm Kestrel makes landfall near Port Alder",
        "Storm Kestrel made landfall near Port Alder on Wednesday night, flooding streets "
        "along the Varn coast as power failed across Ostmark.",
        WEDNESDAY,
    ),
    "ashore-2": (
        "Kestrel comes ashore at Port Alder",
        "Kestrel came ashore at Port Alder on Wednesday, tearing roofs off homes on the Varn "
        "coast and cutting power to a million people in Ostmark.",
        WEDNESDAY,
    ),
    "ashore-3": (
        "Port Alder flooded as Kestrel makes landfall",
        "Port Alder flooded on Wednesday when Storm Kestrel made landfall, the surge "
        "swamping the Varn coast as Ostmark's governor urged people to stay indoors.",
        WEDNESDAY,
    ),
}
ONLY_THE_FIRST = [EventSpec("cat5", "Kestrel strengthens to Category 5", MONDAY, ("Category 5",))]


def grouping(anchors: list[EventSpec]) -> list[tuple[str | None, set[str]]]:
    items = [reported_item(i, title, lead, day) for i, (title, lead, day) in REPORTS.items()]
    return [(e.anchor, set(e.articles)) for e in find_events(items, anchors).events]


def test_one_configured_event_takes_no_report_of_another_day_sharing_only_the_story() -> None:
    configured = next(members for anchor, members in grouping(ONLY_THE_FIRST) if anchor)
    assert configured == {"grows-1", "grows-2", "grows-3"}


def test_the_reports_one_configured_event_leaves_form_their_own_discovered_event() -> None:
    discovered = [members for anchor, members in grouping(ONLY_THE_FIRST) if anchor is None]
    assert discovered == [{"ashore-1", "ashore-2", "ashore-3"}]


def test_a_cue_every_headline_names_takes_no_report_discovery_groups_elsewhere() -> None:
    # The storm's name as a cue: every headline holds it, the landfall's reports too.
    named = [EventSpec("cat5", "Kestrel strengthens to Category 5", MONDAY, ("Kestrel",))]
    configured = next(members for anchor, members in grouping(named) if anchor)
    assert configured == {"grows-1", "grows-2", "grows-3"}
