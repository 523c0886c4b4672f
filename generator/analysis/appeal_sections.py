"""A donation appeal closing the page under its own heading ("Support Our Journalism")."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line, is_prose, speaks_to_reader

# The appeal's heading: a short call to support, fund or donate to the site or its journalism.
_APPEAL_HEADING = re.compile(
    r"(?i)^(?:please\s+)?(?:support|fund|back|donate to|contribute to|help (?:fund|support))\s+"
    r"(?:(?:us|our|independent|quality|local|objective|free|public[- ]interest|this)\s+)*"
    r"(?:journalism|newsroom|work|reporting|us|news)\W*$|^(?:donate|support us)\W*$"
)
_HEADING_WORDS = 6
# Words an appeal's lines are made of, when they do not speak to the reader or in the site's
# voice ("Local journalism is essential.").
_APPEAL_WORDS = re.compile(
    r"(?i)\b(?:journalism|journalists?|contribut\w*|donat\w*|support\w*|subscri\w*|newsroom|"
    r"reporting|independent|unbiased|objective|news)\b"
)
_APPEAL_LINE_WORDS = 60


def _appeal_line(line: Line) -> bool:
    """A line of the appeal: the site speaking to its reader, or of its trade; not reported."""
    if line.words > _APPEAL_LINE_WORDS or line.reported:
        return False
    return speaks_to_reader(line) or bool(_APPEAL_WORDS.search(line.plain))


def _is_heading(line: Line) -> bool:
    return line.words <= _HEADING_WORDS and bool(_APPEAL_HEADING.match(line.plain))


def drop_appeal_sections(doc: Doc) -> None:
    """Drop what follows an appeal's heading under the story, when all of it to the page's
    end is the appeal's. A story line after it (a sentence with none of an appeal's words,
    or reported speech) means the heading was the story's own: then nothing goes."""
    kept_before = False
    for index, line in enumerate(doc.lines):
        if not line.reason and is_prose(line.plain):
            kept_before = True
        if kept_before and _is_heading(line):
            below = [other for other in doc.lines[index + 1 :] if not other.reason]
            if below and all(map(_appeal_line, below)):
                for other in below:
                    other.reason = "call to action"
                line.reason = line.reason or "call to action"
            return
