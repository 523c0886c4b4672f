"""Which day an article reports on: the dates in its text, resolved against its publication date.

The day an article describes is often not the day it was published ("Lee met Xi on Monday",
published Tuesday), and a preview describes a day still to come ("Biden will host Kishida on
April 10"). An editor reads the headline and the lead for the happening reported and sets the
future aside: a preview reports an announcement, not the visit it announces. So mentions in
past or present tense vote for the reported day, weighted by where they stand; mentions in
future tense only mark the article as a preview. The headline and lead say which day: the
dates further down are background (what came before, what comes next) and speak only where
the headline and lead name no day, never for a preview, and never when long before the
publication date.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from dataclasses import dataclass

from generator.analysis.quotes.vocabulary import SPEECH_VERBS
from generator.calendar import MONTH_PATTERN, MONTHS
from generator.models import DescribedDay
from generator.patterns import lazy_compile

_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_WEEKDAY = "|".join(_WEEKDAYS)
# A weekday and a part of the day in capitals mid-sentence is a programme's name ("Saturday
# Night Live", "Monday Night Football"): a day's part is written in lower case ("on Saturday
# night").
_PROGRAMME = r"(?!(?-i:\s+(?:Night|Morning|Evening|Afternoon)\b))"
# A weekday written before a date is part of it: "Monday, Oct. 20, 2025" is that day, however
# far from the publication date, not the Monday before it.
_WEEKDAY_OF_DATE = rf"(?:(?:{_WEEKDAY}),?\s+(?:the\s+)?)?"
# "April 10", "Apr. 10, 2024", "10 April", "10 April 2024", "Monday", "today".
_MENTION = lazy_compile(
    rf"\b(?:{_WEEKDAY_OF_DATE}(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|{_WEEKDAY_OF_DATE}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_PATTERN})\.?(?:,?\s+(?P<year2>\d{{4}}))?"
    rf"|(?P<weekday>{_WEEKDAY}){_PROGRAMME}|(?P<relative>today|yesterday|tomorrow|tonight))\b",
    re.IGNORECASE,
)
# Words before a mention, in its sentence, that put it in the future.
_FUTURE = lazy_compile(
    r"\b(?:will|won't|shall|would|to\s+be|is\s+set|are\s+set|set\s+to|scheduled|due\s+to|"
    r"plans?\s+to|planned|expected|is\s+to|are\s+to|next|upcoming|ahead\s+of|later\s+this|"
    r"from\s+(?=\w+day\b)|starting|beginning|begins?|due\s+(?:on|in|for|by)|(?:was|were)\s+to)\b",
    re.IGNORECASE,
)
# Words right after a mention, in its clause, that make it a day to come: the date is what
# will be, is set or due ("June 14 will decide", "Friday is set to see"), or, a date that is
# a noun (no "on" before it), what is set as the day ("with 4 July set as the day Britons will
# vote"; but "the club on Tuesday named as its captain ..." names no day). Only words that
# follow the date itself: a comma or another verb ends its clause ("on 4 July, voters went",
# "met on Monday and said they will").
_FUTURE_AFTER = lazy_compile(
    r"\s+(?:will|shall|won't|(?:is|are)\s+(?:set|due|expected|to\s+be))\b", re.IGNORECASE
)
# A happening called off or put back: its date names the day it was to be ("the visit on Sunday
# has been postponed", said on a Friday, is the Sunday to come); the report is of the decision.
_CALLED_OFF_AFTER = lazy_compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|now)\s+"
    r"(?:postponed|cancell?ed|called\s+off|delayed|scrapped|shelved|put\s+off|pushed\s+back)\b",
    re.IGNORECASE,
)
# The words of one clause: up to a comma, a colon, a dash or a sentence's end.
IN_CLAUSE = r"[^,;:.!?\u2013\u2014]*"
# A relative clause that does not look ahead: "The King, who yesterday addressed the Senate,
# toured Bordeaux", "the visit, which began Wednesday with a ceremony"; not "Xi, who will
# arrive on Monday", which is of the happening to come. One pattern for the day an article
# reports (here) and for the words discovery weighs (discover/text.py).
RELATIVE_CLAUSE = rf"\b(?:who|which)\b(?!{IN_CLAUSE}\b(?:will|would|is\s+to|are\s+to)\b)"
# A date in such a clause tells what came before, not what the sentence reports; so does one in
# a clause saying what the news followed: "is conducting an inquiry following the discovery
# of the wreck on Thursday", "a day after the vote on Monday". The clause runs from its word to
# the date with no comma or dash between. Not "comes/came after" (there the later happening is
# the subject: "the decision comes after a review on Saturday" is the news), nor "the/a
# following" ("on the following Monday" names the day).
_AFTER_CLAUSE = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bcome\s)(?<!\bcomes\s)(?<!\bcame\s)(?<!\bcoming\s)"
    r"\b(?:after|following)\b"
)
_BACKGROUND_CLAUSE = lazy_compile(
    rf"(?:{RELATIVE_CLAUSE}|{_AFTER_CLAUSE}){IN_CLAUSE}$", re.IGNORECASE
)
_SET_AS_AFTER = lazy_compile(
    r"\s+(?:(?:(?:has|had|have)\s+been|is|are|was|were|now)\s+)?"
    r"(?:set|chosen|named|picked|fixed|scheduled|slated|earmarked|pencil+ed\s+in)\s+(?:as|for)\b",
    re.IGNORECASE,
)
# A verb in the past right before a mention: "the board announced Monday", "said on Friday"
# tell of a day gone, whatever future the sentence's earlier words speak of ("will be sold,
# the board announced Monday"). Not a verb the future is made of ("scheduled Monday",
# "expected on Friday") nor a passive one still to come ("will be announced Monday").
# A word in the past: a verb in "-ed" (not "need", "proceed", "hundred") or a common irregular one.
_ED_WORD = r"(?!\w*eed\b)(?!hundred\b)[a-z]{2,}ed"
_PAST_WORD = (
    rf"(?:{_ED_WORD}|said|told|met|held|made|took|gave|began|sent|"
    r"spoke|wrote|came|went|sold|bought|paid|left|won|lost|struck|fell|rose)"
)
_PAST_VERB_BEFORE = lazy_compile(
    r"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)"
    r"\b(?!(?:scheduled|planned|expected|slated|earmarked|pencilled|penciled|postponed|"
    r"delayed|cancell?ed|rescheduled|needed|intended|proposed|timed)\b)"
    rf"{_PAST_WORD}\s+(?:on\s+)?$"
)
# A clause that is to come: "will" or "be" anywhere in it ("The bill will be formally signed
# on Monday", "The pier will be re-opened on Monday") makes its verb a passive still ahead,
# however many words stand between.
_CLAUSE_TO_COME = lazy_compile(rf"\b(?:will|be)\b(?={IN_CLAUSE}$)", re.IGNORECASE)
# How far before a mention the words right before it are looked for: a verb and "on", an
# owner ("the company's"), far fewer characters than a sentence.
_TAIL = 40
# A clause telling what came before ("UBS will take over following crunch talks Sunday"):
# the talks are done, whatever the main clause looks ahead to; only a future word inside the
# clause itself puts it ahead ("will fly home after the summit ends on Monday" does not count:
# "ends" is no future word, but such a summit is the news day's own).
_PAST_CLAUSE = lazy_compile(
    r"\bfollowing\s+(?!the\s)(?![^,;:.!?\u2013\u2014]*\b(?:will|would|shall|is\s+to|are\s+to|"
    r"next|upcoming)\b)[^,;:.!?\u2013\u2014]*\b[a-z]+s\s+$"
)
# A sentence that opens with its date ("On April 5, he will take charge"): the tense of the
# clause after the comma is the date's.
_OPENING_PHRASE = lazy_compile(
    r"\s*(?:(?:on|from|by|as\s+of|starting|beginning)\s+)?", re.IGNORECASE
)
_FUTURE_MAIN_CLAUSE = lazy_compile(
    r",\s+(?P<skipped>(?:[\w'\u2019-]+\s+){0,4}?)(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|"
    r"are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\b"
)
# A word between the comma and "will" that tells of a day gone: "On Monday, the company said
# it will cut jobs" reports what was said on Monday, not a Monday to come.
# Lower case only: "the United States will" is no "states".
_TOLD_OR_PAST = lazy_compile(rf"{'|'.join(sorted(SPEECH_VERBS))}|{_PAST_WORD}")
_PREPOSITION_BEFORE = lazy_compile(
    r"\b(?:on|since|by|from|until|till|through|of|at|last|this)\s+$", re.IGNORECASE
)
# Words right before a mention that name it as the date of something announced: "announcing
# the date as Thursday, July 4". Only the date they name ("confirmed the date as June 14 on
# Monday" reports the Monday).
_NAMED_AS_DATE = lazy_compile(rf"\b(?:date|day)\s+as\s+(?:(?:{_WEEKDAY}),?\s+)?$", re.IGNORECASE)
# A headline drops its auxiliaries: "ISRO to launch Chandrayaan-3 on Friday" is "ISRO is to
# launch". Only in a headline, and only a lowercase word after "to": "flew to Paris", "went to
# the summit" and a sentence's "to" ("returned to power") are not the future.
_HEADLINE_FUTURE = lazy_compile(
    rf"{_FUTURE.pattern}|\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|power)\b)(?-i:[a-z]+)\b",
    re.IGNORECASE,
)
_SENTENCE_START = lazy_compile(r"[.!?]\s+(?=[A-Z\"“‘'])|\n")
# Where a mention stands says how much it speaks for the article: the headline most.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 0.5
_BODY_CHARS = 1500
# A live page's stamp opening an update: "Update 8:20 p.m. EST March 27:", "Updated March 27,
# 2024, 9:15 a.m.:". The day an entry was written: the story's own day, or soon after.
_CLOCK = r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s*(?-i:[A-Z]{2,4})\b)?"
_LIVE_STAMP = lazy_compile(
    rf"^[\s*>•-]*updated?\b[\s,:]*(?:{_CLOCK}[\s,]*)?(?P<month>{MONTH_PATTERN})\.?\s+"
    rf"(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?(?:[\s,]+{_CLOCK})?\s*[:\u2013\u2014-]",
    re.IGNORECASE | re.MULTILINE,
)
# A day the body names more than this before publication is background, not the news.
RECENT_DAYS = 7
# How a basis opens when only the publication gives the day (see published_only).
_PUBLISHED = "published "
# The year of a month and day named without one, in an article with no publication date: a
# leap year, so that any day of any month fits. days_apart() compares such days by month
# and day alone.
UNKNOWN_YEAR = 2000


@dataclass(frozen=True, slots=True)
class Mention:
    """A date in the text: the words, the day they resolve to, and whether it lies ahead."""

    words: str
    day: datetime.date
    future: bool
    weight: float
    with_year: bool = False  # written with its year ("March 3, 2019")
    at: int = 0  # where it starts in the text it was found in


def described_day(
    title: str, lead: str, text: str, published: datetime.date | None
) -> DescribedDay:
    """The day the article reports on: the best-supported past or present date its headline and
    lead mention (the body's dates vote with them, and speak alone only when the headline and
    lead name no day), else its publication date; with how it was found."""
    opening = _mentions(lead, published, LEAD_WEIGHT)
    headline = _mentions(title, published, HEADLINE_WEIGHT, _HEADLINE_FUTURE)
    # A day weeks before publication in the lead is what the report recalls ("the blowout on
    # Jan. 5, according to a report" published in February), as it is further down.
    front = _recent([*_in_tense_of(headline, opening), *opening], published)
    body = _recent(_mentions(text[len(lead) : _BODY_CHARS], published, BODY_WEIGHT), published)
    if published is None:
        named = _weekday_named(title, lead, text[len(lead) : _BODY_CHARS])
        front, body = (_without_other_years(m, named) for m in (front, body))
    ahead = _best([m for m in front if m.future])
    if any(not m.future for m in front):
        reported = _reported([m for m in front + body if not m.future], published, ahead)
        first_sentence = _sentence_end(lead)
        opening_days = {m.day for m in headline} | {m.day for m in opening if m.at < first_sentence}
        return dataclasses.replace(reported, after_opening=reported.day not in opening_days)
    if published is None and (
        weekday := _relative_day(title, _HEADLINE_FUTURE) or _relative_day(lead, _FUTURE)
    ):
        # "On Saturday" with nothing to count from: the article reports a day of its own, and
        # the dates further down are what came before or what comes next.
        number = _WEEKDAYS.get(weekday.lower())
        if (stamped := _stamped_weekday(text, weekday)) is not None:
            return dataclasses.replace(stamped, ahead=ahead, weekday=number)
        basis = f"\u201c{weekday}\u201d, with no date to count it from"
        return DescribedDay(None, basis, preview=False, ahead=ahead, weekday=number)
    if (
        published is None
        and ahead is None
        and (weekday := _weekday_ahead(title, _HEADLINE_FUTURE) or _weekday_ahead(lead, _FUTURE))
    ):
        # "The visit on Sunday has been postponed" with nothing to count from: a preview all
        # the same, of a day that cannot be placed; the body's dates are background.
        basis = f"looking ahead to \u201c{weekday}\u201d, with no date to count it from"
        return DescribedDay(None, basis, preview=True)
    # A headline and lead that only look ahead make a preview: it reports the announcement,
    # whatever earlier day its body recalls.
    if ahead is None and (reported := [m for m in body if not m.future]):
        return dataclasses.replace(_reported(reported, published, ahead), after_opening=True)
    if published is None and ahead is None and (weekday := _body_weekday(text[len(lead) :])):
        # No date anywhere, but the next paragraph names the weekday of what it reports
        # ("honored the veterans Wednesday"): a clue to which of the days it is.
        basis = f"\u201c{weekday}\u201d after the lead, with no date to count it from"
        return DescribedDay(None, basis, preview=False, weekday=_WEEKDAYS[weekday.lower()])
    if published is not None:
        looking = f", looking ahead to {_shown(ahead)}" if ahead else ""
        basis = f"{_PUBLISHED}{_shown(published)}{looking}"
        return DescribedDay(published, basis, preview=ahead is not None, ahead=ahead)
    if ahead is None and (stamp := live_stamp_day(text)) is not None:
        return DescribedDay(stamp, f"the live update stamped {_shown(stamp)}", preview=False)
    return DescribedDay(None, "no date in the text or the front matter", ahead is not None, ahead)


def live_stamp_day(text: str) -> datetime.date | None:
    """The day of a live page's earliest update stamp ("Update 8:20 p.m. EST March 27:"), in
    the placeholder year if it gives none: the page's entries were written that day or later."""
    days = [
        day
        for match in _LIVE_STAMP.finditer(text)
        if (
            day := _date(
                int(match["year"] or UNKNOWN_YEAR),
                MONTHS[match["month"].lower()],
                int(match["day"]),
            )
        )
    ]
    return min(days, default=None)


