"""Origins: the agencies a text credits (datelines, bylines, credit lines, its outlet's name,
"told AFP") and where a group's report came from.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from generator.analysis.words import MONTHS, WEEKDAYS
from generator.briefing.copies.model import Source
from generator.models import Origin
from generator.wires import (
    AGENCIES,
    AGENCY_NAMES,
    AGENCY_PATTERN,
    BRACKETED_AT_END,
    names_agency,
    outlet_and_credit,
)

_STAFF = r"(?: [Ss]taff(?: [Ww]riters?)?)?"
# "(AP)", and a joint credit of a partner and the agency, "(WCSC/AP)", "(AP/WCSC)": a local
# station or paper that worked with the agency; the agency is the report's origin.
# A partner credited beside the agency is a station's or a paper's call letters ("(WCSC/AP)"),
# in capitals: "(Photo/Yonhap)", "(File/AP)" credit a picture, and name no origin.
_PARTNER = r"[A-Z][A-Z0-9&-]{1,15}"
# Two agencies credited together ("(Kyodo/Reuters)"): the last is the report's, as before.
_BESIDE = rf"(?:{_PARTNER}|{AGENCY_PATTERN})"
_BRACKETED_AGENCY = rf"\((?:{_BESIDE}\s?/\s?)?({AGENCY_PATTERN})(?:\s?/\s?{_BESIDE})?\)"
# How texts credit an agency, strongest first; each is looked for where it is written (the
# head or the tail of the text), and only in a line holding one of its cues, words it cannot
# match without (a regex tried on every line near the edges of every text was most of the
# time origins took). A photo credit ("Credit: AAP", "(Image: Reuters)") or a report cited
# ("Reuters reported") names no origin. A pattern opens on the letter it needs, with the look
# behind that stands for "\b" after it: one opening on "\b" is tried at every character.
_DASHES = ("-", "—", "–")
_CREDITS = (
    (
        "dateline",
        "head",
        ("(",),
        re.compile(rf"{_BRACKETED_AGENCY}\s*(?:--|[-—–:]|$)", re.MULTILINE),
    ),
    # "CNN —", "Hanoi, Vietnam CNN —": the name with its dash opening a line at the head.
    (
        "dateline",
        "head",
        _DASHES,
        re.compile(
            rf"^[^\S\n]*(?:[A-Z][\w.'’-]*,?[^\S\n]+){{0,4}}({AGENCY_PATTERN})[^\S\n]*(?:--|[—–]|-(?=\s))",
            re.MULTILINE,
        ),
    ),
    # "This article originally appeared on USA TODAY: ...", "This report by The Canadian Press
    # was first published June 28", wherever the cleaner left it.
    (
        "republished",
        "both",
        ("appeared ", "published", "ran "),
        re.compile(
            rf"\b(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by) ({AGENCY_PATTERN})\b"
            rf"|\b(?:report|article|story) by ({AGENCY_PATTERN}) was (?:first |originally )?published\b"
        ),
    ),
    (
        "byline",
        "both",
        (),  # (any line may be one)
        re.compile(rf"^\s*(?:[Bb]y\s+)?({AGENCY_PATTERN}){_STAFF}\s*(?:[|/]|$)", re.MULTILINE),
    ),
    # Inside a line, "By AFP" or "by AFP Staff Writers": a lowercase "by" with no staff after it
    # is a sentence's ("a letter reviewed by Reuters", "as reported by AP"), no byline.
    (
        "byline",
        "both",
        ("By ", "by "),
        re.compile(
            rf"B(?<!\wB)y ({AGENCY_PATTERN}){_STAFF}\b"
            rf"|b(?<!\wb)y ({AGENCY_PATTERN}) [Ss]taff(?: [Ww]riters?)?\b"
        ),
    ),
    ("credit", "both", ("(",), re.compile(_BRACKETED_AGENCY)),
    ("credit", "both", ("via ",), re.compile(rf"v(?<!\wv)ia ({AGENCY_PATTERN})\b")),
    (
        "credit",
        "tail",
        ("opyright", "©"),
        re.compile(rf"(?:[Cc]opyright|©)[^.\n]{{0,20}}\b({AGENCY_PATTERN})\b"),
    ),
    ("credit", "both", ("ource: ",), re.compile(rf"[Ss]ource: ({AGENCY_PATTERN})\b")),
    ("credit", "tail", _DASHES, re.compile(rf"[-—–]\s*({AGENCY_PATTERN})\s*$")),
)
# A line pointing the reader to the outlet whose story it is, agency or not: "The story
# continues at The Daily Post: <url>", "This story was originally published by The Daily Post",
# "Read the full story at The Daily Post". The outlet's name runs over capitalised words (and
# "of", "and", "&" between them) up to the first other word or mark.
_OUTLET_NAME = r"(?:[Tt]he )?[A-Z][\w&'’-]*(?:\.[a-z]{2,4})?(?: (?:(?:of|and|&) )?[A-Z][\w&'’-]*(?:\.[a-z]{2,4})?){0,5}"
# Not "report": "Read the full report at ..." points to a document more often than a story.
_STORY = r"(?:story|article)"
_POINTER = re.compile(
    rf"\b(?:[Tt]he (?:full |rest of the |complete )?{_STORY} continues (?:at|on|in)"
    rf"|[Rr]ead (?:the |this )?(?:full |rest of the |complete |whole )?{_STORY} (?:at|on)"
    rf"|(?:[Tt]his|[Tt]he) {_STORY} (?:was )?(?:originally|first) (?:published|appeared|ran)"
    rf" (?:by|on|in|at))"
    rf" ({_OUTLET_NAME})"
)
# Words a pointer's capitalised word can be that name no outlet: a day ("originally published
# on Monday", "on March 27, 2024") or a language ("first published in English").
_LANGUAGES = frozenset(
    {"english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian"}
    | {"ukrainian", "polish", "arabic", "hebrew", "turkish", "persian", "farsi", "hindi"}
    | {"urdu", "bengali", "chinese", "mandarin", "cantonese", "japanese", "korean"}
    | {"vietnamese", "thai", "indonesian", "malay", "tagalog", "swahili", "greek", "swedish"}
)
_NOT_OUTLETS = MONTHS | WEEKDAYS | _LANGUAGES
_NUMBER_AFTER = re.compile(r"[^\S\n]*\d")  # "continues on Page 3", "published on March 27"
# Words one of which every pointer holds, looked for first (plain search is cheap).
_POINTER_CUES = (
    *("continues ", "originally ", "first published", "first appeared", "first ran"),
    *(f" {kind} {at}" for kind in ("story", "article") for at in ("at", "on")),
)
_AGENCY_AFTER = re.compile(rf"(?:the )?({AGENCY_PATTERN})\b")
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*")
_FIRST_WORDS = frozenset(name.split()[0] for name in AGENCY_NAMES)
_OUTLET_CREDIT = re.compile(rf"\(([^)]*?\b({AGENCY_PATTERN})\b[^)]*)\)")
_STRENGTH = {
    "dateline": 0,
    "byline": 1,
    "credit": 2,
    "republished": 2,
    "outlet": 3,
    "interview": 4,
}
# How an origin was found, in a reader's words: a dateline opens the story, a byline names
# who wrote it, a credit line closes it (or credits it: "via Reuters", "© AFP").
_HOW_WORDS = {
    "dateline": "dateline",
    "byline": "byline",
    "credit": "credit line",
    "republished": "credit line",
    "outlet": "credited in the outlet's name",
    "interview": "interview",
}
_EDGE = 600  # a credit line starts this near the head of a text, or ends this near its tail


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency (or an outlet a pointer line names) a text names as where it came from."""

    agency: str  # the agency's name, or the outlet's as the text writes it
    how: str  # "dateline", "byline", "credit", "republished" ("originally appeared on"),
    # "outlet" (its outlet's name) or "interview"
    words: str  # the words that name it


