"""A headline's call to see or hear more after its report ("... . Watch its trip back to
port.") is no part of an event's title, and a gallery's label before a colon ("Crane collapse
photos: ...") makes a headline one that follows any report's."""

from __future__ import annotations

import pytest

from generator.briefing.discover.headlines import _reports, short_headline


@pytest.mark.parametrize(
    "title",
    [
        "Ferry leaves the harbour after repairs. Watch its trip back to port.",
        "Ferry leaves the harbour after repairs: See photos",
        "Ferry leaves the harbour after repairs | Watch",
    ],
)
def test_a_call_to_action_after_the_report_is_cut_from_the_title(title: str) -> None:
    assert short_headline(title) == "Ferry leaves the harbour after repairs"


def test_a_headline_that_is_all_call_to_action_is_kept() -> None:
    assert short_headline("Dali leaves. Watch it go") == "Dali leaves. Watch it go"


def test_a_word_that_only_begins_like_a_call_is_kept() -> None:
    title = "Ferry leaves harbour. Watchdog opens inquiry into repairs"
    assert short_headline(title) == title


def test_a_gallery_label_before_a_colon_makes_a_headline_no_report() -> None:
    assert not _reports("Harbour crane collapse photos: Varde terminal hit by cargo ship")
    assert _reports("Harbour crane collapses after cargo ship hits Varde terminal")
