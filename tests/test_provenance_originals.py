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


WIRE_WORDS = "We have waited eleven months for a fair offer and we will wait no longer"
REPORTED = "We have waited eleven months for a fair offer and we will not wait any longer"
WIRE = (
    "PORT CITY (AP) — Dock workers at the port walked out on Monday, halting the loading of "
    "container ships for the first time in a decade as talks over pay broke down.\n\n"
    f"“{WIRE_WORDS},” said Marta Visser, the head of the union.\n\n" + BODY.split("\n\n", 1)[1]
)
ADDED = "Nobody here has ever seen the quays this empty"
REWRITE = (
    "Container ships sat unloaded at the port on Monday after dock workers walked out.\n\n"
    f"“{REPORTED},” said Marta Visser, who leads the union.\n\n"
    f"“{ADDED},” a harbour pilot said."
)


def wire_copies_and_rewrite() -> list:
    """Two copies of one wire report, the same day, and a rewrite naming the one whose id
    sorts last as its original."""
    day = datetime.date(2026, 1, 5)
    wired = Quote(WIRE_WORDS, "Marta Visser", "", 1, WIRE.index(WIRE_WORDS), "after")
    reported = Quote(REPORTED, "Marta Visser", "", 1, REWRITE.index(REPORTED), "after")
    added = Quote(ADDED, "a harbour pilot", "", 2, REWRITE.index(ADDED), "after")
    return [
        story("courier", WIRE, wired, published=day),
        story("tribune", WIRE, wired, published=day),
        story(
            "rewrite",
            REWRITE,
            reported,
            added,
            based_on="https://tribune.example/strike",
            published=day,
        ),
    ]


def traced_by_id(articles: list) -> dict:
    group = EventGroup("e", "Strike", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    (traced,) = trace([group])
    return {a.id: a for a in traced.articles}


def test_a_rewrite_s_checks_name_the_original_it_names_not_another_copy_of_that_report() -> None:
    found = traced_by_id(wire_copies_and_rewrite())
    checks = {check.quote: check for check in found["rewrite"].provenance.checks}
    assert checks[REPORTED].status == "reworded" and checks[ADDED].status == "missing"
    assert {check.source for check in checks.values()} == {"tribune"}


def test_copies_crediting_one_wire_alike_show_its_origin_in_the_copy_a_rewrite_names() -> None:
    found = traced_by_id(wire_copies_and_rewrite())
    origin = found["courier"].provenance.origin
    assert found["courier"].provenance.copy_group == found["tribune"].provenance.copy_group
    assert origin.name == "AP" and origin.article == "tribune"
    assert found["tribune"].provenance.origin == origin
