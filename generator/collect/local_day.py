"""The country a page says it is written for, and the day a time it states only in UTC falls on
there: an American page's "2011-08-25T01:40:40Z" is the evening of the 24th."""

from __future__ import annotations

import datetime
import re

from lxml.html import HtmlElement

from generator.calendar import CAPITALISED_MONTH_PATTERN

# A date or a time the markup states: "2011-08-25T01:40:40Z", "2026-03-02T07:00:00+05:30",
# "2026-03-02T01:30:00" (no zone: the site's own clock), "2026-03-02" (a plain date). A date
# run into something else ("2011-08-23T193242Z_01.jpg", a file's name) states nothing.
_STAMP = re.compile(
    r"(?<![\d-])(?P<day>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
    r"(?![\d:]|T\d)"
)
_UTC_ZONES = frozenset({"Z", "+00:00", "-00:00", "+0000", "-0000"})
# Countries wholly behind UTC, and by how many whole hours at least (their easternmost zone, in
# summer time): before that hour UTC it is still the day before everywhere in them.
_COUNTRY_BEHIND_UTC = {"US": 4, "CA": 2, "MX": 5, "BR": 2, "AR": 3, "CL": 3, "CO": 5, "PE": 5}
# The country a page's language names without its owner choosing it: "en-US" is the default of
# WordPress and of many site builders, on sites in India, Guam or anywhere. Such a page must
# also show a story filed from a place in that country (a dateline) to be taken as its.
_DEFAULT_COUNTRY = "US"
# A state or territory as an American dateline names it: the AP's abbreviations, or in full.
_STATES = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va"
    r"|Wash|W\.Va|Wis|Wyo|D\.C"
)
_STATE_NAMES = (
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii"
    r"|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    r"|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
    r"|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon"
    r"|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont"
    r"|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
# The cities an American dateline names without their state (the AP's list).
_CITIES_ALONE = frozenset(
    {"atlanta", "baltimore", "boston", "chicago", "cincinnati", "cleveland", "dallas"}
    | {"denver", "detroit", "honolulu", "houston", "indianapolis", "las vegas", "los angeles"}
    | {"miami", "milwaukee", "minneapolis", "new orleans", "new york", "oklahoma city"}
    | {"philadelphia", "phoenix", "pittsburgh", "st. louis", "salt lake city", "san antonio"}
    | {"san diego", "san francisco", "seattle", "washington"}
)
# A dateline opening a story: "SAN FRANCISCO (AP) — ", "ANAHEIM, Calif. — ",
# "Washington (CNN) -- ", "DENVER, March 3 (Reuters) - ".
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3})"
    rf"(?:,\s+(?P<state>(?:{_STATES})\.|(?:{_STATE_NAMES}))(?![A-Za-z]))?"
    rf"(?:,\s+(?:{CAPITALISED_MONTH_PATTERN})\.?\s+\d{{1,2}})?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[—–-])\s"
)


def declared_locales(tree: HtmlElement) -> list[str]:
    """The languages the page declares it is written in: its lang, its og:locale ("en-US")."""
    found = tree.xpath("/html/@lang") + tree.xpath('//meta[@property="og:locale"]/@content')
    return [value.strip() for value in found]


def local_day(date: datetime.date, tree: HtmlElement, values: list[str]) -> datetime.date:
    """`date`, or the day before when the markup `values` state that day only as times in UTC
    so early that it was still the day before all over the country the page is written for:
    htmldate keeps the day of "2011-08-25T01:40:40Z", which an American reader's page called
    the 24th."""
    stamps = [found for found in _STAMP.finditer(" ".join(values)) if found["day"] == str(date)]
    hours = _utc_hours(stamps)
    if not hours:
        return date
    behind = _hours_behind_utc(tree)
    # Every time of that day must be that early (a later one is the article's, an early one
    # an embedded video's).
    if not behind or any(hour >= behind for hour in hours):
        return date
    return date - datetime.timedelta(days=1)


def _utc_hours(stamps: list[re.Match[str]]) -> list[int]:
    """The hours of `stamps` when each is a time in UTC, else none: a plain date, or a time on
    the site's own clock or with another offset, states the day itself, and a time of exactly
    midnight is a date stored without its time."""
    hours = []
    for stamp in stamps:
        if not stamp["hour"] or stamp["zone"] not in _UTC_ZONES:
            return []
        if (stamp["hour"], stamp["minute"]) == ("00", "00"):
            return []
        hours.append(int(stamp["hour"]))
    return hours


def _hours_behind_utc(tree: HtmlElement) -> int:
    """How many hours UTC is ahead of every part of the country the page is written for, 0 when
    that is none of those countries, or the page names two countries, or none."""
    # The country is the region after the language ("en-US"): a language alone is none
    # ("ar" is Arabic, not Argentina; "ca" Catalan, not Canada).
    parts = (re.split(r"[-_]", value) for value in declared_locales(tree))
    countries = {split[-1].upper() for split in parts if len(split) > 1}
    if len(countries) != 1:
        return 0
    country = countries.pop()
    if country == _DEFAULT_COUNTRY and not _american_dateline(tree):
        return 0
    return _COUNTRY_BEHIND_UTC.get(country, 0)


def _american_dateline(tree: HtmlElement) -> bool:
    """Whether a story on the page opens with a dateline naming an American place: a block's
    first words ("SAN FRANCISCO (AP) — "), which may sit in a paragraph or loose in a <div>."""
    texts = tree.xpath("//body//text()") + [block.text_content() for block in tree.iter("p")]
    return any(_is_american_dateline(text.strip()) for text in texts)


def _is_american_dateline(text: str) -> bool:
    found = _DATELINE.match(text)
    if not found:
        return False
    return bool(found["state"]) or found["city"].casefold() in _CITIES_ALONE
