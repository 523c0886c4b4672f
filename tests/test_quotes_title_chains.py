"""Speakers from a title chain before a name, a role with a phrase of its own before a name
in apposition, an organisation's unit, an organisation's name written in lower case, and a
rank's capitals kept."""

from __future__ import annotations

from tests.conftest import quote_with, speaker_of


def test_a_title_chain_before_a_name_describes_the_last_personal_name() -> None:
    text = (
        "Divers lifted the last pieces of the ferry on Tuesday.\n\n"
        '"I am thankful for the patient work of every crew," stated Harbour Board of '
        "Inquiry Chair Commander Nadia Orlov."
    )
    quote = quote_with(text, "patient work")
    assert quote.speaker == "Nadia Orlov"
    assert quote.speaker_description == "Harbour Board of Inquiry Chair Commander"


def test_a_title_chain_before_the_verb_names_the_last_personal_name() -> None:
    text = (
        "Ministry of Ports Secretary Ilan Vos said on Monday: "
        '"The berths will reopen before the winter."'
    )
    assert speaker_of(text, "berths will reopen") == "Ilan Vos"


def test_a_name_after_a_role_and_its_own_phrase_is_who_spoke() -> None:
    text = (
        "The ferry sank in calm water.\n\n"
        '"We owe the families a full account," said the head of the state inquiry into the '
        "sinking, Inspector Tomas Rielly."
    )
    quote = quote_with(text, "full account")
    assert quote.speaker == "Tomas Rielly"
    assert quote.speaker_description == "the head of the state inquiry into the sinking"


def test_a_role_and_its_phrase_before_a_clause_name_no_one() -> None:
    text = (
        '"We owe the families a full account," said the head of the inquiry into the '
        "sinking, adding that Tomas Rielly would lead it."
    )
    assert speaker_of(text, "full account") is None


def test_an_organisations_unit_speaks_as_the_organisation() -> None:
    text = (
        '"Two vessels were sent to the area," the UN Harbour Patrol\'s Second District said '
        "on its website."
    )
    assert speaker_of(text, "Two vessels") == "UN Harbour Patrol"


def test_an_organisation_written_in_lower_case_is_the_one_named_before() -> None:
    text = (
        "The Northland Harbour Patrol has recovered the ferry's bell.\n\n"
        '"The bell will be returned to the town," the harbour patrol said in a statement.'
    )
    assert speaker_of(text, "returned to the town") == "Northland Harbour Patrol"


def test_a_lower_case_name_two_organisations_end_with_is_no_one() -> None:
    text = (
        "The Northland Harbour Patrol and the Southland Harbour Patrol searched the bay.\n\n"
        '"The bell will be returned to the town," the harbour patrol said in a statement.'
    )
    assert speaker_of(text, "returned to the town") is None


def test_an_abbreviated_rank_keeps_its_capitals_after_its_qualifier() -> None:
    text = '"We searched all night," said Navy Rear Adm. Ilse Varga, who led the search.'
    assert quote_with(text, "all night").speaker_description == "Navy Rear Admiral"


def test_two_titled_people_joined_by_and_are_no_title_chain() -> None:
    text = '"The search is over," said Harbour Board Chair Nadia Orlov and Commander Ilan Vos.'
    speaker = speaker_of(text, "search is over") or ""
    assert "Nadia Orlov" in speaker and "Ilan Vos" in speaker  # both, not the last alone