def _stamped_weekday(text: str, weekday: str) -> DescribedDay | None:
    """The day an undated article's "on Wednesday" names, counted from its live page's earliest
    update stamp: the weekday on or before it. A stamp without its year has no known weekday,
    and the article is then of the stamp's own day: an update written the day it reports."""
    stamp = live_stamp_day(text)
    if stamp is None:
        return None
    if stamp.year == UNKNOWN_YEAR:
        basis = f"\u201c{weekday}\u201d, the live update stamped {_shown(stamp)}"
        return DescribedDay(stamp, basis, preview=False)
    day = stamp - datetime.timedelta((stamp.weekday() - _WEEKDAYS[weekday.lower()]) % 7)
    basis = f"\u201c{weekday}\u201d, counted from the live update stamped {_shown(stamp)}"
    return DescribedDay(day, basis, preview=False)


def front_names_day(title: str, lead: str) -> bool:
    """Whether an undated article's headline or lead name the day they report (a date, or a
    weekday or "yesterday" with nothing to count it from) as past or present. Where they do
    not, any day found is the body's, which, with no publication date to tell a recent day
    from an old one, may as well be what came before ("went missing on June 2")."""
    front = _mentions(lead, None, LEAD_WEIGHT) + _mentions(
        title, None, HEADLINE_WEIGHT, _HEADLINE_FUTURE
    )
    return any(not m.future for m in front) or bool(
        _relative_day(title, _HEADLINE_FUTURE) or _relative_day(lead, _FUTURE)
    )


