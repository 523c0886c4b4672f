"""YAKE itself: its ranking of a text's candidates, built once per size, and its stop words."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import yake

# YAKE ranks this many candidates; the larger size is only tried when filtering leaves too few.
# Of the first size's, the best FIRST_LOOK are tried first and the rest only where a list would
# otherwise end on a common word or fall short of its minimum (see keywords._select).
YAKE_TOPS = (50, 200)
FIRST_LOOK = 40

# How YAKE is asked to rank, besides how many candidates: part of a stored ranking's key.
YAKE_SETTINGS = {"lan": "en", "n": 3}

# Function words missing from YAKE's English stop list; a keyword may not begin or end with one.
_EXTRA_FUNCTION_WORDS = frozenset(
    {"amid", "among", "including", "onto", "told", "toward", "towards", "upon", "whether"}
    # Abbreviated titles and company suffixes: "State Sen" or "Apple Inc" is never a keyword.
    | {"capt", "co", "col", "corp", "dr", "gen", "gov", "inc", "jr", "lt", "ltd", "prof", "rep"}
    | {"sen", "sgt", "sr", "st"}
)


# rank(text, top): the best `top` of YAKE's candidates for the text, best first.
Rank = Callable[[str, int], list[str]]


def yake_ranking(text: str, top: int) -> list[str]:
    """YAKE's best `top` candidates for the text, best first (~25 ms for a 600-word article)."""
    return [keyword for keyword, _score in _extractor(top).extract_keywords(text)]


@functools.cache
def _extractor(top: int) -> yake.KeywordExtractor:
    """A YAKE extractor, built once per size."""
    import yake  # takes ~0.3 s, so only builds that extract keywords pay for it

    return yake.KeywordExtractor(top=top, **YAKE_SETTINGS)


@functools.cache
def stop_words() -> frozenset[str]:
    """Words a keyword may not begin or end with: YAKE's stop list and a few more."""
    return frozenset(_extractor(YAKE_TOPS[0]).stopword_set) | _EXTRA_FUNCTION_WORDS
