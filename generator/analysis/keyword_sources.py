"""A news outlet the prose names only as where it heard something: "according to Bloomberg",
"told Reuters", "Reuters reported"; and a news agency's name where the text credits the agency
("(AFP)", "an AFP journalist", "Photo: AFP"). The outlet is the story's source, not what it
is about; an agency's name the text never credits may be another thing's ("UPI", India's
payment system; "AP", Andhra Pradesh; "Bloomberg", a person)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_credits import CREDIT_OPENS
from generator.analysis.keyword_prose import Document, Occurrence
from generator.wires import AGENCIES, AGENCY_PATTERN

# What comes before an outlet cited as a source: "according to", "told", "in an interview
# with", "made similar comments to".
_SOURCE_BEFORE = re.compile(
    r"(?:\baccording to|\btold|\binterviews? with|\bcomments to|\breported by|\bquoted by"
    r"|\bcited by)(?: the)? $",
    re.IGNORECASE,
)
# What comes after one: "reported", "also reported", "News reported", "reports".
_SOURCE_AFTER = re.compile(r" (?:News )?(?:(?:also|first|earlier) )?(?:reported|reports|quoted)\b")

# The last word of a wire's, a paper's or a broadcaster's name: "Associated Press", "Wall
# Street Journal", "Anadolu Agency", "Fox News".
_OUTLET_ENDS = frozenset(
    {"press", "agency", "journal", "times", "post", "news", "telegraph", "tribune", "herald"}
    | {"gazette", "wire", "guardian", "independent", "express", "mail", "standard"}
)


def is_source(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether an outlet's name is only ever cited as a source: "Bloomberg" of "according to
    Bloomberg" and "told Bloomberg", "Reuters" of "Reuters also reported", "Associated Press"
    of "according to the Associated Press". A name of several words is an outlet's by its
    last ("Press", "Journal"): "according to the Labor Department" cites what the story is
    about."""
    if not _outlet_shaped(form) or not occurrences:
        return False
    return all(_cited(document.prose[found.line], found) for found in occurrences)


def _outlet_shaped(form: str) -> bool:
    """Whether a name could be a news outlet's: one capitalised word, or capitalised words
    ending in a wire's or a paper's word."""
    words = form.split()
    if not all(word[:1].isupper() for word in words):
        return False
    return len(words) == 1 or words[-1].casefold() in _OUTLET_ENDS


def _cited(line: str, found: Occurrence) -> bool:
    """Whether one place of a word cites it: a source's words before or after it."""
    before = line[max(0, found.start - 30) : found.start]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(line, found.end))


def _spaced(name: str) -> str:
    """A name as compared: dashes and runs of spaces as one space ("Agence France-Presse" is
    "Agence France Presse"); casefolded, save an acronym ("ANI" is no "Ani")."""
    spaced = " ".join(re.sub(r"[-\u2010\u2011\u2013]", " ", name).split())
    return spaced if spaced.isupper() and " " not in spaced else spaced.casefold()


# Each name an agency goes by, as compared, with all the names of that agency. Names of two
# letters other than "AP" are left out: "PA" and "AA" are as often a state or an airline.
_AGENCY_BY_NAME = {
    _spaced(name): tuple(map(_spaced, names))
    for names in AGENCIES.values()
    for name in names
    if len(name) > 2 or name == "AP"
}
# Words after an agency's name that say who works for it or what it counted: "AFP
# journalist", "Reuters reporters", "an AFP tally", "Yonhap News Agency".
_STAFF_WORDS = frozenset(
    {"journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents"}
    | {"photographer", "photographers", "staff", "tally", "count", "news", "agency", "wire"}
)
# Words after an agency's name that credit it: its staff's ("AFP journalists saw", "Associated
# Press writer Jo Lin contributed"), its count's, a picture's ("AFP Photo"); not "news".
_CREDITING_AFTER = re.compile(
    r"[ -](?:journalist|reporter|correspondent|photographer|writer|tally|count|photo|staff)s?\b",
    re.IGNORECASE,
)
# A headline's end that names the page's outlet or credit: "... | Reuters", "... - AFP",
# "... (AP)", "... | The Associated Press" (not "Exclusive - Reuters obtains ...").
_CREDIT_END = re.compile(
    rf"\s*(?:[|\u2013\u2014-]\s*(?:The )?(?:{AGENCY_PATTERN})(?:\.com)?"
    rf"|\((?:{AGENCY_PATTERN})\))\s*$"
)