def _reported(
    reported: list[Mention], published: datetime.date | None, ahead: datetime.date | None
) -> DescribedDay:
    """The day the past and present mentions support most, and the words that name it."""
    day = _best(reported)
    words = next(m.words for m in sorted(reported, key=lambda m: -m.weight) if m.day == day)
    basis = f"\u201c{words}\u201d" + (f", published {_shown(published)}" if published else "")
    return DescribedDay(day, basis, preview=False, ahead=ahead)


def _recent(body: list[Mention], published: datetime.date | None) -> list[Mention]:
    """The body's mentions without the days long before publication: news is of the last few
    days, and further down an older date is background ("since jury selection on April 15")."""
    if published is None:
        return body
    return [m for m in body if (published - m.day).days <= RECENT_DAYS]


def _weekday_named(title: str, lead: str, body: str) -> str | None:
    """The weekday (or "yesterday") the headline or lead names as past or present, else the
    first the body names so."""
    return (
        _relative_day(title, _HEADLINE_FUTURE)
        or _relative_day(lead, _FUTURE)
        or _relative_day(body, _FUTURE)
    )


def _without_other_years(mentions: list[Mention], weekday: str | None) -> list[Mention]:
    """An undated article's mentions without the dates written with their year that fall on
    another weekday than the one it names as past or present ("the board met on Thursday to
    reopen the pier that burned on March 3, 2019"): news names its day
    by weekday and writes a year only for a day of another year, which is what came before.
    With no publication date, nothing else tells such a day from the news (_recent)."""
    number = _WEEKDAYS.get(weekday.lower()) if weekday else None
    if number is None:
        return mentions
    return [m for m in mentions if not (m.with_year and m.day.weekday() != number)]


