"""Where a run of teaser cards below the story begins, when a line of chrome marks it: the
story's own last subheading and paragraph, right above such a mark, are no cards."""

from __future__ import annotations

from itertools import pairwise

from generator.analysis.lines import Doc, Line, is_prose


def marked_start(doc: Doc, kept: list[Line], start: int) -> int:
    """The index in `kept` where the run found from `start` begins. A line the rules dropped
    right above the run (a label, a share bar, a picture's credit) marks where the story
    stopped: the run starts there. With no mark above it, the run's top lines may be the
    story's last paragraphs, which read like cards when the words are new ("The bottom line"
    and its paragraph); a mark inside the run, under a paragraph, says where the story stopped."""
    where = {id(line): index for index, line in enumerate(doc.lines)}
    top = where[id(kept[start])]
    if start == 0 or _dropped_between(doc, where[id(kept[start - 1])], top):
        return start
    for offset, (upper, lower) in enumerate(pairwise(kept[start:])):
        # Above the mark, a paragraph: the story's last. A name or a label left there ("THE
        # DAILY"), with chrome under it, is the page's foot, gone with the cards.
        if _dropped_between(doc, where[id(upper)], where[id(lower)]):
            return start + offset + 1 if is_prose(upper.plain) else start
    return start


def _dropped_between(doc: Doc, upper: int, lower: int) -> bool:
    """A line of substance the rules dropped between two positions of the page."""
    return any(line.reason and line.key for line in doc.lines[upper + 1 : lower])
