"""Who wrote an article, when its front matter does not say: the names of the byline the
cleaner removed ("By Jane Doe and Kim Lee | Daily Post" gives Jane Doe, Kim Lee), never a
newsroom's, a desk's or an agency's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.boilerplate import (
    AUTHOR_LABEL,
    BYLINE,
    CALENDAR,
    CREDITED_BY,
    META_SEPARATOR,
    STAFF_CREDIT,
)
from generator.analysis.lines import name_like
from generator.analysis.quotes.vocabulary import ORG_WORDS, TITLES
from generator.content.infer import quoted_line
from generator.models import FrontMatter, RemovedLine
from generator.wires import names_agency

# Words that make a byline's part a newsroom, a desk or an agency, not a person: "Cox Media
# Group National Content Desk", "AFP Staff Writers", "Associated Press".
_NEWSROOM_WORDS = frozenset(
    {"staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents"}
    | {"desk", "newsroom", "team", "wire", "bureau", "editor", "editors", "editorial", "board"}
    | {"press", "news", "media", "group", "agency", "service", "network", "contributor"}
    | {"today", "directory"}  # mastheads ("Gulf Today") and site sections
) | {word.lower() for word in ORG_WORDS}
# Small words of a phrase, not of a name ("Based in Paris", "Centre for Aviation"): a name's
# own small words are its particles ("von der", "de la", "bin").
_PHRASE_WORDS = frozenset({"of", "for", "in", "at", "on", "the", "to", "from", "with"})
_NOT_NAME_WORDS = _NEWSROOM_WORDS | _PHRASE_WORDS
_NAME_WORDS = 4  # "Ursula von der Leyen"; a longer part is a desk or a title
_NAME_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_TIME_TAIL = frozenset({"on", "updated", "published", "publish", "posted", "date", "modified"})
_BYLINE_EDGES = " \t|•·—–-"  # a bar or a dash a byline's parts open or close with


# Credits the cleaner drops as bylines that name who took, filmed, drew or edited, not wrote.
_NOT_WRITTEN_BY = re.compile(
    r"(?i)(?:photos?|photographs?|photographed|pictures?|videos?|graphics?|illustrations?|"
    r"illustrated|edited|reviewed|produced|fact-checked)\b"
)


def byline_author(
    meta: FrontMatter, removed: Sequence[RemovedLine]
) -> tuple[tuple[str, str, str], ...]:
    """("author", names, how) from the first byline the cleaner removed that names people,
    where the front matter names no author: the names alone, without "By", the outlet after
    a bar, the desk after a comma or the date ("By Jane Doe and Kim Lee | Daily Post")."""
    if meta.author:
        return ()
    for line in removed:
        if line.reason != "byline" or _subject_tag(line.line, meta.title):
            continue
        if names := byline_names(line.line, meta.outlet):
            return (("author", ", ".join(names), f"from the byline {quoted_line(line.line)}"),)
    return ()


# Last words that make a capitalised phrase a place or a thing, not a person: "Fulton County",
# "Mexico City", "Elm Street Station". No surname ends in the first set; the second's are
# surnames too ("Sam Bridge", "Kim Beach"), so only a longer phrase ("Francis Scott Key
# Bridge") ending in one is a place. Words that are common surnames of longer names as well
# ("Hall", "Park", "Lake", "Church", "House") are left out: "Jane Hall" is a person.
_PLACE_WORDS = frozenset(
    {"street", "avenue", "road", "highway", "county", "city", "province", "district"}
    | {"airport", "square", "center", "centre", "building", "stadium", "arena", "memorial"}
    | {"museum", "cathedral", "tunnel", "canal"}
)
_LONG_PLACE_WORDS = frozenset(
    {"bridge", "river", "harbor", "harbour", "island", "station", "channel", "valley", "beach"}
    | {"school"}
)
_LONG_PLACE = 3  # words a phrase ending in one of _LONG_PLACE_WORDS has at least
# Small words after a name that make the headline a column's ("Jane Doe on the port's future"):
# its author's name, not its subject.
_COLUMN_WORDS = frozenset({"on", "about"})


def _subject_tag(line: str, title: str) -> bool:
    """Whether a line the cleaner took for a byline is a topic tag: no "By" or label
    introduces it, and the headline runs on from it ("Marlow Vance Bridge" above "Marlow
    Vance Bridge collapse: ..."). A byline's bare name before a colon or a bar, at the
    headline's end or before a column's "on" is its author's ("Jane Doe: Why ...")."""
    bare = line.strip(_BYLINE_EDGES)
    if not bare or _without_label(bare) != bare:
        return False  # "By Jane Doe": a byline, whatever the headline says
    for match in re.finditer(rf"(?i)\b{re.escape(bare)}[^\S\n]+(\w+)", title):
        if match[1].casefold() not in _COLUMN_WORDS:
            return True
    return False


def _place(part: str) -> bool:
    """Whether a byline's part names a place ("Corwin County", "Elm Street Station")."""
    words = part.casefold().split()
    return bool(words) and (
        words[-1] in _PLACE_WORDS or (len(words) >= _LONG_PLACE and words[-1] in _LONG_PLACE_WORDS)
    )


def byline_names(line: str, outlet: str = "") -> tuple[str, ...]:
    """The people a byline line names as its authors, in order; none for a newsroom's or an
    agency's, nor for a credit to contributors or editors ("Reporting by", "Contributing:",
    "... contributed to this report"), who are not its authors."""
    if STAFF_CREDIT.search(line) or _NOT_WRITTEN_BY.match(line.strip(_BYLINE_EDGES)):
        return ()
    for part in META_SEPARATOR.split(line.strip(_BYLINE_EDGES)):
        part = part.strip(_BYLINE_EDGES)
        if part and not _before_date(part):
            return ()  # a date first: a name after it is the dateline's place ("- PARIS")
        if names := _people(_without_label(part), outlet):
            return tuple(name.title() if name.isupper() else name for name in names)
    return ()


def _without_label(part: str) -> str:
    """A byline's part without what introduces the names: "By", "Compiled by", "Author:"."""
    for pattern in (BYLINE, CREDITED_BY):
        if match := pattern.match(part):
            return match[1]
    if AUTHOR_LABEL.match(part):
        return part.split(":", 1)[1]
    return part


def _people(names: str, outlet: str) -> tuple[str, ...]:
    """The names of a list that stops at its first part that names no person ("Jane Doe, Kim
    Lee, Daily Post Staff, 5 May 2025"): a newsroom, a desk or a date ends the names."""
    found = []
    for part in _NAME_LIST.split(_before_date(names)):
        part = part.strip(" .,;:")
        if not names_person(part, outlet):
            break
        found.append(part)
    return tuple(found)


def names_person(part: str, outlet: str = "") -> bool:
    """A person's name: two to four capitalised words, no office before them ("President
    X"), no newsroom's, agency's, outlet's ("By Gulf Today" on Gulf Today's page) or place's."""
    tokens = part.split()
    lowered = {token.lower() for token in tokens}
    return (
        2 <= len(tokens) <= _NAME_WORDS
        and name_like(part, 2)
        and tokens[0] not in TITLES
        and not lowered & _NOT_NAME_WORDS
        and not lowered <= set(outlet.lower().split())
        and not names_agency(part)
        and not _place(part)
    )


def _before_date(text: str) -> str:
    """A byline's text up to its date or time: "Jane Doe Updated 5 May 2025" gives "Jane Doe"."""
    tokens = text.split()
    for index, token in enumerate(tokens):
        bare = token.strip(",.;:()|").lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            bare[:1].isdigit()
            or bare in _TIME_TAIL
            or (bare in CALENDAR and following[:1].isdigit())
        ):
            return " ".join(tokens[:index])
    return text
