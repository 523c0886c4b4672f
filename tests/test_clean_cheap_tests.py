"""The cheap tests the cleaner runs before its patterns (a plain string, a character, an ASCII
fast path) lose no line a pattern finds: a prompt spelled with the letters that re's
IGNORECASE takes for "i" and "s" still goes, and the quick forms of the line keys, content
words, acronyms and a caption's marks give what the slow ones gave, in any script.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.analysis.boilerplate import STOPWORDS
from generator.analysis.captions import _PARTY_TAG, _marked
from generator.analysis.lines import content_words, key, split_lines
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


# A caption's marks as one pattern (each "\b" before its word), the slow form of the three
# that pictures.py splits it into.
_ONE_MARKER = re.compile(
    r"\((?:L|R|C|L-R|R-L)\)|(?i:\((?:left|right|cent(?:re|er)|top|bottom|above|below|inset|"
    r"far left|far right|front|back)\)|\bfrom (?:far )?(?:left|right)\b(?!-)|\bleft to right\b|"
    r"\bsecond (?:from )?(?:left|right)\b(?!-)|\b(?:is|are) (?:shown|pictured)\b|"
    r"\bin this (?:[\w-]+ ){0,2}"
    r"(?:photo|picture|image|photograph|handout|post|screenshot|screengrab|video|still)\b|"
    r"\bposes? for (?:a )?(?:photo|picture|portrait)s?\b|, (?:far |second )?(?:left|right|"
    r"cent(?:re|er)),)"
)
_MARKER_PIECES = st.sampled_from((
    "poses for a photo", "is shown", "are pictured", "from far left", "left to right", "LEFT",
    "second from right", "in this undated photo", "İn this photo", "ſecond from left", "x",
    "(L)", "(left)", "(Centre)", ", left,", ", centre,", "afrom", "wing", "Sen. Jane Doe (R)",
))  # fmt: skip


@given(st.lists(st.tuples(_MARKER_PIECES, st.sampled_from(" ,-_")), min_size=1, max_size=6))
def test_a_captions_marks_are_found_as_one_pattern_finds_them(
    pieces: list[tuple[str, str]],
) -> None:
    line = split_lines("Jane Doe " + "".join(word + gap for word, gap in pieces) + " end")[0]
    text = _PARTY_TAG.sub("", line.plain) if "(" in line.plain else line.plain
    assert _marked(line) == bool(_ONE_MARKER.search(text))
