"""Take the web boilerplate out of a scraped article body and return the story as Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice, takewhile
from typing import NamedTuple

from generator.analysis.boilerplate import (
    AD_LABEL,
    AD_SHORT_LABEL,
    AD_WORD,
    AI_HINT,
    AI_MADE,
    ATTRIBUTION,
    AUTHOR_LABEL,
    BARE_BYLINE_LABEL,
    BLOCK_TAG_CLOSE,
    BLOCK_TAG_OPEN,
    BYLINE,
    CALENDAR,
    CALL_TO_ACTION,
    COMMENT_FORM,
    COOKIE_NOTICE,
    COPYRIGHT_FOOTER,
    DATED_BYLINE,
    HTML_COMMENT_CLOSE,
    ICON_ALT_TEXT,
    INLINE_TEASER,
    MENU_SEPARATOR,
    META_SEPARATOR,
    NAME_GLUE,
    NAV_SEPARATOR,
    NAV_TOKEN,
    NAV_WORDS,
    NEWSLETTER_PROMPT,
    PHOTO_CREDIT,
    PROMPT_START,
    PROSE_WORD,
    READER_ADDRESS,
    READING_TIME,
    RELATED_HEADING,
    SCRIPT_CODE,
    SELF_REFERENCE,
    SHARE_CORE,
    SHARE_WORDS,
    SITE_VOICE,
    SOCIAL_COUNT,
    STAFF_CREDIT,
    STAFF_ROLE,
    STOPWORDS,
    TAG_CLOSE,
    TAG_LIST,
    TAG_START,
    TIME_WORDS,
    UI_PHRASE,
    UI_WORDS,
)
from generator.models import CleanedArticle, RemovedLine

AI_GENERATED = "ai-generated"


# -- Whitespace and line shapes ---------------------------------------------------------------
_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^(#{1,6}) (.+?)(?: #+)?$")
_BULLET = re.compile(r"^[•·▪●◦‣∙–—*-] (.+)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)] (.+)$")
# A comment may hold "<" but not another "<!--": each start then scans only to the next one,
# so a line of many unclosed comments costs linear time, not quadratic.
_TAG = re.compile(r"<(?:!--(?:[^<]|<(?!!--))*?--|[a-zA-Z/!][^<>]*)>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_STRAIGHT_QUOTES = str.maketrans("‘’“”", "''\"\"")
# Tokens some judgements below split a line into.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_NAME_SEPARATOR = re.compile(r"[\s,|;/()]+")
_TIME_TOKEN = re.compile(r"[a-z]+|\d+")
_SHARE_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?")
# Vocabularies _is_timestamp combines, joined once rather than for each line.
_DATE_WORDS = CALENDAR | {"ago", "today", "yesterday"}
_TIME_OR_NAV_WORDS = TIME_WORDS | NAV_WORDS


# -- The document the rules work on -----------------------------------------------------------
@dataclass
class _Line:
    """One non-empty source line, its Markdown role, and why it was dropped ("" while kept)."""

    source: str  # the whitespace-normalised line, as RemovedLine reports it
    kind: str  # "para", "heading", "bullet" or "number"
    text: str  # the line without its list or heading marker
    marker: str = ""
    plain: str = ""  # text without tags and with straight quotes: what the rules read
    reason: str = ""
    # Worked out once from plain, as most rules look at them:
    words: int = 0
    reported: bool = False  # holds reported speech ("said"), as story sentences do
    key: str = ""  # _key(plain)


@dataclass
class _Doc:
    """The lines of one article while the rules run over it."""

    lines: list[_Line]
    title: str
    headline: str = ""
    flags: set[str] = field(default_factory=set)

    def kept(self) -> list[_Line]:
        return [line for line in self.lines if not line.reason]


class Rule(NamedTuple):
    """A named step of the cleaner; it gives each line it drops a reason."""

    name: str
    apply: Callable[[_Doc], None]


def _parse(source: str) -> _Line:
    if match := _MD_HEADING.match(source):
        line = _Line(source, "heading", match[2], "#" * max(2, len(match[1])) + " ")  # h1 = title
    elif match := _BULLET.match(source):
        line = _Line(source, "bullet", match[1], "- ")
    elif match := _NUMBERED.match(source):
        line = _Line(source, "number", match[2], f"{match[1]}. ")
    else:
        line = _Line(source, "para", source)
    plain = _ENTITY.sub(" ", _TAG.sub(" ", line.text)).translate(_STRAIGHT_QUOTES)
    line.plain = " ".join(plain.split())
    line.words, line.key = len(line.plain.split()), _key(line.plain)
    line.reported = bool(ATTRIBUTION.search(line.plain.lower()))
    return line


def _split_lines(raw: str) -> list[_Line]:
    text = _INVISIBLE.sub("", _LINE_BREAK.sub("\n", raw))
    sources = (" ".join(line.split()) for line in text.split("\n"))  # tabs, NBSPs: one space
    return [_parse(source) for source in sources if source]


# -- Judgements the rules share ---------------------------------------------------------------
def _words(text: str) -> int:
    return len(text.split())


def _undecorated(text: str) -> str:
    """Text without the punctuation around it: "– Advertisement –" -> "Advertisement"."""
    start = next((index for index, char in enumerate(text) if char.isalnum()), len(text))
    end = next((index for index in range(len(text), start, -1) if text[index - 1].isalnum()), 0)
    return text[start:end]


def _ends_sentence(text: str) -> bool:
    """Ends with . ! ? : ; or …, perhaps inside quotes or brackets, or with a dash that runs on."""
    tail = text.rstrip("\"'”’»)]")
    return bool(tail) and tail[-1] in ".!?:;…" or text.endswith(("-", "–", "—"))


def _key(text: str) -> str:
    """Text as a reader compares it: case, punctuation and spacing ignored."""
    return "".join(filter(str.isalnum, text.casefold()))


def _is_chrome_sized(text: str, limit: int = 25) -> bool:
    """Short and not reported speech, so that a keyword in it marks it as site chrome."""
    return _words(text) <= limit and not ATTRIBUTION.search(text.lower())


def _speaks_to_reader(line: _Line) -> bool:
    """A label ("Newsletter"), the site speaking ("our"), or a paragraph urging the reader.

    A list item urging the reader is more likely the story's own advice ("- register online").
    """
    text = line.plain
    label = _words(text) <= 3 and not text.endswith(".")
    urging = READER_ADDRESS.search(text) or (PROMPT_START.match(text) and _words(text) <= 10)
    return label or bool(SITE_VOICE.search(text)) or (bool(urging) and line.kind == "para")


def _headline_like(text: str, min_words: int = 1) -> bool:
    first = text.lstrip("\"'“‘«([")[:1]
    short = min_words <= _words(text) <= 25 and not _ends_sentence(text)
    return short and (first.isupper() or first.isdigit())


def _is_prose(text: str) -> bool:
    return _ends_sentence(text) and _words(text) >= 8


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.lower())).difference(STOPWORDS)


def _nav_tokens(text: str) -> set[str]:
    return {token.lower() for token in NAV_TOKEN.findall(text)}


def _name_like(text: str, min_names: int) -> bool:
    tokens = [token for token in _NAME_SEPARATOR.split(text.rstrip(".")) if token]
    names = [token for token in tokens if token.lower() not in NAME_GLUE]
    return (
        0 < len(tokens) <= 12
        and len(names) >= min_names
        and names[0].lower() not in CALENDAR
        and all(name[:1].isupper() and not any(c.isdigit() for c in name) for name in names)
    )


def _is_timestamp(text: str) -> bool:
    """A date or time, perhaps with a section name ("World 3 hours ago", "News 12:30 4 May")."""
    tokens = _TIME_TOKEN.findall(text.lower())
    dated = any(t.isdigit() or t in ("ago", "today", "yesterday", "now") for t in tokens)
    words = {t for t in tokens if not t.isdigit()}
    calendar = bool(words & _DATE_WORDS) or ":" in text
    fits = words <= TIME_WORDS or (words <= _TIME_OR_NAV_WORDS and calendar)
    return 0 < len(tokens) <= 16 and dated and bool(fits)


def _is_author(text: str, first: bool) -> bool:
    if match := BYLINE.match(text):
        prefixed, name = not text.lower().startswith("by"), match[1]
        return not name or _name_like(name, 1 + (not prefixed)) or (not first and _words(name) < 4)
    if AUTHOR_LABEL.match(text) or STAFF_ROLE.search(text):
        return _words(text) <= 12 and text[:1].isupper() and not _ends_sentence(text)
    return not first and _name_like(text, 2) and _words(text) <= 4


def _meta_reason(text: str) -> str:
    """'byline', 'timestamp' or 'reading time' when every part of the line is one of those."""
    words, lower = _words(text), text.lower()
    if words > 50:
        return ""
    credit = any(hint in lower for hint in ("by", "source", "contributed"))  # cheap, first
    if credit and STAFF_CREDIT.search(text) and _is_chrome_sized(text, 50):
        return "byline"
    dated_by = " by " in lower and DATED_BYLINE.match(text)
    if dated_by and _is_timestamp(dated_by[1]) and _words(dated_by[2]) < 4:
        return "byline"
    reasons = []
    parts = META_SEPARATOR.split(text.strip("()[] ")) if words <= 24 else [""]
    for index, part in enumerate(parts):
        if READING_TIME.match(part.strip()):
            reasons.append("reading time")
        elif _is_timestamp(part):
            reasons.append("timestamp")
        elif _is_author(part.strip(), first=index == 0):
            reasons.append("byline")
        else:
            return ""
    return "byline" if "byline" in reasons else reasons[0] if reasons else ""


# -- Tests of one line ------------------------------------------------------------------------
def _matches(pattern: re.Pattern[str], limit: int = 25) -> Callable[[_Line], bool]:
    """Short lines, not reported speech, in which `pattern` occurs."""
    # The length first: a cheap test that spares the pattern most lines of prose.
    return lambda line: (
        line.words <= limit and not line.reported and bool(pattern.search(line.plain))
    )


def _prompts(pattern: re.Pattern[str]) -> Callable[[_Line], bool]:
    """Short lines in which `pattern` occurs, speaking to the reader."""
    matches = _matches(pattern)
    return lambda line: matches(line) and _speaks_to_reader(line)


def _plain(test: Callable[[str], object], limit: int = 10**9) -> Callable[[_Line], bool]:
    """A test of the plain text of lines of at most `limit` words."""
    return lambda line: line.words <= limit and bool(test(line.plain))


def _is_code(line: _Line) -> bool:
    """Script or style source, not a story sentence that quotes a brace or a semicolon."""
    text = line.plain
    marks = ("{", "}", ";", "=", "function", "window.", "document.")  # cheap before the pattern
    return (
        any(mark in text for mark in marks)
        and bool(SCRIPT_CODE.search(text))
        and not _reads_as_prose(line)
    )


def _reads_as_prose(line: _Line) -> bool:
    """Mostly words, several of them, ending on . ! ? or reporting speech: a sentence, not code.

    Unlike _ends_sentence, a ";" does not count: JavaScript statements end with one, and a
    block of code that quotes "said" still ends with a brace or a semicolon.
    """
    tokens = line.plain.split()
    words = sum(1 for token in tokens if PROSE_WORD.fullmatch(token))
    last = line.plain.rstrip("\"')]»")[-1:]
    ends = last in (".", "!", "?", "…") or (line.reported and last not in ("{", "}", ";"))
    return words >= 6 and 4 * words >= 3 * len(tokens) and ends


def _is_ai_disclaimer(line: _Line) -> bool:
    if line.words > 80 or line.reported or not AI_HINT.search(line.plain):
        return False
    return bool(SELF_REFERENCE.search(line.plain) and AI_MADE.search(line.plain))


def _is_cookie_notice(line: _Line) -> bool:
    if line.words > 70 or line.reported:
        return False
    label = line.words <= 4 and not line.plain.endswith(".")
    speaks = label or READER_ADDRESS.search(line.plain) or SITE_VOICE.search(line.plain)
    return bool(speaks and COOKIE_NOTICE.search(line.plain))


def _is_advertisement(text: str) -> bool:
    label = _undecorated(text)
    by_word = AD_WORD.search(label) and _words(label) <= 6
    return bool(
        AD_LABEL.match(label) or by_word or (AD_SHORT_LABEL.search(label) and _words(label) <= 2)
    )


def _is_share_widget(text: str) -> bool:
    tokens = set(_SHARE_TOKEN.findall(text.lower()))
    if SOCIAL_COUNT.match(text):
        return True
    return 0 < len(tokens) <= 12 and tokens <= SHARE_WORDS and bool(tokens & SHARE_CORE)


def _is_navigation(text: str) -> bool:
    """Only navigation words, glued or separated or with a UI word; or a menu of short items."""
    words = _words(text)
    items = MENU_SEPARATOR.split(text) if any(mark in text for mark in "|•·∙›»") else []
    if len(items) >= 3 and all(0 < _words(item) <= 4 for item in items):
        return True
    if words <= 8 and UI_PHRASE.search(text):
        return True
    tokens = _nav_tokens(text) if words <= 12 else set()
    nav_only = 0 < len(tokens) <= 12 and tokens <= NAV_WORDS
    return nav_only and bool(NAV_SEPARATOR.search(text) or tokens & UI_WORDS)


def _each_line(
    reason: str, test: Callable[[_Line], bool], flag: str = ""
) -> Callable[[_Doc], None]:
    """A rule that drops every kept line that passes `test`."""

    def apply(doc: _Doc) -> None:
        for line in doc.kept():
            if test(line):
                line.reason = reason
                doc.flags.update({flag} - {""})

    return apply


# -- Rules that look at more than one line ----------------------------------------------------
def _drop_html(doc: _Doc) -> None:
    """Markup lines: <script>/<style>/... elements and comments even across lines, tag lines."""
    lines, index = doc.lines, 0
    # Where each closer next matches, from the last search: many unclosed openers (hostile or
    # broken pages) would otherwise each scan to the end, quadratic in the number of lines.
    next_close: dict[re.Pattern[str], int] = {}
    while index < len(lines):
        source, end, closer, column = lines[index].source, index, None, 0
        if match := BLOCK_TAG_OPEN.match(source):
            closer, column = BLOCK_TAG_CLOSE[match[1].lower()], match.end()
        elif source.startswith("<!--"):
            closer, column = HTML_COMMENT_CLOSE, 4
        elif TAG_START.match(source.lower()) and ">" not in source:
            closer = TAG_CLOSE  # a tag whose attributes run on to the next lines
        if closer and not closer.search(source, column):
            if next_close.get(closer, -1) <= index:
                ends = (j for j in range(index + 1, len(lines)) if closer.search(lines[j].source))
                next_close[closer] = next(ends, len(lines))
            # Never closed: drop only the opening line rather than the rest of the story.
            end = next_close[closer] if next_close[closer] < len(lines) else index
        tagged = _TAG.search(source)
        wrapped = (
            tagged and source.startswith("<") and source.endswith(">") and lines[index].words < 4
        )
        if closer or wrapped or (tagged and not lines[index].key):
            for line in lines[index : end + 1]:
                line.reason = "HTML markup"
        index = end + 1


def _drop_meta_lines(doc: _Doc) -> None:
    """Bylines, datelines and reading times, and a name under a bare "By" label or above a role."""
    previous, after_label = None, False
    for line in doc.kept():
        speech = line.reported and not BYLINE.match(line.plain)  # "Reported by" is a byline
        line.reason = "" if line.words > 50 or speech else _meta_reason(line.plain)
        if not line.reason and after_label and line.words <= 4 and _name_like(line.plain, 1):
            line.reason = "byline"
        role = line.reason == "byline" and previous and previous.words <= 4
        if role and STAFF_ROLE.search(line.plain) and _name_like(previous.plain, 2):
            previous.reason = previous.reason or "byline"  # "Jane Doe" above "Seoul correspondent"
        previous, after_label = (
            line,
            line.reason == "byline" and bool(BARE_BYLINE_LABEL.match(line.plain)),
        )


def _is_teaser_card(text: str) -> bool:
    """A headline, or a summary without a story paragraph's quotes and attribution."""
    return _headline_like(text) or (_is_chrome_sized(text, 60) and '"' not in text)


