"""Whether an undated article's headline or lead name the day they report, or only its body
does (then discovery trusts the day less: it may be what came before the news)."""

from __future__ import annotations

from generator.briefing.when import front_names_day


def test_the_headline_or_lead_naming_a_day_is_told_from_a_body_alone() -> None:
    assert front_names_day("Crane lifts the wreck", "The crane lifted it on June 12.")
    assert front_names_day("Crane lifts the wreck on Friday", "The crane lifted the wreck.")
    assert not front_names_day("Crane lifts the wreck", "The crane lifted the wreck.")
    # A day the lead looks ahead to, or one a relative clause recalls, is not the news's.
    assert not front_names_day("Crane to lift the wreck", "The crane will lift it on June 12.")
    assert not front_names_day("Crane lifts wreck", "The crane, which arrived Monday, lifted it.")
