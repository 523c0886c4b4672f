"""Grouping articles by event (generator.briefing.group): pins, configured events, discovered
events, other coverage, and the order a reader meets them in. How articles are found to report
one happening is tested in test_discover.py."""

from __future__ import annotations

import datetime

from generator.briefing.discover import term_counts
from generator.briefing.group import OTHER_ID, OTHER_TITLE, group_by_event
from generator.briefing.when import described_day
from generator.models import BriefingConfig, EventSpec
from tests.conftest import article

D = datetime.date

ELECTION = (
    EventSpec("debate", "The televised debate", D(2024, 10, 1)),
    EventSpec("polling-day", "Polling day", D(2024, 10, 15)),
    EventSpec("results", "The results", D(2024, 10, 16)),
)


def config(*events: EventSpec, discover: bool = True) -> BriefingConfig:
    return BriefingConfig("Election", events=events, discover=discover)


def story(article_id: str, title: str, lead: str, published: D | None, pin: str = ""):
    return article(
        id=article_id,
        title=title,
        lead=lead,
        text=lead,
        published=published,
        requested_event=pin,
        when=described_day(title, lead, lead, published),
        terms=term_counts(title, lead, lead),
        event=None,
        event_reason="",
        digest=article_id,
    )


DEBATE = story(
    "d1",
    "Candidates clash over taxes in televised debate",
    "The two candidates clashed over taxes in Tuesday's televised debate, the moderator said.",
    D(2024, 10, 2),
)
DEBATE_TOO = story(
    "d2",
    "Moderator cuts off candidates in heated debate on taxes",
    "The moderator cut off both candidates as the debate on taxes turned heated on Tuesday.",
    D(2024, 10, 2),
)
RESULTS = story(
    "r1",
    "Challenger concedes as results show a landslide",
    "The challenger conceded on Wednesday as the results showed a landslide victory.",
    D(2024, 10, 16),
)


def test_front_matter_pins_an_article_whatever_its_text() -> None:
    pinned = story("p", DEBATE.title, DEBATE.lead, DEBATE.published, pin="results")
    groups, _ = group_by_event([pinned, DEBATE_TOO], config(*ELECTION))
    results = next(g for g in groups if g.id == "results")
    assert [a.id for a in results.articles] == ["p"]
    assert results.articles[0].event_reason == "set in the front matter (event: results)"


def test_front_matter_other_sends_an_article_to_other_coverage() -> None:
    pinned = story("p", DEBATE.title, DEBATE.lead, DEBATE.published, pin=OTHER_ID)
    groups, _ = group_by_event([pinned, DEBATE_TOO], config(*ELECTION))
    assert groups[-1].id == OTHER_ID and groups[-1].title == OTHER_TITLE
    assert [a.id for a in groups[-1].articles] == ["p"]


def test_configured_events_come_in_date_order_empty_ones_included() -> None:
    groups, _ = group_by_event([DEBATE, DEBATE_TOO, RESULTS], config(*reversed(ELECTION)))
    assert [g.id for g in groups] == ["debate", "polling-day", "results"]
    assert [g.path for g in groups] == [f"events/{g.id}.html" for g in groups]
    assert {a.id for a in groups[0].articles} == {"d1", "d2"}
    assert groups[1].articles == () and groups[1].date == D(2024, 10, 15)


def test_every_article_says_why_it_is_under_its_event() -> None:
    groups, _ = group_by_event([DEBATE, DEBATE_TOO, RESULTS], config(*ELECTION))
    debate = groups[0]
    for placed in debate.articles:
        assert placed.event == "debate"
        assert "with the event in briefing.toml" in placed.event_reason
        assert "describes 1 October" in placed.event_reason


def test_placing_an_article_changes_its_digest() -> None:
    (group,), _ = group_by_event([RESULTS], config())
    assert group.articles[0].digest != RESULTS.digest  # its page shows the event and reason


def test_without_configured_events_the_events_are_discovered() -> None:
    groups, _ = group_by_event([DEBATE, DEBATE_TOO, RESULTS], config())
    assert all(g.discovered for g in groups)
    assert sorted(sorted(a.id for a in g.articles) for g in groups) == [["d1", "d2"], ["r1"]]
    assert groups[0].date == D(2024, 10, 1) and groups[1].date == D(2024, 10, 16)


def test_with_discover_off_what_fits_no_configured_event_is_other_coverage() -> None:
    groups, _ = group_by_event([DEBATE, DEBATE_TOO, RESULTS], config(ELECTION[0], discover=False))
    assert [g.id for g in groups] == ["debate", OTHER_ID]
    assert [a.id for a in groups[1].articles] == ["r1"]


def test_no_other_coverage_group_without_other_articles() -> None:
    groups, _ = group_by_event([DEBATE], config(*ELECTION))
    assert OTHER_ID not in [g.id for g in groups]


def test_articles_are_in_reading_order_oldest_first_undated_last() -> None:
    pins = [
        story("u", "Undated analysis", "An analysis.", None, pin="debate"),
        story("b", "Beta take", "A take.", D(2024, 10, 2), pin="debate"),
        story("c", "Late take", "A take.", D(2024, 10, 3), pin="debate"),
        story("a", "alpha take", "A take.", D(2024, 10, 2), pin="debate"),
        story("e", "Early take", "A take.", D(2024, 10, 1), pin="debate"),
    ]
    (debate, *_), _ = group_by_event(pins, config(*ELECTION))
    assert [a.id for a in debate.articles] == ["e", "a", "b", "c", "u"]


def test_an_article_placed_as_before_is_taken_from_the_last_build() -> None:
    known: dict = {}  # as watch mode keeps it
    groups, grouping = group_by_event([DEBATE, DEBATE_TOO, RESULTS], config(*ELECTION), known=known)
    placed = {a.id: a for g in groups for a in g.articles}
    assert set(known) == {a.digest for a in placed.values()}
    again, _ = group_by_event(
        [DEBATE, DEBATE_TOO, RESULTS], config(*ELECTION), grouping, None, known
    )
    assert all(a is placed[a.id] for g in again for a in g.articles)
    assert again == group_by_event([DEBATE, DEBATE_TOO, RESULTS], config(*ELECTION), grouping)[0]