def _in_tense_of(headline: list[Mention], lead: list[Mention]) -> list[Mention]:
    """The headline's mentions, a day the lead looks ahead to looking ahead there too: a
    headline drops its verbs ("Xi on state visit to France on May 6"), the lead keeps them.
    A lead whose every date lies ahead ("will host the leaders for the summit scheduled on
    May 9 and 10") makes an announcement of the whole article, its headline's verbless day
    ("Talks on May 8 ahead of summit") one to come as well."""
    ahead = {m.day for m in lead if m.future}
    all_ahead = bool(lead) and all(m.future for m in lead)
    return [
        dataclasses.replace(m, future=True) if m.day in ahead or all_ahead else m for m in headline
    ]


def _relative_day(text: str, future_words: re.Pattern[str]) -> str | None:
    """The first day the text names from its publication ("on Saturday", "yesterday") as past
    or present, if any."""
    for match in _MENTION.finditer(text):
        counted = match["weekday"] or match["relative"] and match["relative"].lower() != "tomorrow"
        if counted and not _looks_ahead(text, match, future_words):
            if _in_background_clause(text, match):
                continue  # "who yesterday opened the pier": what came before
            return match.group(0)
    return None


def _weekday_ahead(text: str, future_words: re.Pattern[str]) -> str | None:
    """The first weekday the text names as one to come ("due on Sunday"), if any."""
    for match in _MENTION.finditer(text):
        if match["weekday"] and _looks_ahead(text, match, future_words):
            return match["weekday"]
    return None


