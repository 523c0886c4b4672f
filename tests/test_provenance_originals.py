"""An original is never checked against its rewrite: only the rewrite against its original."""

from __future__ import annotations

import datetime

from generator.briefing.provenance import trace
from generator.models import EventGroup, Quote
from tests.conftest import story

BODY = (
    "Dock workers at the port walked out on Monday, halting the loading of container ships for "
    "the first time in a decade as talks over pay broke down.\n\n"
    "The strike began at dawn and union leaders said it would last at least two days unless the "
    "port operators returned to the table with a better offer on wages and shift patterns.\n\n"
    "Shipping lines warned of delays across northern Europe, and several vessels were diverted "
    "to other ports while the terminals stood idle through the morning."
)
OWN = "We have waited eleven months for a fair offer,"


def test_the_original_a_rewrite_names_is_not_checked_against_that_rewrite() -> None:
    first, rest = BODY.split("\n\n", 1)
    with_quote = f"{first}\n\n“{OWN}” said Marta Visser, the head of the union.\n\n{rest}"
    quote = Quote(OWN, "Marta Visser", "", 1, with_quote.index(OWN), "after")
    original = story("original", with_quote, quote)
    rewrite = story(
        "rewrite", BODY, based_on="https://original.example/strike"
    )  # the rewrite cut the quotation: that is no sign against the original
    group = EventGroup(
        "e", "Strike", datetime.date(2026, 1, 5), "", "events/e.html", (original, rewrite)
    )
    (traced,) = trace([group])
    found = {a.id: a for a in traced.articles}
    assert found["original"].provenance.copy_group == found["rewrite"].provenance.copy_group
    assert found["original"].provenance.checks == ()
