"""Which of the leads' sentences may summarise an event, and in what words: none that leans on
a sentence before it, recalls or describes the background, or restates one already chosen; none
with the dateline it was filed under."""

from __future__ import annotations

import re
from collections import Counter

from generator.analysis.words import MONTHS, WEEKDAYS

# A sentence that recalls what came before the happening: a plan that fell through ("were due
# to tour Paris in March but ..."), a time since ("six months after the trip was put off"), a
# day before ("Following the first day of the visit, ..."; "After an hour at the pier" is
# the happening's own course), a state lasting for years, a larger occasion's timetable.
# Background, not what happened.
_RECALLS_EARLIER = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:due|set|scheduled|meant)\s+to|had\s+planned)\b"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\b"
    r"|^Following\s+(?:the|a|an|their|his|her)\b"
    # A state lasting till now ("has advocated for full membership for seven years").
    r"|\b(?:has|have)\s+(?:long\s+)?[a-z]+ed\b[^.;]*?\bfor\s+(?:(?:the\s+(?:past|last)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:years|decades)\b"
    # The larger occasion's timetable ("the summit scheduled to take place on May 9 and 10"):
    # what the news happens within, not the news.
    r"|\bscheduled\s+to\s+(?:take\s+place|be\s+held)\b",
    re.IGNORECASE,
)
# "The old pier closed last week, stranding ...": a standfirst's recap, its first clause of a
# week or more before (not "The board, which was renamed last week, opened ..."; not a
# comparison, "rose 8% from last year"). A sentence that names its own day ("on Wednesday,
# after raising them last month") is the happening's.
_RECAP = re.compile(
    r"^(?:(?!\b(?:which|who|that)\b)[^,;:])*(?<!\bfrom )(?<!\bthan )(?<!\bover )(?<!\bsince )"
    r"\blast\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


# Words (in any case) _RECALLS_EARLIER cannot match without one of; _RECAP needs "last".
_RECALLS_NEEDS = (
    *("due", "set", "scheduled", "meant", "planned", "after", "since", "following"),
    *("years", "decades"),
)


def _recalls(sentence: str) -> bool:
    if _holds_any(sentence, _RECALLS_NEEDS) and _RECALLS_EARLIER.search(sentence):
        return True
    recap = _holds_any(sentence, ("last",)) and _RECAP.search(sentence)
    return bool(recap) and not _names_a_day(sentence)


def _holds_any(sentence: str, needed: tuple[str, ...]) -> bool:
    """Whether the sentence holds one of the words, in any case, that a pattern cannot match
    without: most sentences hold none, and a few substring tests cost far less than the
    pattern's search (a summary weighs hundreds of leads' sentences). A text with letters
    beyond ASCII may hold one that a pattern ignoring case takes for an ASCII letter ('ſ'
    for 's'): it is not ruled out."""
    if not sentence.isascii():
        return True
    lower = sentence.lower()
    return any(word in lower for word in needed)


# A sentence opening on a pronoun leans on one before it ("They were received by ..."): alone
# in a summary, nobody knows who "they" are.
_LEANS_ON_EARLIER = re.compile(r"(?:They|He|She|It|His|Her|Their|Its|These|Those)\b")


def _restates(one: Counter[str], other: Counter[str]) -> bool:
    """Whether two sentences say the same thing in other words: half the words of the shorter
    are the other's ("Milton rapidly strengthened ... on Monday, becoming a Category 5 storm on a
    path toward Florida" of "Milton strengthened rapidly Monday into a Category 5 hurricane on a
    path toward Florida, threatening ..."), or two fifths and two phrases ("made landfall near
    Siesta Key"). A long sentence weighs its many words against a short one's few, which the
    cosine of their terms does not see."""
    words = [{t for t in terms if " " not in t} for terms in (one, other)]
    fewest = min(map(len, words))
    if not fewest:
        return False
    share = len(words[0] & words[1]) / fewest
    phrases = sum(1 for t in one if " " in t and t in other)
    return share >= _RESTATED_SHARE or (share >= _RESTATED_WITH_PHRASES and phrases >= 2)


# How much of a shorter sentence's words another must hold to restate it (see _restates).
_RESTATED_SHARE = 0.5
_RESTATED_WITH_PHRASES = 0.4


def unfit_alone(sentence: str) -> bool:
    """Whether a sentence may summarise only where no other says what happened: it leans on a
    sentence before it, recalls or describes the background, tells what the article itself
    goes on to do, or that someone had nothing to say."""
    return (
        leans_on_earlier(sentence)
        or _recalls(sentence)
        or _describes(sentence)
        or says_nothing_of_it(sentence)
    )


def says_nothing_of_it(sentence: str) -> bool:
    """Whether the sentence tells what the article itself goes on to do, or that someone had
    nothing to say: no summary wants it, even after one that says what happened."""
    return bool(
        (_holds_any(sentence, _ABOUT_THE_ARTICLE_NEEDS) and _ABOUT_THE_ARTICLE.search(sentence))
        or (_holds_any(sentence, _NO_COMMENT_NEEDS) and _NO_COMMENT.search(sentence))
    )


# A standfirst's line about the article rather than the happening: "The mayor also explains
# why the founder stays on the board", "In this piece we look at how ...".
_ABOUT_THE_ARTICLE = re.compile(
    r"\b(?:also\s+)?(?:explains|discusses|examines|looks\s+at|walks\s+through)\s+"
    r"(?:why|how|what|whether)\b"
    r"|^In\s+(?:this|the)\s+(?:article|piece|video|episode|interview|podcast)\b"
)
# A line saying who did not answer: "X was not immediately available for comment", "did not
# respond to a request for comment", "declined to comment". It tells nothing of the happening.
_NO_COMMENT = re.compile(
    r"\b(?:(?:was|were)\s+not\s+(?:immediately\s+)?available|did\s+not\s+(?:immediately\s+)?"
    r"(?:respond|reply|return)|declined\s+to\s+comment|could\s+not\s+(?:immediately\s+)?be\s+"
    r"reached)\b"
)
# A word each of the two patterns above cannot match without (see _holds_any).
_ABOUT_THE_ARTICLE_NEEDS = (
    *("explains", "discusses", "examines", "looks", "walks"),
    *("article", "piece", "video", "episode", "interview", "podcast"),
)
_NO_COMMENT_NEEDS = ("available", "respond", "reply", "return", "declined", "reached")


def leans_on_earlier(sentence: str) -> bool:
    """Whether the sentence opens on a pronoun or on what one before it said ("The comments
    come as ..."): it means nothing without that sentence, which a summary does not show."""
    return bool(_LEANS_ON_EARLIER.match(sentence) or _REFERS_BACK.match(sentence))


# A sentence opening on what a sentence before it said or did ("The mayor's comments come as
# the board weighs ...", "Holm's remarks follow ...", "The move ..."): alone in a summary,
# nobody knows which comments. So with a happening named only by its noun ("The dismissal
# drew a protest from the crew ..."), or a plan, a deal or a law only its noun names ("The plan,
# according to authorities, will span five years"): which one, the sentence before said.
_REFERRED = (
    r"(?:comments?|remarks?|move|decision|announcement|statement|ruling|pledge|warning|"
    r"ouster|firing|sacking|dismissal|departure|resignation|exit|upheaval|shake-?up)"
)
# Named by its noun alone after "the" (not "Morocco's plan", which says whose).
_REFERRED_THING = (
    r"(?:plans?|programmes?|programs?|projects?|schemes?|deals?|agreements?|accords?|"
    r"proposals?|packages?|bills?|laws?|measures?|polic(?:y|ies)|initiatives?)"
)
_REFERS_BACK = re.compile(
    rf"(?:The|This|That|These|Those|Such|[A-Z][\w.]*['’]s)\s+(?:[\w.]+['’]s?\s+)?{_REFERRED}\b"
    r"|(?:The|This|That)\s+(?:\w+\s+){1,2}(?:comes?|came)\s+(?:as|amid|after|despite|just|only)\b"
    rf"|(?:The|This|That|These|Those|Such)\s+{_REFERRED_THING}\b"
)


# A sentence that describes someone or something rather than what happened ("The late harbourmaster
# was one of those who built ...", "This is the first of four hearings"): a standfirst's
# background. One that names a day ("was the first ... on Monday") may be the happening's own.
_DESCRIPTION = re.compile(
    r"^[^,;:]{0,80}?\b(?:was|were|is|are)\s+(?:one\s+of|among|known\s+(?:as|for)|widely|long)\b"
    # "There are 40 new berths, consisting of ...": a standfirst's count, not what happened
    # ("There were two explosions in the port" is: the past tells of the happening).
    r"|^There\s+(?:are|is)\s+(?:about\s+|some\s+|nearly\s+|only\s+|more\s+than\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b"
    r"|^(?:The|This|That|It)\s+(?:\w+\s+){0,3}(?:was|is)\s+(?:the|a|an)\s+(?:first|last|latest)\s+of\b"
)
# Capitalised, as a date is written: "may" and "march" are verbs ("hundreds will march").
_TIME_WORDS = frozenset(w.capitalize() for w in WEEKDAYS | MONTHS) | {
    f(w) for w in ("today", "yesterday", "tonight") for f in (str.lower, str.capitalize)
}


# A word _DESCRIPTION cannot match without (see _holds_any).
_DESCRIPTION_NEEDS = ("one", "among", "known", "widely", "long", "there", "first", "last", "latest")


def _describes(sentence: str) -> bool:
    found = _holds_any(sentence, _DESCRIPTION_NEEDS) and _DESCRIPTION.search(sentence)
    return bool(found) and not _names_a_day(sentence)


def _names_a_day(sentence: str) -> bool:
    return any(word in _TIME_WORDS for word in re.findall(r"[A-Za-z]+", sentence))


# Who a sentence says its news comes from: "..., the Grey House said Monday", "the harbour
# board announced", "according to the ministry".
_SOURCE = r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|[Tt]he\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)"
_ATTRIBUTION = re.compile(
    rf"\b{_SOURCE}\s+(?:said|says|announced|announces|confirmed|stated|reported)\b"
    rf"|\baccording\s+to\s+{_SOURCE}"
)
# The words _ATTRIBUTION cannot match without one of (as written: it heeds case).
_ATTRIBUTION_NEEDS = ("said", "says", "announce", "confirmed", "stated", "reported", "according")
# How much of the shorter of two sentences citing one source the other must hold to be the same
# report: less than _RESTATED_SHARE, since each outlet words a wire's report its own way.
_SAME_REPORT_SHARE = 0.3


