"""Short lines in which the site speaks to its reader or names where its material came from,
found by their shape alone: a prompt to share or to comment, a link's "Read more here.", a
news service's name in brackets, "Photos from <address>", a "Breaking ... News:" label, a
prompt to get the site's app."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import COMMENT_FORM
from generator.analysis.lines import Doc, Line, speaks_to_reader
from generator.analysis.promos import PROMO

_PROMPT_WORDS = 25  # a prompt is a sentence or two; a longer line is the story's
_PIECE_WORDS = 10  # a comment prompt in pieces: "We love comments, post a comment"

# Asking the reader to pass the post on: "Spread the love", "You can share this post!",
# "Please, don't forget to react to and share this post so we can ...". The reader is asked;
# a story says who shared what ("The minister shared the post on Monday").
_SHARE_PROMPT = re.compile(
    r"(?i)^\W*(?:spread the (?:love|word)\W*$|(?:please,? )?(?:(?:do(?:n[’']t| not) forget|remember|"
    r"be sure|feel free) to |(?:you can|kindly|why not) )?(?:(?:like|react to|comment on|"
    r"follow)(?:,| and|, and)? )*(?:share|forward|retweet|repost) (?:this|the|our) (?:post|article|"
    r"story|news|page|piece|report)\b)"
)
# After the prompt's words, a clause with a subject of its own that reports or asks: the
# story's sentence ("Share the news with your neighbours, the council urged residents ...").
_OWN_CLAUSE = re.compile(
    r",\s*(?:[\w'’-]+ ){1,4}(?:said|says|urged|urges|told|tells|asked|asks|wrote|writes|added|"
    r"adds|warned|warns|announced|announces|posted|posts)\b"
)
# A link's own words, alone on their line: the address it pointed to is gone.
_LINK_LABEL = re.compile(
    r"(?i)^\W*(?:read|see|find out|learn|get) (?:more|the (?:full|whole|rest of the) "
    r"(?:story|article|report)|the rest) (?:here|below|at (?:this|the) link)[.!]?$"
)
# A news service credited in brackets, alone: "(Daily Post News Service)", "(Metro Press
# Agency)". Its name's words open on capitals and one of them says it is a service.
_SERVICE_CREDIT = re.compile(
    r"^\(\s*(?:[A-Z][\w.'’-]*,? (?:& |and |of |the )?){0,6}(?:News|Features?|Press)?\s?"
    r"(?:Services?|Agency|Agencies|Wire|Syndicate|Bureau|Network)\s*\)\.?$"
)
# Where the pictures came from, as an address: "Photos from https://example.com".
_PICTURES_FROM = re.compile(
    r"(?i)^\W*(?:photos?|pictures?|images?|video|footage)(?: credits?)?\s*(?:from|via|by|"
    r"courtesy(?: of)?|:)\s*:?\s*(?:https?://|www\.)\S+\s*$"
)
# A flash's label over the story, with its colon: "Breaking News:", "Breaking Jamaican News:".
# "Latest News" with no colon heads a list of other stories, which the rules for teasers read.
_BREAKING_LABEL = re.compile(r"(?i)^\W*breaking(?: [A-Z][\w'’-]*){0,2} news\s*:\s*$")
_SENTENCE_PIECES = re.compile(r"[,.!;]\s*")
# The site asking the reader to get its app, named by the outlet's possessive rather than "our"
# ("Tap to get Example Daily's free app.", "Download the Harbour Herald app"): the imperative
# opens the line or follows the site's pitch ("Get the news faster."). A story reports who
# downloaded what ("Residents can download the council's app to ...", "..., officials said").
_APP = r"(?:(?:free|new|mobile|official|news|updated) )*app\b"
_GET_APP = re.compile(
    rf"(?:^|[.!]\s+)(?i:(?:tap|click)(?: here)? to )?(?i:get|download|install) (?:(?:the )?(?:[A-Z][\w&.'’-]*"
    rf" ){{0,4}}[A-Z][\w&.-]*['’]s? |the (?:[A-Z][\w&.'’-]* ){{1,4}}){_APP}"
)


def drop_reader_prompts(doc: Doc) -> None:
    """Drop each kept line of one of the shapes above, with the reason for its kind."""
    for line in doc.kept():
        reason = prompt_reason(line)
        if reason:
            line.reason = reason


def prompt_reason(line: Line) -> str:
    """The reason to drop `line` as one of the shapes above, or ""."""
    if line.words > _PROMPT_WORDS or line.reported:
        return ""
    text = line.plain
    if _share_prompt(text) and speaks_to_reader(line):
        return "share widget"
    if _comment_prompt(line):
        return "comment form"
    if _LINK_LABEL.match(text):
        return PROMO
    if _PICTURES_FROM.match(text):
        return "photo credit"
    if _SERVICE_CREDIT.match(text):
        return "source credit"
    if _BREAKING_LABEL.match(text):
        return "label"
    if "app" in text and _GET_APP.search(text):
        return "call to action"
    return ""


def _share_prompt(text: str) -> bool:
    """A prompt to share the post, with no clause of the story's after it."""
    found = _SHARE_PROMPT.match(text)
    return bool(found) and not _OWN_CLAUSE.search(text, found.end())


def _comment_prompt(line: Line) -> bool:
    """A short line one of whose pieces is a comment form's prompt: "We love comments, post a
    comment". The form's pattern reads whole lines; a prompt after a greeting is the same."""
    if line.words > _PIECE_WORDS or "," not in line.plain and "!" not in line.plain:
        return False
    pieces = [piece for piece in _SENTENCE_PIECES.split(line.plain) if piece.strip()]
    return len(pieces) > 1 and any(COMMENT_FORM.match(piece.strip()) for piece in pieces)
