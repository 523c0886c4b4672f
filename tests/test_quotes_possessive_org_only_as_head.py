"""An organisation whose name holds a possessive speaks only as its phrase's head: in "an
official at the State Attorney's Office" the official speaks, not the office."""

from __future__ import annotations

from tests.conftest import speakers

_LEAD = "Two men were held after the raid on the depot.\n\n"


def test_an_official_at_a_possessive_office_is_not_the_office() -> None:
    text = (
        _LEAD + '"They will face a judge in May," an official at the State Attorney\'s Office said.'
    )
    assert speakers(text) == [None]


def test_a_spokesman_for_a_possessive_office_is_the_spokesman() -> None:
    text = (
        _LEAD
        + '"They will face a judge in May," a spokesman for the State Attorney\'s Office said.'
    )
    assert speakers(text) == ["a spokesman for the State Attorney's Office"]


def test_the_possessive_office_as_the_head_still_speaks() -> None:
    text = _LEAD + '"They will face a judge in May," the State Attorney\'s Office said.'
    assert speakers(text) == ["State Attorney's Office"]