def credits(text: str, outlet: str = "") -> tuple[Credit, ...]:
    """The agencies a text (or its outlet's name) credits, strongest first. "He told AFP"
    counts, weakly: only an agency's own reporters write it."""
    found = list(_interviews(text))
    for start, end in _lines_naming_agencies(text):
        line = text[start:end]
        places = ({"head", "both"} if start < _EDGE else set()) | (
            {"tail", "both"} if end > len(text) - _EDGE else set()
        )
        for how, where, cues, pattern in _CREDITS:
            if where in places and (not cues or any(cue in line for cue in cues)):
                found.extend(
                    Credit(AGENCY_NAMES[m.group(1) or m.group(2)], how, m.group().strip())
                    for m in pattern.finditer(line)
                    if how != "dateline" or _opens_story(line, m)
                )
    for match in _OUTLET_CREDIT.finditer(outlet):
        found.append(Credit(AGENCY_NAMES[match.group(2)], "outlet", outlet))
    found.extend(_pointers(text, outlet))
    return tuple(sorted(found, key=lambda credit: _STRENGTH[credit.how]))


def _pointers(text: str, outlet: str) -> Iterator[Credit]:
    """The outlets a text's head or tail points to as the story's own ("The story continues
    at The Daily Post"): an agency's pointer is read as the agency's credit already, and an
    outlet pointing to itself ("Read the full story at WXYZ" on WXYZ's page) names no other."""
    edges = text if len(text) <= 2 * _EDGE else f"{text[:_EDGE]}\n{text[-_EDGE:]}"
    if not any(cue in edges for cue in _POINTER_CUES):
        return  # (the regex over every text's edges cost 0.4 s at 10,000 articles)
    for match in _POINTER.finditer(edges):
        name = match.group(1)
        if name in AGENCY_NAMES or names_agency(name) or same_outlet(name, outlet):
            continue
        if not _reads_as_outlet(name, edges, match.end()):
            continue
        yield Credit(name[:1].upper() + name[1:], "republished", match.group().strip())


