"""Text a scraper hard-wrapped at a fixed width: its wrapped lines joined back into paragraphs.

A page saved with a line break every ~70 characters ("... have agreed a joint" / "declaration,
Narendra Modi announced ...") gives every rule one piece of a sentence a line: a piece reads as
a heading, a lead starts mid-sentence, a quote is cut at the line's end. Such a wrap leaves a
mark no writer does: a line breaks only where the next word would not have fitted within the
width, so line + space + the next line's first word is always longer than the width, and the
line stops short of the width only where a paragraph ends. Where most lines near one width
show that mark, each such line is joined to the next with one space; a line that ends a
sentence, a heading, a list item or a picture is never joined, so two paragraphs never become
one. A break counts as a wrap only where the next line goes on with the sentence (it opens in
lower case, or the line stops mid-clause), so that a list set one item a line near the width,
or teaser cards whose summaries a site cut at a fixed length, are never read as one text.
The text is not reworded: only line breaks become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.analysis.lines import ends_sentence

Pair = tuple[int, int]  # indexes of a line and of the next filled one

_NARROWEST = 40  # characters: a narrower "width" is a menu's or a list's short lines
_WIDEST = 120  # characters: wider lines are paragraphs a page set whole
_LEAST_WRAPS = 5  # lines broken at the width: fewer may be lines that happen to match
_WRAPPED_SHARE = 0.75  # of the open lines (no stop) near the width: nearly all of them wrap
_NEAR_WIDTH = 0.5  # of the width: a shorter open line is a label, a heading, a paragraph's end
# A line that opens a Markdown block: a heading, a list item, a quote, a table row, a picture;
# of these, a list item or a quote may itself be wrapped, the others are whole in one line.
_BLOCK_OPENING = re.compile(r"^\s*(?:#|[-*+] |\d+[.)] |>|\||!\[)")
_WHOLE_LINE = re.compile(r"^\s*(?:#|\||!\[)")
# A line that stops inside a clause: on a comma, a possessive ("this year's"), or a word that
# never ends one (an article, a preposition, a conjunction, a possessive pronoun).
_MID_CLAUSE = re.compile(
    r"(?:,|['’]s|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|into|over|under|about|after|"
    r"before|between|and|or|but|nor|as|than|that|which|who|whose|its|their|his|her|our|your))$"
)


def join_wrapped_lines(raw: str, title: str = "") -> str:
    """`raw` with the lines of its hard-wrapped text joined into paragraphs, if most of its
    lines near one width break where the next word would not have fitted; else `raw`.
    The page's headline (its first filled line, or a line equal to `title`) stays whole."""
    lines = raw.split("\n")
    headline = _headline_lines(lines, title)
    for across_blank in (False, True):
        pairs = _below_headline(lines, _pairs(lines, across_blank), headline)
        width = _wrap_width(lines, pairs)
        if width:
            return _joined(lines, [pair for pair in pairs if _wraps(lines, pair, width)])
    return raw


def _pairs(lines: list[str], across_blank: bool) -> list[Pair]:
    """Indexes of each line and the next filled one: the line right below it, or, where the
    page put an empty line after every line (`across_blank`), the one after that empty line."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    gap = 2 if across_blank else 1
    return [(one, two) for one, two in zip(filled, filled[1:], strict=False) if two - one == gap]


def _headline_lines(lines: list[str], title: str) -> set[int | None]:
    """The page's first filled line, and each line equal to `title`: its headline."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    wanted = title.strip()
    return {first} | {index for index, line in enumerate(lines) if title and line.strip() == wanted}


def _below_headline(lines: list[str], pairs: list[Pair], headline: set[int | None]) -> list[Pair]:
    """The pairs less the one from the headline to a line opening with a capital: a headline
    set in plain text just under the width reads as a wrap, and would lead the story."""
    return [
        (one, two)
        for one, two in pairs
        if one not in headline or _first_letter(lines[two]).islower()
    ]


