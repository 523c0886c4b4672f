"""What a listing of an article's quotes shows: no quote the end of the stored text cuts off,
and no phrase beside the longer quote of the same speaker that holds it."""

from __future__ import annotations

from generator.analysis.quotes import listed, quotes


def shown(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in listed(text, quotes(text))]


def test_a_quote_the_end_of_the_text_cuts_off_is_not_listed() -> None:
    text = (
        '"We planted the first trees today," Mayor Ivo Brandt said.\n\n'
        '"Next spring we hope to add a pond and perh'
    )
    assert shown(text) == [("Ivo Brandt", "We planted the first trees today")]


def test_a_quote_ending_its_text_whole_is_listed() -> None:
    text = 'Mayor Ivo Brandt spoke.\n\n"Next spring we will add a pond."'
    assert shown(text) == [("Ivo Brandt", "Next spring we will add a pond.")]


def test_a_phrase_held_by_a_longer_quote_of_the_same_speaker_is_listed_once() -> None:
    text = (
        'Mayor Ivo Brandt called the garden a "shared treasure" on Monday.\n\n'
        '"This park is a shared treasure for every family," Brandt said.'
    )
    assert shown(text) == [("Ivo Brandt", "This park is a shared treasure for every family")]


def test_the_same_words_from_two_speakers_are_both_listed() -> None:
    text = (
        'Mayor Ivo Brandt called the garden "fun".\n\n'
        '"The garden is fun for every child," said Councillor Ruth Alder.'
    )
    assert [speaker for speaker, _ in shown(text)] == ["Ivo Brandt", "Ruth Alder"]
