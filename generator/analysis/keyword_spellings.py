"""Which spellings of a briefing's keywords are one keyword, and which an article shows:
"G-20" and "G20" are one chip; another article's name that only overlaps the article's own
("Grace Harbor Tunnel" for "Harbor Tunnel Fire") is not put on an article that never writes it."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from generator.analysis.keyword_prose import surface_pattern
from generator.analysis.words import DASHES

_DASH = re.compile(f"[{DASHES}]")


def joined_over_hyphens(keys: Mapping[str, str], canonical: Callable[[str], str]) -> dict[str, str]:
    """Each keyword's canonical key (`keys`, made by `canonical`), where a keyword written
    with a hyphen that another writes without ("G-20" and "G20", "geo-political issues" and
    "geopolitical issues") takes the other's key: spellings that differ by a hyphen only
    are one keyword."""
    present = set(keys.values())
    joined: dict[str, str] = {}
    for keyword, key in keys.items():
        if _DASH.search(keyword):
            closed = canonical(_DASH.sub("", keyword))
            if closed in present and closed != key:
                joined[key] = closed
    return {keyword: joined.get(key, key) for keyword, key in keys.items()}


def as_the_article_writes(own: str, named: str, text: str, canonical: Callable[[str], str]) -> str:
    """The spelling an article shows for one of its keywords (`own`): the briefing's
    (`named`), but where the two are names that overlap, the end of one the start of the
    other, the article's own unless its text writes the briefing's: "Harbor Tunnel Fire"
    stays on an article that never writes the "Grace Harbor Tunnel" of another (or a typo of
    "Grace Bay Harbor Tunnel")."""
    if named == own or not _overlap_at_ends(canonical(own).split(), canonical(named).split()):
        return named
    return named if surface_pattern(canonical(named)).search(text) else own


def _overlap_at_ends(own: list[str], named: list[str]) -> bool:
    """Whether two names share a run of two words or more that ends one and starts the
    other, each having words the other lacks."""
    for size in range(2, min(len(own), len(named))):
        if own[:size] == named[-size:] or own[-size:] == named[:size]:
            return True
    return False