def _drop_related_blocks(doc: _Doc) -> None:
    """A "Related"/"Most read"/"Read more" heading below some story, and its teasers."""
    kept = doc.kept()
    # The kept lines above the current one, summed up as the loop goes (a line's fate is settled
    # once passed), so that a long page costs linear time rather than quadratic.
    story: set[str] = set()
    prose_above = False
    for position, heading in enumerate(kept):
        # Above the story a "Related" line is a menu item, left to the navigation rules.
        if (
            not heading.reason
            and prose_above
            and _words(heading.plain) <= 8
            and RELATED_HEADING.match(_undecorated(heading.plain))
        ):
            heading.reason = "related-article teaser"
            _drop_teasers(kept, position, story)
        if not heading.reason:
            prose_above = prose_above or _is_prose(heading.plain)
            story |= _content_words(heading.plain)


def _drop_teasers(kept: list[_Line], position: int, story: set[str]) -> None:
    """The teasers under the related-articles heading at `position`."""

    def rest() -> Iterator[_Line]:
        return (kept[i] for i in range(position + 1, len(kept)) if not kept[i].reason)

    def off_topic(text: str) -> bool:
        words = _content_words(text)
        return _headline_like(text) or len(words & story) < 0.25 * max(1, len(words))

    first = list(islice(rest(), 5))
    short = len(first) <= 4 and all(_is_teaser_card(line.plain) for line in first)
    if short or all(off_topic(line.plain) for line in rest()):
        teasers = list(rest())
    else:  # More story follows: only the headlines right under the heading are teasers.
        teasers = list(takewhile(lambda line: _headline_like(line.plain), rest()))
    for line in teasers:
        line.reason = "related-article teaser"


