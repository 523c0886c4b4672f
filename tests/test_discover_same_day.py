"""Two sets of reports of one happening on one day, in words of their own (a wire story's
victims, a briefing's wreck), are one event when their articles are alike enough on average,
though no pair between them shares one of its strongest terms."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from tests.conftest import reported_item

THURSDAY = datetime.date(2031, 6, 5)
VICTIMS = (
    "A harbour pilot, a ferry captain, a deckhand and two island teachers were lost when the "
    "Kellerby ferry sank on Thursday, the harbour board said. The pilot had guided ships "
    "through the narrows for thirty years; the teachers were returning from a choir festival "
    "on the mainland with their pupils' banners."
)
WRECK = (
    "The harbour board announced on Thursday that the Kellerby ferry sank in the narrows, with "
    "debris found on the seabed near the lighthouse reef. Divers said the wreck lay in two "
    "pieces, and the board's chair told a press conference that salvage would begin at dawn."
)
# Other news of the weeks before, so that the story's own words are rarer than everyday ones.
EARLIER = [
    (
        "Varde council approves new school budget",
        "The Varde council approved a new school budget on Monday after a long debate over "
        "teachers' pay.",
        datetime.date(2031, 5, 26),
    ),
    (
        "Island choir festival opens on the mainland",
        "The island choir festival opened on the mainland on Saturday with forty choirs and a "
        "parade of banners.",
        datetime.date(2031, 5, 31),
    ),
    (
        "Lighthouse reef closed to divers for the summer",
        "The lighthouse reef was closed to divers on Tuesday while engineers survey the seabed.",
        datetime.date(2031, 5, 27),
    ),
    (
        "Ferry fares rise on the Kellerby route",
        "Ferry fares on the Kellerby route rose on Wednesday, the operator said, blaming fuel "
        "prices.",
        datetime.date(2031, 5, 21),
    ),
]


def test_two_wordings_of_one_days_happening_are_one_event() -> None:
    items = [
        reported_item(
            "victims-1",
            "Pilot, captain, deckhand and two teachers lost as Kellerby ferry sinks",
            VICTIMS,
            THURSDAY,
        ),
        reported_item(
            "victims-2",
            "Five lost as Kellerby ferry sinks in the narrows",
            VICTIMS.replace("thirty", "30"),
            THURSDAY,
        ),
        reported_item(
            "wreck-1", "Kellerby ferry found in pieces near the lighthouse reef", WRECK, THURSDAY
        ),
        reported_item(
            "wreck-2",
            "Harbour board: Kellerby ferry wreck in two pieces",
            WRECK.replace("at dawn", "on Friday morning"),
            THURSDAY,
        ),
    ] + [reported_item(f"earlier-{n}", *report) for n, report in enumerate(EARLIER)]
    grouped = {e.articles for e in find_events(items).events}
    assert ("victims-1", "victims-2", "wreck-1", "wreck-2") in grouped
    assert all(len(articles) == 1 for articles in grouped if "earlier-0" in articles)
