"""The tokens of a piece of narrative, and what a token is: a word of a name, an acronym, a
title, a plural, a possessive.

The lowest layer of reading names: `names` (the people) and `written_roles` (the roles written
around a name) both use it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TypeVar

from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.words import TITLE_ABBREVIATIONS

# A token (the group): an abbreviation, a word or a sign. The spaces before it are skipped in
# one step rather than tried a character at a time, and only a capital with a stop after it
# is tried as an abbreviation (none holds a space or a stop): most words skip those tries.
_TOKEN = re.compile(
    r"\s*+((?=[A-Z][^\s.]*+\.)(?:"
    r"(?:[A-Z]\.){2,}|(?:" + "|".join([*TITLE_ABBREVIATIONS, "St", "Jr", "Sr", "[A-Z]"]) + r")\."
    r")|[\w’'-]+|[^\w\s])"
)
_Value = TypeVar("_Value")
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*|(?:al|el|as|ad|an|ar|ash|at|az)-[A-Z][\w’'-]*")


# A masked quote: its mask characters and the spaces between them.
_MASKED_QUOTE = re.compile(f"{MASK}(?:\\s*{MASK})*")


def words_of(text: str) -> list[str]:
    """The tokens of a piece of narrative; a masked quote becomes one MASK token."""
    if MASK in text:  # one token for the quote, not one for each of its characters
        text = _MASKED_QUOTE.sub(MASK, text)
    # No token spans a space, so the text's tokens are those of its space-separated pieces,
    # in order; most pieces recur ("the", "said,"), and are tokenised once.
    return list(itertools.chain.from_iterable(map(_piece_tokens, text.split())))


class TokenCache(dict[str, _Value]):
    """What a function gives each token, kept as tokens are met and emptied when full: for
    functions called on every token, a dict look-up costs half an lru_cache's call. Kept in a
    module's names, it is let go with the stage's functools caches (memos.forget)."""

    def __init__(self, function: Callable[[str], _Value], limit: int = 1 << 16) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def cache_clear(self) -> None:
        """What memos.forget calls on a functools cache (it asks the value's type for it)."""
        self.clear()

    def __missing__(self, token: str) -> _Value:
        if len(self) >= self.limit:
            self.clear()
        self[token] = value = self.function(token)
        return value


def _tokens_of_piece(piece: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(piece))


_PIECE_TOKENS = TokenCache(_tokens_of_piece)
_piece_tokens: Callable[[str], tuple[str, ...]] = _PIECE_TOKENS.__getitem__


def _name_token(token: str) -> bool:
    """Whether a token may be part of a name: capitalised, or "al-" and the like before one."""
    return bool(_NAME_TOKEN.fullmatch(token))


_NAME_TOKENS = TokenCache(_name_token)
is_name_token: Callable[[str], bool] = _NAME_TOKENS.__getitem__


def is_acronym(token: str) -> bool:
    """Whether a token is two or more capitals, dotted or not: "APC", "U.S."."""
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def bare_title(token: str) -> str:
    """A title without its abbreviating stop: "Dr." -> "Dr"."""
    return token.rstrip(".")


def singular(word: str) -> str:
    """A plural in -s made singular ("officials" -> "official"); "witness" stays."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def without_possessive(token: str) -> str:
    """A token without its possessive ending: "Takaichi’s" -> "Takaichi"."""
    for ending in POSSESSIVE_ENDINGS:
        if token.endswith(ending):
            return token[: -len(ending)]
    return token
