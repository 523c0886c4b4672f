"""What came before an article's happening (a headline's "after" clause, a lead's "a day
after ...") does not count as the happening itself when articles are grouped."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events, term_counts
from tests.conftest import reported_item

TUESDAY = datetime.date(2031, 6, 3)
WEDNESDAY = TUESDAY + datetime.timedelta(days=1)


def counted(title: str, lead: str) -> dict[str, float]:
    words, weights = term_counts(title, lead, lead)
    return dict(zip(words, weights, strict=True))


def test_a_headlines_after_clause_is_not_counted_as_what_it_reports() -> None:
    terms = counted("Mayor opens Wexmoor bridge after council passes harbour budget", "")
    assert "bridge" in terms
    assert "harbour" not in terms
    assert "harbour budget" not in terms
    # The clause ends at a comma: what follows is the headline's again.
    terms = counted("After a long delay, Wexmoor opens its harbour bridge", "")
    assert "delay" not in terms
    assert "harbour bridge" in terms


def test_a_lead_clause_set_a_day_apart_is_not_counted_but_its_own_course_is() -> None:
    lead = (
        "The mayor opened the bridge on Wednesday, a day after the council passed a record "
        "harbour budget."
    )
    terms = counted("", lead)
    assert "bridge" in terms
    assert "budget" not in terms
    # An "after" clause the lead sets no time apart tells how the happening went.
    terms = counted("", "The bridge opened to traffic after engineers removed the scaffolding.")
    assert "scaffolding" in terms


def test_a_report_that_recaps_yesterdays_happening_joins_the_coverage_of_its_own() -> None:
    vote = (
        "Wexmoor council passes record harbour budget",
        "Wexmoor council on Tuesday passed a record harbour budget of nine million pounds, "
        "with dredging and ferry repairs taking most of it.",
    )
    opening = (
        "Mayor opens Wexmoor tidal bridge",
        "The mayor of Wexmoor opened the tidal bridge over the estuary on Wednesday, cutting "
        "a ribbon before crowds.",
    )
    recap = (
        "Mayor opens tidal bridge after council passes record harbour budget",
        "The mayor opened the tidal bridge on Wednesday, a day after the council passed a "
        "record harbour budget of nine million pounds for dredging and ferry repairs.",
    )
    items = [reported_item(f"vote-{n}", *vote, TUESDAY) for n in range(3)]
    items += [reported_item(f"opening-{n}", *opening, WEDNESDAY) for n in range(3)]
    items.append(reported_item("recap", *recap, WEDNESDAY))
    events = find_events(items).events
    with_recap = next(event for event in events if "recap" in event.articles)
    assert sorted(with_recap.articles) == ["opening-0", "opening-1", "opening-2", "recap"]