def same_report(one: str, other: str, one_counts: Counter[str], other_counts: Counter[str]) -> bool:
    """Whether two sentences are one report in two outlets' words: they cite the same source
    ("the harbour board said Monday" / "the harbour board announced Monday") and share a third
    of their words ("Mayor Ines Holm will travel to Varde ..." / "... will depart next month
    for Varde ..."). Saying it twice leaves no room for what else happened."""
    sources = _sources(one)
    if not sources or not sources & _sources(other):
        return False
    words = [{t for t in terms if " " not in t} for terms in (one_counts, other_counts)]
    fewest = min(map(len, words))
    return bool(fewest) and len(words[0] & words[1]) / fewest >= _SAME_REPORT_SHARE


def _sources(sentence: str) -> set[str]:
    """The sources the sentence cites, lowercased, without "the"."""
    if not any(word in sentence for word in _ATTRIBUTION_NEEDS):
        return set()  # no verb of saying, no "according to": nothing for the pattern to find
    found = (source for match in _ATTRIBUTION.finditer(sentence) for source in match.groups())
    named = (" ".join(source.split()).lower().rstrip(".’'-") for source in found if source)
    return {source.removeprefix("the ") for source in named if source not in _NOT_SOURCES}


# Words before "said" that name no source: a pronoun ("he said"), or "the" alone.
_NOT_SOURCES = frozenset(["it", "he", "she", "they", "we", "i", "on", "in", "the"])


# Where a story was filed, opening a lead's first sentence ("VARDE — ", "KLB – ", "VARDE,
# Norland—", "VARDE -- ", "VARDE: ", "VARDE (Outlet) — "): no part of what happened, and a
# summary shows the sentence without it. A place in capitals, its country or state, whom it
# was filed for, a dash or a colon.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+[A-Z.](?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)*(?: \([^()]{2,30}\))?"
    r"\s*(?:--|[—–]|\s[-:]|:)\s*"
    r"(?=[\"“‘']?[A-Z0-9])"
)


def without_dateline(sentence: str) -> str:
    """The sentence without the dateline it opens on, if a sentence of a few words follows."""
    found = _DATELINE.match(sentence)
    if found is None or len(sentence[found.end() :].split()) < _WORDS_AFTER_DATELINE:
        return sentence
    return sentence[found.end() :]


_WORDS_AFTER_DATELINE = 4
