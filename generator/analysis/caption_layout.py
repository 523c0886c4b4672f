"""Captions that only the page's layout of its pictures gives away, once captions.py has found
the others: a short line over a credit where the page's other captions stand so, the line
under the opening picture's credit, and the names and place under a caption.
"""

from __future__ import annotations

import re

from generator.analysis.lines import Line, ends_sentence
from generator.analysis.pictures import CAPTION, CREDIT, PICTURE_PARTS

_HEADLINES = frozenset({"headline", "repeated headline"})
_CAPTION_WORDS = 25  # words: a caption's line at most; a longer one is a paragraph
_NAMES_WORDS = 15  # words: who and where, under a caption
_SCENE_WORDS = 5  # words: who does what, at the least
# Who and where, no verb: "Jane Doe and Kim Lee at City Hall in Lyon". Every word in lower case
# is glue between names or a preposition of place.
_NAMES_AT_PLACE = re.compile(
    r"^[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&|of|the))*? (?:at|in|outside|inside|near) "
    r"(?:the )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|of|the|at|in|on))*$"
)


def _plain_words(line: Line) -> bool:
    """Words no story sentence would stop at: no full stop, no quote, no reported speech."""
    text = line.plain
    return (
        line.kind == "para"
        and line.words <= _CAPTION_WORDS
        and not ends_sentence(text)
        and '"' not in text
        and not line.reported
    )


def _captions_over_credits(lines: list[Line]) -> bool:
    """Whether the page puts a caption right over its picture's credit."""
    return any(
        line.reason == CAPTION and below.reason == CREDIT
        for line, below in zip(lines, lines[1:], strict=False)
    )


def _over_credit(lines: list[Line], index: int) -> bool:
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and below.reason == CREDIT


def _under_opening_credit(lines: list[Line], index: int, story_above: bool) -> bool:
    """Right under the credit of the picture the story opens with, which stands under the
    headline, before the story's first paragraph: that picture's caption."""
    if story_above or index < 2 or lines[index - 1].reason != CREDIT:
        return False
    # A name alone there is the byline; a caption says who does what.
    return lines[index - 2].reason in _HEADLINES and lines[index].words >= _SCENE_WORDS


def _names_under_caption(lines: list[Line], index: int) -> bool:
    """Who and where, with no verb, right under a caption or a credit: a second picture's
    caption ("Jane Doe and Kim Lee at City Hall in Lyon")."""
    line = lines[index]
    above = lines[index - 1] if index else None
    if above is None or above.reason not in PICTURE_PARTS or line.words > _NAMES_WORDS:
        return False
    return bool(_NAMES_AT_PLACE.match(line.plain))


def drop_layout_captions(lines: list[Line], open_lines: list[int], story_above: list[bool]) -> None:
    """Captions by where they stand beside the page's pictures (see the module's docstring)."""
    over_credits = _captions_over_credits(lines)
    for index in open_lines:
        line = lines[index]
        if line.reason or not _plain_words(line):
            continue
        if (
            (over_credits and _over_credit(lines, index))
            or _under_opening_credit(lines, index, story_above[index])
            or _names_under_caption(lines, index)
        ):
            line.reason = CAPTION
