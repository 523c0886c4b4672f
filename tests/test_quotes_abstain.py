"""Quotes whose speaker the text leaves unclear get none: a wrong speaker is worse than none.

Each test is one shape of text where a guess used to be made; how often the shapes occur and
what abstaining costs is measured by eval/quotes.py.
"""

from __future__ import annotations

import re

from generator.analysis.quotes import quotes
from generator.analysis.quotes.marks import may_quote


def found(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in quotes(text)]


def test_a_role_the_article_gives_two_people_is_neither_of_them() -> None:
    text = (
        "Prime Minister Shahid Abbasi met former prime minister Nawaz Sharif on Monday.\n\n"
        "Hamid Mir asked about the meeting.\n\n"
        'The prime minister called the reports "based on misreporting".'
    )
    assert found(text) == []  # a phrase, kept only with its speaker


def test_a_phrase_with_a_complement_is_no_epithet_for_the_last_speaker() -> None:
    text = (
        'Jane Doe said: "We are ready for the vote."\n\n'
        'The date of the vote was "still to be agreed", she said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe", "Jane Doe"]
    text = (
        'Jane Doe said: "We are ready for the vote and the count after it."\n\n'
        'The date of his inauguration confirmed "a new era for the party".'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe"]


def test_an_epithet_stands_for_someone_shown_speaking_not_someone_only_named() -> None:
    speaking = (
        "Carlos Alcaraz spoke after the final on Sunday.\n\n"
        '"It was the best day of my life," the Spaniard said.'
    )
    assert found(speaking) == [("Carlos Alcaraz", "It was the best day of my life")]
    # The Spaniard may be the man he beat, or another named two sentences before.
    named = (
        "Carlos Alcaraz, 21, lifted the trophy on Sunday.\n\n"
        '"It was the best day of my life," the Spaniard said.'
    )
    assert found(named) == [(None, "It was the best day of my life")]


def test_a_nearer_speaker_the_text_does_not_name_clearly_makes_the_quote_unclear() -> None:
    text = (
        "A government minister has said the broadcaster's director-general has assured her "
        'the corporation is "investigating swiftly and sensitively" into the allegations.'
    )
    assert found(text) == []  # a phrase, kept only with its speaker
    text = (
        "The premier said on Monday that council members had in fact condemned "
        '"misreporting by the newspaper" and not the interview itself.'
    )
    assert found(text) == []


def test_a_verb_joined_to_the_speakers_own_keeps_the_speaker() -> None:
    text = (
        'Andrew Smith described the budget as "good for the country" and predicted it would '
        'see the country through "difficult world conditions".'
    )
    assert [speaker for speaker, _ in found(text)] == ["Andrew Smith", "Andrew Smith"]
    text = 'Mr Johnson said the tax was "too high", which Mr Johnson said were "a mistake".'
    assert [speaker for speaker, _ in found(text)] == ["Johnson", "Johnson"]


def test_the_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    text = (
        "John Smith, the mayor, spoke on Monday.\n\n"
        'The plan, described by Jane Doe as "reckless and cruel", will go ahead.'
    )
    assert found(text) == [("Jane Doe", "reckless and cruel")]


def test_a_clause_closing_the_sentence_gives_no_speaker_when_another_is_named_before() -> None:
    text = 'Jane Doe met the workers, offering "a new deal" on Monday, John Smith said.'
    assert found(text) == []  # Jane Doe's words, or John Smith's


def test_a_clause_closing_the_sentence_must_name_its_speaker() -> None:
    text = (
        "John Smith, the mayor, spoke on Monday. "
        'The budget was "a disaster" for the city, he told reporters.'
    )
    assert found(text) == []
    text = 'The budget was "a disaster" for the city, John Smith told reporters.'
    assert found(text) == [("John Smith", "a disaster")]


def test_he_is_not_someone_only_named_when_another_man_just_spoke() -> None:
    text = (
        '"We will win this election," Mayor John Smith said on Monday.\n\n'
        "Polls have shown Peter Doe, 45, ahead since March.\n\n"
        '"The polls are wrong," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["John Smith", None]
    alone = 'Polls have shown Peter Doe, 45, ahead since March.\n\n"The polls are wrong," he said.'
    assert [speaker for speaker, _ in found(alone)] == ["Peter Doe"]


def test_a_double_mark_typed_for_an_apostrophe_does_not_end_the_quote() -> None:
    text = (
        "Aida Turturro said: “I”ve not only lost a great friend, but a true brother. I love him.”"
    )
    assert found(text) == [
        ("Aida Turturro", "I”ve not only lost a great friend, but a true brother. I love him.")
    ]


# The regex may_quote stands in for: any opening mark, or a straight single mark that opens.
_MAY_QUOTE = re.compile(r"``|[“„\"‘]|(?:^|[\s(\[—–])'\w", re.MULTILINE)


def test_the_quick_check_for_quote_marks_agrees_with_its_regex() -> None:
    texts = [
        "",
        "No marks at all.",
        "It's John's day and the players' union.",
        "He said 'yes' to it.",
        "'Tis the season.",
        "(\u2018quoted\u2019)",
        "A line\n'opening a quote",
        "—'dash",
        "`` TeX quote ''",
        "a „low“ mark",
        "x '",
        "'",
        "tab\t'x",
        "apostrophe'x",
    ]
    for text in texts:
        assert may_quote(text) == bool(_MAY_QUOTE.search(text)), text
