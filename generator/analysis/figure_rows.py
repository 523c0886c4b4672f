"""The rows of a story's own table of figures ("Net sales: $4.1 billion, up 9%"), which the
teaser rules must not take for a list of other stories' headlines."""

from __future__ import annotations

import re

from generator.analysis.lines import Line

# "Read also: ...", "Lire aussi : ...": a label of a few words, in any language, before a link.
SHORT_LABEL = re.compile(r"^\W*[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}\s*:\s*(?=\S)")


def figure_row(line: Line) -> bool:
    """A label and its figures, a row of the story's table: "Net sales: $4.1 billion, up 9%",
    or a few words closing on a share or a sum with no colon: "Cloud sales up 31%"."""
    label = SHORT_LABEL.match(line.plain)
    if label:
        return figures(line.plain[label.end() :])
    if _FIGURE_LABEL.match(line.plain):
        return True  # a figure, then what it counts: "38 million: the cost of the bridge"
    return line.words <= _FIGURE_ROW_WORDS and bool(_CLOSING_FIGURE.search(line.plain))


def figures(value: str) -> bool:
    """A value that opens on a figure and gives another ("412,000, up 12%", "$2.40 vs. $2.65"),
    or a count and what it counts in a word or three ("7 resorts", "12 seats")."""
    if not _FIGURE_OPENING.match(value):
        return False
    return len(_NUMBER.findall(value)) >= _FIGURE_NUMBERS or len(value.split()) <= _COUNT_WORDS


_FIGURE_OPENING = re.compile(r"^[$€£¥]?\s?[+-]?\d")
# A share or a sum closing a short line, as a table of results gives them ("Margin 22%",
# "Revenue $4.2 billion"); a headline of another story seldom ends on one, and a year or a
# count ("Top 10", "Election 2024") is neither.
_CLOSING_FIGURE = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion))?|"
    r"\d[\d,.]*\s?(?:%|percent|per cent|bn|million|billion|trillion))$",
    re.IGNORECASE,
)
_FIGURE_ROW_WORDS = 6
# A figure and its unit or a word or two, then a colon: "38 million:", "$4.2bn:", "240 metres:".
_FIGURE_LABEL = re.compile(r"^[$€£¥]?\s?\d[\d,.]*%?(?:\s[^\W\d_][\w'’-]*){0,2}\s*:\s+\S")
_NUMBER = re.compile(r"\d[\d,.]*")
_FIGURE_NUMBERS = 2
_COUNT_WORDS = 4  # "7 resorts", "15 seats won": "5 things to know about X" is a headline
