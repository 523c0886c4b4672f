"""An agency's name is dropped as a credit only where the text credits the agency (a
dateline's "(AP)", "told AFP", "an AFP journalist"); where the text never does, the name is
another thing's ("UPI", a payment system; "AP", a state) and stays a keyword."""

from __future__ import annotations

from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

PAYMENTS = (
    "Payments made through UPI, the instant payment network, reached a record in June, the "
    "central bank said.\n\nUPI lets shoppers pay from a phone. Street vendors in small towns "
    "took up UPI sooner than card readers."
)
STATE = (
    "Floods cut roads across AP on Sunday, the state government said.\n\nThe AP government "
    "opened relief camps in three coastal districts."
)


def _keywords(title: str, text: str, ranking: list[str]) -> list[str]:
    return extract_keywords(title, text, rank=fixed_ranking(*ranking))


def test_an_agency_name_the_text_never_credits_stays_a_keyword() -> None:
    found = _keywords(
        "Phone payments hit record", PAYMENTS, ["UPI", "payment network", "street vendors"]
    )
    assert "UPI" in found, found


def test_a_state_sharing_an_agency_name_stays_a_keyword() -> None:
    found = _keywords("Floods cut roads", STATE, ["AP", "relief camps", "coastal districts"])
    assert "AP" in found, found


def test_an_agency_a_dateline_credits_is_still_no_keyword() -> None:
    text = "MUMBAI (UPI) -- " + PAYMENTS.replace("UPI", "the network")
    found = _keywords("Phone payments hit record", text, ["UPI", "payment network"])
    assert "UPI" not in found, found


def test_a_short_paragraph_opening_with_the_name_is_no_credit_line() -> None:
    text = "Floods cut roads across the state on Sunday.\n\nAP has 26 districts.\n\n— Staff"
    found = _keywords("Floods cut roads", text, ["AP", "roads", "districts"])
    assert "AP" in found, found
