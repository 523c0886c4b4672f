"""The article as paragraphs: their quoted spans, their narrative with the quotes masked, its sentences.

A quote may run on over several paragraphs. Masking lets every later rule read the narrative
alone: a speech verb or a name inside a quote attributes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.analysis.quotes.marks import DOUBLE_MARK, Span, first_mark_closes, paragraph_spans
from generator.analysis.quotes.vocabulary import SPEECH_VERBS
from generator.analysis.words import TITLE_ABBREVIATIONS

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
        inside = bool(found) and _runs_on(found[-1], blocks, index)
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


def _runs_on(previous: Paragraph, blocks: list[tuple[int, str]], index: int) -> bool:
    """Whether an open double quote runs on into paragraphs without an opening mark, from
    block `index` up to one whose first mark closes it, five blocks on at most (some sites
    drop the marks of continued paragraphs)."""
    if not _open_at_end(previous, single=False) or DOUBLE_MARK.match(blocks[index][1]):
        return False
    for _, text in blocks[index : index + 6]:
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


# Where a sentence may end: a terminal and its closing marks, then spaces and what may open
# the next sentence (a capital, a digit, a masked quote, a caption's bar), or no space and a
# capitalised word or an opening mark and its quote (two sentences a scraper glued: "... of
# the tour.The talks", "... after the loss.“We ...").
_MAY_END = re.compile(
    "[.!?\u203c\u203d\u2047-\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61]"
    r"['’\"”]*[\])]*"
    f'(?:\\s+(?=["“”‘’\'`(\\[]*\\s?[A-Z0-9{MASK}À-ÖØ-Þ|])|(?=["“]?[A-Z][a-z]|“{MASK}))'
)
# What before a stop makes it no sentence's end: a title ("Sen. Warren"), an initial ("J.
# Smith"), a dotted acronym before a name ("U.S. Embassy"), a month ("Jan. 12"), a place's
# abbreviation ("St. Louis").
_NO_END_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(TITLE_ABBREVIATIONS) + r"|(?i:st|ste|ft|mt)|No|Nos|vs"
    r"|[A-Z]|(?:[A-Z]\.)+[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Inc|Corp|Co|Ltd|Jr|Sr)\.$"
)
# "5:57 p.m." ends a sentence unless a time zone, a bracket or a number goes on.
_TIME_AT_END = re.compile(r"(?<![\w.])[aApP]\.[mM]\.$")
_TIME_GOES_ON = re.compile(
    r"[(\d]|(?:[A-Z]{1,3}T|UTC|GMT)\b"
    r"|(?:Eastern|Pacific|Central|Mountain)\s+(?:[Tt]ime|Standard|Daylight)"
)


def _ends(masked: str, start: int, terminal: int, stop: int, after: int) -> bool:
    """Whether the terminal at `terminal` ends a sentence, which its closing marks end at
    `stop`, the next one opening at `after`."""
    if stop == after and not masked[max(start, terminal - 2) : terminal].isalpha():
        return False  # glued: only after a word's letters, "relax.On"
    if masked[stop - 1] != ".":
        return True  # "!", "?" or a closing mark last: both patterns below need a stop there
    window = masked[max(start, stop - 12) : stop]
    if window.endswith(("m.", "M.")) and _TIME_AT_END.search(window):  # the search's end
        return not _TIME_GOES_ON.match(masked, after)
    # What the pattern matches is letters and stops after anything else: in the last word.
    return not _NO_END_BEFORE.search(window.rsplit(None, 1)[-1])


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph's narrative, quotes masked: cut after each terminal that
    a capital, a digit or a quote follows, but not after an abbreviation of a title, an
    initial, a month. The quotes are masked, so no stop inside them cuts; a cheap cut, not
    a segmenter's (segtok took a third of the reading)."""
    stripped = masked.strip()
    start = masked.find(stripped) if stripped else 0
    end = start + len(stripped)
    bounds: list[tuple[int, int]] = []
    for match in _MAY_END.finditer(masked, start, end):
        stop = match.start() + len(match.group().rstrip())
        if not _ends(masked, start, match.start(), stop, match.end()):
            continue
        sentence = (start, stop)
        if bounds and _attributes_the_question(masked, bounds[-1], sentence):
            bounds[-1] = (bounds[-1][0], stop)
        else:
            bounds.append(sentence)
        start = match.end()
    if start < end or not bounds:
        sentence = (start, end) if stripped else (0, len(masked))
        if bounds and _attributes_the_question(masked, bounds[-1], sentence):
            bounds[-1] = (bounds[-1][0], end)
        else:
            bounds.append(sentence)
    return bounds


# A sentence that is a quoted question or exclamation alone: '"Is it over?"'.
_QUOTED_QUESTION = re.compile(f"[“\"‘']{MASK}[{MASK}\\s]*[?!][”\"’']")


def _attributes_the_question(
    masked: str, previous: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether a sentence gives the speaker of the quoted question before it, which the
    sentence splitter cut off at its "?": '"Is it over?" Smith asked.' (The sentences' bounds
    in `masked`: the previous one is matched in place, not copied, as most are no question.)"""
    if not _QUOTED_QUESTION.fullmatch(masked, *previous):
        return False
    opening = masked[slice(*sentence)].split(maxsplit=7)[:7]
    return not SPEECH_VERBS.isdisjoint(word.lower().strip(",.") for word in opening)
