"""Where the story is: its headline, and the short lines above its first paragraph and below its last."""

from __future__ import annotations

import re
from itertools import islice

from generator.analysis.boilerplate import NAV_WORDS
from generator.analysis.bylines import statement_signature
from generator.analysis.captions import looks_like_caption
from generator.analysis.figure_rows import figure_row
from generator.analysis.lines import (
    CAPITALS_PHRASE,
    TAG,
    Doc,
    Line,
    announces_list,
    ends_sentence,
    headline_like,
    is_prose,
    key,
    lone_name,
    nav_tokens,
    next_kept,
    sentence_like,
    speaks_to_reader,
    words,
)
from generator.analysis.mastheads import MASTHEAD, is_masthead
from generator.analysis.summary import DATELINE, story_start
from generator.calendar import CAPITALISED_MONTH_PATTERN

HEADLINE_FROM_LEAD = "headline-from-lead"
_HEADLINE_LENGTH = 90  # characters: a headline made from the lead is cut at a word before this
# Where a page title's own headline ends and the site's name or section begins.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
# Headlines report speech in the present ("says"); a quote that "said" is the story's.
_SAID = re.compile(r"\bsaid\b(?! to\b)")  # "Mayor said to weigh cuts" is a headline's passive
_MENU_MARK = re.compile(r"[»›>|\u2600-\u27bf\U0001f300-\U0001faff]")  # breadcrumbs, menus, emoji
_TITLE_PARTS = 4  # separators a page title may have: "Headline | Section | Site"
_CANDIDATES = 12  # headline-like lines above the story that may be its headline
_NEAR = 12  # lines: how far above the headline its breadcrumb may be
_TAG_SEPARATOR = re.compile(r"\s*[,،;|•·]\s*")
_NON_COMMA = re.compile(r"[،;|•·]")
# Words a headline leaves out and a sentence of prose needs: articles, auxiliaries, pronouns.
_PROSE_GLUE = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "which",
        "who",
    ]
)
_STANDFIRST_WORDS = 10  # a headline-like line shorter than this is taken for the headline
_STANDFIRST_GLUE = 2
_SINGLE_QUOTED = re.compile(r"(?:^|\s)'[^']+'")  # headlines quote in single marks, prose in double


def _own_text(line: Line) -> str:
    """The line as written, without a leading date stamp."""
    if not line.stamp:
        return line.text
    start = line.text.find(line.stamp)
    return line.text[start + len(line.stamp) :].strip() if start >= 0 else line.plain


_LABELLED_TITLE = 20  # letters and digits: a shorter headline may end any line by chance
_TITLE_LABEL = 16  # letters and digits of a label before a headline's repeat


def _title_keys(headline: str) -> set[str]:
    """The headline's key, and the keys of its parts before a separator ("X | Section | Site")."""
    found = {key(headline)}
    for match in islice(_TITLE_SEPARATOR.finditer(headline), _TITLE_PARTS):
        if words(headline[: match.start()]) >= 3:
            found.add(key(headline[: match.start()]))
    return found - {""}


def _page_title_head(text: str) -> str:
    """The headline of a page's title ("Headline | Section | Site"), or "" if `text` is not one:
    a headline of five words or more, then a few short parts (a menu's parts are all short)."""
    head, *rest = _TITLE_SEPARATOR.split(text, _TITLE_PARTS)
    if not rest or words(head) < 5 or _MENU_MARK.search(head):
        return ""
    return head if all(words(part) <= 4 for part in rest) else ""


