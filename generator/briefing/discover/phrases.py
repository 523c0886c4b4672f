"""Which terms a reason may show as they stand: none that the articles write mostly as part of
a longer name ('House' and 'House announced' of "the Grey House announced")."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from generator.analysis.common_words import common_word_rank
from generator.analysis.quotes.vocabulary import NOT_NAMES, TITLES
from generator.analysis.words import MONTHS, WEEKDAYS


def half_name(spelling: str, texts: Sequence[str]) -> bool:
    """Whether the texts mostly write a term (as `spelling`, a word or two) as part of a longer
    name: a capitalised common word after a capitalised word ('House' of "Grey House"), or a
    capitalised word before one ('General' of "Harbour General Secretary", 'Minister Ola' of
    "Prime Minister Ola Berg"). A reason showing one names half a thing; the whole name
    is a term of its own. Found with plain string searches: a reason asks of a few terms, and
    reading every lead word by word for them would cost more than the rest of the reason."""
    words = spelling.split()
    if not (words[0][:1].isupper() or words[-1][:1].isupper()):
        return False
    seen = inside = 0
    # Only the texts that write it at all: most of an event's leads do not, and a plain
    # substring test in C is far cheaper than a call to find it nowhere.
    for text in [text for text in texts if spelling in text]:
        places, in_names = _places_in_names(spelling, text)
        seen += places
        inside += in_names
    return inside * 2 > seen


# Kept by spelling and text: watch mode asks of the same terms in the same leads after each
# save, and searching them again was half of an edited event's reasons.
@functools.lru_cache(maxsize=1 << 15)
def _places_in_names(spelling: str, text: str) -> tuple[int, int]:
    """How often the text writes the spelling as whole words, and how often as part of a
    longer name (see half_name)."""
    words = spelling.split()
    seen = inside = 0
    for start in _whole_word_places(text, spelling):
        seen += 1
        before = _word_before(text, start)
        after = _word_after(text, start + len(spelling))
        if (before and _joined_before(before, words[0])) or (
            after and _joined_after(words[-1], after)
        ):
            inside += 1
    return seen, inside


def _word_before(text: str, start: int) -> str:
    """The word right before `start`, one space between, or ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    begin = start - 1
    while _in_word(text, begin - 1):
        begin -= 1
    return text[begin : start - 1]


def _word_after(text: str, end: int) -> str:
    """The word right after `end`, one space between, or ""."""
    if text[end : end + 1] != " ":
        return ""
    stop = end + 1
    while _in_word(text, stop):
        stop += 1
    return text[end + 1 : stop]


def _whole_word_places(text: str, spelling: str) -> list[int]:
    """Where the text writes the spelling as whole words."""
    places = []
    start = text.find(spelling)
    while start >= 0:
        end = start + len(spelling)
        if not (_in_word(text, start - 1) or _in_word(text, end)):
            places.append(start)
        start = text.find(spelling, end)
    return places


def _in_word(text: str, n: int) -> bool:
    return 0 <= n < len(text) and (text[n].isalnum() or text[n] in "'’-")


def _joined_before(before: str, word: str) -> bool:
    """Whether `word` is a capitalised common word after a capitalised word of the same name
    ("Grey House"), not after a title ("Mayor Ines") or a sentence's opening word."""
    if not (word[:1].isupper() and before[:1].isupper()):
        return False
    common = common_word_rank(word.lower()) is not None
    return common and before not in TITLES and before not in NOT_NAMES


def _joined_after(word: str, after: str) -> bool:
    """Whether `word` is a capitalised word before a capitalised word of the same name ("Harbour
    General Secretary", "Ola Berg"), not before a day ("Berg Tuesday") or a numeral
    ("King Charles III")."""
    if not (word[:1].isupper() and after[:1].isupper()) or _ROMAN.issuperset(after):
        return False
    return after.lower() not in _NOT_NAMED_AFTER and after not in NOT_NAMES


_ROMAN = frozenset("IVX")
_NOT_NAMED_AFTER = WEEKDAYS | MONTHS