def _take_headline(doc: _Doc) -> None:
    """The title, or else the first headline-like line above the story; its repeats are dropped.

    Short lines above the headline's first appearance are page chrome: kickers, menus, labels.
    """
    headline, above, started = doc.title, [], False
    headline_key = _key(_TAG.sub("", headline))
    for line in doc.kept():
        if not headline and not started and line.kind in ("para", "heading"):
            if _headline_like(line.plain, 3):
                headline, line.reason = line.text, "headline"
                headline_key = _key(_TAG.sub("", headline))
        elif headline and line.key == headline_key:
            line.reason = "repeated headline"
        if line.reason:
            for chrome in above if not started else ():
                chrome.reason = "navigation"
            started = True
        elif not started and (_is_prose(line.plain) or line.kind in ("bullet", "number")):
            started = True  # the story has begun
        elif not started and _words(line.plain) <= 6:
            above.append(line)
    doc.headline = headline
    for line in doc.lines:  # the repeated-lines rule, which runs first, saw them as mere repeats
        if line.reason == "repeated line" and headline_key and line.key == headline_key:
            line.reason = "repeated headline"


def _drop_repeated_lines(doc: _Doc) -> None:
    """A line already kept once (a photo caption repeating a subheading, a pull quote)."""
    seen: set[str] = set()
    for line in doc.kept():
        if line.key in seen:
            line.reason = "repeated line"
        seen.add(line.key)


