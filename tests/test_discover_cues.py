"""Discovery's reading of what a lead recalls and of an editor's cue terms: a relative clause
naming an earlier day is background, and a cue in a headline places an article whose words
say little else."""

from __future__ import annotations

import datetime

from generator.briefing.discover import LEAD_WEIGHT, find_events, term_counts
from generator.models import EventSpec
from tests.conftest import reported_item

FRIDAY = datetime.date(2031, 3, 14)
SATURDAY = datetime.date(2031, 3, 15)


def weight_of(term: str, title: str, lead: str) -> float:
    words, weights = term_counts(title, lead, lead)
    return dict(zip(words, weights, strict=True)).get(term, 0.0)


def test_a_relative_clause_naming_an_earlier_day_is_not_weighed_as_the_lead() -> None:
    lead = "The mayor, who yesterday opened the ferry pier, toured the fish market."
    assert weight_of("pier", "Mayor tours market", lead) < LEAD_WEIGHT
    assert weight_of("market", "Mayor tours market", lead) >= LEAD_WEIGHT


def test_a_relative_clause_with_no_earlier_day_stays_in_the_lead() -> None:
    lead = "The mayor, who opened the ferry pier, toured the fish market."
    assert weight_of("pier", "Mayor tours market", lead) >= LEAD_WEIGHT


ANCHORS = [
    EventSpec("pier", "Ferry pier opens", FRIDAY, ("ferry pier", "ribbon")),
    EventSpec("regatta", "Regatta on the lake", SATURDAY, ("Ashmere", "regatta")),
]
# Every report names the town: its name alone tells no report from another.
REPORTS = {
    "pier-1": ("Ferry pier opens at Ashmere", "The ferry pier at Ashmere opened with a ribbon."),
    "pier-2": ("Ashmere cuts the ribbon", "Ashmere's new ferry pier opened to crowds."),
    "regatta-1": ("Regatta crowns its winners", "The regatta at Ashmere crowned its winners."),
    "regatta-2": ("Rowers race at Ashmere", "Rowers raced in the regatta on Ashmere's lake."),
    # A headline that names the regatta's place over text that is all the page's appeals.
    "appeal": (
        "Crews head to Ashmere for the last race",
        "Support our newsroom: every donation keeps reporters covering stories that matter, "
        "from school boards to hospitals, climate science, courts, elections, housing, small "
        "businesses, farming, transport, museums and public health across the whole county.",
    ),
}


def test_a_cue_term_in_the_headline_places_an_article_its_words_do_not() -> None:
    items = [reported_item(i, title, lead, SATURDAY) for i, (title, lead) in REPORTS.items()]
    events = find_events(items, ANCHORS).events
    regatta = next(e for e in events if e.anchor == "regatta")
    assert "appeal" in regatta.articles


def test_a_cue_term_places_no_article_of_a_day_far_from_the_events() -> None:
    later = SATURDAY + datetime.timedelta(days=14)
    items = [reported_item(i, title, lead, SATURDAY) for i, (title, lead) in REPORTS.items()]
    items[-1] = reported_item("appeal", *REPORTS["appeal"], later)
    events = find_events(items, ANCHORS).events
    assert all("appeal" not in e.articles for e in events if e.anchor)


def test_a_relative_clause_looking_ahead_stays_in_the_lead() -> None:
    lead = "The mayor, who will open the ferry pier on Monday, toured the fish market."
    assert weight_of("pier", "Mayor tours market", lead) >= LEAD_WEIGHT