def _wrap_width(lines: list[str], pairs: list[Pair]) -> int | None:
    """The width the text was wrapped at: the one at which the most pairs break as a wrap
    does, if they are enough and nearly every open line near that width is one of them."""
    # Fewer open lines of a wrapped line's length than a wrap needs: no width can have enough
    # (most pages, whose paragraphs are whole lines), and none is tried.
    candidates = {lines[one] for one, _ in pairs if _open_within_widths(lines[one])}
    if len(candidates) < _LEAST_WRAPS:
        return None
    best, most = None, 0
    lengths = [len(lines[one].rstrip()) for one, _ in pairs]
    for width in _widths(lines, pairs):
        # Only the pairs whose line ends near the width can wrap there (_open_near): a cheap
        # test of its length spares _wraps nearly every pair at nearly every width.
        near = [pair for pair, n in zip(pairs, lengths, strict=True) if _near(n, width)]
        # Distinct lines: a list of links repeats its headlines, a wrapped text never its lines.
        wraps = len({lines[one] for one, two in near if _wraps(lines, (one, two), width)})
        if wraps > most:
            best, most = width, wraps
    if best is None or most < _LEAST_WRAPS:
        return None
    open_lines = sum(_open_near(lines[one], best) for one, _ in pairs)
    return best if most >= _WRAPPED_SHARE * open_lines else None


def _open_within_widths(line: str) -> bool:
    """_open_near at some width worth trying: near the narrowest, up to the widest."""
    length = len(line.rstrip())
    return _NEAR_WIDTH * _NARROWEST <= length <= _WIDEST and not ends_sentence(line.rstrip())


def _widths(lines: list[str], pairs: list[Pair]) -> Iterator[int]:
    """The widths worth trying: each line's own length, within the range a wrap is set to."""
    lengths = {len(lines[one].rstrip()) for one, _ in pairs}
    yield from sorted(n for n in lengths if _NARROWEST <= n <= _WIDEST)


def _near(length: int, width: int) -> bool:
    """A line of `length` characters stops near `width`, not beyond it."""
    return _NEAR_WIDTH * width <= length <= width


def _open_near(line: str, width: int) -> bool:
    """The line stops near `width` (not beyond it) on no stop: a wrapped line would."""
    return _near(len(line.rstrip()), width) and not ends_sentence(line.rstrip())


def _wraps(lines: list[str], pair: Pair, width: int) -> bool:
    """The line `pair` starts is broken at `width` and the next goes on with its sentence:
    it is open, within the width, and the next line's first word would not have fitted."""
    line, below = lines[pair[0]].rstrip(), lines[pair[1]].strip()
    if not _open_near(line, width) or _WHOLE_LINE.match(line) or _BLOCK_OPENING.match(below):
        return False
    fits = len(line) + 1 + len(below.split()[0]) <= width
    return not fits and below != line.strip() and _goes_on(line, below, width)


def _goes_on(line: str, below: str, width: int) -> bool:
    """`below` goes on with the sentence `line` leaves open: it opens in lower case, or it is
    no headline (a short line with no stop) and `line` stops mid-clause or both shout in
    capitals. A list item or a card's cut summary ends on a full word, the next opens anew."""
    if _first_letter(below).islower():
        return True
    if len(below) < _NEAR_WIDTH * width and not ends_sentence(below):
        return False
    return bool(_MID_CLAUSE.search(line)) or _shouting(line.split()[-1], below.split()[0])


def _shouting(last: str, first: str) -> bool:
    """Both words are in capitals (an alert set in capitals is one text)."""
    return all(sum(c.isalpha() for c in word) > 1 and word.isupper() for word in (last, first))


def _first_letter(line: str) -> str:
    """The line's first letter or digit, past any quote or bracket; "" if none."""
    return next((char for char in line if char.isalnum()), "")


def _joined(lines: list[str], wraps: list[Pair]) -> str:
    """The lines with each wrap's break (and any empty line in it) made one space."""
    ends = {one: two for one, two in wraps}
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        while index in ends:  # a paragraph wrapped over several lines: each joined in turn
            index = ends[index]
            line = f"{line.rstrip()} {lines[index].strip()}"
        out.append(line)
        index += 1
    return "\n".join(out)
