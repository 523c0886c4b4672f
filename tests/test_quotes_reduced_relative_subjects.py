"""A subject read back from a speech verb across a reduced relative clause ("a fine the judge
called "..."") is the clause's own subject, never the noun it describes glued to it."""

from __future__ import annotations

from generator.analysis.quotes import quotes
from generator.analysis.quotes.subjects import subject_before


def test_the_relative_clause_subject_is_read_not_the_noun_before_it() -> None:
    subject = subject_before(["a", "penalty", "the", "league", "commissioner"])
    assert subject is not None
    assert subject.words == ("the", "league", "commissioner")


def test_no_speaker_is_a_noun_glued_to_the_relative_clause_subject() -> None:
    text = (
        "The club was fined on Friday.\n\n"
        "It must pay 2 million dollars, a penalty the league commissioner called "
        '"the price of breaking every rule we have" in a letter to owners.'
    )
    assert all(
        quote.speaker is None or not quote.speaker.startswith("a penalty") for quote in quotes(text)
    )


def test_phrases_joined_inside_one_subject_stay_whole() -> None:
    for phrase, words in (
        ("the head of the appeals board", ("the", "head", "of", "the", "appeals", "board")),
        ("a spokesman for the league", ("a", "spokesman", "for", "the", "league")),
        ("the owner and the coach", ("the", "owner", "and", "the", "coach")),
        ("the top two officials", ("the", "top", "two", "officials")),
    ):
        subject = subject_before(phrase.split())
        assert subject is not None and subject.words == words, phrase