def _repeats(line: Line, keys: set[str], begun: bool, under_chrome: bool = False) -> bool:
    """The headline again, perhaps with the site's name after it ("Headline | World | Site").

    A line ending with a full stop, or a long one ending as sentences do, is a sentence of the
    story, even one that the headline repeats word for word (as a headline made from the lead
    does); so is a question, unless it opens the page (nothing kept before it: not `begun`).
    """
    if not begun and line.key in keys and _headline_question(line):
        return True  # opening the page, a question asked in the headline is no sentence of it
    if under_chrome and line.key in keys and not ends_sentence(line.plain):
        return True  # under a section's label, the headline word for word, with no stop
    if is_prose(line.plain) or line.plain.rstrip("\"'”’)]*_ ").endswith("."):
        return False
    if not begun and _written_as_sentence(line):
        return False  # a standfirst the headline was taken from stays, as on the first cleaning
    if line.key in keys:
        return True
    if not _MENU_MARK.search(line.plain) and any(_labelled(line.key, title) for title in keys):
        return True  # (a breadcrumb ending on the headline is the navigation's)
    return bool(_TITLE_SEPARATOR.search(line.plain)) and not _title_keys(line.plain).isdisjoint(
        keys
    )


_CUT_PARAGRAPH_WORDS = 20
_INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"'”’)]? [\"“‘]?[A-Z]")


def _holds_prose(line: Line) -> bool:
    """A paragraph: a sentence, or sentences the scraper cut off in the middle of the next one
    ("... around 9 pm. Okunbor noted that the driver of"). No headline or label holds one."""
    if is_prose(line.plain) or line.runs_on:
        return True  # or a sentence the scraper broke across lines: it goes on in the next
    first = _INNER_STOP.search(line.plain)
    return (
        line.words >= _CUT_PARAGRAPH_WORDS
        and sentence_like(line.plain)
        and first is not None
        and words(line.plain[: first.start()]) >= 8
    )


def _labelled(found: str, title: str) -> bool:
    """The headline after a short label, glued or not: "Live", "General News", "Article image:"."""
    extra = len(found) - len(title)
    return len(title) >= _LABELLED_TITLE and 0 < extra <= _TITLE_LABEL and found.endswith(title)


