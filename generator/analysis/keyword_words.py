"""Whether texts have a word as a whole word, in any case: asked of a briefing's texts for
each of some twenty words, and again after each save in watch mode (the answers are kept)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_WORD_RUN = re.compile(r"\w+")


def used_by(word: str, texts: Sequence[str], least: float) -> bool:
    """Whether at least `least` texts have the word (one word: keyword_names._is_plain_word) as a
    word, in any case. Counting stops once the answer is known: most words are in few texts,
    and half of a briefing's texts tell that of them."""
    folded = word.casefold()
    users = 0
    for read, text in enumerate(texts, 1):
        users += has_word(text, folded)
        if users >= least or users + len(texts) - read < least:
            break
    return users >= least


# Watch mode asks the same of the same thousand texts after each save: kept, the answer is a
# look-up (a briefing asks of some twenty words: 20,000 answers at 1,000 articles).
@functools.lru_cache(maxsize=1 << 18)
def has_word(text: str, folded: str) -> bool:
    """Whether `folded` (casefolded) is a whole word of the text (a run of \\w), in any case.

    Found by plain search in the casefolded text, each place checked for word characters
    either side: a briefing asks this of some twenty words, and making the set of words of
    each of its texts first was a twentieth of an edit's build in a new process."""
    if not _WORD_RUN.fullmatch(folded):
        return False  # a text's words are runs of word characters: nothing else is one
    lowered = _casefolded(text)
    at = lowered.find(folded)
    while at >= 0:
        end = at + len(folded)
        if not (at and _WORD_RUN.match(lowered, at - 1)) and not _WORD_RUN.match(lowered, end):
            return True
        at = lowered.find(folded, at + 1)
    return False


# Watch mode asks again of the same thousand texts after each save: each is folded once.
@functools.lru_cache(maxsize=1 << 14)
def _casefolded(text: str) -> str:
    return text.casefold()
