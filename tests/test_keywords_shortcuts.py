"""The keyword filters' shortcuts (searches bounded to where a match can be, answers kept per
text) say what the plain patterns they stand for say, on any text."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis import keyword_digits, keyword_prose
from generator.analysis.keyword_prose import Document, starts_sentence
from generator.analysis.words import DASHES

# Pieces that meet at the edges the shortcuts test: dashes, apostrophes, quotes, digits, sentence
# ends, accents and words that differ only in case.
_PIECES = st.sampled_from(
    [" ", "  ", "\n", ". ", "? ", ": ", '"', "“", "‘", "(", "'", "’", "-", "–", "_", ","]
    + ["state", "State", "run", "Run", "talks", "Ana", "F-35", "Crew-9", "crew-9", "LVM3"]
    + ["2024", "Q2", "é", "Éa", "x1", "top-10", "Top-10", "de", "K"]
)
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_masking_finds_the_names_with_digits_the_pattern_finds_in_the_whole_text(text: str) -> None:
    pattern = keyword_digits._LETTERS_AND_DIGITS
    found = [match.span() for match in keyword_digits._words_with_digits(text)]
    assert found == [match.span() for match in pattern.finditer(text)]


# Every word the prose writes in lowercase where a word starts, as the filters first listed them.
_WORD_START = re.compile(f"(?<![\\w'\u2019{DASHES}])\\w+")


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["state", "State", "run", "talks", "de", "crew", "x1", "k", ""]))
def test_a_word_is_written_in_lowercase_where_the_word_start_pattern_finds_it(
    text: str, word: str
) -> None:
    document = Document("", text)
    lowercase = {
        found
        for line in document.prose
        for found in _WORD_START.findall(line)
        if found == found.lower()
    }
    assert document.writes_lowercase(word) == (word.lower() in lowercase)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=-3, max_value=40) | st.none())
def test_a_sentence_starts_where_the_text_before_ends_one_once_quotes_are_stripped(
    line: str, position: int | None
) -> None:
    before = line[:position].rstrip().rstrip("\"'“‘(").rstrip()
    assert starts_sentence(line, position) == (not before or before[-1] in ".!?:;")


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=3), st.sets(st.sampled_from(["state", "run", "k"])))
def test_a_headline_word_is_counted_in_the_spellings_the_word_pattern_finds_mid_sentence(
    prose: list[str], words: set[str]
) -> None:
    expected: dict[str, Counter[str]] = {}
    for line in prose:
        for match in keyword_prose.WORD.finditer(line):
            word = match.group()
            if word.lower() in words and not starts_sentence(line, match.start()):
                expected.setdefault(word.lower(), Counter())[word] += 1
    casing = keyword_prose._mid_sentence_casing(prose, words)
    # In the order first met too: the most common spelling's ties go to the first.
    assert {word: list(forms.items()) for word, forms in casing.items()} == {
        word: list(forms.items()) for word, forms in expected.items()
    }


def test_a_keyword_looked_up_twice_is_the_same_and_the_caller_may_change_its_copy() -> None:
    text = "The talks went on. New talks began, and the talks ended."
    document = Document("", text)
    first = document.occurrences("talks", frozenset())
    first.clear()
    again = document.occurrences("talks", frozenset())
    assert again == Document("", text).occurrences("talks", frozenset())
    assert [document.prose[found.line][found.start : found.end] for found in again] == ["talks"] * 3
