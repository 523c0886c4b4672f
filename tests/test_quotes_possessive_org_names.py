"""An organisation whose name holds a possessive ("the State Attorney's Office") speaks by its
whole name, never by its last word alone ("Office")."""

from __future__ import annotations

from tests.conftest import speakers


def test_a_possessive_in_an_organisations_name_keeps_the_whole_name() -> None:
    text = (
        "Two men were held after the raid on the depot.\n\n"
        "The State Attorney's Office confirmed the arrests but said the men had been "
        '"cooperating fully with every request" since Monday.'
    )
    assert speakers(text) == ["State Attorney's Office"]


def test_a_person_after_a_possessive_is_still_the_person() -> None:
    text = (
        "Two men were held after the raid on the depot.\n\n"
        "The governor's adviser Jane Okoro said the men had been "
        '"cooperating fully with every request" since Monday.'
    )
    assert speakers(text) == ["Jane Okoro"]


def test_a_person_of_a_possessive_office_is_still_the_person() -> None:
    text = (
        "Two men were held after the raid on the depot.\n\n"
        '"They are cooperating fully with every request," said a statement from Deputy '
        "Chief Tom Briggs of the Harlan County Sheriff's Office."
    )
    assert speakers(text) == ["Tom Briggs"]