def _drop_lines_outside_story(doc: _Doc) -> None:
    """Above the first paragraph of prose and below the last, section names and short labels.

    Between paragraphs the same "World" or "Context" is a subheading, so it stays.
    """
    kept = doc.kept()
    prose = [index for index, line in enumerate(kept) if _is_prose(line.plain)]
    # A story may end on a short sentence ("Talks resume on Monday."), so the lower bound is
    # the last full sentence of any length, not the last long one.
    sentences = [i for i, line in enumerate(kept) if _ends_sentence(line.plain) and line.words >= 3]
    for index, line in enumerate(kept):
        if prose and prose[0] <= index <= max(prose[-1], sentences[-1]):
            continue
        tokens = _nav_tokens(line.plain) if line.words <= 12 else set()
        ellipsis = line.plain.endswith(("...", "…"))  # "Search...", "Loading…"
        label = line.words <= 4 and (ellipsis or not _ends_sentence(line.plain))
        if tokens and tokens <= NAV_WORDS:
            line.reason = "navigation"
        elif prose and label and line.kind in ("para", "heading"):
            line.reason = "short line outside the story"


# The cleaner, in order: each rule sees only the lines that the rules above it kept.
RULES: tuple[Rule, ...] = (
    Rule("html", _drop_html),
    Rule("script_code", _each_line("HTML markup", _is_code)),
    Rule("decoration", _each_line("decoration", lambda line: not line.key)),
    Rule("ai_disclaimer", _each_line("AI-generated disclaimer", _is_ai_disclaimer, AI_GENERATED)),
    Rule("comment_form", _each_line("comment form", _matches(COMMENT_FORM, 30))),
    Rule("cookie_notice", _each_line("cookie notice", _is_cookie_notice)),
    Rule("newsletter", _each_line("newsletter prompt", _prompts(NEWSLETTER_PROMPT))),
    Rule("call_to_action", _each_line("call to action", _prompts(CALL_TO_ACTION))),
    Rule("advertisement", _each_line("advertisement", _plain(_is_advertisement, 12))),
    Rule("share_widget", _each_line("share widget", _plain(_is_share_widget, 12))),
    Rule("icon_alt_text", _each_line("icon alt text", _plain(ICON_ALT_TEXT.match, 3))),
    Rule("byline", _drop_meta_lines),
    Rule("navigation", _each_line("navigation", _plain(_is_navigation, 40))),
    Rule("photo_credit", _each_line("photo credit", _matches(PHOTO_CREDIT, 60))),
    Rule("copyright", _each_line("copyright footer", _matches(COPYRIGHT_FOOTER, 40))),
    Rule("tags", _each_line("tags", _matches(TAG_LIST, 40))),
    Rule("inline_teaser", _each_line("related-article teaser", _matches(INLINE_TEASER, 40))),
    Rule("related_block", _drop_related_blocks),
    # Repeats go before the headline is looked for, so that the headline rule sees the lines a
    # second cleaning would see: cleaning the cleaned text again changes nothing.
    Rule("repeated_lines", _drop_repeated_lines),
    Rule("headline", _take_headline),
    Rule("outside_story", _drop_lines_outside_story),  # last: it needs the story's final bounds
)


