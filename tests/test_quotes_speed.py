"""The quotation reader's faster paths read as the slower ones did (issue 19, speed): a
per-token cache that stays bounded, tokens and sentence ends unchanged by the quicker
patterns, the words written with a capital mid-sentence all found."""

from __future__ import annotations

from generator.analysis.quotes.descriptions import proper_words
from generator.analysis.quotes.names import (
    _keys,
    _surnames_shared,
    _TokenCache,
    may_be_person,
    name_runs,
    words_of,
)
from generator.analysis.quotes.paragraphs import Paragraph, _sentence_bounds, paragraphs_of


def test_a_token_cache_computes_each_token_once() -> None:
    calls: list[str] = []

    def length(token: str) -> int:
        calls.append(token)
        return len(token)

    cache = _TokenCache(length)
    assert [cache[word] for word in ("Smith", "said", "Smith")] == [5, 4, 5]
    assert calls == ["Smith", "said"]


def test_a_token_cache_is_emptied_when_full_and_still_answers() -> None:
    cache = _TokenCache(len, limit=2)
    assert [cache[word] for word in ("a", "bb", "ccc", "dddd")] == [1, 2, 3, 4]
    assert len(cache) <= 2


def test_tokens_keep_abbreviations_words_and_signs_whatever_the_spacing() -> None:
    text = "  Dr. Jane Doe-Smith met U.S. envoys in St. Louis,\n O’Brien’s aide said ."
    assert words_of(text) == [
        *("Dr.", "Jane", "Doe-Smith", "met", "U.S.", "envoys", "in", "St.", "Louis", ","),
        *("O’Brien’s", "aide", "said", "."),
    ]


def test_a_capitalised_word_without_its_stop_is_a_word_not_an_abbreviation() -> None:
    assert words_of("Dr Jane Doe and Mr. X spoke") == ["Dr", "Jane", "Doe", "and", "Mr.", "X"] + [
        "spoke"
    ]


def test_a_masked_quote_is_one_token() -> None:
    assert words_of("He said § §§ §, then left.") == ["He", "said", "§", ",", "then", "left", "."]


def test_a_sentences_name_keys_are_its_name_tokens_folded() -> None:
    assert _keys(words_of("The minister met Jean-Luc O’Neill's aide in Paris.")) == {
        *("the", "jean", "luc", "o'neill", "paris")
    }


def test_a_couple_shares_its_surname_joined_by_and_or_an_ampersand() -> None:
    for joined in ("and", "&"):
        words = words_of(f"President {joined} Melania Trump arrived.")
        runs = list(filter(may_be_person, name_runs(words)))
        assert _surnames_shared(words, runs) == {"Trump"}, joined
    words = words_of("The president and Melania Trump arrived.")
    assert _surnames_shared(words, list(filter(may_be_person, name_runs(words)))) == set()


def test_a_sentence_ends_at_a_question_or_exclamation_as_at_a_stop() -> None:
    masked = "Is it over? Jane Doe asked. It is! Mr. Smith said at 5 p.m. EST. Then he left."
    sentences = [masked[start:end] for start, end in _sentence_bounds(masked)]
    assert sentences == [
        "Is it over?",
        "Jane Doe asked.",
        "It is!",
        "Mr. Smith said at 5 p.m. EST.",
        "Then he left.",
    ]


def test_every_word_capitalised_after_a_lowercase_word_or_comma_is_proper() -> None:
    text = "Officials in Tokyo met Bob Carl Dana, Eve and Fox; Gail. Hal said so."
    assert proper_words(text) == {"Tokyo", "Bob", "Carl", "Dana", "Eve", "Fox", "Gail"}


def test_an_open_quote_runs_on_into_paragraphs_without_an_opening_mark() -> None:
    text = (
        'Jane Doe said: "We waited.\n\nWe waited for years.\n\nAnd then it came," she said.'
        "\n\nNothing more."
    )
    paragraphs: list[Paragraph] = paragraphs_of(text)
    assert [bool(p.spans) for p in paragraphs] == [True, True, True, False]
    assert paragraphs[1].spans[0].continues and paragraphs[1].spans[0].continued
