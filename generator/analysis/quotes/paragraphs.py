"""The article as paragraphs: their quoted spans, their narrative with the quotes masked, its sentences.

A quote may run on over several paragraphs. Masking lets every later rule read the narrative
alone: a speech verb or a name inside a quote attributes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.analysis.quotes.marks import DOUBLE_MARK, Span, first_mark_closes, paragraph_spans
from generator.analysis.quotes.vocabulary import SPEECH_VERBS
from generator.analysis.summary import sentences

MASK = "§"


class _MaskTable(dict[int, int]):
    """A `str.translate` table that masks every character but spaces, filled in as characters
    are met: one pass over a quote, where a regex substitution replaces each character apart."""

    def __missing__(self, char: int) -> int:
        self[char] = masked = char if chr(char).isspace() else ord(MASK)
        return masked


_MASK_TABLE = _MaskTable()


@dataclass(slots=True)
class Paragraph:
    """A blank-line-separated block of the article and its quoted spans; `add_sentences` adds
    its narrative and the bounds of its sentences."""

    index: int
    start: int  # offset in the article's text
    text: str
    spans: list[Span]
    masked: str = ""  # the text with each quote's words masked, to read the narrative alone
    bounds: list[tuple[int, int]] = field(default_factory=list)  # its sentences


# A block: from a non-space to a blank line. Lines are taken whole ([^\n]+), not a character
# at a time: far fewer steps for the regex engine.
_BLOCK = re.compile(r"\S(?:[^\n]+|\n(?![ \t]*\n))*")


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text quotes someone: (start, end) of each quoted passage, marks excluded.

    Cheap (no sentences are read): copy detection uses it to tell a report's own words from
    the statements every report of an event quotes.
    """
    return tuple(
        (paragraph.start + span.begin, paragraph.start + span.end)
        for paragraph in paragraphs_of(text)
        for span in paragraph.spans
    )


def add_sentences(paragraphs: list[Paragraph]) -> None:
    """Each paragraph's text with its quotes masked, and the sentences of what is left."""
    for paragraph in paragraphs:
        paragraph.masked = _mask(paragraph.text, paragraph.spans)
        paragraph.bounds = _sentence_bounds(paragraph.masked)


def paragraphs_of(text: str) -> list[Paragraph]:
    """The blank-line-separated blocks of `text` with their quoted spans, a quote that runs
    on from one block into the next marked on both."""
    blocks = [(match.start(), match.group().rstrip()) for match in _BLOCK.finditer(text)]
    found: list[Paragraph] = []
    for index, (start, block) in enumerate(blocks):
        inside = bool(found) and _runs_on(found[-1], [b for _, b in blocks[index : index + 6]])
        spans = [] if block.startswith("#") else paragraph_spans(block, inside)
        paragraph = Paragraph(index, start, block, spans)
        if found and spans and spans[0].open == 0 and _open_at_end(found[-1], spans[0].single):
            spans[0].continues = True
        if found and spans and spans[0].continues:
            found[-1].spans[-1].continued = True
        found.append(paragraph)
    return found


def _open_at_end(paragraph: Paragraph, single: bool) -> bool:
    last = paragraph.spans[-1] if paragraph.spans else None
    return last is not None and last.close is None and last.single == single


def _runs_on(previous: Paragraph, following: list[str]) -> bool:
    """Whether an open double quote runs on into paragraphs without an opening mark, up to
    one whose first mark closes it (some sites drop the marks of continued paragraphs)."""
    if not _open_at_end(previous, single=False) or DOUBLE_MARK.match(following[0]):
        return False
    for text in following:
        closes = first_mark_closes(text)
        if closes is not None:
            return closes
    return False


def _mask(text: str, spans: list[Span]) -> str:
    """Quote contents replaced by a mask (spaces and a final stop kept), so that sentences
    and clauses are read from the narrative alone."""
    pieces, cursor = [], 0
    for span in spans:
        inside = text[span.begin : span.end]
        final = inside[-1:] if inside[-1:] in (".", "!", "?", ",") else ""
        pieces += [
            text[cursor : span.begin],
            inside[: len(inside) - len(final)].translate(_MASK_TABLE),
            final,
        ]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


# Where segtok (summary.sentences) may end a sentence: a terminal, closing marks, a space.
# A paragraph with none is one sentence, and segtok, the costly part, is not asked.
_MAY_END = re.compile(
    "[.!?\u203c\u203d\u2047-\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61]"
    r"['’\"”]?[\])]*\s"
)


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    if not _MAY_END.search(masked):
        stripped = masked.strip()
        start = masked.find(stripped)
        return [(start, start + len(stripped))] if stripped else [(0, len(masked))]
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sentences(masked):
        start = masked.find(sentence, cursor)
        if bounds and _attributes_the_question(masked[slice(*bounds[-1])], sentence):
            bounds[-1] = (bounds[-1][0], start + len(sentence))
        else:
            bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds or [(0, len(masked))]


# A sentence that is a quoted question or exclamation alone: '"Is it over?"'.
_QUOTED_QUESTION = re.compile(f"[“\"‘']{MASK}[{MASK}\\s]*[?!][”\"’']")


def _attributes_the_question(previous: str, sentence: str) -> bool:
    """Whether a sentence gives the speaker of the quoted question before it, which the
    sentence splitter cut off at its "?": '"Is it over?" Smith asked.'"""
    if not _QUOTED_QUESTION.fullmatch(previous):
        return False
    opening = sentence.split(maxsplit=7)[:7]
    return not SPEECH_VERBS.isdisjoint(word.lower().strip(",.") for word in opening)
