"""An undated article's day that only its body names: with no publication date it may be what
came before the news, so it speaks for the configured event of that day, never against another."""

from __future__ import annotations

import datetime

from generator.briefing.discover import Item, find_events, term_counts
from generator.briefing.when import described_day
from generator.models import EventSpec

MISSING = datetime.date(2031, 6, 2)
RAISED = datetime.date(2031, 6, 12)
ANCHORS = [
    EventSpec("missing", "Ferry reported missing off Kellerby", MISSING, ("missing", "search")),
    EventSpec("raised", "Ferry wreck raised from the sound", RAISED, ("salvage crane", "wreck")),
]


def undated(article_id: str, title: str, lead: str, rest: str = "") -> Item:
    """An article with no publication date: a headline, a lead and the body after it."""
    text = f"{lead}\n\n{rest}" if rest else lead
    when = described_day(title, lead, text, None)
    return Item(article_id, title, lead, term_counts(title, lead, text), None, when)


def test_a_date_only_the_body_recalls_does_not_pull_an_undated_report_to_its_day() -> None:
    recalled = undated(
        "recalled",
        "Salvage crane lifts the ferry wreck from the sound",
        "A salvage crane lifted the wreck of the ferry from the sound at dawn.",
        "The ferry went missing on June 2 with eleven crew aboard.",
    )
    assert recalled.when.day is not None  # the body's date is the day it describes
    events = {e.anchor: e.articles for e in find_events([recalled], ANCHORS).events}
    assert events == {"raised": ("recalled",)}


def test_a_date_the_lead_names_still_places_an_undated_report() -> None:
    # The same words, but the lead says the crane lifted it on June 2: the lead is the news.
    named = undated(
        "named",
        "Salvage crane lifts the ferry wreck from the sound",
        "A salvage crane lifted the wreck of the ferry from the sound on June 2.",
    )
    events = {e.anchor: e.articles for e in find_events([named], ANCHORS).events}
    assert events == {"missing": ("named",)}
