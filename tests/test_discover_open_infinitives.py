"""A headline cut after a verb of intent's infinitive names no event while another reports
it, and a summary leaves out a state lasting for years and a larger occasion's timetable."""

from __future__ import annotations

from generator.briefing.discover.headlines import _reports
from generator.briefing.discover.sentences import unfit_alone


def test_a_headline_ending_on_an_infinitive_of_intent_is_cut_short() -> None:
    assert not _reports("Harbour summit: Holm, Morrow resolve to deepen")
    assert not _reports("Ministers vow to boost")
    assert _reports("Holm, Morrow resolve to deepen harbour ties")
    assert _reports("Dock workers vote to strike")


def test_a_state_lasting_for_years_is_background() -> None:
    assert unfit_alone("The union has campaigned for full recognition for seven years.")
    assert unfit_alone("The board has pushed for a new terminal for decades.")
    assert not unfit_alone("The union won full recognition on Monday after a vote.")


def test_the_larger_occasions_timetable_is_background() -> None:
    assert unfit_alone(
        "Varde will host the ministers for the summit scheduled to take place on June 13 and 14."
    )
    assert not unfit_alone("Mayor Ines Holm will travel to Varde for talks on June 12.")