def _body_weekday(body: str) -> str | None:
    """The first weekday the paragraph after the lead names as past or present, if any: a
    wire report's second paragraph says when ("honored the veterans Wednesday at ..."); the
    ones further down recall what came before ("pulled out of a funeral on Tuesday")."""
    paragraph = body.strip().split("\n\n", 1)[0][:_NEXT_PARAGRAPH_CHARS]
    for match in _MENTION.finditer(paragraph):
        if match["weekday"] and not _looks_ahead(paragraph, match, _FUTURE):
            if _in_background_clause(paragraph, match):
                continue
            return match["weekday"]
    return None


_NEXT_PARAGRAPH_CHARS = 500


def _best(mentions: list[Mention]) -> datetime.date | None:
    """The day the mentions support most, by weight; the later on a tie."""
    votes: Counter[datetime.date] = Counter()
    for mention in mentions:
        votes[mention.day] += mention.weight
    return max(votes, key=lambda d: (votes[d], d)) if votes else None


def _mentions(
    text: str,
    published: datetime.date | None,
    weight: float,
    future_words: re.Pattern[str] = _FUTURE,
) -> list[Mention]:
    found = []
    for match in _MENTION.finditer(text):
        looks_ahead = _looks_ahead(text, match, future_words)
        day = _resolve(match, published, looks_ahead)
        if day is None:
            continue
        future = looks_ahead or (published is not None and day > published)
        if not future and (
            _in_background_clause(text, match)
            or _attributive(text, match)
            or _last_weeks_thing(text, match)
        ):
            continue
        with_year = bool(match["year"] or match["year2"])
        found.append(Mention(match.group(0), day, future, weight, with_year, match.start()))
    return found


# "last Sunday's": a possessive weekday after "last" names a thing of that day ("last Sunday's
# robbery", recalled in a report of the arrests since), not the day the report is of.
_POSSESSIVE_AFTER = lazy_compile(r"['\u2019]s\b")


