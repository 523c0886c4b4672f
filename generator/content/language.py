"""Whether a text reads as English: digest's keywords, quotes, dates and events read English, so
an article in another language is built but named in a warning."""

from __future__ import annotations

import re

# The commonest English function words. In English prose about a third of the words are among
# them; in Italian, French, German or Spanish prose a few in a hundred ("a", "in", "per").
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "his",
        "her",
        "he",
        "she",
        "they",
        "their",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "but",
        "or",
        "an",
        "this",
        "which",
        "who",
        "will",
        "would",
        "said",
        "says",
        "than",
        "after",
        "over",
        "about",
        "into",
        "more",
        "also",
        "when",
        "while",
        "since",
        "there",
        "what",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 400  # the opening is enough, and keeps this cheap on a long feature
_FEWEST_WORDS = 40  # below this, too few words to tell
_ENGLISH_SHARE = 0.10  # English news runs from 0.2 to 0.5 on its raw scraped text


def reads_as_english(text: str) -> bool:
    """True unless the text has enough words and few of them are English function words."""
    words = _WORD.findall(text[: _SAMPLE_WORDS * 12])[:_SAMPLE_WORDS]
    if len(words) < _FEWEST_WORDS:
        return True
    common = sum(word.casefold() in _FUNCTION_WORDS for word in words)
    return common / len(words) >= _ENGLISH_SHARE
