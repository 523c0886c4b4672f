"""The lines of an article that the editor's `keep` and `drop` entries (front matter) name.

An editor copies a line from wherever digest shows it: from the text as pasted, from the
removed lines, or from the cleaned Markdown, where a plain line may have become a subheading
("## Your Comments") and a list item or emphasis keeps its marks. An entry names the line's
text, so the marks around it, the entry's or the line's, are not part of what must match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.lines import INVISIBLE, Line

# The block marks Markdown opens a line with: a quote's "> ", a heading's "## ", a list item's
# "- ", "* ", "+ ", "1. " or "1) ", one after another ("> - item").
_BLOCK_MARKS = re.compile(r"^(?:(?:>|#{1,6}|[-*+•]|\d{1,3}[.)])\s+)+")
# A heading's closing hashes ("## Your Comments ##").
_CLOSING_HASHES = re.compile(r"\s+#+$")
# Emphasis around words ("**Your Comments**", "_Note:_ ..."): a run of one to three "*" or
# "_" at a word's edge. One inside a word ("snake_case", "2*3") is text.
_EMPHASIS = re.compile(r"(?<![\w*_])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\w*_])")


def _spaced(text: str) -> str:
    """The text with invisible characters removed and whitespace runs made one space."""
    return " ".join(INVISIBLE.sub("", text).split())


def bare(text: str) -> str:
    """The text of a line or an entry without its Markdown marks: block marks, emphasis."""
    text = _CLOSING_HASHES.sub("", _BLOCK_MARKS.sub("", text))
    return _spaced(_EMPHASIS.sub("", text)) if ("*" in text or "_" in text) else text


def _forms(line: Line) -> tuple[str, ...]:
    """What an entry may start: the line as written, without its marker, without any marks."""
    return (line.source, line.text, bare(line.text))


def matching(lines: list[Line], entries: Sequence[str]) -> tuple[list[Line], list[str]]:
    """The lines that match any of `entries` (see clean.clean), and the entries that match none.

    An entry matches a line when one of the line's forms starts with the entry as written or
    with the entry's bare text. An entry with no text is left out ("" would match every line);
    one that is only marks ("##") keeps its marks, so it matches only lines that start so.
    """
    if not entries:
        return [], []
    wanted: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        text = _spaced(entry)
        if text:
            wanted[entry] = tuple(dict.fromkeys(form for form in (text, bare(text)) if form))
    found: list[Line] = []
    used: set[str] = set()
    for line in lines:
        forms = _forms(line)
        hits = {
            entry
            for entry, texts in wanted.items()
            if any(form.startswith(text) for form in forms for text in texts)
        }
        if hits:
            found.append(line)
            used |= hits
    return found, [entry for entry in wanted if entry not in used]
