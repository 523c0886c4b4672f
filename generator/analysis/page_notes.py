"""Lines a page's furniture leaves alone among the story's: a loader's placeholder, the credit
of the page's top picture, a stock table's header, and a headline glued to its reading time."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line
from generator.analysis.pictures import CREDIT

LOADER = "page widget"
HEADLINE_STAMP = "repeated headline"

# A player's or a widget's placeholder while its script loads: "Loading Something is loading.",
# "Loading...", "Content is loading". A story never says so on a line of its own.
_LOADER = re.compile(
    r"(?i)^(?:loading\W*)?(?:(?:something|content|(?:the )?(?:video|player|content|page|widget))"
    r" is loading|loading)(?:\.{1,3}|…)?(?: please wait\W*)?$"
)
_LOADER_WORDS = 6
# The credit of the picture over the story, named by where it stands: "Top photo via Jane Doe",
# "Featured image: Harbour Council", "Cover picture courtesy of the council".
_TOP_PICTURE_CREDIT = re.compile(
    r"(?i)^(?:top|featured|feature|cover|header|lead|main|banner) (?:photo|image|picture|pic|"
    r"photograph)s?\s*(?:via|by|from|courtesy of|credit|:)\s*:?\s*\S.{0,60}$"
)
_CREDIT_WORDS = 12
# A stock widget's table header: "Ticker Security Last Change Change", "Symbol Name Price Chg %".
_TABLE_HEADS = frozenset(
    ["ticker", "security", "symbol", "name", "company", "last", "price", "change", "chg", "%",
     "%chg", "volume", "high", "low", "open", "close"]
)  # fmt: skip
_TABLE_HEAD_WORDS = 3
# A headline the scraper glued to the page's reading time and update stamp: "Ferry fares
# rise1 min read . Updated: 16 Mar 2023, 07:15 AM IST".
_GLUED_READ_TIME = re.compile(
    r"^\S.{8,200}?\S ?\d{1,2} ?min(?:ute)?s? read\b[\s.·|•-]*"
    r"(?:(?:Last )?(?i:updated|published|posted)\s*:?\s*[\w ,:./-]{0,40})?$"
)


def is_loader(line: Line) -> bool:
    """A widget's placeholder while its script loads."""
    return line.words <= _LOADER_WORDS and bool(_LOADER.match(line.plain))


def is_stock_table_head(line: Line) -> bool:
    """A stock widget's table header: only the names of its columns."""
    tokens = line.plain.casefold().split()
    return len(tokens) >= _TABLE_HEAD_WORDS and all(token in _TABLE_HEADS for token in tokens)


def drop_page_notes(doc: Doc) -> None:
    """Loaders, stock table headers, the top picture's credit and a headline glued to its
    reading time, each alone on its line."""
    for line in doc.kept():
        if line.kind != "para":
            continue
        if is_loader(line) or is_stock_table_head(line):
            line.reason = LOADER
        elif line.words <= _CREDIT_WORDS and _TOP_PICTURE_CREDIT.match(line.plain):
            line.reason = CREDIT
        elif " read" in line.plain and _GLUED_READ_TIME.match(line.plain):  # cheap test first
            line.reason = HEADLINE_STAMP
