"""The lead of an article: its first sentences, read from the cleaned Markdown."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.analysis.words import TITLE_ABBREVIATIONS
from generator.calendar import CAPITALISED_MONTH_PATTERN

_HEADING = re.compile(r" {0,3}#{1,6}(?:\s+|$)")
_WHITESPACE = re.compile(r"\s")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+•]|\d{1,9}[.)])\s+")

# Titles segtok takes for the end of a sentence ("Sen." + "Warren spoke."); they never end one.
_TITLE_AT_END = re.compile(r"(?<![\w.])(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\.$")
# A dotted acronym ("U.S.", "U.N.", "D.C.", spaced "U. S.") at the end of a piece.
_ACRONYM_AT_END = re.compile(r"(?<![\w.])[A-Z]\.(?: ?[A-Z]\.)+$")
# An acronym whose letters a page spaced ("the Vietnam-U. S. summit"): one initial ends a piece,
# the next opens the following one.
_INITIAL_AT_END = re.compile(r"(?<![\w.])[A-Z]\.$")
_INITIAL_OPENING = re.compile(r"[A-Z]\.(?:\s|$)")
# Words that open a sentence but never continue a name after "U.S." ("the U.S. They ...").
_OPENERS = (
    "A|An|And|As|At|But|He|Her|His|However|I|If|In|It|Its|Meanwhile|My|Now|On|Our|She|So|Still"
    "|That|The|Their|Then|There|These|They|This|Those|We|When|While|Yet|You"
)
_OPENER = re.compile(_OPENERS)
_BREAK_AFTER_ACRONYM = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,}(?=\s+[\"“‘'(]?(?:" + _OPENERS + r")\b)"
)
# A date that ends a sentence, "... on Jan. 12. The next ...": segtok takes "12." for an ordinal.
_BREAK_AFTER_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2}\.(?=\s+[\"“‘'(]?[A-Z])"
)

# Two sentences a scraper glued together, no space between them ("... of the tour.The talks").
_GLUED_BREAK = re.compile(r"[a-z]{2}[.!?][”’]?(?=[\"“]?[A-Z][a-z])")
# "St." and "Ft." open place names ("ST. PETE BEACH", "St. Louis"); a sentence never opens with
# a dash, so one after "Fla." or "Calif." goes on the dateline ("ST. PETERSBURG, Fla. —").
_PLACE_ABBREVIATION_AT_END = re.compile(r"(?<![\w.])(?i:st|ste|ft|mt)\.$")
_DASH = "—–-"
# "5:57 p.m." ends a sentence ("... at 5:57 p.m. It marks ...") unless its time zone, a bracket
# or a number goes on ("at 5:57 p.m. ET, a capsule", "at 1:34 p.m. (1734 GMT) over").
_TIME_AT_END = re.compile(r"(?<![\w.])[aApP]\.[mM]\.$")
_TIME_GOES_ON = re.compile(
    r"[(\d]|(?:[A-Z]{1,3}T|UTC|GMT)\b"
    r"|(?:Eastern|Pacific|Central|Mountain)\s+(?:[Tt]ime|Standard|Daylight)"
)
# A paragraph that ends so is finished: the next paragraph may follow it in a lead.
_FINISHED = re.compile(r"[.!?…:][\"”’')\]]*$")
# Where a story was filed ("NEW YORK – ", "KUALA LUMPUR, Oct 7 — ", "SANTA CLARA -- "), and
# for whom ("SEOUL (AFP) - ", "WHITE SANDS SPACE HARBOR, N.M. (NBC, KYMA/KECY) - ", "(Reuters) –
# ", "(ABC NEWS)—", "March 12 (UPI) -- "): not what happened. A dash may touch the words around
# it after a bracketed credit. After a bare place it touches them only where the place is
# capitals of five letters or more with no dots before a sentence's word ("NEW YORK—The bank",
# "WASHINGTON–Lawmakers"), or where "The", "A" or "An" follows; "U.S.—China talks" and
# "NATO—Russia tensions" are a sentence's words. A hyphen or a colon is followed by a space.
_PLACE = r"[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][\w.]*(?: \d{1,2})?)*"
_CAPITALS_PLACE = r"(?=(?:[ '’-]?[A-Z]){5})[A-Z][A-Z'’ -]{3,40}"  # five letters, no dots
_CREDIT = r"\([\w .,/&'’-]{2,30}\)"
_DAY = rf"(?:{CAPITALISED_MONTH_PATTERN})\.? \d{{1,2}}(?:, \d{{4}})?"
_SENTENCE_AFTER = r"(?=[\"“‘']?[A-Z0-9])"
_DASH_ALONE = r"(?:--|[—–])"
# After a credit: a dash, or a colon or hyphen and a space; or a spaced hyphen touching the
# sentence's first word ("LYON (Reuters) -The city"), as a scraper glues it.
_DATELINE_END = (
    rf"(?:(?:\s*{_DASH_ALONE}\s*|\s*[:-]\s+){_SENTENCE_AFTER}|\s+-(?=[\"“‘']?[A-Z](?:[a-z]|\s)))"
)
_PLACE_END = rf"\s*(?:--|[—–:-])\s+{_SENTENCE_AFTER}"  # after a place alone
_TIGHT_PLACE_END = (
    rf"{_CAPITALS_PLACE}{_DASH_ALONE}(?=[\"“‘']?[A-Z][a-z])"
    rf"|{_PLACE}{_DASH_ALONE}(?=[\"“‘']?(?:The|An?) )"
)
DATELINE = re.compile(
    rf"(?:{_TIGHT_PLACE_END}|{_PLACE}(?: {_CREDIT}{_DATELINE_END}|{_PLACE_END})"
    rf"|(?:{_DAY} )?{_CREDIT}{_DATELINE_END})"
)
# A lead starts after a dateline that credits an agency or a partner (the text keeps it). A
# place alone stays: discovery weighs a lead's words, and where the story was filed is one
# of the words that tell its happening from another.
_CREDITED_DATELINE = re.compile(rf"(?:{_PLACE} |{_DAY} )?{_CREDIT}{_DATELINE_END}")
# A summary box's label the scraper glued before the story's first sentence ("The Brief NASA,
# SpaceX's Crew-9 ..."): the page's widget, not the story's words.
_BOX_LABEL = re.compile(
    r"(?:The Brief|In [Bb]rief|In [Ss]hort|Key [Pp]oints|Key [Tt]akeaways|(?:Story )?[Hh]ighlights"
    r"|What to [Kk]now|At a [Gg]lance|Quick [Rr]ead|Summary|TL;DR)(?::\s*|\s+)(?=[\"“]?[A-Z])"
)
# A section's label a business or explainer site sets before a paragraph, a question with no
# question mark ("What Happened: The bank agreed ...", "Why it matters: ..."): the sentence
# after it is the story's, the label is not.
SECTION_LABEL = re.compile(r"(?:What|Why|How|Who|Where|When)(?: [\w'’]+){0,3}:\s+(?=[\"“]?[A-Z])")


class Block(NamedTuple):
    """One block of cleaned Markdown: kind is "heading", "item" or "paragraph"."""

    kind: str
    text: str


def blocks(text: str) -> list[Block]:
    """Split cleaned Markdown into headings, list items and paragraphs, markers stripped.

    A paragraph's text is an exact substring of `text` (its lines keep their line breaks).
    """
    found: list[Block] = []
    paragraph: list[str] = []  # lines of the paragraph being read

    def end_paragraph() -> None:
        if paragraph:
            found.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    for line in text.split("\n"):
        if not line.strip():
            end_paragraph()
        elif heading := _HEADING.match(line):
            end_paragraph()
            found.append(Block("heading", line[heading.end() :].rstrip().rstrip("#").rstrip()))
        elif item := _LIST_ITEM.match(line):
            end_paragraph()
            found.append(Block("item", line[item.end() :].strip()))
        elif found and found[-1].kind == "item" and not paragraph and line[:1].isspace():
            # An indented line right under a list item continues that item.
            found[-1] = Block("item", f"{found[-1].text} {line.strip()}")
        else:
            paragraph.append(line)
    end_paragraph()
    return [block for block in found if block.text.strip()]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, each an exact substring of it."""
    spans = _merge_false_breaks(paragraph, _segtok_spans(paragraph))
    return [
        paragraph[start:end]
        for span in spans
        for start, end in _split_missed_breaks(paragraph, span)
    ]


