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
# An appeal's lines address the reader or speak as the site (speaks_to_reader), or ask outright
# ("Donate today"); a story's section on funding the press reports, in the third person.
_APPEAL_ASK = re.compile(r"(?i)\b(?:donat\w*|support us)\b")
# Its slogans need neither ("Local journalism is essential."): short, and of the trade.
_APPEAL_WORDS = re.compile(
    r"(?i)\b(?:journalism|journalists?|contribut\w*|donat\w*|support\w*|subscri\w*|newsroom|"
    r"reporting|independent|unbiased|objective|news)\b"
)
_SLOGAN_WORDS = 8
_APPEAL_LINE_WORDS = 60


def _addresses(line: Line) -> bool:
    """The line speaks to the reader, as the site, or asks for money."""
    return speaks_to_reader(line) or bool(_APPEAL_ASK.search(line.plain))


def _appeal_line(line: Line) -> bool:
    """A line of the appeal: addressing the reader, or a short slogan of the trade; not reported."""
    if line.words > _APPEAL_LINE_WORDS or line.reported:
        return False
    slogan = line.words <= _SLOGAN_WORDS and bool(_APPEAL_WORDS.search(line.plain))
    return slogan or _addresses(line)


def _is_heading(line: Line) -> bool:
    return line.words <= _HEADING_WORDS and bool(_APPEAL_HEADING.match(line.plain))


def drop_appeal_sections(doc: Doc) -> None:
    """Drop what follows an appeal's heading under the story, when all of it to the page's
    end is the appeal's and some of it addresses the reader. A story line after it (a longer
    sentence that addresses no one, or reported speech) means the heading was the story's own:
    then nothing goes."""
    kept_before = False
    for index, line in enumerate(doc.lines):
        if not line.reason and is_prose(line.plain):
            kept_before = True
        if kept_before and _is_heading(line):
            below = [other for other in doc.lines[index + 1 :] if not other.reason]
            if below and all(map(_appeal_line, below)) and any(map(_addresses, below)):
                for other in below:
                    other.reason = "call to action"
                line.reason = line.reason or "call to action"
            return