def _render(lines: list[_Line]) -> str:
    """Markdown: one block per line, list items grouped, plain subheadings marked "## "."""
    kinds = [line.kind for line in lines]
    for index in range(len(lines) - 2, -1, -1):  # backwards: a subheading needs a paragraph after
        text, following = lines[index].text, lines[index + 1].text
        fits = _words(text) <= 14 and len(following) > len(text) and not text.endswith("#")
        if kinds[index] == kinds[index + 1] == "para" and fits and _headline_like(text):
            kinds[index] = "subheading"
    blocks: list[str] = []
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        text = ("## " if kind == "subheading" else line.marker) + line.text
        if kind in ("bullet", "number") and index and kinds[index - 1] == kind:
            blocks[-1] += "\n" + text
        else:
            blocks.append(text)
    return "\n\n".join(blocks)


def clean(raw: str, title: str = "") -> CleanedArticle:
    """The story in `raw` as Markdown, with each dropped line and the reason it was dropped."""
    doc = _Doc(_split_lines(raw), title)
    for rule in RULES:
        rule.apply(doc)
    removed = tuple(RemovedLine(line.source, line.reason) for line in doc.lines if line.reason)
    return CleanedArticle(_render(doc.kept()), removed, tuple(sorted(doc.flags)), doc.headline)