# Where a sentence of a lead may end: an end mark, perhaps a closing quote, a space, a capital.
_END_MARK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")


def quick_sentences(text: str) -> list[str]:
    """The sentences of a short text (a lead, a line), each an exact substring, without segtok
    (discovery splits thousands of leads): cut at each end mark, joined again where an
    abbreviation made a false end ("the U.S. National Hurricane Center", "ST. PETE BEACH")."""
    text = text.strip()
    pieces: list[tuple[int, int]] = []
    start = 0
    for mark in [*_END_MARK.finditer(text), None]:
        end = mark.start() if mark else len(text)
        if pieces and _continues(text[pieces[-1][0] : pieces[-1][1]], text[start:end]):
            pieces[-1] = (pieces[-1][0], end)
        elif start < end:
            pieces.append((start, end))
        start = mark.end() if mark else start
    return [text[a:b] for a, b in pieces]


def lead(text: str, max_words: int = 60) -> str:
    """The first one to three sentences of the body's paragraphs, at most about `max_words` words.

    The first sentence is always taken whole, however long; later ones only while the total
    stays within `max_words`. Headings and list items are skipped, and so is a paragraph's last
    line when it has no final stop and more text follows (a standfirst, a picture's credit):
    two paragraphs never make one sentence. A paragraph's dateline or label is left out
    (story_start); the first paragraph that opens on a credited dateline starts the lead again
    when the lines above it read as a standfirst (_reads_as_standfirst). A sentence of the
    site's pointing to its player ("Watch live coverage above"), which a scraper may glue to a
    paragraph, ends the lead, or is passed over before it starts.
    """
    chosen: list[str] = []
    words = 0
    passed_over = ""  # the first line with no final stop, if every line has none
    just_passed = ""  # the line with no final stop right above the sentence being read
    dated = False  # a paragraph opening on a dateline was read
    paragraphs = [block.text for block in blocks(text) if block.kind == "paragraph"]
    for number, paragraph in enumerate(paragraphs):
        start, dateline = _lead_start(paragraph)
        if dateline and chosen and not dated and _reads_as_standfirst(chosen, passed_over):
            chosen, words = [], 0  # the story starts at its dateline
        dated = dated or dateline
        found = _whole_quotations(paragraph, sentences(paragraph[start:]))
        for index, sentence in enumerate(found):
            ends_text = number == len(paragraphs) - 1 and index == len(found) - 1
            if index == len(found) - 1 and not ends_text and not _FINISHED.search(sentence):
                passed_over = passed_over or sentence
                just_passed = sentence
                continue
            if not chosen and _names_whom(just_passed, sentence):
                chosen.append(just_passed)  # as written: a lead is the story's own words
                words += len(just_passed.split())
            just_passed = ""
            if POINTS_TO_PLAYER.match(sentence):  # "Watch live coverage in the player above."
                if chosen:
                    return " ".join(chosen)  # the story's words, never the site's, and in order
                continue
            count = len(sentence.split())
            if chosen and (words + count > max_words or _open_quotation(sentence)):
                return " ".join(chosen)  # a lead never stops inside a quotation
            chosen.append(sentence)
            words += count
            if len(chosen) == 3:
                return " ".join(chosen)
    if passed_over and not any(_FINISHED.search(sentence) for sentence in chosen):
        return passed_over  # no sentence of the text ends as one: its first line stands for it
    return " ".join(chosen)


