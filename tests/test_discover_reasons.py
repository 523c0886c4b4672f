"""Why an article is under its event: shared terms as the articles write them, the telling first."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from generator.briefing.discover.text import spellings, terms
from tests.conftest import discovered_reasons, reported_item

MONDAY = datetime.date(2031, 6, 2)


def reasons(reports: dict[str, tuple[str, str]]) -> str:
    return discovered_reasons(reports, MONDAY)


def test_a_phrase_never_spans_a_sentence_end() -> None:
    found = terms("The ferry sailed from Kellerby. Harbourmaster Osei said it was on time.")
    assert "kellerby harbourmaster" not in found
    assert "kellerby" in found and "harbourmaster osei" in found
    assert "u.s envoy" in terms("The U.S. envoy sailed.")  # an abbreviation ends no sentence


def test_shared_names_are_shown_as_written_and_weak_words_come_last() -> None:
    shown = reasons(
        {
            "a": (
                "Ferry returns",
                "Sir Tobias Wren will take the first ferry to Kellerby on Monday, officials said.",
            ),
            "b": (
                "Crowds at the pier",
                "Sir Tobias Wren will take the ferry to Kellerby on Monday, his office said.",
            ),
        }
    )
    assert "\u2018Kellerby\u2019" in shown and "Tobias" in shown
    assert "kellerby" not in shown and "tobias" not in shown and "\u2018take\u2019" not in shown


def test_a_reason_shows_an_abbreviation_with_its_last_stop() -> None:
    written = spellings(["The U.S. envoy met Mr. Ko at the port.", "U.S. ships sailed."])
    assert written["u.s"] == "U.S."
    assert written["envoy"] == "envoy" and written["port"] == "port"


def test_a_reason_shows_no_phrase_written_across_a_comma() -> None:
    later = MONDAY + datetime.timedelta(days=7)
    reports = {
        "a": ("Ferry strike talks", "Officials flew to Varde, hoping to settle the ferry strike."),
        "b": ("Talks on the island", "Negotiators sailed to Varde, hoping the ferry strike ends."),
    }
    festival = {
        "c": ("Varde festival opens", "The Varde festival opened as hoping crowds filled it."),
        "d": ("Festival crowds in Varde", "Crowds in Varde were hoping for sun at the festival."),
    }
    items = [reported_item(i, *report, MONDAY) for i, report in reports.items()]
    items += [reported_item(i, *report, later) for i, report in festival.items()]
    shown = " ".join(reason for e in find_events(items).events for _, reason in e.reasons)
    # "Varde hoping" is the rarest term the ferry reports share, but no phrase of theirs.
    assert "Varde hoping" not in shown and "Varde, hoping" not in shown
    assert "\u2018Varde\u2019" in shown  # the word itself still is


def test_a_term_spelled_two_ways_as_often_is_shown_as_first_written() -> None:
    written = spellings(
        ["Kellerby Ferries sailed.", "kellerby ferries sailed.", "Kellerby sailed."]
    )
    assert written["kellerby"] == "Kellerby"  # two against one
    assert written["ferries"] == "Ferries" and written["kellerby ferries"] == "Kellerby Ferries"


def test_a_reason_names_a_whole_name_never_the_half_of_it() -> None:
    shown = reasons(
        {
            "a": (
                "Kellerby ferry to sail again",
                "The Grey House announced on Monday that the Kellerby ferry would sail again.",
            ),
            "b": (
                "Ferry returns to Kellerby",
                "Officials at the Grey House announced that the Kellerby ferry would resume.",
            ),
        }
    )
    assert "\u2018House" not in shown and "\u2018Grey House\u2019" in shown


def test_a_reason_does_not_name_the_words_of_a_longer_name_alone() -> None:
    shown = reasons(
        {
            "a": (
                "Ribbon cut at Kellerby",
                "Harbour General Secretary Ola Berg cut the ribbon at the Kellerby terminal.",
            ),
            "b": (
                "Crowds at Varde",
                "Crowds cheered Harbour General Secretary Ola Berg at the Varde quay.",
            ),
        }
    )
    assert "\u2018Berg\u2019" in shown
    assert "\u2018General\u2019" not in shown and "\u2018Harbour\u2019" not in shown
