"""Pronouns and paragraphs a speaker is carried through (issue 19, December 2026): a name
where a place stands is no one a "he" may be; a speaker once read as "she" is no other
reading of a "he"; a quotation left open at a paragraph's end is the speaker's its rest names.

How often the shapes occur and what they cost is measured by eval/quotes.py (--folds).
"""

from __future__ import annotations

from tests.conftest import found


def test_a_name_after_in_or_at_is_a_place_not_another_reading_of_she() -> None:
    text = (
        "Since an outbreak at Glenford House in Mount Carvel last year, Health Director Jane "
        "Ross has pressed care homes to report cases early.\n\n"
        '"Outbreaks often surface weeks after they have passed," she said.'
    )
    assert found(text) == [("Jane Ross", "Outbreaks often surface weeks after they have passed")]


def test_a_place_apposed_to_a_place_is_no_one_either() -> None:
    text = (
        'Mr Tom Vale praised the fair. "It has never been busier," he said.\n\n'
        "He was speaking at the Carvel Trade Centre, Port Elin, where the fair opened.\n\n"
        '"The halls are full every day," he added.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Tom Vale", "Tom Vale"]


def test_a_name_after_with_may_still_be_the_one_who_spoke() -> None:
    # "a meeting with Sara Dunn": a person, who may be the "she" as well as Jane Ross.
    text = (
        "Since a meeting with Sara Dunn in Mount Carvel last year, Health Director Jane "
        "Ross has pressed care homes to report cases early.\n\n"
        '"Outbreaks often surface weeks after they have passed," she said.'
    )
    assert found(text) == [(None, "Outbreaks often surface weeks after they have passed")]


def test_a_speaker_read_as_she_is_not_another_reading_of_he() -> None:
    text = (
        'Prime Minister Dana Kell opened the summit. "We have found no link," she said.\n\n'
        "Also on Monday, Interior Minister Omar Reyes rejected the claims.\n\n"
        '"There is no such group in the country," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Dana Kell", "Omar Reyes"]


def test_a_speaker_read_as_he_still_makes_the_next_he_unclear() -> None:
    text = (
        'Prime Minister Dana Kell opened the summit. "We have found no link," he said.\n\n'
        "Also on Monday, Interior Minister Omar Reyes rejected the claims.\n\n"
        '"There is no such group in the country," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Dana Kell", None]


def test_a_quote_left_open_takes_the_speaker_its_rest_names() -> None:
    text = (
        "The port opened on Monday after years of delay.\n\n"
        '"Like any project of this size, it has its critics.\n\n'
        '"But the numbers speak for themselves," said Tom Vale, the port director.'
    )
    assert found(text) == [
        ("Tom Vale", "Like any project of this size, it has its critics."),
        ("Tom Vale", "But the numbers speak for themselves"),
    ]


def test_a_closed_quote_does_not_take_the_speaker_of_the_next_paragraph() -> None:
    text = (
        "The port opened on Monday after years of delay.\n\n"
        '"Like any project of this size, it has its critics."\n\n'
        '"But the numbers speak for themselves," said Tom Vale, the port director.'
    )
    assert found(text) == [
        (None, "Like any project of this size, it has its critics."),
        ("Tom Vale", "But the numbers speak for themselves"),
    ]


def test_a_he_never_goes_back_to_someone_the_article_has_called_she() -> None:
    text = (
        "The pilots Ana Rivers and Tom Okafor began the test flight on Wednesday.\n\n"
        'Rivers said she had named the little craft "Heron".\n\n'
        '"I thought it was the right name for a ship like this," she said before launch.\n\n'
        "Before take-off, Okafor thanked the ground crew.\n\n"
        '"Let us push it to the clouds," he said before the engines started.\n'
    )
    speakers = {words: speaker for speaker, words in found(text)}
    assert speakers["I thought it was the right name for a ship like this"] == "Ana Rivers"
    assert speakers["Let us push it to the clouds"] != "Ana Rivers"
