"""A rewrite's quotation that differs from its original only in the style of an apostrophe or
in capitals is word for word the same: those are a site's typing, not an edit."""

from __future__ import annotations

from generator.briefing.copies import check_quotes

ORIGINAL = (
    "The mayor spoke at the pier. “We’re going to rebuild this pier — No. 1 — before the "
    "summer,” she said."
)


def test_a_straight_apostrophe_and_a_small_letter_are_no_difference() -> None:
    rewrite = "“we're going to rebuild this pier — No.1 — before the summer,” she said."
    (check,) = check_quotes(
        rewrite, ["we're going to rebuild this pier — No.1 — before the summer"], [("a", ORIGINAL)]
    )
    assert (check.status, check.differences) == ("verbatim", ())


def test_a_word_changed_beside_an_apostrophe_is_still_a_difference() -> None:
    quote = "We're going to rebuild this harbour — No.1 — before the summer"
    (check,) = check_quotes(quote, [quote], [("a", ORIGINAL)])
    assert (check.status, check.differences) == ("reworded", (("harbour", "pier"),))