def _last_weeks_thing(text: str, match: re.Match[str]) -> bool:
    return bool(
        match["weekday"]
        and _POSSESSIVE_AFTER.match(text, match.end())
        and _LAST_BEFORE.search(text, max(0, match.start() - _TAIL), match.start())
    )


def _attributive(text: str, match: re.Match[str]) -> bool:
    """Whether a mention names a price to compare with rather than the day of the news: a
    date between an owner or "the" and a market's reference ("a premium to the company's
    April 1 close", "below its March 3 high") tells which close is meant, a day the report
    did not cover. Other things so dated ("won the March 9 election", "the Fed's Tuesday
    decision") are most often the news itself, and keep their day."""
    return bool(
        _REFERENCE_AFTER.match(text, match.end())
        and _OWNER_BEFORE.search(text, max(0, match.start() - _TAIL), match.start())
    )


# An owner or an article right before a date, a market's reference right after it (see
# _attributive).
_OWNER_BEFORE = lazy_compile(r"(?:\w['\u2019]s|\b(?:the|its|their|his|her))\s+$", re.IGNORECASE)
_REFERENCE_AFTER = lazy_compile(
    r"\s+(?:(?:closing|opening|share|stock|trading)\s+)?"
    r"(?:close|closing|price|high|low|peak|level|valuation|value)s?\b"
)


def _in_background_clause(text: str, match: re.Match[str]) -> bool:
    """Whether a mention stands in a relative clause of its sentence ("who yesterday") or in
    an aside about a named subject ("Morrow, dismissed on Friday, was reinstated"): what came
    before the news, not the day it reports."""
    before = text[_sentence_start(text, match.start()) : match.start()]
    return bool(_BACKGROUND_CLAUSE.search(before)) or _in_aside(text, before, match.end())


# An aside between commas that opens with a participle right after the sentence's subject
# name: "Smith, elected on March 3 with a slim lead, said ..." tells what the named one went
# through before, and the sentence goes on to what it reports. A name only: "the deal,
# announced on Monday, values the firm at ..." dates the news itself. The name's comma is the
# sentence's first: a later one closes an aside or a list ("The ship Dali, flagged in
# Singapore, struck ...", "Several leaders, including Biden and Sunak, arrived on Friday"), and
# the verb after it is the sentence's own. A participle in "-ed" only: "The vessel, Dali,
# struck the bridge" is a simple past.
_ASIDE_OPENS = lazy_compile(
    rf"^[^,;\u2013\u2014]*(?-i:\b[A-Z][\w'\u2019-]*),\s+{_ED_WORD}\b{IN_CLAUSE}$"
)
_ASIDE_CLOSES = lazy_compile(r"[^,;:.!?\u2013\u2014]*,\s+(?-i:[a-z])")


def _in_aside(text: str, before: str, end: int) -> bool:
    """Whether a mention stands in an aside about a named subject, closed by a comma."""
    return bool(_ASIDE_OPENS.search(before)) and bool(_ASIDE_CLOSES.match(text, end))


def _looks_ahead(text: str, match: re.Match[str], future_words: re.Pattern[str]) -> bool:
    """Whether the words before the mention, in its sentence, or the words right after it, in
    its clause, put it in the future, or name it as the date announced."""
    before = text[_sentence_start(text, match.start()) : match.start()]
    if _FUTURE_AFTER.match(text, match.end()):
        return True  # "the board announced Friday will be the last day": Friday is to come
    if _told_before(before) or ("following" in before and _PAST_CLAUSE.search(before)):
        return False  # "will be sold, the board announced Monday": the announcement is done
    if _told_after_the_future(before, future_words):
        return False
    return bool(
        future_words.search(before)
        or _NAMED_AS_DATE.search(before)
        or (_OPENING_PHRASE.fullmatch(before) and _future_main_clause(text, match.end()))
        or _CALLED_OFF_AFTER.match(text, match.end())
        or (_SET_AS_AFTER.match(text, match.end()) and not _PREPOSITION_BEFORE.search(before))
    )


def _told_before(before: str) -> bool:
    """Whether a verb in the past stands right before a mention, in a clause with no "will"
    or "be" in it ("the board announced Monday", not "will be formally signed on Monday")."""
    return bool(_PAST_VERB_BEFORE.search(before[-_TAIL:])) and not _CLAUSE_TO_COME.search(before)


