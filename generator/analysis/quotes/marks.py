"""Quotation marks: which open a quote and which close it, and the quoted spans of a paragraph.

Double quotes (curly, straight, ``TeX''), with curly quotes nested inside them, and British
single quotes told apart from apostrophes, possessives and elisions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARK = re.compile(r"``|''|[“”„\"]")
# The marks that may open a double or a curly single quotation wherever they stand.
_OPENING_MARKS = ("``", "“", "„", '"', "‘")
# What may stand before a straight single mark that opens a quotation ('Yes' but not it's).
_BEFORE_SINGLE_OPEN = "([—–"
_WORD_CHAR = re.compile(r"\w")
SINGLE_MARK = re.compile(r"[‘’']")
# Any character a quotation mark is made of: a paragraph with none has no spans to find.
_ANY_MARK = re.compile(r"[“”„\"‘’'`]")
_ELISION = re.compile(r"['’](?:n['’]|em\b|tis\b|twas\b|cause\b|\d0s\b|\d\d\b)", re.IGNORECASE)
# A double mark typed for an apostrophe between a word and its contraction: "I”ve", "don"t".
_DOUBLE_AS_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[”\"](?:s|t|ve|ll|re|d|m)\b")


@dataclass(slots=True)
class Span:
    """A quoted span of a paragraph: its marks at `open` and `close` (None: runs to the end)."""

    open: int
    begin: int  # first character inside the marks
    end: int  # one past the last character inside
    close: int | None
    single: bool
    after: int  # the first character after the closing mark
    continues: bool = False  # continues the open quote that ended the previous paragraph
    continued: bool = False  # runs on into the next paragraph


def _can_open(text: str, at: int, width: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + width] if at + width < len(text) else " "
    if text[at] in "“„" and before in ".!?" and after.isupper():
        return True  # typed without its space after a sentence: 'the moon.“I may be ...'
    return (before.isspace() or before in "([{—–-/:‘'“\"") and not after.isspace()


def _may_open(text: str, at: int, mark: str) -> bool:
    """Whether a mark may open a quote: two apostrophes do only before a word, after a space
    or a colon (a house style for double quotes: "Doe said, ''I am ...''"), never closing."""
    if mark != "''":
        return True
    before = text[at - 1] if at else " "
    return (before.isspace() or before == ":") and _WORD_CHAR.match(text, at + 2) is not None


def _opens_spaced(text: str, at: int, width: int) -> bool:
    """Whether a mark with a space after it opens a quote all the same: one typed apart from
    its first word where an opening mark stands ("adamant. " In the context ...", "Smith: ”
    Jimmy was ..."), with a mark later in the paragraph to close it."""
    start = at + width + 1
    return (
        # After a space or nothing: 'win," The minister' is a closing mark, its opening lost.
        (at == 0 or text[at - 1].isspace())
        and text[at + width : start] == " "
        and _WORD_CHAR.match(text, start) is not None
        and any(_can_close(text, m.start()) for m in DOUBLE_MARK.finditer(text, start))
    )


def _opens_glued(text: str, at: int, mark: str) -> bool:
    """Whether a closing mark glued between a sentence's end and a capital, with no quote
    open, opens one: a closing mark typed for the opening one and its space left out ("he
    should stop.”I have finished,” he said"), with a mark later in the paragraph to close it.
    With a quote open the same mark closes it ("finished.”The court rose")."""
    return (
        mark == "”"
        and 0 < at < len(text) - 1
        and text[at - 1] in ".!?"
        and text[at + 1].isupper()
        and any(_can_close(text, m.start()) for m in DOUBLE_MARK.finditer(text, at + 2))
    )


def _can_close(text: str, at: int) -> bool:
    return at > 0 and not text[at - 1].isspace()


def _double_spans(text: str, inside: bool = False) -> list[Span]:
    """Double-quoted spans, nested curly quotes kept inside; an open quote runs to the end."""
    spans: list[Span] = []
    opened, begin, depth = (0, 0, 0) if inside else (None, 0, 0)
    for match in DOUBLE_MARK.finditer(text):
        mark, at, width = match.group(), match.start(), len(match.group())
        if at and text[at - 1].isalpha() and _DOUBLE_AS_APOSTROPHE.match(text, at):
            continue  # an apostrophe: it neither opens nor closes a quote
        opens, closes = _can_open(text, at, width), _can_close(text, at)
        if opened is None:
            if opens and _may_open(text, at, mark) and not (mark == "”" and closes):
                opened, begin, depth = at, at + width, 0
            elif mark != "''" and _opens_spaced(text, at, width):
                opened, begin, depth = at, at + width + 1, 0
            elif _opens_glued(text, at, mark):
                opened, begin, depth = at, at + width, 0
        elif mark in ("“", "„", "``") and opens and not closes:
            depth += 1  # "a sprightly “cheer team” welcomed": a quote inside the quote
        elif closes or mark == '"':
            if depth:
                depth -= 1
                continue
            spans.append(Span(opened, begin, at, at, False, at + width))
            opened = None
    if opened is not None:
        spans.append(Span(opened, begin, len(text.rstrip()), None, False, len(text.rstrip())))
    if inside and spans:
        spans[0].continues = True
    return spans


def _single_spans(text: str, doubles: list[Span]) -> list[Span]:
    """British single-quoted spans outside double quotes, where the marks are unambiguous."""
    if "'" not in text and "’" not in text and "‘" not in text:
        return []  # most paragraphs: no single mark to tell from an apostrophe
    # Every mark of an elision, "’n’" whole: neither opens nor closes a quote.
    elided = {at for m in _ELISION.finditer(text) for at in range(m.start(), m.end())}
    marks = [
        match.start()
        for match in SINGLE_MARK.finditer(text)
        if not any(span.open < match.start() < span.after for span in doubles)
        and match.start() not in elided
    ]
    spans: list[Span] = []
    index = 0
    while index < len(marks):
        at = marks[index]
        if text[at] != "’" and _can_open(text, at, 1) and (at == 0 or not text[at - 1].isalnum()):
            # A quote opening a paragraph or after a colon is a sentence: a mark after an "s"
            # in it ("the workers’ rights") is a possessive, not its close.
            whole = at == 0 or text[:at].rstrip().endswith(":")
            close = single_close(text, marks[index + 1 :], whole)
            if close is not None:
                spans.append(Span(at, at + 1, close, close, True, close + 1))
                index = marks.index(close) + 1
                continue
            if at == 0 or _opens_after_colon(text, at):  # a British quote running on
                spans.append(Span(at, at + 1, len(text.rstrip()), None, True, len(text.rstrip())))
                break
        index += 1
    return spans


def _opens_after_colon(text: str, at: int) -> bool:
    """Whether a single mark left open opens a quote that runs on to the paragraph's end, as
    British outlets write one: "Jane added: ‘We have waited too long." with its rest in the
    paragraphs after, each opening with ‘. A letter follows it ("‘90s" is an elision)."""
    return text[:at].rstrip().endswith(":") and text[at + 1 : at + 2].isalpha()


def single_close(text: str, marks: list[int], whole: bool = False) -> int | None:
    """The first of `marks` that closes a single quote (not an apostrophe or a possessive);
    `whole`: the quote is a sentence, closed by no mark after an "s" and before a word."""
    for position, at in enumerate(marks):
        if text[at] == "‘" or not _can_close(text, at):
            continue
        after = text[at + 1 : at + 3]
        if after[:1].isalnum():
            continue  # inside a word: "don't", "Takaichi’s"
        possessive = text[at - 1] == "s" and after[:1] == " " and after[1:2].islower()
        if possessive and (whole or position + 1 < len(marks)):
            continue  # "the players' union"
        return at
    return None


def may_quote(text: str) -> bool:
    """Whether a text holds a mark that could open a quotation: one with none has no quotes.

    Written with `in` and `find` rather than one regex: a regex tries its alternatives at
    every character, and most texts of a briefing have no quote at all."""
    if any(mark in text for mark in _OPENING_MARKS):
        return True
    if text.startswith("” ") or " ” " in text or "\n” " in text:
        return True  # a closing mark typed for the opening one: "Smith: ” Jimmy was ..."
    at = text.find("”")
    while at > 0:  # the same, glued to the sentence before: "he said.”We waited ..."
        if text[at - 1] in ".!?" and text[at + 1 : at + 2].isupper():
            return True
        at = text.find("”", at + 1)
    at = text.find("'")
    while at >= 0:
        before = text[at - 1] if at else " "
        if (before.isspace() or before in _BEFORE_SINGLE_OPEN) and _WORD_CHAR.match(text, at + 1):
            return True
        if text.startswith("''", at) and _may_open(text, at, "''"):
            return True  # "Doe said, ''I am ...''": two apostrophes for a double mark
        at = text.find("'", at + 1)
    return False


def paragraph_spans(text: str, inside: bool) -> list[Span]:
    """The top-level quoted spans of a paragraph, in order."""
    if not inside and not _ANY_MARK.search(text):
        return []  # a third of paragraphs: narrative alone
    doubles = _double_spans(text, inside)
    singles = _single_spans(text, doubles)
    kept = [d for d in doubles if not any(s.open < d.open and d.after <= s.after for s in singles)]
    return sorted(kept + singles, key=lambda span: span.open)


def first_mark_closes(text: str) -> bool | None:
    """Whether the paragraph's first double mark can only close a quote (None: it has none)."""
    match = DOUBLE_MARK.search(text)
    if match is None:
        return None
    at = match.start()
    return _can_close(text, at) and not _can_open(text, at, len(match.group()))
