"""Bylines that give the reporter's post before the name: "By Europe correspondent Jane Doe"."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line, ends_sentence, name_like, words

# "By" (or "By our"), up to four words of the post's region or rank ("South Asia", "chief
# political"), the post itself, then the reporter's name or nothing ("By our Paris
# correspondent"). A sentence opening with "By" has a verb and ends with a full stop; a
# byline has neither, so no comma or full stop may come before the post.
_TITLED_BYLINE = re.compile(
    r"^(?i:by)\s+(?:(?i:our)\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?i:correspondent|reporter|writer|columnist|editor|journalist|contributor|"
    r"producer|analyst|commentator|photographer)(?:\s+(?P<name>[^,;:.!?]+))?$"
)
_BYLINE_WORDS = 10
_NAME_WORDS = 4


def is_titled_byline(line: Line) -> bool:
    """A short "By <post> <Name>" line: who wrote the story, not one of its sentences."""
    text = line.plain.strip()
    if line.words > _BYLINE_WORDS or line.reported or ends_sentence(text):
        return False
    match = _TITLED_BYLINE.match(text)
    if match is None:
        return False
    name = match["name"]
    return name is None or (words(name) <= _NAME_WORDS and name_like(name, 2))


def drop_titled_bylines(doc: Doc) -> None:
    """Drop each kept line that is a byline naming the reporter's post before the name."""
    for line in doc.kept():
        if is_titled_byline(line):
            line.reason = "byline"