# A lead opens on where it was filed and for which wire, whatever the spacing: "NEW YORK--
# (BUSINESS WIRE)--Acme Corp ...", "LONDON, July 15, 2019 (BSS/AFP) – ...". No headline does.
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:, [^()]{1,40})?\s*-{0,2}\s*\([\w .,/&'’-]{2,30}\)\s*(?:--|[—–-])"
)


def _begins_story(line: Line) -> bool:
    return line.runs_on or bool(_WIRE_DATELINE.match(line.plain))


def _candidates(doc: Doc) -> list[tuple[int, Line]]:
    """Headline-like lines above the story's first paragraph or list, menus left out, with
    their places on the page."""
    found = []
    for index, line in enumerate(doc.lines):
        if line.reason:
            continue
        question = not found and index == _first_kept(doc) and _headline_question(line)
        # A sentence the scraper broke across lines, or a wire's dateline, begins the story.
        prose = (is_prose(line.plain) or _begins_story(line)) and not question
        if prose or line.kind in ("bullet", "number") or len(found) >= _CANDIDATES:
            break
        plain = line.plain
        if line.kind in ("para", "heading") and (question or headline_like(plain, 3)):
            menu = _MENU_MARK.search(plain) and not _page_title_head(plain)
            # "Council backs plan (PHOTOS)": a headline's tag, not the source of a picture
            caption = looks_like_caption(line) and not _MEDIA_TAG.search(plain)
            menu_or_caption = menu or caption
            if not _SAID.search(plain) and not menu_or_caption:
                found.append((index, line))
    return found


_MEDIA_TAG = re.compile(r"\s[(\[](?:PHOTOS?|VIDEOS?|PICS|AUDIO)[)\]]$")
_QUESTION_WORDS = 20


def _headline_question(line: Line) -> bool:
    """A headline that asks ("Xi-Orban Talks: What Did the Leaders Agree On?"): a question in
    a headline's capitals, short. A story's own questions are written in sentence case."""
    plain = line.plain
    ends = plain.rstrip("\"'”’)]*_ ").endswith(("?", "!"))
    capitalised = plain.lstrip("\"'“‘")[:1].isupper() and not sentence_like(plain)
    return ends and 3 <= line.words <= _QUESTION_WORDS and capitalised


def _first_kept(doc: Doc) -> int:
    return next((index for index, line in enumerate(doc.lines) if not line.reason), -1)


def _choose(doc: Doc, candidates: list[tuple[int, Line]]) -> Line | None:
    """The headline among the candidates, told from the page's chrome as a reader tells it.

    The one that ends a breadcrumb above it ("Home > World > Headline"); else the first of five
    words or more, since a site's name, a section or a date above the headline is shorter; else
    the first.
    """
    for index, line in candidates:
        crumbs = doc.lines[max(0, index - _NEAR) : index]
        if len(line.key) >= 15 and any(other.key.endswith(line.key) for other in crumbs):
            return line
    lines = [line for _, line in candidates]
    return next((line for line in lines if line.words >= 5), next(iter(lines), None))


def take_headline(doc: Doc) -> None:
    """The title, or else the headline-like line above the story that the page marks as its
    headline; its repeats are dropped.

    Short lines and other headline-like lines above the headline's first appearance are page
    chrome: kickers, menus, labels, a site's name.
    """
    candidates = [] if doc.title else _candidates(doc)
    if candidates and _masthead_on_top(doc, candidates[0][0]):
        candidates[0][1].reason = MASTHEAD  # the site's name: the headline is below, or none
        candidates = candidates[1:]
    # A headline stands over its story: the page's last line, under other text, is none of it
    # (cleaned again, a page whose story the first cleaning dropped keeps what it kept).
    kept = doc.kept()
    if len(kept) > 1:
        candidates = [(index, line) for index, line in candidates if line is not kept[-1]]
    chosen = _choose(doc, candidates)
    written = _own_text(chosen) if chosen else ""
    headline = _page_title_head(written) or written if chosen else doc.title
    if chosen and not _standfirst(doc, chosen):
        chosen.reason = "headline"
    keys = _title_keys(TAG.sub("", headline))
    above: list[Line] = []
    started = False
    dropped_above = False  # a line above was dropped already (a section's label, a date)
    for line in doc.lines:
        if line.reason and line is not chosen:
            dropped_above = dropped_above or bool(line.key)
            continue
        begun = started or bool(above)
        # Above the story, a sentence a paragraph says again is the story's (_standfirst).
        told = not begun and _said_in_story(doc, line)
        repeated = not told and _repeats(line, keys, begun, dropped_above)
        if line is not chosen and headline and repeated:
            line.reason = "repeated headline"
            if chosen and len(line.key) < len(key(headline)):
                headline = _own_text(line)  # the page title's headline without the site's name
        if line.reason or line is chosen:
            for chrome in above if not started else ():
                chrome.reason = "navigation"
            started = True
        elif not started and (_holds_prose(line) or line.kind in ("bullet", "number")):
            started = True  # the story has begun
        elif not started:
            above.append(line)  # no paragraph of the story can come before its headline
    doc.headline = headline
    # Rules that run first saw the headline's repeats as mere repeats, or by their shape alone
    # ("Xi-Orban Talks: ..." as a byline): what they are is the headline.
    for line in doc.lines:
        if line.reason and line.reason != "headline" and line.key in keys:
            line.reason = "repeated headline"
    _keep_a_last_line(doc)


def _masthead_on_top(doc: Doc, index: int) -> bool:
    """The page's first kept line is the site's name (mastheads.py), over more of the page."""
    line = doc.lines[index]
    if index != _first_kept(doc) or len(doc.kept()) < 2:
        return False
    return is_masthead(line, next_kept(doc.lines, index))


def _keep_a_last_line(doc: Doc) -> None:
    """A page whose only text is its headline keeps it as its text: cleaned again, with that
    headline for its title, it keeps it too."""
    if any(not line.reason for line in doc.lines):
        return
    named = [line for line in doc.lines if line.reason in ("headline", "repeated headline")]
    if named:
        named[-1].reason = ""


def _standfirst(doc: Doc, line: Line) -> bool:
    """A long line written as a sentence: the story's standfirst or first paragraph without
    its full stop, on a page that gives no headline. It names the story but stays in the text,
    unless a line that is no paragraph of the story repeats it (a page title).

    It is written as one when it has the articles and verbs a headline leaves out, or when a
    paragraph below says it word for word and goes on (a lead under its summary line): a
    headline is not copied out of the story's own sentences."""
    if not _sentence_shaped(line):
        return False
    repeats = [other for other in doc.lines if other is not line and line.key in other.key]
    if not all(_says_more(other, line) for other in repeats):
        return False
    return bool(repeats) or _glued(line)


def _said_in_story(doc: Doc, line: Line) -> bool:
    """A sentence-shaped line that a paragraph of the story says again and goes on from."""
    if not _sentence_shaped(line):
        return False
    return any(
        other is not line and line.key in other.key and _says_more(other, line)
        for other in doc.lines
    )


def _says_more(paragraph: Line, line: Line) -> bool:
    """A paragraph of prose that holds the line and more words besides."""
    return is_prose(paragraph.plain) and len(paragraph.key) > len(line.key)


def _written_as_sentence(line: Line) -> bool:
    """Ten words or more opening as a sentence does, with two articles, auxiliaries or pronouns
    or more, and no page title's separator or single-quoted phrase."""
    return _sentence_shaped(line) and _glued(line)


def _sentence_shaped(line: Line) -> bool:
    """Ten words or more opening as a sentence does, with no page title's separator or
    single-quoted phrase."""
    if line.words < _STANDFIRST_WORDS or not sentence_like(line.plain):
        return False
    if _TITLE_SEPARATOR.search(line.plain) or _MENU_MARK.search(line.plain):
        return False  # "Headline | Site": a page title
    return not _SINGLE_QUOTED.search(line.plain)


def _glued(line: Line) -> bool:
    """Two articles, auxiliaries or pronouns or more: the words a headline leaves out."""
    return sum(token in _PROSE_GLUE for token in line.lower.split()) >= _STANDFIRST_GLUE


def _is_label(line: Line) -> bool:
    """A few words that are not a sentence, nor the start of one cut short."""
    ellipsis = line.plain.endswith(("...", "…"))  # "Search...", "Loading…"
    short = line.words <= 4 and (ellipsis or not ends_sentence(line.plain))
    return short and not (sentence_like(line.plain) and not ellipsis)


_UNDER_SIGNATURE = 15  # words: a reader's remark or a link under a statement's signature


def drop_lines_outside_story(doc: Doc) -> None:
    """Above the first paragraph of prose and below the last, section names and short labels.

    Between paragraphs the same "World" or "Context" is a subheading, so it stays.
    """
    kept = doc.kept()
    if _announces_nothing(kept):
        kept[-1].reason = "short line outside the story"
        kept = kept[:-1]
    prose = [index for index, line in enumerate(kept) if is_prose(line.plain)]
    # A story may end on a short sentence ("Talks resume on Monday.") or on a long one cut off
    # by the scraper, so the lower bound is the last sentence of either kind.
    ends = [
        index
        for index, line in enumerate(kept)
        if (ends_sentence(line.plain) and line.words >= 3)
        or (line.words >= 10 and sentence_like(line.plain))
    ]
    end = _announced_list_end(kept, max(prose[-1], ends[-1]) if prose else -1)
    cut_off = _cut_off(doc.lines, kept, end)
    signed = statement_signature(doc)  # the story's own last lines: who issued it, and when
    # The signature closes the statement: a short line under it is the page's, sentence or not.
    closed = max((i for i, line in enumerate(kept) if id(line) in signed), default=len(kept))
    # The story begins above its first full sentence where a wire's dateline opens it or a
    # sentence broken across lines does ("NEW YORK--(BUSINESS WIRE)--Acme" over the lead).
    start = _broken_lead_start(doc, kept, prose[0]) if prose else 0
    for index, line in enumerate(kept):
        if prose and index < prose[0] and _SIGN_ON.match(line.plain):
            line.reason = "dateline"
            continue
        if prose and start <= index <= end or id(line) in signed:
            continue
        if index > closed and line.words <= _UNDER_SIGNATURE and not is_prose(line.plain):
            line.reason = "short line outside the story"
            continue
        if cut_off and index > end:
            continue
        if index > end and _table_row(kept, index):
            continue  # "The numbers" over "38 million: the cost": the story's table of figures
        if prose and index == prose[0] - 1 and line.plain.endswith(","):
            continue  # "Afternoon,", "Dear readers,": a greeting the first paragraph goes on from
        tokens = nav_tokens(line.plain) if line.words <= 12 else set()
        if tokens and tokens <= NAV_WORDS:
            line.reason = "navigation"
        elif prose and index == prose[0] - 1 and _lone_dateline(doc.lines, line, kept[prose[0]]):
            doc.as_written.add(id(line))  # "SEOUL": where it was filed, above the lead
            continue
        elif prose and index == prose[0] - 1 and _PLACE_AND_DAY.match(line.plain):
            continue  # "Singapore, June 4": where and when it was filed, above the lead
        elif prose:
            line.reason = _outside_reason(line, below=index > end)


_LIST_ITEM_WORDS = 8
_LIST_ITEMS = 2


def _announced_list_end(kept: list[Line], end: int) -> int:
    """The story's last sentence ends on a colon and announces a list: the short lines right
    under it, down to the page's end (names, places, no sentence), are that list."""
    if end < 0 or len(kept) - 1 - end < _LIST_ITEMS:
        return end
    if not announces_list(kept[end]):
        return end
    items = kept[end + 1 :]
    short = all(item.words <= _LIST_ITEM_WORDS and not ends_sentence(item.plain) for item in items)
    return len(kept) - 1 if short else end


def _table_row(kept: list[Line], index: int) -> bool:
    """A row of the story's figures, or the heading right above one."""
    below = kept[index + 1] if index + 1 < len(kept) else None
    return figure_row(kept[index]) or (below is not None and figure_row(below))


# A wire's or an outlet's sign-on alone on its line above the lead, its initials or its name in
# brackets and a dash ("CNN —", "(Reuters) -"): who sent the story, not where it happened, and
# no sentence of it; provenance finds it among the removed lines. A place's dateline stays:
# "SEOUL —", "KNIGHTDALE, North Carolina (WTVD) --" say where it was filed.
_SIGN_ON = re.compile(r"^(?:[A-Z]{2,3}|\([\w .&/'’-]{2,30}\))\s*(?:--|[—–-])$")


_ANNOUNCING_WORDS = 20  # words: a box's label ending on a colon; a longer line is a paragraph


def _announces_nothing(kept: list[Line]) -> bool:
    """The page's last kept line ends on a colon and speaks to the reader ("Explore what our
    app can do for you:") under a paragraph of the story: it announces the site's box, which
    the rules dropped. The story's own "These are the affected areas:" stays, its list lost."""
    if len(kept) < 2 or not kept[-1].plain.rstrip().endswith(":"):
        return False
    last = kept[-1]
    story_above = any(is_prose(line.plain) for line in kept[:-1])
    short = last.kind in ("para", "heading") and last.words <= _ANNOUNCING_WORDS
    return story_above and short and speaks_to_reader(last)


def _broken_lead_start(doc: Doc, kept: list[Line], first: int) -> int:
    """Where the story begins, above its first full sentence `first`: the topmost line of the
    block right over it, nothing dropped between, that a wire's dateline or a sentence broken
    across lines opens; else `first`."""
    place = {id(line): index for index, line in enumerate(doc.lines)}
    start, index = first, first
    while index > 0 and place[id(kept[index - 1])] == place[id(kept[index])] - 1:
        index -= 1
        start = index if _begins_story(kept[index]) else start
    return start


def _lone_dateline(lines: list[Line], line: Line, lead: Line) -> bool:
    """The dateline on a line of its own ("SEOUL"), or a subheading in capitals where the
    excerpt begins, right above the story's first paragraph, which opens without a dateline,
    nothing dropped between them: not a section's name (those are navigation words), nor a
    ticker over its price, nor a kicker over the headline."""
    above = next((i for i, each in enumerate(lines) if each is lead), 0) - 1
    return (
        line.kind == "para"
        and above >= 0
        and lines[above] is line
        and bool(CAPITALS_PHRASE.match(line.plain))
        and not story_start(lead.plain, DATELINE)
    )


_CUT_OFF_LINES = 3  # the cut-off line and the subheading or figures above it
# Words no sentence ends on: a line ending on one was cut off ("At", "... the driver of").
_OPEN_ENDED = frozenset(
    {"a", "an", "the", "at", "of", "to", "in", "on", "and", "or", "for", "with", "by", "from"}
    | {
        "as",
        "but",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "its",
        "his",
        "her",
        "their",
    }
)


def _cut_off(lines: list[Line], kept: list[Line], end: int) -> bool:
    """The page's last line begins a sentence the scraper cut off, the story's next line rather
    than a name or a row of tags; and it is right under the story's last sentence, or under a
    short line or two that are right under it (a subheading, a figure: "£59bn"), nothing
    dropped between them."""
    tail = len(kept) - 1 - end
    if end < 0 or not 1 <= tail <= _CUT_OFF_LINES or len(lines) <= tail:
        return False
    last = kept[-1]
    begun = not lone_name(last) and not _is_tag_row(last.plain)
    if tail > 1:  # under other short lines, a sentence begun, not a label or a place
        last_word = last.lower.split()[-1] if last.words else ""
        begun = begun and (
            last.words >= _CUT_PARAGRAPH_WORDS // 2
            or sentence_like(last.plain)
            or last_word in _OPEN_ENDED
        )
    if all(a is b for a, b in zip(kept[end:], lines[-tail - 1 :], strict=True)):
        return begun
    return begun and tail == 1 and _cut_past_picture(lines, kept[end], last)


def _cut_past_picture(lines: list[Line], end: Line, last: Line) -> bool:
    """The page's last line is the story's next paragraph cut off mid-word or mid-sentence, with
    a picture (its caption, credit, their copies) between it and the last paragraph, as a
    picture sits between two paragraphs: "... and our country." / "X waves (PA Wire)" /
    "Turnin". It opens as a sentence does and ends on a lower-case word or a word begun; a
    name, a section's name ("Trending") or a credit ("PA Wire") does not."""
    if lines[-1] is not last or last.kind != "para" or ends_sentence(last.plain):
        return False
    place = next(i for i, line in enumerate(lines) if line is end)
    between = lines[place + 1 : -1]
    pictured = {line.key for line in between if line.reason in _PICTURE_PARTS}
    if not between or not all(
        line.reason in _PICTURE_PARTS or (line.reason == "repeated line" and line.key in pictured)
        for line in between
    ):
        return False
    tokens = last.plain.split()
    opening, ending = tokens[0].lstrip("\"'“‘"), tokens[-1]
    if not opening[:1].isupper() or nav_tokens(last.plain) <= NAV_WORDS or ":" in last.plain:
        return False
    one_word = len(tokens) == 1 and opening[1:].isalpha() and opening[1:].islower()
    return one_word or (ending.isalpha() and ending.islower())


def _outside_reason(line: Line, below: bool) -> str:
    """Why a line above the story's first paragraph or below its last is not the story."""
    if line.kind not in ("para", "heading"):
        return ""
    if below and _is_tag_row(line.plain):
        return "tags"
    return "short line outside the story" if _is_label(line) else ""


def _is_tag_row(text: str) -> bool:
    """Three short items or more, separated by commas or bars, and no sentence: a tag list."""
    items = _TAG_SEPARATOR.split(text)
    if len(items) < 3 or ends_sentence(text) or not all(0 < words(i) <= 3 for i in items):
        return False
    # "Jane Doe, Kim Lee, Ann Roe": names the story lists; tags mix in a lower-case word.
    return bool(_NON_COMMA.search(text)) or any(item[:1].islower() for item in items)


def _shortened(text: str) -> str:
    if len(text) <= _HEADLINE_LENGTH:
        return text
    cut = text[: _HEADLINE_LENGTH + 1].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return cut + "…"


def headline_from_lead(doc: Doc) -> None:
    """With no title and no headline-like line, the first sentence of the story, shortened."""
    if doc.headline:
        return
    first = next((ln for ln in doc.kept() if ln.kind == "para" and is_prose(ln.plain)), None)
    if first is None:
        return  # no sentence to make one of: the caller falls back on the file's name
    # segtok: only a page with no headline. The dateline is where the story was filed, not what.
    from generator.analysis.summary import sentences

    text = first.plain[story_start(first.plain, DATELINE) :]
    sentence = next(iter(sentences(text)), text).strip().rstrip(".")
    doc.headline = _shortened(sentence)
    doc.flags.add(HEADLINE_FROM_LEAD)
    if (
        first is doc.lines[_first_kept(doc)]
        and sentence == text.strip()
        and _headline_question(first)
    ):
        # A question in a headline's capitals opening the page, all of it: the headline, as
        # it would be on a second cleaning that is given it as the title (_repeats).
        first.reason = "repeated headline"


_SANDWICHED_WORDS = 5
SANDWICHED = "short line between page chrome"
# A picture sits beside a headline or a subheading: its parts are no chrome around a label.
_PICTURE_PARTS = frozenset({"photo credit", "photo caption", "image"})


def drop_sandwiched_labels(doc: Doc) -> None:
    """A few words that are not a sentence, between two lines of the page's chrome (an
    advertisement's label and a share bar, two menus): a button or label of the same chrome.
    A subheading stands above its paragraph, or beside its picture."""
    lines = doc.lines
    for index in range(1, len(lines) - 1):
        line, above, below = lines[index], lines[index - 1], lines[index + 1]
        if line.reason or not above.reason or not below.reason or line.kind != "para":
            continue
        if above.reason in _PICTURE_PARTS or below.reason in _PICTURE_PARTS:
            continue
        if line.words <= _SANDWICHED_WORDS and not ends_sentence(line.plain):
            line.reason = "" if _PLACE_AND_DAY.match(line.plain) else SANDWICHED


# The story's dateline on a line of its own, a place and the day ("Singapore, June 4", "New
# Delhi, 4 June 2020"): advertisements may stand around it, as around the story's paragraphs.
_MONTH = rf"(?:{CAPITALISED_MONTH_PATTERN})\.?"
_PLACE_AND_DAY = re.compile(
    rf"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}, (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})"
    r"(?:,? (?:19|20)\d\d)?$"
)


LABEL_OVER_CHROME = "label over page chrome"
_COLON_LABEL_WORDS = 4


def drop_labels_over_chrome(doc: Doc) -> None:
    """A label of a few words ending in a colon ("You just read:", "Watch:", "Also:") right over
    a line the rules dropped, or over nothing at the page's foot: it named what was dropped.
    A story's label ("Key points:") stands over the story's lines, which stay. From the foot
    up, so that a label over a label dropped here is over chrome too, as a second cleaning,
    which no longer holds the lower one, would find it."""
    lines = doc.lines
    at_foot = True  # nothing kept below: the page's foot, as a second cleaning would see it
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _is_colon_label(line):
            # Not at the foot: a line is below. A picture's parts stand beside a story's label.
            over_chrome = at_foot or lines[index + 1].reason not in ("", *_PICTURE_PARTS)
            if over_chrome or _capital_label_over_links(line, lines[index + 1 :]):
                line.reason = LABEL_OVER_CHROME
        at_foot = at_foot and bool(line.reason)


def _is_colon_label(line: Line) -> bool:
    if line.reason or line.kind != "para" or line.words > _COLON_LABEL_WORDS:
        return False
    text = line.plain
    return text.endswith(":") and not text.endswith("::") and not _cut_quote(text)


def _cut_quote(text: str) -> bool:
    """A quote, or a time, the excerpt cut at its colon ("“At 12:"): a sentence begun, no label."""
    return text[:1] in '"“‘«' or text[-2:-1].isdigit()


_LINK_WORDS = 12  # words of a link's text under a label; a story's line says more, and stops


def _capital_label_over_links(line: Line, rest: list[Line]) -> bool:
    """A label in capitals ("MORE FROM THE SITE:") over nothing to the page's foot but links
    (short lines that are no sentence) and dropped lines: the site's list of other stories. A
    story's label stands over its sentences."""
    letters = [char for char in line.plain if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return False
    return all(
        other.reason or (other.words <= _LINK_WORDS and not ends_sentence(other.plain))
        for other in rest
    )
