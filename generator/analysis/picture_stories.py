"""A picture story: a page whose only paragraph is the picture's caption, credit and all."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.analysis.lines import Doc, Line, cut_summary, is_prose
from generator.analysis.pictures import CREDIT

# "He was remanded. — Picture by Jane Doe.": a sentence's stop, then the credit to the end.
_STORY_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=\S)")
_PICTURE_STORY_SENTENCES = 2


def drop_photo_credits(doc: Doc, is_credit: Callable[[Line], bool]) -> None:
    """Drop each kept line that `is_credit`, but the page's only paragraph when it tells a story
    of two sentences or more before its credit: a picture story (a kicker, what happened, who
    took the picture), which is the page's text. Beside another paragraph it is a caption; a
    card's summary cut on "…" is no paragraph."""
    credits = [line for line in doc.kept() if is_credit(line)]
    story = _picture_story(doc, credits)
    for line in credits:
        if line is not story:
            line.reason = CREDIT


def _picture_story(doc: Doc, credits: list[Line]) -> Line | None:
    prose = [line for line in doc.kept() if is_prose(line.plain) and not cut_summary(line)]
    if len(prose) != 1 or not any(line is prose[0] for line in credits):
        return None
    line = prose[0]
    return line if len(_STORY_SENTENCE.findall(line.plain)) >= _PICTURE_STORY_SENTENCES else None
