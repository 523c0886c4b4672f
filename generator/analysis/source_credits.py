"""Credits that stand apart from the story: a bracketed source alone between two paragraphs,
and the sign-off naming the story's source, under which the page runs on into the next story."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line, is_prose, words
from generator.analysis.pictures import CREDIT
from generator.analysis.teasers import TEASER

# "(UN Pacific Office)", "(Jane Doe / Daily Post)": a name or two in capitals, and nothing else.
_BRACKETED_NAME = re.compile(
    r"^\((?:[A-Z][\w.'’&-]*|of|the|and|for|de|/)(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|de|/)){0,5}\)$"
)
# "Source: Daily News", "Sources: AP, Reuters": whose story it was, the last line of it.
_SOURCE_SIGN_OFF = re.compile(r"(?i)^sources?\s*:\s*\S")
_SIGNED_PARAGRAPHS = 3  # of the story above the sign-off: a foot, not a standfirst's source
_NEXT_STORY_LINES = 4  # a headline and the first lines of the next story the page shows
_NEXT_HEADLINE_WORDS = 14


def drop_bracketed_credits(doc: Doc) -> None:
    """A name in brackets alone on its line, right between two paragraphs of the story: the
    credit of a picture whose caption the scraper left out ("(UN Pacific Office)")."""
    kept = doc.kept()
    for above, line, below in zip(kept, kept[1:], kept[2:], strict=False):
        if not _bracketed_name(line.plain.strip()):
            continue
        if is_prose(above.plain) and is_prose(below.plain):
            line.reason = CREDIT


def _bracketed_name(text: str) -> bool:
    """Two capitalised words or more: "(Laughter)" or "(Inaudible)" in a transcript is the
    story's."""
    if not _BRACKETED_NAME.match(text):
        return False
    return sum(token[:1].isupper() for token in text.strip("()").split()) >= 2


def drop_story_after_source(doc: Doc) -> None:
    """Under a story's "Source: ..." sign-off, a headline and a few lines to the page's end: the
    next story the page loads, cut off, no part of this one."""
    lines = doc.lines
    for index, line in enumerate(lines):
        if not line.reason or not _SOURCE_SIGN_OFF.match(line.plain):
            continue
        tail = [each for each in lines[index + 1 :] if not each.reason]
        above = [each for each in lines[:index] if not each.reason and is_prose(each.plain)]
        if len(above) < _SIGNED_PARAGRAPHS or not 2 <= len(tail) <= _NEXT_STORY_LINES:
            continue
        if _next_headline(tail[0]) and tail[0] is _next_line(lines, index):
            for each in tail:
                each.reason = TEASER
            return


def _next_line(lines: list[Line], index: int) -> Line | None:
    """The line of substance right under `index`, dropped or not."""
    return next((line for line in lines[index + 1 :] if line.key), None)


def _next_headline(line: Line) -> bool:
    """A headline, a question's mark or no stop at all: no sentence of a story's paragraph."""
    text = line.plain.strip()
    if line.kind not in ("para", "heading") or line.reported or not text[:1].isupper():
        return False
    return 3 <= words(text) <= _NEXT_HEADLINE_WORDS and not text.endswith((".", ":", ",", ";"))