# A site's sentence pointing its reader to a player or a clip on the page, which a scraper may
# glue to a story paragraph: "Watch live coverage in the video player above.", "See the full
# video below." (a story's own "watch" never ends on "above" or "below" a few words on).
POINTS_TO_PLAYER = re.compile(
    r"(?i)\W*(?:watch|see|view|stream|play|listen to)\b[^.!?]{0,60}?\b(?:player|video|clip|"
    r"footage|livestream|live stream|coverage|report|interview|audio)s? (?:above|below)\W*$"
)
_DEK_SENTENCE_WORDS = 8  # a dek's words at the most: "Storm shuts the ferry." is no story yet
_QUOTATION_OPENING = re.compile(r"[\"“‘«]")


def _reads_as_standfirst(chosen: list[str], passed_over: str) -> bool:
    """Whether the sentences `chosen` above a paragraph that opens on a credited dateline are
    a standfirst, so the story starts at the dateline: a line with no final stop was passed
    over above them, they open on a quotation standing alone (a pull quote), or they are a
    dek shorter than a sentence. A story's own sentence ("Two fishermen were rescued off the
    coast on Monday.") stays the lead's first, and the dateline's paragraph follows it."""
    text = " ".join(chosen)
    short = len(text.split()) < _DEK_SENTENCE_WORDS
    return bool(passed_over) or bool(_QUOTATION_OPENING.match(text)) or short or dek_like(text)


