"""Two happenings of one day, a disaster in the morning and the search called off that evening,
are two events: the evening's headlines share words the morning's reports never use (they
could not know them), while the morning's headline words are all in the evening's reports."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from generator.briefing.discover.happenings import two_happenings
from tests.conftest import reported_item

TUESDAY = datetime.date(2031, 6, 3)
COLLAPSE = [
    (
        "Harbour crane collapses onto Varde ferry terminal",
        "A harbour crane collapsed onto the Varde ferry terminal early Tuesday after a cargo "
        "ship struck its base, throwing a road crew into the water, the port authority said.",
    ),
    (
        "Varde crane collapses after cargo ship strikes its base",
        "A cargo ship struck the base of a harbour crane at the Varde ferry terminal early "
        "Tuesday, and the crane collapsed onto the pier where a road crew was working.",
    ),
    (
        "Cargo ship hits harbour crane, which collapses onto Varde terminal",
        "The harbour crane at the Varde ferry terminal collapsed on Tuesday morning when a cargo "
        "ship lost steering and struck its base; divers searched the water for the road crew.",
    ),
    (
        "Harbour crane collapses in Varde as ship loses steering",
        "Port authority officials said a cargo ship struck the Varde ferry terminal early "
        "Tuesday and the harbour crane collapsed, with a road crew thrown into the harbour.",
    ),
]
CALLED_OFF = [
    (
        "Four missing road workers presumed dead after Varde crane collapse",
        "The coast guard called off its search on Tuesday evening for four road workers missing "
        "since the harbour crane collapsed at Varde, saying they were presumed dead."
        " The crane collapsed onto the Varde ferry terminal after a cargo ship struck its base.",
    ),
    (
        "Search called off: four Varde road workers presumed dead",
        "Four road workers thrown into the harbour when the Varde crane collapsed are presumed "
        "dead, the coast guard said on Tuesday evening as it called off the search."
        " A cargo ship had struck the base of the harbour crane at the ferry terminal early Tuesday.",
    ),
    (
        "No hope for four missing workers as Varde search called off",
        "The coast guard said on Tuesday evening that four missing road workers were presumed "
        "dead and called off the search in the cold water around the collapsed crane."
        " The harbour crane collapsed early Tuesday when a cargo ship struck the ferry terminal.",
    ),
    (
        "Coast guard: four workers presumed dead, search called off at Varde",
        "Divers will return at dawn to recover the four road workers presumed dead, the coast "
        "guard said on Tuesday evening after it called off the search near the Varde crane."
        " The cargo ship struck the crane at the Varde ferry terminal early on Tuesday.",
    ),
]
EARLIER = [
    (
        "Varde council approves harbour budget",
        "The Varde council approved a harbour budget on Monday.",
        datetime.date(2031, 5, 26),
    ),
    (
        "Ferry fares rise on the Varde route",
        "Ferry fares on the Varde route rose on Wednesday, the operator said.",
        datetime.date(2031, 5, 21),
    ),
    (
        "Coast guard opens new station",
        "The coast guard opened a new station on the island on Friday.",
        datetime.date(2031, 5, 23),
    ),
]


def stories() -> list:
    items = [reported_item(f"collapse-{n}", *report, TUESDAY) for n, report in enumerate(COLLAPSE)]
    items += [reported_item(f"off-{n}", *report, TUESDAY) for n, report in enumerate(CALLED_OFF)]
    return items + [reported_item(f"earlier-{n}", *report) for n, report in enumerate(EARLIER)]


def test_a_disaster_and_the_search_called_off_that_evening_are_two_events() -> None:
    grouped = {e.articles for e in find_events(stories()).events}
    assert tuple(f"collapse-{n}" for n in range(4)) in grouped
    assert tuple(f"off-{n}" for n in range(4)) in grouped


def headline_words(*headlines: str) -> dict[int, frozenset[str]]:
    return {n: frozenset(h.split()) for n, h in enumerate(headlines)}


def test_two_takes_of_one_happening_each_in_words_of_its_own_are_one_happening() -> None:
    # The firing told as "fires" and as "pushes out": each group's word is new to the other.
    headlines = headline_words(
        "board fires chief",
        "board fires chief",
        "board pushes out chief",
        "chief pushed out by board",
    )
    known = {0: headlines[0], 1: headlines[1], 2: headlines[2], 3: headlines[3] | {"pushes", "out"}}
    assert not two_happenings([0, 1], [2, 3], headlines.__getitem__, known.__getitem__)


def test_a_later_happening_named_in_words_the_earlier_reports_never_use_is_another() -> None:
    headlines = headline_words(
        "crane collapses at pier",
        "pier crane collapses",
        "crane workers presumed dead",
        "workers presumed dead at pier",
    )
    known = {n: words | {"crane", "collapses", "pier"} for n, words in headlines.items()}
    assert two_happenings([0, 1], [2, 3], headlines.__getitem__, known.__getitem__)
