"""What an article is about, as terms: the words and two-word phrases that can say what
happened (not function words, reporting verbs or dates), each counted by where it stands."""

from __future__ import annotations

import re
from collections import Counter

from generator.analysis.words import MONTHS, WEEKDAYS, unaccented
from generator.models import Terms

# Where a word stands says how much it tells of the happening: the headline most.
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
BODY_CHARS = 600  # past the lead, background takes over: what came before, what comes next
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
# Words that say nothing of what happened: function words, reporting verbs, dates.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "also",
        "am",
        "among",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "later",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "near",
        "new",
        "next",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "said",
        "same",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "two",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "told",
        "according",
        "added",
        "also",
        "week",
        "weeks",
        "day",
        "days",
        "today",
        "yesterday",
        "tomorrow",
        "time",
        "mr",
        "mrs",
        "ms",
    ]
)
_NOT_TERMS = _FUNCTION_WORDS | MONTHS | WEEKDAYS


def term_counts(title: str, lead: str, text: str) -> Terms:
    """The terms of an article, in order, and each one's weight: where and how often it stands."""
    counts: Counter[str] = Counter()
    body = text[len(lead) : len(lead) + BODY_CHARS] if text.startswith(lead) else text[:BODY_CHARS]
    for part, weight in ((title, TITLE_WEIGHT), (lead, LEAD_WEIGHT), (body, BODY_WEIGHT)):
        for term in terms(part):
            counts[term] += weight
    words = tuple(sorted(counts))
    return words, tuple(map(counts.__getitem__, words))


def terms(text: str) -> list[str]:
    """The words and two-word phrases of a text that can say what happened, lowercased."""
    spelled = str.lower if text.isascii() else _plain  # most texts have nothing to fold
    words = [spelled(w).strip(".'-") for w in _WORD.findall(text)]
    words = [w if w not in _NOT_TERMS and len(w) > 1 else "" for w in words]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a and b]
    return [w for w in words if w] + pairs


def _plain(word: str) -> str:
    """A word lowercased as every outlet spells it: outlets differ in accents ("Orbán",
    "Orban") and apostrophes ("Xi’s", "Xi's"). Only Latin letters lose their marks: other
    scripts' marks are letters of the word."""
    word = word.lower().replace("\u2019", "'")
    folded = unaccented(word)
    return folded if folded.isascii() else word
