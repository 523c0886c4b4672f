"""The cheap tests the cleaner runs before its patterns (a plain string, a character, an ASCII
fast path) lose no line a pattern finds: a prompt spelled with the letters that re's
IGNORECASE takes for "i" and "s" still goes, and the quick forms of the line keys, content
words and acronyms give what the slow ones gave, in any script.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.analysis.boilerplate import STOPWORDS
from generator.analysis.lines import content_words, key
from generator.analysis.teasers import _ACRONYM
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

# Every script, and the letters whose case re folds in its own way (dotted and dotless i, long
# s, the Kelvin sign).
_TEXT = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from("İıſKiIsSkK _-.,'")), max_size=60
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("SİGN UP", "newsletter prompt"),
        ("Sıgn up", "newsletter prompt"),
        ("COOKİES", "cookie notice"),
        ("Cookıes", "cookie notice"),
        ("SİGN İN", "call to action"),
        ("Log ın", "call to action"),
    ],
)
def test_a_prompt_spelled_with_a_turkish_i_still_goes(line: str, reason: str) -> None:
    raw = page(*COUNCIL_STORY[:1], line, *COUNCIL_STORY[1:])
    assert dropped(raw, COUNCIL_TITLE).get(line) == reason


@given(_TEXT)
def test_a_line_key_keeps_each_letter_and_digit_in_lower_case(text: str) -> None:
    assert key(text) == "".join(filter(str.isalnum, text.casefold()))


@given(_TEXT)
def test_content_words_are_the_words_of_four_letters_or_more(text: str) -> None:
    slow = set(re.findall(r"[^\W\d_]{4,}", text.lower())).difference(STOPWORDS)
    assert content_words(text) == slow


@given(st.text(alphabet=st.sampled_from("ABCNHSxyz 1_-é(É"), max_size=40))
def test_an_acronym_is_two_to_six_capitals_between_word_boundaries(text: str) -> None:
    assert _ACRONYM.findall(text) == re.findall(r"\b[A-Z]{2,6}\b", text)
