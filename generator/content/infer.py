"""What an article's own text says of its publication date and outlet, for files without front matter.

Scraped pages state these in a handful of shapes: a "Published:" line, a date line above the
story, a wire dateline, a copyright footer, a masthead. The cleaner removes those lines, so this
reads the raw body. Each finding says which words it came from, so a reader can check it; and a
wrong date is worse than none, so anything ambiguous (a year not stated, two header dates that
disagree, a day and month that could be swapped) gives nothing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.calendar import MONTH_PATTERN, MONTHS
from generator.patterns import lazy_compile
from generator.wires import NEWS_WORDS, WIRE_AGENCIES

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Inferred(Generic[T]):
    """A value read from the text, and the words it was read from."""

    value: T
    how: str  # "from the line ‘Published : Nov 15, 2013 - 21:18’"


@dataclass(frozen=True, slots=True)
class SetAside:
    """A date the text seems to give as its publication's but that is not, and why."""

    value: datetime.date
    why: str  # "the line ‘Monday, May 27, 2024’ above the story is 260 days after ..."


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"  # "Tue", "Thursday"
)
# A complete date: the year is always stated. Day and month in numbers only when they cannot
# be swapped (the day is over 12), or year first, which is never day-first.
_DATE = lazy_compile(
    rf"(?<![\w.])(?:(?P<iso_y>(?:19|20)\d\d)[-/.](?P<iso_m>\d{{1,2}})[-/.](?P<iso_d>\d{{1,2}})(?!\d)"
    rf"|(?P<mdy_m>{MONTH_PATTERN})\.?\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>(?:19|20)\d\d)"
    rf"|(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{MONTH_PATTERN})\.?,?\s+"
    rf"(?P<dmy_y>(?:19|20)\d\d)"
    rf"|(?P<num_a>\d{{1,2}})[/.-](?P<num_b>\d{{1,2}})[/.-](?P<num_y>(?:19|20)\d\d))(?![\w])",
    re.IGNORECASE,
)
# "Published", "Posted on", "Last updated:", "Date:" opening a line (after a bullet, after
# one word of section name: "india Updated: May 26, 2014", or after the reading time some sites
# print first on the date line: "2 min read . Updated: 14 Oct 2024").
_READING_TIME = r"\d{1,3}\s*min(?:ute)?s?\.?\s+read\b[\s.•·|,–—-]*"
_LABEL = lazy_compile(
    r"(?i)^[\s•·*|>-]*(?:"
    + _READING_TIME
    + r")?(?:(?-i:[a-z]+)\s+)?(?P<label>(?:first |originally |last )?(?:published|posted|"
    r"updated|modified|written|input|edited|created|released|uploaded)|publication date|date "
    r"(?:published|posted)|date)\b(?:\s+(?:on|at)\b)?[\s:|•·,–—-]*"
    rf"(?:{_WEEKDAY}[\s,–—-]*)?"
)
_UPDATE_LABELS = ("updated", "modified", "edited")
# "This report by The Canadian Press was first published Jan. 11, 2024."
_FIRST_PUBLISHED = lazy_compile(r"(?i)\bwas (?:first |originally )?published (?:on )?")
# "SEOUL, Jan. 4 (Yonhap) --", "LAND O' LAKES, Fla., Oct 5 —": a city in capitals, the month
# and day, perhaps the agency, then a dash, opening the story's first paragraph.
_DATELINE = lazy_compile(
    rf"^[\s\"“]*[A-Z][A-Z.'’ -]{{2,40}}(?:,\s*[A-Z][\w.'’ -]{{1,20}})?,\s+"
    rf"(?P<month>(?i:{MONTH_PATTERN}))\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:--|—|–|-|:)\s"
)
# A line of its own: "Beijing (AFP) Jan 4, 2026", as some wire services' partners print it.
_PLACE_SOURCE_DATE = lazy_compile(
    rf"[A-Z][\w.'’ -]{{1,40}}\s+\([^()]{{1,40}}\)\s+(?P<month>(?i:{MONTH_PATTERN}))\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
)
# A dateline on a line of its own, in a place's usual spelling: "Boston, June 23", "New Delhi,
# June 23, 2023", as some papers print a wire story's. Only near the top (the first lines with
# text), where a header of long lines (a repeated headline, a standfirst, a caption) may stand
# above it.
_PLACE_DATE_LINE = lazy_compile(
    rf"[\s\"“]*(?!(?i:{_WEEKDAY})[\s,])[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}(?:,\s*[A-Z][\w.'’ -]{{1,20}})?,\s+"
    rf"(?P<month>(?i:{MONTH_PATTERN}))\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?\s*"
)
_DATELINE_LINES = 10  # lines with text in which a dateline of its own may stand
# What a date line may hold beside its date: times, weekdays, time zones, separators.
_TIME = lazy_compile(r"(?i)\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\b")
_CLOCK_WORDS = _words(
    "am pm a m at on local time gmt utc monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
_TIME_ZONE = lazy_compile(r"^[A-Z]{2,5}$")  # "KST", "IST", "EDT"
# A time counted back from the moment the page was shown: "Updated 8 hours ago", "5 min ago".
_TIME_AGO = lazy_compile(
    r"(?i)\b(?:(?:last )?updated:?\s+)?\d{1,3}\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?)\s+ago\b"
)
# A byline with its date: "By Jane Doe - Wed July 13, 2022", "Jane Doe | Jo Roe | Nov 6, 2022".
_SEGMENT_BREAK = lazy_compile(r"\s*(?:[|,;•·–—]|\s-\s)\s*")
# A name may follow "By" or, for the site or agency a story came from, "Source:".
_PERSON = lazy_compile(
    r"^(?:(?:[Bb]y:?|Source:)\s+)?(?:The )?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)
# The outlet's or the reporter's social handle beside the date: "| @harbourtimes | Oct 14, 2024".
_HANDLE = lazy_compile(r"^@\w{2,30}$")
_STORY_WORDS = 20  # a line this long is story: the page's header ends above it
_LONGEST_META_LINE = 300  # longer lines are prose; no date or masthead line is this long
_QUOTED = 90  # characters of a line quoted in `how`
_YEAR_FROM_NEARBY_DAYS = 60  # a dateline's day and a stated full date this close share a year
# A header's weekday and date this long after every full date the story states is the site's
# "today" (the day the page was saved), not the story's: a report is written within days of
# what it tells, and an old story saved later keeps its old dates.
_TODAY_AFTER_STORY = 90
_HAS_WEEKDAY = lazy_compile(rf"(?i)(?<![\w.]){_WEEKDAY}(?!\w)")


def infer_published(body: str) -> Inferred[datetime.date] | None:
    """The publication date the text states, or None when it states none unambiguously."""
    found = read_published(body)
    return found if isinstance(found, Inferred) else None


def read_published(body: str) -> Inferred[datetime.date] | SetAside | None:
    """The publication date the text states; or the date it seemed to state, set aside and
    why; or None.

    A first-published line beats an "Updated" line, which beats a date line above the
    story, which beats a wire dateline (whose year must be stated by another date nearby).
    A date line that is the site's "today" is set aside (see _site_today); a bare date line
    months after a byline's date or a dateline's stated one is a site's clock, and the
    article's own date wins (see _own_over_clock).
    """
    lines = body.splitlines()
    labelled = [found for line in lines if (found := _labelled_date(line))]
    first = [found for found, updated in labelled if not updated]
    if first:
        return first[0]
    if labelled:
        return labelled[0][0]
    header = _header_date(lines)
    if isinstance(header, Inferred):
        return header
    return _dateline_date(lines, body) or header


def _labelled_date(line: str) -> tuple[Inferred[datetime.date], bool] | None:
    """The date a "Published:"-style line gives, and whether it is only a last update."""
    label = _LABEL.match(line)  # a label opening a line is never prose, however long
    if label and (found := _date_at(line, label.end())):
        updated = label["label"].lower().endswith(_UPDATE_LABELS)
        note = " (its last update; no first-published date is given)" if updated else ""
        return Inferred(found, f"from the line {quoted_line(line)}{note}"), updated
    statement = _FIRST_PUBLISHED.search(line) if len(line) <= _LONGEST_META_LINE else None
    if statement and (found := _date_at(line, statement.end())):
        return Inferred(found, f"from the line {quoted_line(line)}"), False
    return None


def _header_date(lines: list[str]) -> Inferred[datetime.date] | SetAside | None:
    """The date of the lines above the story that hold only a date (and a time, a weekday)
    or a byline with a date; None if there are none, or they disagree; set aside if it is
    the site's "today"."""
    header = _header(lines)
    bare, bylines = _header_dates(header)
    days = {day for day, _ in bare + bylines}
    if len(days) != 1:
        return _own_over_clock(bare, bylines, "the line {} above the story")
    dateline = [] if bylines else _stated_dateline(lines)
    if own := _own_over_clock(bare, dateline, "the dateline {}"):
        return own
    day = days.pop()
    line = next(line for found_day, line in bare + bylines if found_day == day)
    return _site_today(day, line, lines[len(header) :]) or Inferred(
        day, f"from the line {quoted_line(line)} above the story"
    )


Dated = list[tuple[datetime.date, str]]  # a day, and the line that gives it


def _header_dates(header: list[str]) -> tuple[Dated, Dated]:
    """The header's lines that hold only a date, and its bylines with a date, with their days."""
    bare, bylines = [], []
    for line in header:
        match = _DATE.search(line)
        if not match or not (day := _date_of(match)):
            continue
        if _only_a_date(line, match):
            bare.append((day, line))
        elif _byline_with_date(line, match):
            bylines.append((day, line))
    return bare, bylines


def _own_over_clock(bare: Dated, own: Dated, where: str) -> Inferred[datetime.date] | None:
    """The article's own one date (a byline's, a dateline's) when every other bare date line
    above the story is months after it: a site's header clock ("March 3, 2026 10:15 am (IST)")
    prints the day the page was saved, and the date beside the reporter's name, the outlet's
    handle or the dateline is the article's. Dates days apart give nothing: either could be
    the story's."""
    days = {day for day, _ in own}
    day = days.pop() if len(days) == 1 else None
    clocks = [(clock, line) for clock, line in bare if clock != day]  # a date line may agree
    if (
        not day
        or not clocks
        or any((clock - day).days <= _TODAY_AFTER_STORY for clock, _ in clocks)
    ):
        return None
    clock, clock_line = min(clocks)
    how = (
        f"from {where.format(quoted_line(own[0][1]))}; the line {quoted_line(clock_line)} is "
        f"{(clock - day).days} days later, a site's date of the day the page was saved"
    )
    return Inferred(day, how)


def _site_today(day: datetime.date, line: str, story: list[str]) -> SetAside | None:
    """Set aside a header's weekday and date ("Monday, May 27, 2024") long after every full
    date the story below states ("September 10, 2023" in a caption): a site prints the day
    it is, not the story's; a wrong date is worse than none."""
    if not _HAS_WEEKDAY.search(line):
        return None
    stated = [
        (found, m[0]) for m in _DATE.finditer("\n".join(story)[:50_000]) if (found := _date_of(m))
    ]
    if not stated:
        return None
    latest, words = max(stated)
    after = (day - latest).days
    if after <= _TODAY_AFTER_STORY:
        return None
    why = (
        f"the line {quoted_line(line)} above the story is {after} days after the latest date the "
        f"story states ({quoted_line(words)}): a site's date of the day the page was saved, not "
        "the story's"
    )
    return SetAside(day, why)


def _dateline_date(lines: list[str], body: str) -> Inferred[datetime.date] | None:
    """The month and day of the story's wire dateline, in the year another stated date
    gives; None if no other date settles the year."""
    for match in _dateline_matches(lines)[:1]:
        month, day = MONTHS[match["month"].lower()], int(match["day"])
        if match["year"]:
            found = _real_date(int(match["year"]), month, day)
            return Inferred(found, f"from the dateline {quoted_line(match[0])}") if found else None
        return _with_year_nearby(month, day, match[0], body)
    return None


def _dateline_matches(lines: list[str]) -> list[re.Match[str]]:
    """The wire datelines opening the story, and a dateline on a line of its own."""
    opening = lines[: len(_header(lines)) + 1]
    matches = [_DATELINE.match(line) or _PLACE_SOURCE_DATE.fullmatch(line) for line in opening]
    matches += [_PLACE_DATE_LINE.fullmatch(line) for line in _place_date_lines(lines)]
    return [match for match in matches if match]


def _stated_dateline(lines: list[str]) -> Dated:
    """The story's dateline's day when it states its year ("RIVERTON, Oct 14, 2024 —")."""
    match = next(iter(_dateline_matches(lines)), None)
    if not match or not match["year"]:
        return []
    found = _real_date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
    return [(found, match[0])] if found else []


def _place_date_lines(lines: list[str]) -> list[str]:
    """A dateline on a line of its own among the first few lines with text (a page may repeat
    its long headline and print a standfirst and a caption above it): the one such line, if
    only one; several are a timeline's ("Titan, June 18" ...), and a label's ("Updated, June
    23") is none."""
    with_text = [line for line in lines if line.strip()][:_DATELINE_LINES]
    found = [
        line for line in with_text if _PLACE_DATE_LINE.fullmatch(line) and not _LABEL.match(line)
    ]
    return found if len(found) == 1 else []


def _with_year_nearby(month: int, day: int, dateline: str, body: str) -> Inferred | None:
    """The dateline's day in the one year that puts it near a full date stated elsewhere."""
    years = {}
    for match in _DATE.finditer(body[:50_000]):
        stated = _date_of(match)
        for year in (stated.year - 1, stated.year, stated.year + 1) if stated else ():
            candidate = _real_date(year, month, day)
            if candidate and abs((candidate - stated).days) <= _YEAR_FROM_NEARBY_DAYS:
                years.setdefault(candidate, match[0])
    if len(years) != 1:
        return None
    ((found, stated_words),) = years.items()
    how = f"from the dateline {quoted_line(dateline)}, its year from {quoted_line(stated_words)} in the text"
    return Inferred(found, how)


def _header(lines: list[str]) -> list[str]:
    """The lines above the first line long enough to be story."""
    for number, line in enumerate(lines):
        if len(line.split()) >= _STORY_WORDS:
            return lines[:number]
    return lines


def _only_a_date(line: str, match: re.Match[str]) -> bool:
    """Whether the line holds nothing but the date, times, weekdays, time zones and marks."""
    return _clock_only(_without_times(line[: match.start()] + " " + line[match.end() :]))


def _byline_with_date(line: str, match: re.Match[str]) -> bool:
    """Whether the line is the date and, apart from times, only names ("By Jane Doe")."""
    rest = _without_times(line[: match.start()] + " | " + line[match.end() :])
    names = [part.strip() for part in _SEGMENT_BREAK.split(rest) if not _clock_only(part)]
    return bool(names) and all(_PERSON.match(name) or _HANDLE.match(name) for name in names)


def _without_times(text: str) -> str:
    """The text without its clock times and its times counted back ("8 hours ago")."""
    return _TIME.sub(" ", _TIME_AGO.sub(" ", text))


def _clock_only(text: str) -> bool:
    return all(
        word.lower() in _CLOCK_WORDS or _TIME_ZONE.match(word)
        for word in re.findall(r"[^\W_]+", text)
    )


def _date_at(text: str, position: int) -> datetime.date | None:
    match = _DATE.match(text, position)
    return _date_of(match) if match else None


def _date_of(match: re.Match[str]) -> datetime.date | None:
    """The date a _DATE match names; None for a date that does not exist or could be
    read two ways."""
    if match["iso_y"]:
        return _real_date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
    if match["mdy_y"]:
        month = MONTHS[match["mdy_m"].lower()]
        return _real_date(int(match["mdy_y"]), month, int(match["mdy_d"]))
    if match["dmy_y"]:
        month = MONTHS[match["dmy_m"].lower()]
        return _real_date(int(match["dmy_y"]), month, int(match["dmy_d"]))
    first, second = int(match["num_a"]), int(match["num_b"])
    if (first > 12) == (second > 12):  # 03-06-2025: March or June; never guess
        return None
    day, month = (first, second) if first > 12 else (second, first)
    return _real_date(int(match["num_y"]), month, day)


def _real_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# -- The outlet ---------------------------------------------------------------------------------

# Wire agencies: their name in a credit or a syndication notice says where the story came
# from, not who published the page.
_AGENCIES = lazy_compile(
    r"(?i)^(?:the )?(?:"
    + "|".join(re.escape(name) for names in WIRE_AGENCIES.values() for name in names)
    + r"|.*\b(?:news|press) agency)$"
)
_YEAR = r"(?:19|20)\d\d"
# A company's legal form after its name ("Ltd", "DAC", "S.A."): the name without it is the one
# a reader knows. The short capitalised ones ("AG", "SA", "Co") count only as written so.
_LEGAL_FORM = (
    r"(?:(?i:limited|ltd|incorporated|inc|llc|l\.l\.c|llp|plc|gmbh|pty|corp|dac|ulc|pvt|bhd)"
    r"|S\.A|SA|AG|SE|NV|N\.V|BV|B\.V|AB|A/S|Co|S\.p\.A|SpA|S\.L|Sdn)(?![\w&'’/-])"
)
# One to six capitalised words, as outlets are named: "The Korea Herald", "ARY News". A year
# or a legal form is never one of them: "© Harbour Herald 2025", "Harbour Herald Ltd".
_NAME = (
    r"(?:The |the )?[A-Z][\w.&'’-]*(?:\s+(?:of |and |& |on |the )?"
    r"(?!" + _YEAR + r"\b|" + _LEGAL_FORM + r")[A-Z0-9][\w.&'’-]*){0,5}"
)
_SIGN = r"(?:©|\(c\)|copyrights?\b)"
_YEARS = _YEAR + r"(?:\s*[-–]\s*" + _YEAR + r")?"  # "2025", "2025-2026"
# ", LLC.", " Pty Ltd": as many legal forms as the company's name carries.
_LEGAL_FORMS = r"(?P<legal>(?:,?\s+" + _LEGAL_FORM + r"\.?)*)"
_RESERVED = r"[\s,.|–—-]*(?i:all rights reserved\.?)?\s*$"
# "© 2026 The Korea Herald. All rights reserved.", "Copyright (c) Yonhap News Agency",
# "© Harbour Herald 2025", "Copyright 2025 Harbour Herald, LLC.".
_COPYRIGHT = lazy_compile(
    r"^[\s•·*|-]*(?i:" + _SIGN + r"[\s,.:]*(?:(?:" + _SIGN + "|" + _YEARS + r")[\s,.:]*)*)"
    r"(?P<name>" + _NAME + r")" + _LEGAL_FORMS + r"(?:[\s,.]*" + _YEARS + r")?" + _RESERVED
)
# The name before the sign: "Harbour Herald © 2025 All rights reserved". A year or "All rights
# reserved" must follow the sign, as in a site's footer: "Jane Doe ©" under a picture is a
# photographer's credit.
_YEAR_OR_NOTICE = r"(?=[\s,.:]*(?:" + _YEAR + r"|(?i:all rights reserved)))"
_COPYRIGHT_AFTER_NAME = lazy_compile(
    r"^[\s•·*|-]*(?P<name>"
    + _NAME
    + r")"
    + _LEGAL_FORMS
    + r"[\s,.]*(?i:"
    + _SIGN
    + r")"
    + _YEAR_OR_NOTICE
    + r"[\s,.:]*(?:"
    + _YEARS
    + r")?"
    + _RESERVED
)
_SYNDICATION = lazy_compile(r"(?i)\bmay not be (?:published|broadcast|rewritten|redistributed)\b")
# A group's name is its publisher's, not the outlet's ("Harbour Media Holdings").
_COMPANY = lazy_compile(r"(?i)\b(?:corporation|holdings|group)\b")
# The last word of a company's name that is its business, not a title: "Guardian News & Media
# Limited" publishes The Guardian; "Harbour Times DAC" publishes the Harbour Times.
_BUSINESS_WORDS = frozenset({"media"})
_ABOUT = lazy_compile(r"^About (?P<name>" + _NAME + r")$")
# "Headline | World | Hindustan Times", "Headline - East Valley Tribune: Nation / World"
_TITLE_TAIL = lazy_compile(r"\s+[|–—-]\s+(?P<name>[^|–—]+?)(?::\s.*)?$")
_NAME_WORDS = 5  # an outlet's name is short
# Words that make "Latest News", "World News", "About The Times" a section or a link, not a
# name, wherever they stand before its last word: a site files its stories under them, and an
# outlet's name has a word of its own (a place, a brand). Words some real titles open with ("City
# Press", "Travel Weekly", "Education Week") are left out.
_NOT_A_NAME = _words(
    "about by from more go follow contact subscribe read visit latest breaking top world local "
    "national international regional global business economy finance sports sport politics "
    "political entertainment tech technology science health lifestyle opinion live related "
    "trending recent popular other all home front page today's this our your"
)
# Words of a category label ("General News", "Featured News", "Video News"): a label is only
# such words and the outlet word, but a name may hold one beside a word of its own ("Main
# Line Times", "Photo District News"), so they veto no name, as _NOT_A_NAME's do.
_CATEGORY_WORDS = _words(
    "general main featured feature features headlines editorial exclusive special video videos "
    "photo photos"
)
_MASTHEAD_LINES = 8  # a masthead is among the first lines with text


def infer_outlet(body: str) -> Inferred[str] | None:
    """The outlet the text names as its own, or None.

    A copyright line decides first (one naming a wire agency only when no other name is
    given), then a masthead at the top, then the outlet ending the page's title line, then an
    "About <outlet>" link. A wire credit ("(Yonhap)", "— AP") names the story's origin, never
    the outlet.
    """
    lines = [line.strip() for line in body.splitlines()]
    return (
        _copyright_outlet(lines)
        or _masthead_outlet(lines)
        or _title_outlet(lines)
        or _about_outlet(lines)
    )


def _copyright_outlet(lines: list[str]) -> Inferred[str] | None:
    named = []
    for line in lines:
        if len(line) > _LONGEST_META_LINE or _SYNDICATION.search(line):
            continue
        if name := _copyright_name(line):
            named.append(Inferred(name, f"from the copyright line {quoted_line(line)}"))
    own = [found for found in named if not _AGENCIES.match(found.value)]
    return (own or named or [None])[0]


def _copyright_name(line: str) -> str:
    """The name a copyright line gives, without its years and legal form; "" if it gives
    none, or names the company that publishes the outlet rather than the outlet."""
    match = _COPYRIGHT.match(line) or _COPYRIGHT_AFTER_NAME.match(line)
    name = _outlet_name(match["name"]) if match else ""
    if not name or _COMPANY.search(name):
        return ""
    # A legal form says a company is named: the outlet's own name only when it ends as a
    # title does ("Times", "Herald"), not in its business ("Media").
    last = name.split()[-1].lower()
    if match["legal"] and (last not in NEWS_WORDS or last in _BUSINESS_WORDS):
        return ""
    return name


def _masthead_outlet(lines: list[str]) -> Inferred[str] | None:
    for line in [line for line in lines if line][:_MASTHEAD_LINES]:
        name = re.sub(r"\s*\([^()]*\)$", "", line)  # "New Haven Register (New Haven, CT)"
        if _outlet_like(name):
            return Inferred(name, f"from the masthead {quoted_line(line)} at the top")
    return None


def _title_outlet(lines: list[str]) -> Inferred[str] | None:
    first = next((line for line in lines if line), "")
    match = _TITLE_TAIL.search(first)
    if match and _outlet_like(name := _outlet_name(match["name"])):
        return Inferred(name, f"from the page title {quoted_line(first)}")
    return None


def _about_outlet(lines: list[str]) -> Inferred[str] | None:
    for line in lines:
        match = _ABOUT.match(line)
        if match and _outlet_like(match["name"]):
            return Inferred(match["name"], f"from the line {quoted_line(line)}")
    return None


def _outlet_name(text: str) -> str:
    """The name without the marks and the "All rights reserved" around it."""
    name = re.sub(r"(?i)[\s,.]*(?:all rights reserved)?[\s,.]*$", "", text.strip())
    return name if 2 <= len(name) <= 60 else ""


def _outlet_like(name: str) -> bool:
    """A few capitalised words ending in one that names a news outlet ("Times", "News"), one
    of them its own ("Korea"), and not a wire agency: a title-case headline rarely ends so."""
    words = name.replace("’", "'").split()
    generic = NEWS_WORDS | _NOT_A_NAME | _CATEGORY_WORDS | {"the", "&", "and", "of"}
    return (
        bool(re.fullmatch(_NAME, name))
        and 1 < len(words) <= _NAME_WORDS
        and words[-1].lower() in NEWS_WORDS  # "News", not "News03-06-2025"
        and not _NOT_A_NAME & {word.lower() for word in words[:-1]}
        and any(_distinctive(word, generic) for word in words)  # not "Reports & News"
        and not _AGENCIES.match(name)
    )


def _distinctive(word: str, generic: frozenset[str]) -> bool:
    word = word.lower()
    return word not in generic and word.removesuffix("s") not in generic


def quoted_line(line: str) -> str:
    """A line as `how` quotes it: trimmed, and cut short when long."""
    text = " ".join(line.split())
    return f"‘{text if len(text) <= _QUOTED else text[: _QUOTED - 1] + '…'}’"
