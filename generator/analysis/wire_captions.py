"""A news agency's picture captions that the caption rules (captions.py) leave, known by how the
wires end or place them: the credit in brackets with the gallery's buttons glued after it, a
caption over a wire's dateline, a caption signed with the agency's bare name after a dash or
after a slash and a copyright mark.

A wire's story is signed otherwise: its dateline credits the agency ("PARIS (Reuters) -"), and
a paragraph that ends on "— AFP" is the last one, reporting what someone said. These captions
say what the picture shows, and stand above the story or between its paragraphs.
"""

from __future__ import annotations

import re

from generator.analysis.captions import looks_like_caption
from generator.analysis.lines import Doc, Line, ends_sentence, is_prose, words
from generator.analysis.pictures import AGENCY_NAME, CAPTION, CAPTION_DATE, CAPTION_DATE_PLACE
from generator.analysis.summary import DATELINE, story_start

# An agency's credit in brackets, as a wire's caption closes: "(AP Photo/Jane Doe, File)",
# "(Reuters Pictures)". A story never writes one.
_AGENCY_BRACKET = re.compile(
    r"\((?:[A-Z][\w.&'’-]*\s){1,3}(?:Photos?|Pictures?|Images?)(?:\s?/\s?[^()]{1,60})?\)"
)
# A picture's furniture, which a scraper glues after the credit: a gallery's button ("Click
# here to view gallery"), a counter, and a credit label ("Photo: The Canadian Press"), whose
# name's words end where the next label begins, glued on ("PressPhoto:").
_NAME_WORD = r"[A-Z](?:[a-z.&'’-]|[A-Z](?![a-z]))*"
_FURNITURE = re.compile(
    r"(?i:(?:(?:click|tap)(?: here)? (?:to|for) )?(?:view|open|see|enlarge|browse)(?: the)? "
    r"(?:gallery|slideshow|photos?|images?|pictures?)|\d{1,3} (?:of|/) \d{1,3}|enlarge|"
    r"(?:photo|image|picture)s?(?: credit)?\s*:)"
    rf"|(?<=:)\s*(?:{_NAME_WORD}\s?){{1,5}}"
)
_LONGEST = 150  # words: a wire's caption with its background sentences

# A caption signed with the agency's bare name after a dash ("... in Lyon. — AFP") or after a
# slash and a copyright mark ("... from the wall / © AFP"), as agencies sign their pictures.
_DASH_SIGNED = re.compile(rf"\s[—–-]{{1,2}}\s*(?:©\s*)?{AGENCY_NAME}$")
_SLASH_SIGNED = re.compile(rf"\s/\s*(?:©|\(c\))\s*{AGENCY_NAME}$")
_SIGNED_WORDS = 40  # a caption's sentence or two; a longer line is the story's paragraph
_PARAGRAPH_WORDS = 10  # a kept paragraph of the story is at least this long
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|according to|reported)\b")
_ABOVE_DATELINE_WORDS = 90  # a long wire caption, with its background, over the dateline


def drop_wire_captions(doc: Doc) -> None:
    """Drop the captions described in the module's docstring, as photo captions."""
    kept = doc.kept()
    story = [_paragraph(line) for line in kept]
    for index, line in enumerate(kept):
        above, below = any(story[:index]), any(story[index + 1 :])
        if (
            _credit_then_furniture(line)
            or _signed_caption(line, below)
            or (not above and _dated_over_dateline(line, kept[index + 1 :]))
        ):
            line.reason = CAPTION


def _paragraph(line: Line) -> bool:
    return line.words >= _PARAGRAPH_WORDS and is_prose(line.plain)


def _credit_then_furniture(line: Line) -> bool:
    """An agency's bracketed credit with nothing after it but the picture's furniture: "... in
    Lyon. (AP Photo/Jane Doe, File) Click here to view gallery Photo: The Canadian Press"."""
    text = line.plain
    if line.words > _LONGEST or "(" not in text:
        return False
    found = list(_AGENCY_BRACKET.finditer(text))
    if not found or not words(text[: found[-1].start()]):
        return False
    rest = _FURNITURE.sub(" ", text[found[-1].end() :])
    return not re.search(r"\w", rest)


def _signed_caption(line: Line, story_below: bool) -> bool:
    """A short line signed with an agency's bare name after a slash and a copyright mark, where
    no paragraph is signed so; or after a dash, above a paragraph of the story and reporting
    nothing: a wire's last paragraph is signed so, and reports ("..., he said. — AFP")."""
    text = line.plain
    if line.words > _SIGNED_WORDS or '"' in text or "“" in text:
        return False
    if _SLASH_SIGNED.search(text):
        return True  # what the picture shows, or what someone said of it, then its credit
    signed = _DASH_SIGNED.search(text) if story_below else None
    if not signed:
        return False
    caption = text[: signed.start()].rstrip()
    return words(caption) >= 3 and not _REPORTS.search(caption)


def _dated_over_dateline(line: Line, below: list[Line]) -> bool:
    """A caption ending on the place and date, or the weekday and date, the picture was taken
    ("..., in Lyon, France, October 22, 2025."), right over the story's first paragraph, which
    opens on a wire's dateline: no sentence of the story comes before the dateline."""
    following = next((other for other in below if other.words > 4), None)
    if following is None or not story_start(following.plain, DATELINE):
        return False
    text = line.plain
    if line.words > _ABOVE_DATELINE_WORDS or not ends_sentence(text) or '"' in text:
        return False
    dated = CAPTION_DATE_PLACE.search(text) or CAPTION_DATE.search(text)
    return bool(dated) and (looks_like_caption(line) or not _REPORTS.search(text))
