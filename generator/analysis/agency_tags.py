"""A wire agency's initials alone under the story ("XNA"), repeating the story's dateline."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line, is_prose

# An agency's initials, bare or in dashes or dots: "XNA", "-- XNA", "X.N.A.". With brackets,
# "(XNA)", boilerplate.SIGN_OFF already knows it.
_INITIALS = re.compile(r"^[-–—\s]*(?P<tag>[A-Z]{2,5}|(?:[A-Z]\.){2,5})[-–—\s]*$")


def _tag(line: Line) -> str:
    match = _INITIALS.match(line.plain) if line.words <= 2 else None
    return match["tag"] if match else ""


def _named_in(tag: str, lines: list[Line]) -> bool:
    """The initials stand as a word of one of `lines` ("Riverton, Oct. 14, XNA-Residents"):
    a dateline's agency, which the sign-off repeats."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(tag)}(?![\w])")
    return any(pattern.search(line.plain) for line in lines)


def drop_agency_tags(doc: Doc) -> None:
    """Drop initials alone on a line below the story's last paragraph when the story names
    them: the agency signing off. Initials the story never names may be a heading of its own
    ("FAQ" over a list), and above its last paragraph they part the story: both stay."""
    kept = doc.kept()
    last = max((i for i, line in enumerate(kept) if is_prose(line.plain)), default=-1)
    story = [line for line in kept[: last + 1] if is_prose(line.plain)]
    for line in kept[last + 1 :]:
        tag = _tag(line)
        if tag and _named_in(tag, story):
            line.reason = "byline"
