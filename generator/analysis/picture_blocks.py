"""A picture's block told by its credit: a caption whose credit closes its own line, a wire's
caption sentence over its credit line, and a name the pictures of the page give again.

These captions may report ("... Janet Yellen said Sunday that ...") or run longer than the
captions that captions.py tells by their wording alone: their credit, on the line or right
under it, says they belong to a picture. They are found before drop_captions runs, so that a
picture's title over them (captions.titles_picture) is found as well.
"""

from __future__ import annotations

import re

from generator.analysis.caption_copies import holds_words
from generator.analysis.lines import Doc, Line, is_prose, lone_name, sentence_like
from generator.analysis.pictures import AGENCY_NAME, CAPTION, CREDIT, PICTURE_PARTS
from generator.analysis.summary import quick_sentences
from generator.calendar import CAPITALISED_MONTH_PATTERN

IMAGE = "image"  # the reason of an image's text (captions.alt_text)

# "... said Sunday. File Photo by Jane Doe/UPI", perhaps with the picture's licence link the
# page repeats it with ("... | License Photo"): the photographer and the agency, no brackets,
# closing the line after the caption's sentence.
_NAME = r"[A-Z][\w'’.-]*"
_CLOSING_CREDIT = re.compile(
    rf"(?:^|[.!?][\"'”’)]?\s+)(?i:file )?(?i:photo|picture|image|photograph)s? (?i:by|courtesy of) "
    rf"(?:{_NAME} ){{0,3}}{_NAME} ?/ ?[A-Z][\w.&'’ -]{{0,30}}?"
    r"(?:\s*\|\s*(?i:license|buy|purchase|order|enlarge|view|download) (?i:this )?"
    r"(?i:photo|image|picture)s?)?$"
)
# "... upon completion of the deal. EFE/Jane Doe/Pool/File", "... on Monday. REUTERS/Jane Doe":
# a wire's agency, then its photographer and the picture's notes, slashed, closing the line.
_AGENCY_CREDIT_END = re.compile(
    rf"[.!?][\"'”’)]?\s+(?:{AGENCY_NAME})(?:[-/](?:{AGENCY_NAME}))*\s?/\s?(?:{_NAME} ){{0,3}}{_NAME}"
    r"(?:\s?/\s?(?i:pool|file|handout|files|photo|file photo|illustration))*$"
)
# "... declared dead at the scene. (Jane Doe / Wexmoor Post file)": the photographer and the
# paper, slashed, in brackets, closing the line. A story's bracket after its sentence names a
# source in words ("(With files from Reuters)"), not a person and a paper across a slash.
_BRACKETED_CREDIT_END = re.compile(
    rf"[.!?][\"'”’]?\s+\((?:{_NAME} ){{0,3}}{_NAME} ?/ ?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){{0,3}}\)$"
)
_CREDITED_WORDS = 60  # a caption and its credit; a longer paragraph is the story's
_CREDITED_SENTENCES = 2  # a caption's sentences before its credit

# A wire's caption ends on its place and its bare date, with no "on" and no comma before the
# date, the country after the state ("... in Walterboro, South Carolina, U.S. March 3, 2023.",
# "... in Kyiv, Ukraine March 3, 2023."): a story says "on" before a day.
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_MONTH = rf"(?:{CAPITALISED_MONTH_PATTERN})\.?"
_PLACE_AND_DATE_END = re.compile(
    rf"\b(?:in|at|near|outside) {_PLACE_WORDS}(?:, {_PLACE_WORDS}){{1,2}},? "
    rf"(?:{_MONTH} \d{{1,2}},? |\d{{1,2}} {_MONTH},? )(?:19|20)\d\d\.$"
)
_WIRE_CAPTION_WORDS = 60
_CENTURIES = ("19", "20")  # a year's first digits, as _PLACE_AND_DATE_END writes them
# A caption's pointer at the person in its picture, set off by commas: ", seen here in ...",
# ", pictured here at ...". A story does not say "here" of a picture it has none of.
_SEEN_HERE = re.compile(r", (?:seen|pictured|shown) here\b[^,]{0,60},")


