"""A constituency before a member's letters ("Leeds North MP"), which is no person's name."""

from __future__ import annotations

from generator.analysis.quotes.vocabulary import word_set
from generator.places import is_place_name

# The words that divide a place into seats ("Leeds North", "East Ham", "Glasgow Central",
# "Mid Devon"): a name holding one is read as a constituency. A surname of that shape ("Tom
# West MP") is left without a speaker too: unclear, not wrong.
_SEAT_WORDS = word_set(
    """North South East West Central Mid Northeast Northwest Southeast Southwest Rural Urban
    Inner Outer Upper Lower"""
)


def constituency(name: tuple[str, ...]) -> bool:
    """Whether the words before a member's letters name a seat rather than its member: a known
    place ("Glasgow MP") or a name with a word dividing a place into seats ("Leeds North")."""
    if not name:
        return False
    words = [word.strip(",") for word in name]
    return is_place_name(" ".join(words)) or any(
        part in _SEAT_WORDS for word in words for part in word.split("-")
    )
