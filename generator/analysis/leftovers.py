"""Boilerplate that the rules above left behind and its neighbours give away: a teaser under a
dropped "More from ..." heading, an embedded post's first paragraph over its dropped signature,
a summary over the story that the story
repeats, and the outlet's statement of its mission. (A line leading to a video the scraper did
not keep, "CCTV footage captured the collision as it happened:", is a sentence of the story: it
stays.)"""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line, ends_sentence, headline_like, sentence_like
from generator.analysis.site_notices import SITE_NOTICE
from generator.analysis.teasers import TEASER

EMBEDDED_POST = "embedded post"  # the reason clean.py's "embed" rule gives a post's signature
REPEATED_SUMMARY = "summary repeated in the story"
SEARCH_QUESTION = "search-engine question heading"
_CREDIT_REASONS = ("photo credit",)

# "More from International", "More From Sport": a section's list of other stories.
_MORE_FROM = re.compile(r"^More (?:from|in) [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,3}$", re.I)
_CARD_SUMMARY_WORDS = 40  # a card's summary is a sentence or two, often cut short

_POST_TEXT_WORDS = 40  # an embedded post's paragraph is short; a story's may be longer

_SUMMARY_REACH = 3  # kept lines at the top of the page where a summary line sits
_SUMMARY_WORDS = 6  # fewer words are a label, which other rules judge

# The outlet's mission: "The Daily Post is committed to challenging conventional wisdom and ...",
# "Acme News is dedicated to independent journalism." A story's sentence about a company's
# commitment is reported ("..., the company said"), or commits it to no news-making.
# The subject is an outlet's name: its last word names a kind of outlet ("The Daily Post", "Acme
# News", "Newsweek"); a mayor's or a council's commitment is the story's.
_MISSION = re.compile(
    r"^(?:The )?(?:[A-Z][\w.&'’-]* ){0,3}[A-Z]?\w*(?:News|Post|Times|Media|Journal|Herald|"
    r"Tribune|Gazette|Press|Magazine|Network|Wire|Radio|TV|Week|Daily|Observer|Chronicle|Courier|"
    r"Standard|Mail|Star|Sun|Mirror|Express|Independent|Guardian|Telegraph|Inquirer|Bulletin|"
    r"Register|Monitor|Today|Review|Record)\w* "
    r"(?:is|are) (?:committed|dedicated) to\b"
)
_MISSION_WORDS = re.compile(
    r"(?i)\b(?:journalism|reporting|conventional wisdom|common ground|readers?|the truth|"
    r"facts?|accuracy|news)\b"
)
_MISSION_LENGTH = 30

# A search engine's question set as a subheading in Title Case, over the paragraph answering it:
# "Did Anyone Die in the Bridge Collapse?". An editor's question subheading is a sentence ("What
# happens next?"); the story's own questions are quoted or reported.
_SEARCH_QUESTION = re.compile(
    r"^(?:Did|Does|Do|Is|Are|Was|Were|Has|Have|Can|Will|What|Who|Why|How|When|Where|Which) "
    r"[^\"“”]{8,120}\?$"
)
_QUESTION_WORDS = (5, 16)
_ANSWER_WORDS = 8  # the paragraph under it answers; a shorter line is a label or a card's


def drop_leftovers(doc: Doc) -> None:
    """Drop the leftovers described in this module's docstring."""
    _drop_cards_under_more_from(doc)
    _drop_post_openings(doc)
    _drop_repeated_summary_line(doc)
    _drop_mission_statements(doc)
    _drop_search_questions(doc)


def _drop_cards_under_more_from(doc: Doc) -> None:
    """The cards under a dropped "More from <Section>" heading: each a bulleted headline and the
    summary line under it."""
    for index, line in enumerate(doc.lines):
        if line.reason and _MORE_FROM.match(line.plain):
            _drop_cards(doc.lines[index + 1 :])


def _drop_cards(below: list[Line]) -> None:
    after_headline = False
    for line in below:
        if line.reason:
            continue
        if line.kind == "bullet" and headline_like(line.plain, 3):
            line.reason, after_headline = TEASER, True
        elif after_headline and line.kind == "para" and line.words <= _CARD_SUMMARY_WORDS:
            line.reason, after_headline = TEASER, False
        else:
            return


def _drop_post_openings(doc: Doc) -> None:
    """An embedded post's first paragraph, right above its dropped signed paragraph ("— Jane Doe
    (@janedoe) May 4, 2025"): the story quotes the post, so its words are in another kept line."""
    for above, line in zip(doc.lines, doc.lines[1:], strict=False):
        if line.reason != EMBEDDED_POST or above.reason:
            continue
        if above.kind != "para" or above.words > _POST_TEXT_WORDS or above.plain.endswith(":"):
            continue
        if _quoted_elsewhere(above, doc.kept()):
            above.reason = EMBEDDED_POST


def _quoted_elsewhere(line: Line, kept: list[Line]) -> bool:
    return bool(line.key) and any(
        other is not line and len(other.key) > len(line.key) and line.key in other.key
        for other in kept
    )


def _drop_repeated_summary_line(doc: Doc) -> None:
    """A summary line over the story, with no full stop, whose words open a paragraph below it
    ("Biden arrived on Friday for the summit" over "Biden arrived on Friday for the summit.
    Shortly after, ..."): the page's standfirst, repeated by the story."""
    kept = doc.kept()
    for index, line in enumerate(kept[:_SUMMARY_REACH]):
        if line.kind != "para" or line.words < _SUMMARY_WORDS or ends_sentence(line.plain):
            continue
        if any(_goes_on_from(line.plain, other) for other in kept[index + 1 :]):
            line.reason = REPEATED_SUMMARY


def _goes_on_from(summary: str, other: Line) -> bool:
    """`other` is a paragraph of the story opening on the summary's words, then going on after a
    stop or a comma; a caption repeated with its credit glued on is the caption rules' to judge."""
    rest = other.plain[len(summary) :]
    return (
        other.kind == "para"
        and other.plain.startswith(summary)
        and rest[:1] in (".", ",")
        and ends_sentence(other.plain)
    )


def _drop_mission_statements(doc: Doc) -> None:
    """The outlet's statement of its mission: its name committed to news-making, unreported."""
    for line in doc.kept():
        if line.words > _MISSION_LENGTH or line.reported:
            continue
        if _MISSION.match(line.plain) and _MISSION_WORDS.search(line.plain):
            line.reason = SITE_NOTICE


def _drop_search_questions(doc: Doc) -> None:
    """A Title Case question over a paragraph of the story (see _SEARCH_QUESTION)."""
    kept = doc.kept()
    for line, below in zip(kept, kept[1:], strict=False):
        low, high = _QUESTION_WORDS
        if line.reported or not low <= line.words <= high or below.kind != "para":
            continue
        title_case = not sentence_like(line.plain) and _all_capitalised(line.plain)
        if title_case and _SEARCH_QUESTION.match(line.plain) and below.words >= _ANSWER_WORDS:
            line.reason = SEARCH_QUESTION


def _all_capitalised(text: str) -> bool:
    """Every word of four letters or more opens with a capital, as a Title Case heading's."""
    return all(token[:1].isupper() for token in text.split() if len(token.strip("?,")) >= 4)
