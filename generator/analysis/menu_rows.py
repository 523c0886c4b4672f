"""A site's menu scraped as one row of words with no marks between them, above the story."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import NAME_GLUE, NAV_WORDS
from generator.analysis.lines import Doc, Line, is_prose

# A menu's entries are single capitalised words ("Home", "Markets") or short initials ("TV");
# the spaces that parted them collapse to one when the page is read, so the row's words are all
# there is to go by.
_ENTRY = re.compile(r"[A-Z][a-z]+|[A-Z]{2,4}")
# A headline in title case joins its words with these ("Markets Rally As Rates Fall"); a menu
# lists its entries with nothing between them.
_JOINING = NAME_GLUE | {
    "a", "an", "to", "at", "on", "by", "from", "or", "as", "vs", "into", "is", "are", "was",
    "were", "be", "over", "after", "before", "amid",
}  # fmt: skip
_MIN_ENTRIES = 5  # fewer reads as a short title ("World News Today")
_MAX_ENTRIES = 12
_NAV_SHARE = 2 / 3  # of the entries that are words menus use, the rest the site's own sections


def is_menu_row(line: Line) -> bool:
    """Five to twelve capitalised words, no joining word, mostly the words menus are made of."""
    tokens = line.plain.split()
    if not _MIN_ENTRIES <= len(tokens) <= _MAX_ENTRIES or line.kind != "para":
        return False
    if not all(_ENTRY.fullmatch(token) for token in tokens):
        return False
    lower = [token.lower() for token in tokens]
    if any(token in _JOINING for token in lower):
        return False
    return sum(token in NAV_WORDS for token in lower) >= _NAV_SHARE * len(tokens)


def drop_menu_rows(doc: Doc) -> None:
    """Drop the menu rows above the story's first paragraph, where the headline is looked for:
    a row of section names is never the headline. Below the story's start, a row of words is
    left to the rules that read the story's foot."""
    for line in doc.kept():
        if is_prose(line.plain):
            return
        if is_menu_row(line):
            line.reason = "navigation"
