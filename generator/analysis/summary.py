"""The lead of an article: its first sentences, read from the cleaned Markdown."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.analysis.words import TITLE_ABBREVIATIONS

_HEADING = re.compile(r" {0,3}#{1,6}(?:\s+|$)")
_WHITESPACE = re.compile(r"\s")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+•]|\d{1,9}[.)])\s+")

# Titles segtok takes for the end of a sentence ("Sen." + "Warren spoke."); they never end one.
_TITLE_AT_END = re.compile(r"(?<![\w.])(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\.$")
# A dotted acronym ("U.S.", "U.N.", "D.C.") at the end of a piece.
_ACRONYM_AT_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# Words that open a sentence but never continue a name after "U.S." ("the U.S. They ...").
_OPENERS = (
    "A|An|And|As|At|But|He|Her|His|However|I|If|In|It|Its|Meanwhile|My|Now|On|Our|She|So|Still"
    "|That|The|Their|Then|There|These|They|This|Those|We|When|While|Yet|You"
)
_OPENER = re.compile(_OPENERS)
_BREAK_AFTER_ACRONYM = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}(?=\s+[\"“‘'(]?(?:" + _OPENERS + r")\b)"
)
# A date that ends a sentence, "... on Jan. 12. The next ...": segtok takes "12." for an ordinal.
_BREAK_AFTER_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2}\.(?=\s+[\"“‘'(]?[A-Z])"
)

# Two sentences a scraper glued together, no space between them ("... of the tour.The talks").
_GLUED_BREAK = re.compile(r"[a-z]{2}[.!?][”’]?(?=[\"“]?[A-Z][a-z])")
# "St." and "Ft." open place names ("ST. PETE BEACH", "St. Louis"); a sentence never opens with
# a dash, so one after "Fla." or "Calif." goes on the dateline ("ST. PETERSBURG, Fla. —").
_PLACE_ABBREVIATION_AT_END = re.compile(r"(?<![\w.])(?i:st|ste|ft|mt)\.$")
_DASH = "—–-"


class Block(NamedTuple):
    """One block of cleaned Markdown: kind is "heading", "item" or "paragraph"."""

    kind: str
    text: str


def blocks(text: str) -> list[Block]:
    """Split cleaned Markdown into headings, list items and paragraphs, markers stripped.

    A paragraph's text is an exact substring of `text` (its lines keep their line breaks).
    """
    found: list[Block] = []
    paragraph: list[str] = []  # lines of the paragraph being read

    def end_paragraph() -> None:
        if paragraph:
            found.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    for line in text.split("\n"):
        if not line.strip():
            end_paragraph()
        elif heading := _HEADING.match(line):
            end_paragraph()
            found.append(Block("heading", line[heading.end() :].rstrip().rstrip("#").rstrip()))
        elif item := _LIST_ITEM.match(line):
            end_paragraph()
            found.append(Block("item", line[item.end() :].strip()))
        elif found and found[-1].kind == "item" and not paragraph and line[:1].isspace():
            # An indented line right under a list item continues that item.
            found[-1] = Block("item", f"{found[-1].text} {line.strip()}")
        else:
            paragraph.append(line)
    end_paragraph()
    return [block for block in found if block.text.strip()]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, each an exact substring of it."""
    spans = _merge_false_breaks(paragraph, _segtok_spans(paragraph))
    return [
        paragraph[start:end]
        for span in spans
        for start, end in _split_missed_breaks(paragraph, span)
    ]


# Where a sentence of a lead may end: an end mark, perhaps a closing quote, a space, a capital.
_END_MARK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")


def quick_sentences(text: str) -> list[str]:
    """The sentences of a short text (a lead, a line), each an exact substring, without segtok
    (discovery splits thousands of leads): cut at each end mark, joined again where an
    abbreviation made a false end ("the U.S. National Hurricane Center", "ST. PETE BEACH")."""
    text = text.strip()
    pieces: list[tuple[int, int]] = []
    start = 0
    for mark in [*_END_MARK.finditer(text), None]:
        end = mark.start() if mark else len(text)
        if pieces and _continues(text[pieces[-1][0] : pieces[-1][1]], text[start:end]):
            pieces[-1] = (pieces[-1][0], end)
        elif start < end:
            pieces.append((start, end))
        start = mark.end() if mark else start
    return [text[a:b] for a, b in pieces]


def lead(text: str, max_words: int = 60) -> str:
    """The first one to three sentences of the body's paragraphs, at most about `max_words` words.

    The first sentence is always taken whole, however long; later ones only while the total
    stays within `max_words`. Headings and list items are skipped.
    """
    chosen: list[str] = []
    words = 0
    for block in blocks(text):
        if block.kind != "paragraph":
            continue
        for sentence in sentences(block.text):
            count = len(sentence.split())
            if chosen and words + count > max_words:
                return " ".join(chosen)
            chosen.append(sentence)
            words += count
            if len(chosen) == 3:
                return " ".join(chosen)
    return " ".join(chosen)


def _segtok_spans(paragraph: str) -> list[tuple[int, int]]:
    """segtok's sentences as (start, end) offsets into the paragraph."""
    # segtok breaks at every newline; a line break inside a paragraph is only a soft wrap.
    # Replacing each whitespace character by one space keeps the offsets valid.
    # Imported here: segtok loads the `regex` module (~0.2 s), which only a cache miss needs.
    from segtok.segmenter import split_single

    flat = _WHITESPACE.sub(" ", paragraph)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in split_single(flat):
        piece = piece.strip()
        if not piece:
            continue
        start = flat.find(piece, cursor)
        if start < 0:  # segtok changed the text; keep the paragraph whole rather than guess
            stripped = paragraph.strip()
            begin = paragraph.find(stripped)
            return [(begin, begin + len(stripped))]
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def _merge_false_breaks(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces segtok split after an abbreviation ("Apple Inc." + "reported results.")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(paragraph[merged[-1][0] : merged[-1][1]], paragraph[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(previous: str, piece: str) -> bool:
    """Whether `piece` is the rest of the sentence `previous` began."""
    first_word = piece.split()[0].lstrip("\"“‘'(")
    if first_word[:1].islower() and first_word.islower():  # "eBay" may open a sentence
        return True
    if piece[:1] in _DASH or _TITLE_AT_END.search(previous):
        return True
    if _PLACE_ABBREVIATION_AT_END.search(previous) and first_word[:1].isupper():
        return True
    return bool(
        _ACRONYM_AT_END.search(previous)
        and first_word[:1].isupper()
        and not _OPENER.fullmatch(first_word.rstrip(",.;:!?"))
    )


def _split_missed_breaks(paragraph: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split a sentence where segtok missed a break ("... the U.S. They ...", "Jan. 12. The")."""
    start, end = span
    text = paragraph[start:end]
    cuts = sorted(
        {
            match.end()
            for pattern in (_BREAK_AFTER_ACRONYM, _BREAK_AFTER_DATE, _GLUED_BREAK)
            for match in pattern.finditer(text)
        }
    )
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    for cut in cuts:
        pieces.append((start + piece_start, start + cut))
        piece_start = cut + len(text[cut:]) - len(text[cut:].lstrip())
    pieces.append((start + piece_start, end))
    return pieces