def _reads_as_outlet(name: str, text: str, end: int) -> bool:
    """Whether a pointer's capitalised words name an outlet, not a day, a date or a page
    ("originally published on Monday", "on Tuesday March 26", "in English", "on Page 3"):
    words that are all days, months or languages are none, nor is one word a number follows.
    "The Sunday Times" is an outlet."""
    words = name.removeprefix("The ").removeprefix("the ").split()
    if all(word.casefold() in _NOT_OUTLETS for word in words):
        return False
    return len(words) > 1 or not _NUMBER_AFTER.match(text, end)


def same_outlet(name: str, outlet: str) -> bool:
    """Whether an outlet's name is the name an article's outlet goes by, before any credit in
    brackets and without a leading "The": "The Daily Post" and "Daily Post (AP)". A bracket
    saying where an outlet is keeps two outlets apart ("Daily Herald (UT)", "Daily Herald
    (IL)"); a name with no bracket (a pointer's words) is either one's."""
    if not name:
        return False
    if not BRACKETED_AT_END.search(name):
        outlet = BRACKETED_AT_END.sub("", outlet)
    return _bare_outlet(name) == _bare_outlet(outlet)


def _bare_outlet(name: str) -> str:
    bare = outlet_and_credit(name)[0].casefold()
    return bare.removeprefix("the ").strip()


def _opens_story(line: str, match: re.Match[str]) -> bool:
    """Whether an agency in brackets is a dateline: a place before it ("SEOUL (AFP)"), the
    story after it ("(AFP) - Exports rose") or a dash ("CNN —", on a line of its own). Alone
    on its line ("(PTI)") it is the credit line that closes a wire story, wherever the cleaner
    left it."""
    ends_in_dash = match.group().rstrip().endswith(("-", "—", "–"))
    return ends_in_dash or bool(line[: match.start()].strip() or line[match.end() :].strip())


@functools.lru_cache(maxsize=1 << 12)  # a group edited in watch mode is found again and again
def _credited(source: Source) -> tuple[Credit, ...]:
    return credits(f"{source.credit_text}\n{source.text}", source.outlet)


def _interviews(text: str) -> Iterator[Credit]:
    """Each "told AFP" of a text (found by plain search: a regex over every text costs more)."""
    at = text.find("told ")
    while at >= 0:
        match = _AGENCY_AFTER.match(text, at + 5)
        if match and (at == 0 or not text[at - 1].isalnum()):
            yield Credit(AGENCY_NAMES[match.group(1)], "interview", f"told {match.group()}")
        at = text.find("told ", at + 5)


def _lines_naming_agencies(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line near the head or the tail of a text with a word that may
    begin an agency's name: the credit patterns then run on those few lines alone."""
    edges = text if len(text) <= 2 * _EDGE else f"{text[:_EDGE]} {text[-_EDGE:]}"
    lines: set[tuple[int, int]] = set()
    runs = _edge_lines(text)
    for word in _FIRST_WORDS.intersection(_CAPITALISED.findall(edges)):
        for low, high in runs:
            at = text.find(word, low, high)
            while at >= 0:
                start = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at)
                lines.add((start, len(text) if end < 0 else end))
                at = text.find(word, at + len(word), high)
    return sorted(lines)