def is_agency_credit(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a keyword is a news agency's name, alone or with a word for its staff or its
    count ("AFP", "Agence France-Presse", "AFP journalist", "Yonhap News Agency"), or a piece
    of one wherever the prose writes it ("Press" of "Associated Press writer"), that the
    headline does not name. A credit says where a report came from, never what it is about;
    a story about an agency itself (it sells a unit, its reporter is arrested) names the
    agency in its headline, and there the name stays a keyword."""
    words = form.split()
    while len(words) > 1 and words[-1].casefold() in _STAFF_WORDS:
        words.pop()
    names = _AGENCY_BY_NAME.get(_spaced(" ".join(words)))
    if names is None and form[:1].isupper():  # (most keywords are no agency's piece)
        names = _agency_around(occurrences, document)
    if not names:
        return False
    told = " ".join(re.sub(r"[^\w&]+", " ", _CREDIT_END.sub("", document.headline)).split())
    said = (f" {told} ", f" {told.casefold()} ")
    if any(f" {name} " in said[not name.isupper()] for name in names):
        return False
    return _credited(names, document)


def _credited(names: tuple[str, ...], document: Document) -> bool:
    """Whether the text credits an agency by one of its names somewhere: a dateline's "(AP)",
    a source's words ("told AFP", "Reuters reported"), its staff ("an AFP journalist"), a
    picture's or a byline's credit ("Photo: AFP", "Jo Lin/AFP", "By Jo Lin, Reuters")."""
    if any(_spaced(name) in names for name in document.dateline_credits):
        return True
    return any(
        _spaced(named.group()) in names and _credit_at(line, named.start(), named.end())
        for line in document.prose
        for named in _AGENCY_NAMED.finditer(line)
    )


def _credit_at(line: str, start: int, end: int) -> bool:
    """Whether the agency's name at line[start:end] stands in one of its credit's shapes."""
    before, after = line[max(0, start - 30) : start], line[end : end + 30]
    if before.endswith(("(", "/")) or after.startswith(("/", ")")):
        return True  # "(AFP)", "Jo Lin/AFP", "AFP/Getty Images"
    if _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after):
        return True  # "told AFP", "Reuters reported"
    if before.endswith(", ") and re.match(r" (?:said|says)\b", after):
        return True  # "..., Reuters said": a report's source after what it reports
    if _CREDITING_AFTER.match(after) or CREDIT_OPENS.search(before):
        return True  # "AFP journalists saw", "Photo: AFP"
    # A credit line of its own, which the name ends: "By Jo Lin, Reuters", "— AFP".
    if line[end:].strip(" .-—–"):
        return False
    return len(line.split()) <= 8 and (line.startswith("By ") or not line[:start].strip(" -—–"))


def _agency_around(occurrences: Sequence[Occurrence], document: Document) -> tuple[str, ...]:
    """The names of the one agency whose name holds every place of a piece of it ("Press" in
    "Associated Press"); () where there is none."""
    agencies = set()
    for found in occurrences:
        line = document.prose[found.line]
        around = _AGENCY_NAMED.finditer(line, max(0, found.start - 30), found.end + 30)
        holding = [
            named.group()
            for named in around
            if named.start() <= found.start and found.end <= named.end()
        ]
        if not holding:
            return ()
        agencies.add(_AGENCY_BY_NAME.get(_spaced(holding[0])))
    if len(agencies) != 1:
        return ()  # pieces of two agencies' names: no one credit
    return agencies.pop() or ()  # (None: a name of two letters left out above)


# Any agency's name in the prose, as written (longest first: "Associated Press" before "AP").
_AGENCY_NAMED = re.compile(rf"(?<![\w-])(?:{AGENCY_PATTERN})(?![\w-])")
