"""A long headline is cut where a phrase ends, but never right after a passive verb (the words
after it say what happened) and "near" or "off" open a phrase of their own."""

from __future__ import annotations

from generator.briefing.discover import short_headline


def test_a_headline_is_not_cut_right_after_its_passive_verb() -> None:
    title = (
        "A harbour pilot, a ferry captain, a deckhand, and a mother and son were rescued in "
        "Kellerby's storm"
    )
    assert short_headline(title) == title


def test_a_headline_is_cut_before_near() -> None:
    title = (
        "Harbour board says signals detected in search for missing Kellerby ferry near "
        "the old lighthouse"
    )
    assert short_headline(title) == (
        "Harbour board says signals detected in search for missing Kellerby ferry"
    )


def test_a_headline_is_cut_before_off() -> None:
    title = (
        "Lifeboats and island trawlers searching for the Kellerby ferry and its crew of nine "
        "off Varde Point"
    )
    assert short_headline(title) == (
        "Lifeboats and island trawlers searching for the Kellerby ferry and its crew of nine"
    )