# A clause after the future's that tells who said it: ", Morrow said in her first message
# after taking charge on Wednesday" is of a day gone, whatever the quoted "will" looks to.
# Its speaker is at most four words ("chief Ada Morrow", "the company"), its verb in the past
# or one of speech, and the mention is in that clause: no comma between the verb and the date
# ("will travel to Baltimore, the White House said, on Friday" is a Friday to come).
_TOLD_CLAUSE = lazy_compile(
    rf",\s+(?:[\w'\u2019-]+\s+){{1,4}}?(?:{'|'.join(sorted(SPEECH_VERBS))}|{_PAST_WORD})\b"
    rf"{IN_CLAUSE}$"
)


def _told_after_the_future(before: str, future_words: re.Pattern[str]) -> bool:
    """Whether, after the sentence's last future word, a clause opens with its speaker and a
    verb in the past or of speech ("will take a seat, the CEO said ... on Wednesday")."""
    ends = [found.end() for found in future_words.finditer(before)]
    return bool(ends) and bool(_TOLD_CLAUSE.search(before, ends[-1]))


def _future_main_clause(text: str, end: int) -> bool:
    """Whether the clause after a sentence's opening date looks ahead, with no word telling of
    a day gone between its comma and its "will"."""
    clause = _FUTURE_MAIN_CLAUSE.match(text, end)
    return bool(clause) and not any(
        _TOLD_OR_PAST.fullmatch(word) for word in clause["skipped"].split()
    )


def _sentence_end(text: str) -> int:
    """Where the text's first sentence ends (its length if it is one sentence)."""
    end = _SENTENCE_START.search(text)
    return end.start() + 1 if end else len(text)


def _sentence_start(text: str, position: int) -> int:
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, position)]
    return starts[-1] if starts else 0


def _resolve(
    match: re.Match[str], published: datetime.date | None, ahead: bool
) -> datetime.date | None:
    """The day a mention names: a weekday or "yesterday" counted from the publication date
    (past unless the sentence looks ahead), a month and day in the year that puts it nearest."""
    if match["relative"]:
        return (
            published + datetime.timedelta(_RELATIVE[match["relative"].lower()])
            if published
            else None
        )
    if match["weekday"]:
        if published is None:
            return None
        weekday = _WEEKDAYS[match["weekday"].lower()]
        if ahead:  # "will host Lee from Sunday", said on a Friday: two days on
            return published + datetime.timedelta((weekday - published.weekday()) % 7 or 7)
        back = (published.weekday() - weekday) % 7
        before = max(0, match.start() - _TAIL)
        if back == 0 and _LAST_BEFORE.search(match.string, before, match.start()):
            back = 7  # "last Sunday", written on a Sunday: the Sunday a week before
        return published - datetime.timedelta(back)
    month = MONTHS[(match["month"] or match["month2"]).lower()]
    day = int(match["day"] or match["day2"])
    year = match["year"] or match["year2"]
    if year:
        return _date(int(year), month, day)
    if published is None:
        return _date(UNKNOWN_YEAR, month, day)
    candidates = [_date(published.year + shift, month, day) for shift in (-1, 0, 1)]
    return min((c for c in candidates if c), key=lambda c: abs((c - published).days), default=None)


# "last" or "this past" right before a weekday: the one before the day of writing.
_LAST_BEFORE = lazy_compile(r"\b(?:last|this\s+past|past)\s+$", re.IGNORECASE)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _shown(day: datetime.date) -> str:
    return f"{day.day} {day:%B}"


def published_only(when: DescribedDay) -> bool:
    """Whether the article's day is its publication's alone, no date in its text naming it."""
    return when.day is not None and when.basis.startswith(_PUBLISHED)


def known_year_day(day: datetime.date | None) -> str | None:
    """The day as ISO text, or None when its year is the placeholder of a day named without
    one: a year the text never gave must not be shown or exported as if it had."""
    if day is None or day.year == UNKNOWN_YEAR:
        return None
    return day.isoformat()


def days_apart(a: datetime.date, b: datetime.date) -> int:
    """Days between two described days; one of an unknown year is placed in the other's."""
    if (a.year == UNKNOWN_YEAR) != (b.year == UNKNOWN_YEAR):
        known, unknown = (b, a) if a.year == UNKNOWN_YEAR else (a, b)
        moved = _date(known.year, unknown.month, unknown.day)
        if moved is None:
            return 366
        a, b = known, moved
    return abs((a - b).days)
