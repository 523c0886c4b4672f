"""A site's sentence glued, with no space, before or after a sentence of the story ("By using
this site you agree to our Terms of Use.The council voted ..."): two elements of the page the
scraper ran together. The line stays, as the story's sentence must; the site's piece is cut off
it and listed with the removed lines, as a caption's credit glued after a paragraph is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from generator.analysis.boilerplate import GLUED_SENTENCE
from generator.analysis.lines import Line, split_lines


@dataclass(frozen=True)
class GluedPiece:
    """The site's text at one end of a kept line, and why it goes."""

    text: str  # the piece as the line writes it
    at_start: bool  # before the story's sentence; else after it
    reason: str


def glued_piece(line: Line, found: Callable[[Line], bool], reason: str) -> GluedPiece | None:
    """The pieces of `line` at its start or at its end that `found` takes for the site's, when
    what is left is the rest of the line and holds some of the story; None when they stand
    between two of the story's sentences or the line's text is not the one tested (tags or
    curly quotes made its plain text differ): then the line stays whole."""
    if line.text != line.plain or line.stamp:
        return None
    starts = [0, *(cut.start() for cut in GLUED_SENTENCE.finditer(line.text)), len(line.text)]
    pieces = [line.text[low:high] for low, high in zip(starts, starts[1:], strict=False)]
    site = [found(split_lines(piece)[0]) if piece.strip() else False for piece in pieces]
    if all(site) or not any(site):
        return None
    first, last = site.index(False), len(site) - site[::-1].index(False)
    if any(site[first:last]):
        return None  # the site's sentence between two of the story's: no end to cut it from
    if first and last < len(pieces):
        return None  # at both ends: leave the line whole rather than cut it twice
    if first:
        return GluedPiece("".join(pieces[:first]).strip(), True, reason)
    return GluedPiece("".join(pieces[last:]).strip(), False, reason)


def found_glued(line: Line, found: Callable[[Line], bool]) -> bool:
    """A piece glued to another of the line that `found` takes for the site's. A rule anchored
    at a line's start ("^By using this site ...") sees the whole line only at its first word,
    and one that spares reported speech or long lines spares the line the story's sentence
    glued on makes so: each piece is tested on its own."""
    return any(map(found, glued_sentences(line.plain)))


@lru_cache(maxsize=4096)
def glued_sentences(text: str) -> tuple[Line, ...]:
    """The pieces of a line with sentences glued together, none for any other line: every
    sentence rule asks of every line, and few lines are glued."""
    pieces = GLUED_SENTENCE.split(text)
    if len(pieces) < 2:
        return ()
    return tuple(split_lines(piece)[0] for piece in pieces if piece.strip())


def cut_off(line: Line, piece: GluedPiece) -> None:
    """Take `piece` off the end of `line` that it was found at."""
    text = line.text
    if piece.at_start and text.startswith(piece.text):
        line.text = text[len(piece.text) :].lstrip()
    elif not piece.at_start and text.endswith(piece.text):
        line.text = text[: -len(piece.text)].rstrip()
