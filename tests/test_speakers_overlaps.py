"""Across a briefing, one passage quoted at several lengths is listed once, the longest, with
every article that carries all of it, each once; a part of an article that lacks the whole
stays a quotation of its own."""

from __future__ import annotations

from generator.briefing.speakers import overlaps_joined
from generator.models import BriefingQuote, Carrier


def _quote(number: int, speaker: str | None, text: str, article: str) -> BriefingQuote:
    return BriefingQuote(f"q-{number}", speaker, "", text, (Carrier(article, number),))


LETTER = (
    "I invested in the company as I believe in its potential. However, since making my "
    "investment I now realize the company will neither thrive nor serve this imperative in its "
    "current form."
)


def test_one_passage_at_several_lengths_is_listed_once_the_longest() -> None:
    quotes = [
        _quote(0, "Jane Doe", "the company will neither thrive nor serve this imperative", "a"),
        _quote(1, "John Roe", "Elsewhere the weather was fine all week long and dry too", "a"),
        _quote(2, "Jane Doe", LETTER, "b"),
        _quote(3, "Jane Doe", "Since making my investment I now realize the company", "b"),
        _quote(4, "Jane Doe", LETTER, "c"),
        _quote(5, "Jane Doe", "I believe in its potential", "d"),
    ]
    joined = overlaps_joined(quotes)
    texts = [quotes[0].text, quotes[1].text, LETTER, quotes[5].text]
    assert [quote.text for quote in joined] == texts
    assert [carrier.article for carrier in joined[2].articles] == ["b", "c"]
    assert joined[2].id == "q-2"


def test_no_article_is_listed_under_words_it_does_not_carry() -> None:
    part = "the company will neither thrive nor serve this imperative"
    joined = overlaps_joined([_quote(0, "Jane Doe", part, "a"), _quote(1, "Jane Doe", LETTER, "b")])
    assert [(q.text, [c.article for c in q.articles]) for q in joined] == [
        (part, ["a"]),
        (LETTER, ["b"]),
    ]


def test_an_article_quoting_a_passage_twice_is_listed_once() -> None:
    quotes = [
        _quote(0, "Jane Doe", LETTER, "a"),
        _quote(1, "Jane Doe", LETTER, "b"),
        _quote(2, "Jane Doe", LETTER, "b"),
    ]
    assert [carrier.article for carrier in overlaps_joined(quotes)[0].articles] == ["a", "b"]


def test_the_same_passage_of_two_speakers_stays_two() -> None:
    quotes = [_quote(0, "Jane Doe", LETTER, "a"), _quote(1, "John Roe", LETTER, "b")]
    assert overlaps_joined(quotes) == tuple(quotes)


def test_two_quotations_that_only_overlap_both_stay() -> None:
    first = "We will keep the old pier open this summer, and we will hire more staff at the port"
    second = "we will hire more staff at the port, and we will rebuild the ferry terminal"
    joined = overlaps_joined(
        [_quote(0, "Jane Doe", first, "a"), _quote(1, "Jane Doe", second, "b")]
    )
    assert [quote.text for quote in joined] == [first, second]
