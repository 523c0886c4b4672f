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
# What the picture shows, in its present: a subject of a few words, then what it does there
# ("Fishing boats lie in the drained harbour", "A man walks past a flooded shop", "Smoke is seen
# rising"). A roundup's item signed "— AFP" reports what happened, in the past ("Spain's
# parliament passed a housing bill"), and stays. The verbs are what people in a picture do.
_SCENE_VERBS = (
    "walk stand sit lie hold wave gather march queue wait search carry ride pray mourn play look "
    "watch attend arrive leave speak greet pose inspect visit celebrate react clear fly burn rise "
    "cross protest shake talk listen smile gesture"
)
# A word that makes the next one a noun: "the search", "a walk", "their march".
_BEFORE_A_NOUN = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
    | {"of", "for", "to", "in", "on", "at"}
)
_BEING_SHOWN = re.compile(r"^(?:is|are) (?:seen |being )?[a-z]{3,}(?:ing|ed)\b")
_SUBJECT_WORDS = 6


def _present_forms(verb: str) -> tuple[str, str]:
    """The verb as a plural subject and as a singular one does it: "march", "marches"."""
    if verb.endswith(("s", "sh", "ch", "x")):
        return verb, f"{verb}es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb, f"{verb[:-1]}ies"
    return verb, f"{verb}s"


_IN_THE_PRESENT = frozenset(form for verb in _SCENE_VERBS.split() for form in _present_forms(verb))


def _in_pictures_present(caption: str) -> bool:
    """A subject of at most _SUBJECT_WORDS words, then a scene's verb in the present, or "is
    seen rising" / "are carried": what the picture shows as it was taken."""
    tokens = caption.split()
    for at in range(1, min(_SUBJECT_WORDS, len(tokens) - 1) + 1):
        before, word = tokens[at - 1].lower(), tokens[at]
        if before.endswith(","):
            return False  # the subject's clause is over
        if word in _IN_THE_PRESENT and before not in _BEFORE_A_NOUN:
            return True
        if _BEING_SHOWN.match(" ".join(tokens[at:])):
            return True
    return False


_ABOVE_DATELINE_WORDS = 90  # a long wire caption, with its background, over the dateline


def drop_wire_captions(doc: Doc) -> None:
    """Drop the captions described in the module's docstring, as photo captions."""
    kept = doc.kept()
    story = [index for index, line in enumerate(kept) if _paragraph(line)]
    first, last = (story[0], story[-1]) if story else (len(kept), -1)
    for index, line in enumerate(kept):
        above, below = first < index, index < last
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
    no paragraph is signed so; or after a dash, above a paragraph of the story, reporting
    nothing and reading as a caption: a wire's last paragraph is signed so, and reports ("...,
    he said. — AFP"), and so is each item of a roundup, in the past."""
    text = line.plain
    if line.words > _SIGNED_WORDS or '"' in text or "“" in text:
        return False
    if _SLASH_SIGNED.search(text):
        return True  # what the picture shows, or what someone said of it, then its credit
    signed = _DASH_SIGNED.search(text) if story_below else None
    if not signed:
        return False
    caption = text[: signed.start()].rstrip()
    if words(caption) < 3 or _REPORTS.search(caption):
        return False
    return _in_pictures_present(caption) or looks_like_caption(line)


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
