"""Across a briefing, an organisation speaking is never the person it employs: "BNB said" is
not "BNB chairman Jane Doe", though her name as one article wrote it holds "BNB"."""

from __future__ import annotations

from generator.briefing.speakers import canonical_speakers
from generator.models import Quote


def test_an_organisation_is_never_a_person_whose_name_holds_it() -> None:
    quotes = {
        "one": [Quote("Words", "Brenbank chairman Jane Doe of the decision", "", 0, 0, "after")],
        "two": [Quote("Other words", "BNB", "", 0, 0, "after")],
        "three": [Quote("More words", "BNB chairman Jane Doe", "", 0, 0, "after")],
    }
    names = canonical_speakers(quotes)
    assert names["two", "BNB"] == "BNB"
