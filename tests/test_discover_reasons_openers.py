"""A reason never shows a word that has a capital only because sentences open with it
('Roughly', 'Earlier', written in lower case inside a sentence too): shared, it reads as a name
the articles have in common. A company named for a common word ('Apple', 'Target') that opens
every sentence is still a name."""

from __future__ import annotations

import datetime

from tests.conftest import discovered_reasons

MONDAY = datetime.date(2031, 6, 2)


def test_a_reason_shows_no_word_capitalised_only_at_sentence_starts() -> None:
    reasons = discovered_reasons(
        {
            "a": (
                "Ferry company cuts roughly half its crews",
                "Roughly half of Brackwater's ferry crews lost their jobs on Monday. Earlier "
                "the company had warned of cuts.",
            ),
            "b": (
                "Brackwater lays off ferry crews",
                "Roughly 300 Brackwater ferry crews were laid off on Monday. Earlier this "
                "month the firm lost its island contract.",
            ),
            "c": (
                "Ferry crews laid off at Brackwater",
                "Roughly one in two Brackwater ferry crews went on Monday. The union had "
                "earlier called for talks.",
            ),
        },
        MONDAY,
    )
    assert "\u2018Roughly\u2019" not in reasons
    assert "\u2018Earlier\u2019" not in reasons
    assert "\u2018Brackwater\u2019" in reasons


def test_a_name_opening_every_sentence_is_still_shown() -> None:
    reasons = discovered_reasons(
        {
            "a": (
                "Brackwater buys the island ferry line",
                "Brackwater bought the island ferry line on Monday. Brackwater keeps its crews.",
            ),
            "b": (
                "Brackwater takes over the island ferry line",
                "Brackwater took over the island ferry line on Monday after a long sale.",
            ),
        },
        MONDAY,
    )
    assert "\u2018Brackwater\u2019" in reasons


def test_a_common_word_name_opening_every_sentence_is_still_shown() -> None:
    reasons = discovered_reasons(
        {
            "a": (
                "Bridge unveils a new ferry",
                "Bridge on Monday unveiled a new island ferry. Bridge said it seats 300.",
            ),
            "b": (
                "Bridge's new island ferry arrives",
                "Bridge showed its new island ferry on Monday at the harbour.",
            ),
        },
        MONDAY,
    )
    assert "\u2018Bridge\u2019" in reasons
