"""A reason never shows a lone possessive ('Wexmoor's') among the terms its articles have in
common: it reads as a phrase cut before what the name owns."""

from __future__ import annotations

import datetime

from tests.conftest import discovered_reasons

MONDAY = datetime.date(2031, 6, 2)


def test_a_reason_shows_no_lone_possessive() -> None:
    reasons = discovered_reasons(
        {
            "a": (
                "Wexmoor's ferry sinks in the harbour storm",
                "Wexmoor's ferry sank in the harbour on Monday as the storm broke, the port said.",
            ),
            "b": (
                "Storm sinks Wexmoor's ferry at its quay",
                "The storm sank Wexmoor's ferry at its quay on Monday, harbour officials said.",
            ),
            "c": (
                "Wexmoor's ferry lost in storm",
                "Wexmoor's ferry went down in the storm on Monday, the crew safe ashore.",
            ),
        },
        MONDAY,
    )
    assert "\u2018Wexmoor's\u2019" not in reasons
    assert "\u2018storm\u2019" in reasons
