"""The build's summary of what an edit did to the events: a file moved from one event to
another, both still there, is a move, never a merger."""

from __future__ import annotations

from generator.briefing.discover import FoundEvent, Grouping, event_changes


def pinned(anchor: str, title: str, *articles: str) -> FoundEvent:
    return FoundEvent(anchor, title, None, "", (), articles, ())


BEFORE = Grouping(
    "(harbour, bridge)",
    (
        pinned("harbour", "Harbour reopens", "a", "b", "c", "d"),
        pinned("bridge", "Bridge inspected", "e", "f", "g"),
    ),
)


def test_a_file_moved_between_two_events_that_remain_is_no_merger() -> None:
    moved = Grouping(
        "(harbour, bridge) edited",
        (
            pinned("harbour", "Harbour reopens", "a", "b", "c"),
            pinned("bridge", "Bridge inspected", "d", "e", "f", "g"),
        ),
    )
    changes = event_changes(BEFORE, moved, {"d": "articles/d.md"})
    assert not any("one event" in change or "joined" in change for change in changes)
    assert changes == ("‘articles/d.md’ moved from “Harbour reopens” to “Bridge inspected”",)


def test_two_events_an_edit_made_one_are_still_a_merger() -> None:
    merged = Grouping(
        "(harbour) edited",
        (pinned("harbour", "Harbour reopens", "a", "b", "c", "d", "e", "f", "g"),),
    )
    (change,) = event_changes(BEFORE, merged)
    assert "“Bridge inspected” gone from briefing.toml" in change