def _open_quotation(text: str) -> bool:
    """Whether `text` opens a double quotation it does not close ('"I miss him.')."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _whole_quotations(paragraph: str, found: list[str]) -> list[str]:
    """The sentences of `paragraph`, those of one quotation joined into one ('"I miss him. He
    was a good friend," he said.'): a lead cut between them would end inside the quotation.
    A quotation the paragraph never closes (it goes on below, or a mark is missing) stays cut."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in found:
        start = paragraph.find(sentence, cursor)
        cursor = start + len(sentence)
        spans.append((start, cursor))
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        closing = index
        while _open_quotation(paragraph[start:end]) and closing + 1 < len(spans):
            closing += 1
            end = spans[closing][1]
        if _open_quotation(paragraph[start:end]):
            closing, end = index, spans[index][1]
        joined.append((start, end))
        index = closing + 1
    return [paragraph[start:end] for start, end in joined]


_PRONOUN_OPENING = re.compile(r"[\"“‘']?(?:He|She|It|They|His|Her|Its|Their|Them)\b")
_SUBJECT_WORDS = 6  # words of a line that names whom the next sentence's pronoun means


def _names_whom(line: str, sentence: str) -> bool:
    """Whether `line`, passed over for its missing full stop, is the sentence that names whom
    `sentence`, opening on a pronoun, speaks of ("The delegation landed on Monday" over "They
    were met by the mayor."): a lead opening on the pronoun would not say who. A line in a
    headline's capitals is a standfirst or a label, not the story's sentence."""
    if not line or not _PRONOUN_OPENING.match(sentence) or is_cut(line):
        return False
    return len(line.split()) >= _SUBJECT_WORDS and not _title_cased(line)


def story_start(paragraph: str, dateline: re.Pattern[str] = _CREDITED_DATELINE) -> int:
    """Where the story's own words begin in its first paragraph: after a summary box's label
    glued before them and a `dateline`, if a sentence of three words or more follows."""
    start = 0
    for pattern in (_BOX_LABEL, dateline):
        found = pattern.match(paragraph, start)
        if found and len(paragraph[found.end() :].split()) >= 3:
            start = found.end()
    return start


def _lead_start(paragraph: str) -> tuple[int, bool]:
    """Where a paragraph's words for a lead begin, after a section's label (story_start
    does the rest), and whether a dateline stood before them."""
    label = SECTION_LABEL.match(paragraph)
    skip = label.end() if label and len(paragraph[label.end() :].split()) >= 3 else 0
    start = skip + story_start(paragraph[skip:])
    box = _BOX_LABEL.match(paragraph, skip)
    at = box.end() if box and box.end() <= start else skip
    dateline = _CREDITED_DATELINE.match(paragraph, at)
    return start, dateline is not None and dateline.end() == start


_OPENING_MARKS = "\"'“‘«([ "
_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
_DEK_WORDS = 6
# The words a headline's capitals leave in lower case ("Make History on Way to Dock with ISS").
_TITLE_CASE_LOWER = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "so",
        "than",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "yet",
    ]
)


