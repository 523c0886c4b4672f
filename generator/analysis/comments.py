"""Readers' comments under the story: who wrote each one, and what they wrote.

A comment reads like a story paragraph, so no test of one line can tell it. A reader tells it
by its place: below the story, under the comment section's heading ("1 comment:", "Leave a
Reply"), each comment under the line naming its writer ("Anonymous said...", "Jane Doe
says:"). Only the lines under such a name are dropped: a heading alone, even below the story,
may be a counter beside the share buttons, with more story after it.
"""

from __future__ import annotations

from generator.analysis.boilerplate import COMMENTER
from generator.analysis.lines import Doc, Line, is_prose

COMMENT = "reader comment"
_SECTION = frozenset({"comment form", COMMENT})  # what the section's heading was dropped as
_LONGEST_NAME = 16  # words: a longer line is no commenter's name and date
_FORM_WORDS = 8  # words: a form's prompt between its fields; a longer line may be story


def _is_commenter(text: str, words: int) -> bool:
    return words <= _LONGEST_NAME and bool(COMMENTER.match(text))


def drop_reader_comments(doc: Doc) -> None:
    """Below a comment heading under the story, each commenter's name and what follows it, and
    the form's own short lines between its fields ("Want to join the discussion?")."""
    story_above = in_section = in_comment = False
    between: list[Line] = []  # short kept lines since the section's last line
    for line in doc.lines:
        if line.reason in _SECTION:
            if in_section:
                for short in between:
                    short.reason = "comment form"
            in_section = in_section or story_above
            in_comment, between = False, []  # a form's lines end one comment
            continue
        if not in_section:
            story_above = story_above or (not line.reason and is_prose(line.plain))
            continue
        if _is_commenter(line.plain, line.words):
            in_comment = True
        if in_comment and not line.reason:
            line.reason = COMMENT
        elif not line.reason:
            between = [*between, line] if line.words <= _FORM_WORDS else []
