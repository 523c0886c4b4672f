"""A site's name standing over a page that gave no title ("Riverside News Wave"), which the
headline rule (story.py) must not take for the story's headline.

A masthead is a name: a few capitalised words, one of which says what kind of outlet it is
(_LAST_WORDS: "News", "Times", "Herald"), with at most one word after it ("Gulf News
Weekly"), which names no feature ("Harbour News Roundup" heads its own page), and no word that
reads as a headline's verb ("Fox News Settles Lawsuit", "Post Office Closes", "Star Striker
Injured"). A headline with no such word ("Markets Rally Again") is never one. A word after the
outlet's kind may be a headline's noun ("Sunday Times Apology", "Global Times Editorial"), so
the name must then stand over the page's real headline, another headline-like line.
"""

from __future__ import annotations

import re

from generator.analysis.lines import Line, headline_like
from generator.wires import NEWS_WORDS

MASTHEAD = "masthead"
_NAME_WORDS = (2, 5)
_JOINS = frozenset({"of", "the", "and", "&"})
_WORD = re.compile(r"[A-Z][\w'’.&-]*|of|the|and|&")
# A title-case headline's verb: "Settles", "Closes", "Injured". A name seldom ends a word so
# but in "ss" ("Express", "Press"), a possessive, or a word that names the outlet ("Times").
_VERB_LIKE = re.compile(r"[^s']s$|ed$")
# The outlet's kind ending its name ("The North West Star"): a word of wires.NEWS_WORDS, but
# for those a headline ends on as often ("London Fashion Week", "Grand National Today", "Annual
# Budget Review").
_LAST_WORDS = NEWS_WORDS - frozenset(
    {"week", "today", "review", "report", "reporter", "network", "media", "online", "agency"}
    | {"wire", "bulletin", "record", "standard", "register", "weekly"}
)
# The kind with a word after it ("Riverside News Wave"): only the words that name nothing but an
# outlet; "Herald Sun Fire" has "Sun" as a headline's word.
_OUTLET_WORDS = _LAST_WORDS - frozenset(
    {"star", "sun", "independent", "nation", "globe", "monitor", "insider", "radio", "tv"}
    | {"television", "broadcasting"}
)
_AFTER_KIND = 1  # words after the outlet's kind: "Riverside News Wave", not "Press Freedom Day"
# A word after the outlet's kind that names one of its regular features, not the outlet: "Daily
# News Summary", "Lakeside Times Roundup" head a page of their own.
_FEATURES = frozenset(
    {"summary", "summaries", "roundup", "round-up", "update", "updates", "digest", "briefing"}
    | {"brief", "briefs", "highlights", "headlines", "wrap", "wrap-up", "recap", "quiz", "live"}
    | {"alert", "alerts", "explainer", "podcast", "edition", "special"}
)


def _words_after_kind(lowered: list[str]) -> int:
    """How many words follow the outlet's kind in a name's lower-cased words; more than
    _AFTER_KIND when it names no kind of outlet."""
    if lowered[-1] in _LAST_WORDS:
        return 0
    kinds = [index for index, token in enumerate(lowered) if token in _OUTLET_WORDS]
    return len(lowered) - 1 - kinds[-1] if kinds else _AFTER_KIND + 1


def is_masthead(line: Line, below: Line | None) -> bool:
    """Whether `line`, over the kept line `below` (None if none), is a site's name as the
    module's docstring describes it."""
    tokens = line.plain.split()
    low, high = _NAME_WORDS
    if not low <= len(tokens) <= high or not all(_WORD.fullmatch(token) for token in tokens):
        return False
    lowered = [token.lower().replace("’", "'").removesuffix("'s") for token in tokens]
    after = _words_after_kind(lowered)
    if after > _AFTER_KIND or lowered[-1] in _FEATURES:
        return False
    if after and not (below and headline_like(below.plain, min_words=2)):
        return False  # "Sunday Times Apology" over the story: the page's headline
    others = (token for token in lowered if token not in NEWS_WORDS and token not in _JOINS)
    return not any(_VERB_LIKE.search(token) for token in others)
