"""Classes of wrong or missing speakers found by reading the extractor's output on text no
rule was written from (issue 19, second audit): people named together, a "he" after a clause
that gives one person the floor, an opening phrase without its comma, a name before a closing
role whose comma is missing, a document named by its author. Each with a near case."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes
from generator.analysis.quotes.subjects import Subject, joined, subject_before
from generator.briefing.speakers import canonical_speakers


def said(text: str, words: str) -> tuple[str | None, str]:
    """The speaker and description of the quote holding `words` (None: none, or not found)."""
    found = [quote for quote in quotes(text) if words in quote.text]
    return (found[0].speaker, found[0].speaker_description) if found else (None, "")


def speaker_of(text: str, words: str) -> str | None:
    return said(text, words)[0]


# Several people named together, each with their titles, speak together: never the last one
# alone, with the others' titles glued on as a description.
FOUR = "Mayor Ann Poe, Governor Tom Reed, Senator Liz Hart and Judge Bob Dunn"


@pytest.mark.parametrize(
    "text",
    [
        '"We look forward to your visit," Mayor Ann Poe, Governor Tom Reed, Senator Liz Hart,'
        " and Judge Bob Dunn said in a letter to the king.",
        "Regional leaders including Mayor Ann Poe, Governor Tom Reed, Senator Liz Hart and"
        ' Judge Bob Dunn wrote in a letter to the king, "We look forward to your visit."',
        '"We look forward to your visit," said Mayor Ann Poe, Governor Tom Reed, Senator Liz'
        " Hart and Judge Bob Dunn.",
    ],
)
def test_people_named_together_speak_together(text: str) -> None:
    assert said(text, "look forward") == (FOUR, "")


def test_three_names_without_titles_speak_together() -> None:
    text = 'Ann Poe, Tom Reed and Bob Dunn said: "The bridge opens in May."'
    assert speaker_of(text, "bridge opens") == "Ann Poe, Tom Reed and Bob Dunn"


def test_two_people_named_together_still_speak_together() -> None:
    text = 'Ann Poe and Bob Dunn said: "The bridge opens in May."'
    assert speaker_of(text, "bridge opens") == "Ann Poe and Bob Dunn"


def test_a_list_holding_an_apposition_is_unclear() -> None:
    text = 'Bob Dunn, the mayor of Leeds, and Ann Poe said: "The bridge opens in May."'
    assert speaker_of(text, "bridge opens") is None


def test_a_name_with_its_role_in_apposition_is_no_list() -> None:
    text = 'Bob Dunn, the mayor, said: "The bridge opens in May."'
    assert said(text, "bridge opens") == ("Bob Dunn", "the mayor")


def test_a_clause_before_the_and_is_no_list() -> None:
    assert joined([["He", "paused"]], ["and", "Bob", "Dunn"]) is False


def test_the_name_after_a_clause_and_its_and_still_speaks() -> None:
    words = ["He", "paused", ",", "and", "Bob", "Dunn"]
    assert subject_before(words) == Subject("name", ("Bob", "Dunn"), "")


def test_a_title_holding_and_is_no_list() -> None:
    subject = subject_before(["Culture", ",", "Media", "and", "Sport", "Secretary", "Jane", "Doe"])
    assert subject is not None and (subject.kind, subject.words) == ("name", ("Jane", "Doe"))


def test_the_letter_of_people_named_together_is_theirs() -> None:
    text = (
        "Mayor Ann Poe, Governor Tom Reed and Judge Bob Dunn said in a letter to the king that"
        " the bridge was ready.\n\n"
        '"It is our pleasure to invite you," the letter said.'
    )
    assert speaker_of(text, "our pleasure") == "Mayor Ann Poe, Governor Tom Reed and Judge Bob Dunn"


def test_the_letter_with_no_author_read_is_no_one() -> None:
    text = (
        "The king received a letter about the bridge.\n\n"
        '"It is our pleasure to invite you," the letter said.'
    )
    assert speaker_of(text, "our pleasure") is None


def test_a_briefing_keeps_people_together_apart_from_each_of_them() -> None:
    together = quotes('Ann Poe, Tom Reed and Bob Dunn said: "The bridge opens in May."')
    alone = quotes('"I will cut the ribbon," said Mayor Bob Dunn.')
    names = canonical_speakers({"a": together, "b": alone})
    assert names["a", "Ann Poe, Tom Reed and Bob Dunn"] == "Ann Poe, Tom Reed and Bob Dunn"
    assert names["b", "Bob Dunn"] == "Bob Dunn"


# A "he" after a clause that gives one person the floor is that person, though another man
# spoke just before.
FLOOR = (
    '"Welcome to our town," Governor Tom Reed said.\n\n'
    'When it was Mayor Bob Dunn\'s turn to raise a glass, he said: "I thank you all."'
)


def test_a_he_after_a_clause_giving_one_person_the_floor_is_theirs() -> None:
    assert speaker_of(FLOOR, "I thank you") == "Bob Dunn"


def test_a_he_after_such_a_clause_naming_another_by_role_is_unclear() -> None:
    text = FLOOR.replace("to raise a glass", "to toast the governor")
    assert speaker_of(text, "I thank you") is None


def test_a_he_after_any_other_opening_clause_is_unclear_as_before() -> None:
    text = FLOOR.replace("When it was Mayor Bob Dunn's turn to raise a glass", "When Bob Dunn left")
    assert speaker_of(text, "I thank you") is None


# A participle phrase opening a sentence without its comma is no part of the subject.
def test_an_opening_participle_phrase_without_its_comma_is_not_the_speaker() -> None:
    text = (
        "Finance Minister Jane Doe opened the debate.\n\n"
        'Referring to the new budget the Minister added: "We found the money for roads."'
    )
    assert said(text, "found the money") == ("Jane Doe", "Finance Minister")


def test_a_title_ending_in_ing_still_opens_a_name() -> None:
    text = 'King Tom Reed opened the debate.\n\nKing Tom Reed added: "We found the money."'
    assert speaker_of(text, "found the money") == "Tom Reed"


# '"...," X, the chief executive said.': the comma closing the apposition is missing.
def test_a_name_before_a_closing_role_without_its_comma_speaks() -> None:
    text = 'Medics were busy.\n\n"We treated four people," Omar Haji, the clinic director said.'
    assert said(text, "treated four") == ("Omar Haji", "the clinic director")


def test_an_opening_participle_before_a_name_and_role_is_no_apposition() -> None:
    text = 'Medics were busy.\n\nEchoing Omar Haji, the clinic director said: "We treated four."'
    assert speaker_of(text, "treated four") != "Omar Haji"


# "the X advisory added": the advisory of the organisation it names.
def test_a_document_named_by_its_author_is_theirs() -> None:
    text = (
        "The Harbour Safety Office has warned sailors about the storm.\n\n"
        '"Stay in port until Friday," the HSO advisory added.'
    )
    assert speaker_of(text, "Stay in port") == "Harbour Safety Office"


def test_a_document_with_no_author_named_is_no_one() -> None:
    text = (
        "The harbour office has warned sailors about the storm.\n\n"
        '"Stay in port until Friday," the new advisory added.'
    )
    assert speaker_of(text, "Stay in port") is None
