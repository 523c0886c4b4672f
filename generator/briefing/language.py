"""Whether a text reads as English: digest's keywords, quotes, dates and events read English, so
an article in another language is built but named in a warning."""

from __future__ import annotations

import re

from generator.briefing.discover.text import is_function_word

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 400  # the opening is enough, and keeps this cheap on a long feature
_FEWEST_WORDS = 40  # below this, too few words to tell
# The share of English function words: a quarter or more in English news as scraped (0.25 at
# the least in the events, quotes and seed articles), a few in a hundred in German, Spanish or
# Italian ("a", "in", "per").
_ENGLISH_SHARE = 0.15


def reads_as_english(text: str) -> bool:
    """True unless the text has enough words and few of them are English function words."""
    words = _WORD.findall(text[: _SAMPLE_WORDS * 12])[:_SAMPLE_WORDS]
    if len(words) < _FEWEST_WORDS:
        return True
    return sum(map(is_function_word, words)) / len(words) >= _ENGLISH_SHARE