def _edge_lines(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the lines that start within _EDGE of a text's head, and those that end within
    _EDGE of its tail, lie: (low, high) of each run of lines. A line anywhere else is none
    that credits() reads ("The" opens many lines of a story, and finding each was a tenth of
    the origins of a briefing's articles)."""
    head_line = text.rfind("\n", 0, max(_EDGE - 1, 0)) + 1  # the last line starting in it
    head_end = text.find("\n", head_line)
    tail_at = max(len(text) - _EDGE, 0)
    tail_line = text.rfind("\n", 0, tail_at + 1) + 1  # the first line ending after it
    return (0, len(text) if head_end < 0 else head_end), (tail_line, len(text))


# How a lone article can name its wire: not by an interview ("told AFP"), nor by a name in
# passing ("as reported by BBC"), which the votes of several copies outweigh but one text cannot.
# Its outlet's name ("Nordot (Kyodo)") is its editor's word, as it is for a group's copies.
_OWN_KINDS = frozenset({"dateline", "byline", "credit", "republished", "outlet"})
# Credits that are no words of a sentence wherever they stand.
_STANDING = frozenset({"dateline", "republished", "outlet"})


def own_origin(source: Source) -> Origin | None:
    """The agency an article that is no copy of another credits as its author, if any: a
    dateline ("SEOUL (AFP) -"), a byline opening its line ("By AFP Staff Writers", "AFP |"),
    a credit line ("- Reuters", "(c) AFP"). A wire story carried by one site of the briefing
    still names its wire. `source.credit_text` holds no photo credit (see
    provenance.credit_lines). Its `based_on`, if it has one, is on its card already."""
    text = f"{source.credit_text}\n{source.text}"
    for credit in _credited(source):
        if credit.how in _OWN_KINDS and _stands_as_credit(text, credit):
            how = f"{_HOW_WORDS[credit.how]} '{credit.words}'"
            return Origin(credit.agency, how, source.id)
    return None


def _stands_as_credit(text: str, credit: Credit) -> bool:
    """Whether a credit is a line's own, not words of a sentence: a dateline; a byline opening
    its line ("By AFP Staff Writers", not "first reported by BBC."); a credit line opening or
    closing its line ("(AFP)", "- Reuters", "(c) 2026 AFP")."""
    if credit.how in _STANDING:
        return True
    for line in text.splitlines():
        at = line.find(credit.words)
        if at < 0:
            continue
        opens = not line[:at].strip(" \t-—–")
        closes = not line[at + len(credit.words) :].strip(" .\t")
        if opens or (credit.how == "credit" and closes):
            return True
    return False


def origin(members: Sequence[Source], named: Collection[str] = ()) -> Origin:
    """Where a group's report came from: the agency its copies credit most (the strongest
    credit breaks a tie, then the earliest copy: the report as first published, then one of
    the `named` copies, those a rewrite of the briefing names as its original), else the
    outlet all their outlet names credit in brackets ("Gazette (New York Post)"), else the URL
    an editor gave as `based_on`, else the copy dated before all the others."""
    found = [(credit, source) for source in members for credit in _credited(source)]
    if found:
        votes = Counter(credit.agency for credit, _ in found)
        credit, source = min(
            found,
            key=lambda item: (
                -votes[item[0].agency],
                _STRENGTH[item[0].how],
                item[1].published or datetime.date.max,
                item[1].id not in named,  # an editor's word where the copies say no more
                item[1].id,
            ),
        )
        return _credited_origin(credit, source, members)
    return _based_on(members) or _shared_outlet_credit(members) or _earliest(members)


def _credited_origin(credit: Credit, source: Source, members: Sequence[Source]) -> Origin:
    """The origin a copy credits. An outlet it points to ("The story continues at The Daily
    Post") that has a copy of its own in the group is found in that copy: the report as its
    outlet published it, which pages then show first."""
    how = f"{_HOW_WORDS[credit.how]} '{credit.words}'"
    own = [m.id for m in members if m is not source and same_outlet(credit.agency, m.outlet)]
    if credit.agency in AGENCIES or not own:
        return Origin(credit.agency, how, source.id)
    return Origin(credit.agency, f"{how} in {source.outlet or source.site}", min(own))


def _shared_outlet_credit(members: Sequence[Source]) -> Origin | None:
    """The outlet every copy's outlet name credits in brackets, if they all credit one: their
    editors' word that the report is that outlet's, agency or not."""
    # "The Times (UK)", "Courant (New Haven, CT)", "Nation (Kenya)" say where an outlet is, not
    # whose the report is: copies of two papers of one country have no origin in the country.
    named = {outlet_and_credit(source.outlet)[1] for source in members}
    if len(named) != 1 or "" in named:
        return None
    (name,) = named
    first = min(members, key=lambda source: (source.published or datetime.date.max, source.id))
    return Origin(name, f"{_HOW_WORDS['outlet']} '{first.outlet}'", first.id)


def _based_on(members: Sequence[Source]) -> Origin | None:
    based = sorted((source.id, source.based_on) for source in members if source.based_on)
    if not based:
        return None
    article, url = based[0]
    return Origin(url, "based_on", article)


def _earliest(members: Sequence[Source]) -> Origin:
    """The earliest dated copy, named by its outlet, else its site (a reader knows an outlet,
    not an article's id). It takes two dates to tell which copy came first: one date beside
    undated copies is no evidence, nor are two copies of the same first day, and the origin
    stays unknown."""
    dated = sorted((source.published, source.id, source) for source in members if source.published)
    if not dated:
        return Origin("", "no copy names its source or has a date")
    if len(dated) == 1:
        return Origin("", "no copy names its source, and only one has a date")
    published, article, first = dated[0]
    if dated[1][0] == published:
        return Origin("", "no copy names its source, and two share the first date")
    if not (name := first.outlet or first.site):
        return Origin("", "no copy names its source, and the first has no outlet name")
    return Origin(name, f"earliest dated copy ({published.isoformat()})", article)