def credit_closes(line: Line) -> bool:
    """A caption of a sentence or two whose photographer and agency close its line."""
    if line.words > _CREDITED_WORDS:
        return False
    if "/" not in line.plain:  # both credits hold a slash: a cheap test before the patterns
        return False
    found = (
        _CLOSING_CREDIT.search(line.plain)
        or _AGENCY_CREDIT_END.search(line.plain)
        or _BRACKETED_CREDIT_END.search(line.plain)
    )
    if found is None:
        return False
    caption = line.plain[: found.start()].strip()
    return len(quick_sentences(caption)) <= _CREDITED_SENTENCES if caption else True


def _over_credit(lines: list[Line], index: int) -> bool:
    """The next line of substance is a picture's credit, dropped as one."""
    below = next((line for line in lines[index + 1 :] if line.key), None)
    return below is not None and below.reason == CREDIT


def wire_caption(lines: list[Line], index: int) -> bool:
    """Right over a credit, a sentence that ends on its place and bare date, as a wire's
    caption does ("Jane Doe is sworn in at the courthouse in Walterboro, South Carolina, U.S.
    March 3, 2023." over "John Roe/Pool/VIA REUTERS"), or that points at the picture ("Jane
    Doe, seen here in Oslo in May 2020, again ...")."""
    line = lines[index]
    if line.words > _WIRE_CAPTION_WORDS:
        return False
    # Cheap tests first: the line ends on a year and a full stop (a line's plain text has no
    # line break for "$" to stop before), and the pointer has its comma.
    dated = line.plain[-5:-3] in _CENTURIES and _PLACE_AND_DATE_END.search(line.plain)
    if not (dated or ("," in line.plain and _SEEN_HERE.search(line.plain))):
        return False
    return _over_credit(lines, index)


def drop_credited_captions(doc: Doc) -> None:
    """Captions whose credit closes their line, and wire captions right over their credit."""
    lines = doc.lines
    for index, line in enumerate(lines):
        if line.reason or line.kind != "para" or line.runs_on:
            continue
        if credit_closes(line) or wire_caption(lines, index):
            line.reason = CAPTION


def drop_pictured_names(doc: Doc) -> None:
    """A person's name alone on its line between two paragraphs of the story, the only such
    line on the page, whom a caption or credit of the page names word for word: the text of
    a picture of them ("Jane Doe" far under "Jane Doe speaks in court ... Jane Roe/Pool"). A
    piece that sets names as its subheadings sets several."""
    lines = doc.lines
    names = [i for i, line in enumerate(lines) if not line.reason and lone_name(line)]
    if len(names) != 1:
        return
    index = names[0]
    name = lines[index].plain.split()
    pictured = any(line.reason in PICTURE_PARTS and holds_words(line.plain, name) for line in lines)
    if pictured and _amid_story(lines, index):
        lines[index].reason = IMAGE


def _amid_story(lines: list[Line], index: int) -> bool:
    """The kept lines right above and right below are paragraphs of the story (the one below
    perhaps cut off where the excerpt ends)."""
    above = next((ln for ln in reversed(lines[:index]) if not ln.reason and ln.key), None)
    below = next((ln for ln in lines[index + 1 :] if not ln.reason and ln.key), None)
    return all(ln is not None and _paragraph(ln) for ln in (above, below))


_PARAGRAPH_WORDS = 10


def _paragraph(line: Line) -> bool:
    return is_prose(line.plain) or (line.words >= _PARAGRAPH_WORDS and sentence_like(line.plain))


BYLINE = "byline"


def drop_byline_over_picture(doc: Doc) -> None:
    """Above the story, a name alone over a sentence over a picture's credit ("Jane Doe" over
    "The ferry will sail again in June." over "John Roe | Afp | Getty Images"): a business
    site's header, whose name is the byline (the briefing reads its author there).

    The sentence between, the top picture's caption, stays: dropping it lowered the events
    evaluation (discovery weighs the words of a lead), measured in cleaning round 17."""
    lines = [line for line in doc.lines if line.key]
    first_story = next(
        (index for index, line in enumerate(lines) if not line.reason and is_prose(line.plain)),
        len(lines),
    )
    for index in range(min(first_story + 1, len(lines) - 2)):
        name, caption, credit = lines[index : index + 3]
        if name.reason or caption.reason or credit.reason != CREDIT or not lone_name(name):
            continue
        if (
            caption.kind == "para"
            and caption.words <= _CREDITED_WORDS
            and sentence_like(caption.plain)
        ):
            name.reason = BYLINE
