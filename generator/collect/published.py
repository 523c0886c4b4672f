"""The date a page says its article was published: htmldate's finding, checked against what the
page states plainly (the article's own structured data, a dateline, the date its address is filed
under, the reading order of its country)."""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement

from generator.calendar import MONTH_PATTERN, MONTHS
from generator.collect.local_day import declared_locales, local_day

# An itemscope of one of these types is the article; a datePublished inside an embedded video's
# or image's itemscope is that object's date, not the article's.
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A dateline opening an article: "Feb. 23, 2015 -- ", "March 3, 2015 — ", "3 March 2015 - ".
_DATELINE = re.compile(
    rf"(?i:\b(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}}),?|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_PATTERN})\.?)"
    r"\s+(?P<year>\d{4})\s*(?:--|[-–—])\s"
)
# A date an address files its article under: year, month and day as path segments in that
# order, a section's name allowed between year and month ("/2010/08/13/", "/2010/politics/08/13/").
# Month and day written with two digits, as such addresses write them: "/2013/world/8/3/" may
# number something else (tests/test_add.py holds a page so filed that states another day).
# htmldate reads only the first; when it takes instead a date the page declares nowhere (from a
# link to another article), the address is the article's own statement.
_ADDRESS_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?:[a-z][\w-]*/)?"
    r"(?P<month>0[1-9]|1[0-2])/(?P<day>0[1-9]|[12]\d|3[01])/",
    re.IGNORECASE,
)
# How far into the article text a dateline may start: after a place name ("WASHINGTON, ").
_DATELINE_REACH = 40
# Languages and countries that write a numeric date month first ("3/09/15" is 9 March).
_MONTH_FIRST_LOCALE = re.compile(r"^en[-_](us|ph)$", re.IGNORECASE)


def date_params(extensive: bool = True) -> dict[str, object]:
    """htmldate's settings: the original date, not an update, and none after today."""
    return {
        "original_date": True,
        "extensive_search": extensive,
        "max_date": datetime.date.today().isoformat(),
    }


def publication_date(found: str, tree: HtmlElement, url: str, text: str) -> datetime.date | None:
    """The article's date: htmldate's `found`, unless the article opens with a dateline (else its
    address is filed under a date) and the page declares `found` nowhere (htmldate then took it
    from a script, a stray line or a link to another article), or it is an embedded object's
    date; read in the page's own order of day and month."""
    date = _htmldate(found, tree, url)
    stated = _dateline(text) or _address_date(url)
    if stated and date != stated and date not in _declared_dates(tree):
        return stated
    date = _not_embedded(date, tree)
    return local_day(_month_first(date, tree), tree, _markup_values(tree)) if date else None


def _address_date(url: str) -> datetime.date | None:
    """The date the article's own address files it under, None when it names none."""
    match = _ADDRESS_DATE.search(urlsplit(url).path) if url else None
    if not match:
        return None
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _htmldate(found: str, tree: HtmlElement, url: str) -> datetime.date | None:
    """The date htmldate found. A 1 January may be only a year: when nothing better turns up, its
    search of the text falls back to a copyright line or a bare year. For such a date only the
    page's markup (meta tags, <time>, structured data) counts, which may give none."""
    if found.endswith("-01-01"):
        found = _markup_date(tree, url)
    return datetime.date.fromisoformat(found) if found else None


def _markup_date(tree: HtmlElement, url: str) -> str:
    """htmldate's date from the page's markup alone, '' when it holds none."""
    return find_date(tree, url=url or None, **date_params(extensive=False)) or ""


def _declared_dates(tree: HtmlElement) -> set[datetime.date]:
    """The ISO dates the page declares in its markup (see _markup_values)."""
    values = _markup_values(tree)
    found = (_date_or_none(iso) for value in values for iso in _ISO_DATE.findall(value))
    return {date for date in found if date}


def _not_embedded(date: datetime.date | None, tree: HtmlElement) -> datetime.date | None:
    """`date`, or the article's own microdata date when `date` is only that of an object the
    article embeds (a video, an image: htmldate takes the first datePublished it meets)."""
    own, embedded = _microdata_dates(tree)
    if own and date in embedded and date not in own:
        return own[0]
    return date


def _microdata_dates(tree: HtmlElement) -> tuple[list[datetime.date], list[datetime.date]]:
    """The ISO datePublished values of the page's microdata: in an article's itemscope, and in
    the itemscope of anything else."""
    own: list[datetime.date] = []
    embedded: list[datetime.date] = []
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("content") or element.get("datetime") or ""
        match = _ISO_DATE.match(value.strip())
        date = _date_or_none(match.group()) if match else None
        if date:
            (own if _in_article_scope(element) else embedded).append(date)
    return own, embedded


def _in_article_scope(element: HtmlElement) -> bool:
    scope = element.getparent()
    while scope is not None and scope.get("itemscope") is None:
        scope = scope.getparent()
    itemtype = scope.get("itemtype", "") if scope is not None else ""
    return bool(_ARTICLE_TYPE.search(itemtype.rstrip("/")))


def _dateline(text: str) -> datetime.date | None:
    """The date of a dateline written with the month's name at the start of the article's first
    paragraph (its headings passed over)."""
    paragraphs = [part.strip() for part in text.split("\n\n")]
    opening = next((part for part in paragraphs if part and not part.startswith("#")), "")
    match = _DATELINE.search(opening[: _DATELINE_REACH + 30])
    if not match or match.start() > _DATELINE_REACH:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).casefold())
    day = int(match["day"] or match["day2"])
    if month is None:
        return None
    try:
        return datetime.date(int(match["year"]), month, day)
    except ValueError:
        return None


def _month_first(date: datetime.date, tree: HtmlElement) -> datetime.date:
    """`date`, or its day and month swapped when htmldate read a page of a month-first country
    day first: the page writes it as digits, day first ("3/09/15" read as 3 September), and
    declares it nowhere as an ISO date."""
    if date.day > 12 or date.day == date.month or not _is_month_first(tree):
        return date
    text = " ".join(tree.xpath("//body//text()"))
    year = f"(?:{date.year}|{date.year % 100:02d})"
    day_first = rf"(?<![\d/])0?{date.day}/0?{date.month}/{year}(?![\d/])"
    if not re.search(day_first, text) or date in _declared_dates(tree):
        return date
    swapped = date.replace(month=date.day, day=date.month)
    return swapped if swapped <= datetime.date.today() else date


def _markup_values(tree: HtmlElement) -> list[str]:
    """Where a page declares its dates: meta tags, <time datetime>, microdata, <abbr title>,
    JSON-LD."""
    values = tree.xpath(
        "//meta/@content | //time/@datetime | //*[@itemprop]/@content | //abbr/@title"
    )
    return values + tree.xpath('//script[@type="application/ld+json"]/text()')


def _is_month_first(tree: HtmlElement) -> bool:
    """Whether the page says it is written for a country that puts the month first."""
    return any(_MONTH_FIRST_LOCALE.match(value) for value in declared_locales(tree))


def _date_or_none(iso: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso)
    except ValueError:
        return None
