"""An article's reason for its event shows the names and phrases it shares before the single
words a sentence lends ("dug", "passes"): those tell a reader less of the happening."""

from __future__ import annotations

import datetime

from tests.conftest import discovered_reasons

SUNDAY = datetime.date(2031, 9, 10)


def test_a_reason_shows_shared_names_before_shared_lowercase_words() -> None:
    reasons = discovered_reasons(
        {
            "a": (
                "Rescuers dug through rubble as quake toll passes 2,000",
                "Rescuers dug through rubble in Tarvelo on Sunday as the quake toll passes "
                "2,000, the Varnish interior ministry said.",
            ),
            "b": (
                "Villagers dug with bare hands as toll passes 2,000",
                "Villagers in Tarvelo dug with bare hands on Sunday as the toll passes 2,000, "
                "the Varnish interior ministry said.",
            ),
        },
        SUNDAY,
    )
    # Names and phrases enough to fill a reason: the lone lowercase words are left out.
    assert "‘Tarvelo’" in reasons and "‘interior ministry’" in reasons
    assert "‘dug’" not in reasons and "‘passes’" not in reasons
