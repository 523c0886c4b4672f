"""Whether two groups of one day's reports tell of two happenings: a later happening's reports
recount the earlier one, but the earlier one's reports cannot name what had not yet happened
(a bridge's collapse in the morning, the search called off that evening)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from generator.briefing.discover.model import Item
from generator.briefing.discover.text import terms

# Endings left off a word before two groups' words are compared, the first that fits: a
# headline's "collapses" is the report's "collapsed", not news of its own.
_ENDINGS = ("ing", "ed", "es", "s", "e")
_SHORTEST_STEM = 4


@lru_cache(maxsize=1 << 16)  # a briefing's articles share most of their words
def _stem(word: str) -> str:
    """The word with its inflection left off ("collapses", "collapsed": "collaps")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            return word[: -len(ending)]
    return word


def headline_stems(item: Item) -> frozenset[str]:
    """The stems of the words of an article's headline."""
    return frozenset(_stem(term) for term in terms(item.title) if " " not in term)


def known_stems(item: Item) -> frozenset[str]:
    """The stems of every word the article's headline, lead and opening hold."""
    return frozenset(_stem(term) for term in item.terms[0] if " " not in term)


# How many words of its own a group's headlines must share to tell of a happening of their
# own: one word may be a synonym ("to take over" for "takeover"), or a detail ("factory").
NEWS_WORDS = 2


def _own_headline_words(
    group: Sequence[int], headlines: Callable[[int], frozenset[str]]
) -> set[str]:
    """The words at least two and at least half of the group's headlines share: what its
    reports call the happening. (Words, not phrases: a phrase of two words another group
    holds apart is no news.)"""
    counts = Counter(word for i in group for word in headlines(i))
    return {term for term, n in counts.items() if n >= 2 and 2 * n >= len(group)}


def _unknown_to(
    group: Sequence[int],
    other: Sequence[int],
    headlines: Callable[[int], frozenset[str]],
    known: Callable[[int], frozenset[str]],
) -> set[str]:
    """The words the group's headlines share that no article of the other group holds."""
    unknown = _own_headline_words(group, headlines)
    for i in other:
        unknown -= known(i)
        if not unknown:
            break
    return unknown


def two_happenings(
    a: Sequence[int],
    b: Sequence[int],
    headlines: Callable[[int], frozenset[str]],
    known: Callable[[int], frozenset[str]],
) -> bool:
    """Whether groups `a` and `b` (of one day, two articles or more each) report two
    happenings: one group's headlines share NEWS_WORDS words or more that the other's
    articles never hold, while every word the other's headlines share is in the first
    group's articles. The later reports ("six presumed dead") know of the earlier ("bridge
    collapses") and name it; the earlier cannot know of them. Two takes of one happening
    each have words of their own ("fires", "pushes out"; "sinks" beside "wreck in pieces"),
    so neither knows all of the other's."""
    if len(a) < 2 or len(b) < 2:
        return False
    news_in_a = _unknown_to(a, b, headlines, known)
    news_in_b = _unknown_to(b, a, headlines, known)
    return min(len(news_in_a), len(news_in_b)) == 0 and (
        max(len(news_in_a), len(news_in_b)) >= NEWS_WORDS
    )
