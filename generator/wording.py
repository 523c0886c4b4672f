"""Words for people to read that several parts of digest write the same way."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """'1 article', '3 articles': a count and its noun, plural unless one (nouns taking -s)."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
