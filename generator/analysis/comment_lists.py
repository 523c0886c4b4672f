"""Readers' comments the page lists by number with no heading over them, at the story's foot.

A comment plugin numbers its comments as an ordered list ("1. ...", "2. ..."), which a scraper
keeps with the numbers and may keep without the section's heading or the writers' names
(comments.py needs one of them). A story's numbered list is edited copy; readers type fast:
stops and commas with no space after them ("my area!!i feel", "loved ones,am"), marks
doubled ("!!", "??"), "i" for "I". A run of such items ending the page is the comments.
"""

from __future__ import annotations

import re

from generator.analysis.comments import COMMENT
from generator.analysis.lines import Doc, Line

_ITEMS = 3  # numbered comments in a run: two may be a story's list of quotes
_ITEM_WORDS = 8  # a comment says something; a story's list of names or figures is shorter
# A word, a comma, "!", "?" or "…" with no space, a word: "ones,am", "area!!i", "time…how";
# "3,000" has no word before the mark, and a stop is left out, as an address has them
# ("wexmoor.gov"). Or a doubled mark, or a lone "i".
_UNEDITED = re.compile(r"[a-z]{2}[,!?…]+[A-Za-z]|[!?]{2}|(?:^|\s)i(?:\s|')")


def _typed_by_reader(line: Line) -> bool:
    return bool(_UNEDITED.search(line.plain))


def drop_numbered_comments(doc: Doc) -> None:
    """The run of numbered items that ends the page's kept lines, three or more of eight words or
    more, most of them typed as readers type (_UNEDITED): its comments, dropped."""
    kept = doc.kept()
    start = len(kept)
    while start and kept[start - 1].kind == "number" and kept[start - 1].words >= _ITEM_WORDS:
        start -= 1
    run = kept[start:]
    if len(run) < _ITEMS or 3 * sum(map(_typed_by_reader, run)) < 2 * len(run):
        return
    for line in run:
        line.reason = COMMENT
