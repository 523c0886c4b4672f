"""Quotes round 9 (issue 19): an appositive is no speaker, a plural is no "he", a nickname
inside a name is no quotation, a one-word quote in an open relative clause is no one's (a
closed one, a perceived clause or a comment after it leave it the speaker's); a verb
joined to its clause past an adverb, an acronym for an office, a party before a role and a
paragraph ending with a colon lead to the speaker."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def by_text(text: str) -> dict[str, str | None]:
    """Each extracted quote's words and its speaker."""
    return {quote.text: quote.speaker for quote in quotes(text)}


def test_an_appositive_earlier_in_the_sentence_is_not_the_speaker() -> None:
    text = (
        "The closure comes after Northfield Bank, a farm lender, failed on Friday, and after"
        ' Ridgeway Trust, another regional bank, said that it would "wind down operations"'
        " next week."
    )
    assert by_text(text) == {"wind down operations": "Ridgeway Trust"}


def test_a_role_a_clause_sets_apart_from_the_verb_is_no_speaker() -> None:
    text = (
        "The closure comes after Northfield Bank, a farm lender, failed on Friday, and after"
        " several smaller rivals, another worry, said:"
        ' "We will wind down operations next week and begin a voluntary liquidation."'
    )
    assert list(by_text(text).values()) == [None]


def test_a_participle_inside_an_office_stays_in_the_description() -> None:
    text = (
        "‘The process will let the group keep its value,’ stated the company’s chief"
        " restructuring officer Jane Doorley."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Jane Doorley"
    assert "chief restructuring officer" in quote.speaker_description


def test_he_never_stands_for_a_plural_role() -> None:
    text = (
        "However, several neighbours said they heard Marlow shouting at the farm that night.\n\n"
        '"As my debts grew, I began to panic," he said.'
    )
    assert by_text(text) == {"As my debts grew, I began to panic": None}


def test_a_nickname_inside_a_name_is_no_quotation() -> None:
    text = (
        'Police named the victims as Margaret "Meg" Tolland and Peter Tolland.\n\n'
        'Richard "Rick" Tolland, 54, denied the charges.'
    )
    assert quotes(text) == ()


def test_one_quoted_word_inside_an_open_relative_clause_is_no_ones() -> None:
    text = (
        'Dana Reyes said the cruel fashion in which they were "executed" was telling.\n\n'
        'Carla Vance said the plan was "reckless".'
    )
    assert by_text(text) == {"reckless": "Carla Vance"}


def test_one_quoted_word_after_a_closed_relative_clause_is_the_speakers() -> None:
    text = (
        'Mira Kotan, the mayor, said the bridge deal, which took months to reach, was "historic".'
        '\n\nOskar Lind said the levy, all of which the council approved on Monday, is "unfair".'
    )
    assert by_text(text) == {"historic": "Mira Kotan", "unfair": "Oskar Lind"}


def test_one_quoted_word_in_what_others_will_see_is_the_speakers() -> None:
    text = 'Mira Kotan said voters will see that the new levy is "reckless".'
    assert by_text(text) == {"reckless": "Mira Kotan"}


def test_a_quoted_word_a_comment_follows_is_the_speakers() -> None:
    text = (
        'Mayor Mira Kotan called the storm a "catastrophe", a view shared by many residents of'
        " the valley."
    )
    assert by_text(text) == {"catastrophe": "Mira Kotan"}


def test_a_verb_joined_past_an_adverb_keeps_the_clause_subject() -> None:
    text = (
        "Councillor Brandt rose on a point of order and swiftly responded: "
        '"I do not like to interrupt the member but this is misleading."'
    )
    assert list(by_text(text).values()) == ["Brandt"]


def test_an_acronym_for_an_office_is_its_one_holder() -> None:
    text = (
        "Attorney General Tomas Verhoek met the shippers on Monday.\n\n"
        "The port fees will not raise prices, the ministry says.\n\n"
        '"There is no truth to the claims made by the shippers," said the AG.'
    )
    assert list(by_text(text).values()) == ["Tomas Verhoek"]


def test_an_acronym_no_one_holds_stays_a_role() -> None:
    text = (
        "The port fees will not raise prices.\n\n"
        '"There is no truth to the claims made by the shippers," said the AG.'
    )
    assert list(by_text(text).values()) == ["AG"]


def test_a_party_before_a_role_is_no_other_person_for_she() -> None:
    text = (
        "According to Tir Glas councillor Maura Quill, who chaired the meeting, the debate was"
        " calm before the row.\n\n"
        'She told Cork Today: "One of the members had a couple of motions about roads, which'
        ' is normal. Up to then it was fine."'
    )
    assert list(by_text(text).values()) == ["Maura Quill"]


def test_a_paragraph_ending_with_a_colon_gives_the_quotation_under_it() -> None:
    text = (
        "Jane Marlowe, the county executive had the following to say in a video that has"
        " since gone viral:\n\n"
        '"He is a denier, we believe in science around here. This is a guy with no'
        " credibility.\n\n"
        '"We will run what we need to do here, and keep your nose out of our business."'
    )
    assert set(by_text(text).values()) == {"Jane Marlowe"}


def test_a_colon_paragraph_naming_no_one_gives_no_speaker() -> None:
    text = (
        "Great news for all attackers in games against the league leaders:\n\n"
        '"I always worry about playing good football, I am not one for grinding out results."'
    )
    assert set(by_text(text).values()) == {None}


def test_a_shared_surname_speaking_is_the_person_the_lead_is_about() -> None:
    text = (
        "Jon Tolland is accused of killing his wife, Meg Tolland, and their son, Pete Tolland,"
        " at the farm.\n\n"
        "The trial of Jon Tolland opened on Monday.\n\n"
        '"I respect this court, but I am innocent," Tolland told the judge.'
    )
    assert list(by_text(text).values()) == ["Jon Tolland"]


def test_a_shared_surname_is_unclear_once_another_bearer_spoke() -> None:
    text = (
        "Jon Tolland is accused of killing his wife, Meg Tolland, at the farm.\n\n"
        '"He was never violent with me," Meg Tolland said last year.\n\n'
        '"I respect this court, but I am innocent," Tolland told the judge.'
    )
    assert by_text(text)["I respect this court, but I am innocent"] is None