def is_cut(sentence: str) -> bool:
    """Whether the sentence opens in lower case ("centre-left Labour was set to ..."), where
    a page or its scraper cut a sentence: "eBay" and "iPhone" open sentences too."""
    first = (sentence.lstrip(_OPENING_MARKS).split(maxsplit=1) or [""])[0]
    return first[:1].islower() and first.islower()


def dek_like(sentence: str) -> bool:
    """A standfirst's line rather than a sentence of the story: no final stop, or written in a
    headline's capitals ("Astronauts Make History on Way to Dock"), no word in lower case but
    the few a headline leaves so."""
    return not _FINAL_STOP.search(sentence) or _title_cased(sentence)


def _title_cased(sentence: str) -> bool:
    """Written in a headline's capitals: no word in lower case but the few a headline leaves so."""
    tokens = [token.strip("\"'“”‘’()[],.;:!?") for token in sentence.split()]
    lower = [token for token in tokens if token[:1].islower()]
    return len(tokens) >= _DEK_WORDS and all(token in _TITLE_CASE_LOWER for token in lower)


def _segtok_spans(paragraph: str) -> list[tuple[int, int]]:
    """segtok's sentences as (start, end) offsets into the paragraph."""
    # segtok breaks at every newline; a line break inside a paragraph is only a soft wrap.
    # Replacing each whitespace character by one space keeps the offsets valid.
    # Imported here: segtok loads the `regex` module (~0.2 s), which only a cache miss needs.
    from segtok.segmenter import split_single

    flat = _WHITESPACE.sub(" ", paragraph)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in split_single(flat):
        piece = piece.strip()
        if not piece:
            continue
        start = flat.find(piece, cursor)
        if start < 0:  # segtok changed the text; keep the paragraph whole rather than guess
            stripped = paragraph.strip()
            begin = paragraph.find(stripped)
            return [(begin, begin + len(stripped))]
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def _merge_false_breaks(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces segtok split after an abbreviation ("Apple Inc." + "reported results.")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(paragraph[merged[-1][0] : merged[-1][1]], paragraph[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(previous: str, piece: str) -> bool:
    """Whether `piece` is the rest of the sentence `previous` began."""
    first_word = piece.split()[0].lstrip("\"“‘'(")
    if first_word[:1].islower() and first_word.islower():  # "eBay" may open a sentence
        return True
    if piece[:1] in _DASH or _TITLE_AT_END.search(previous):
        return True
    if _PLACE_ABBREVIATION_AT_END.search(previous) and first_word[:1].isupper():
        return True
    if _TIME_AT_END.search(previous) and _TIME_GOES_ON.match(piece):
        return True
    if _INITIAL_AT_END.search(previous) and _INITIAL_OPENING.match(piece):
        return True
    return bool(
        _ACRONYM_AT_END.search(previous)
        and first_word[:1].isupper()
        and not _OPENER.fullmatch(first_word.rstrip(",.;:!?"))
    )


def _split_missed_breaks(paragraph: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split a sentence where segtok missed a break ("... the U.S. They ...", "Jan. 12. The")."""
    start, end = span
    text = paragraph[start:end]
    cuts = sorted(
        {
            match.end()
            for pattern in (_BREAK_AFTER_ACRONYM, _BREAK_AFTER_DATE, _GLUED_BREAK)
            for match in pattern.finditer(text)
        }
    )
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    for cut in cuts:
        pieces.append((start + piece_start, start + cut))
        piece_start = cut + len(text[cut:]) - len(text[cut:].lstrip())
    pieces.append((start + piece_start, end))
    return pieces
