"""The lines a scraped body is cut into, and the judgements of a line's shape the cleaner's rules share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from generator.analysis.boilerplate import (
    ATTRIBUTION,
    CALENDAR,
    DATE_STAMP,
    NAME_GLUE,
    NAV_TOKEN,
    NAV_WORDS,
    PROMPT_START,
    READER_ADDRESS,
    SITE_VOICE,
    STOPWORDS,
    TIME_WORDS,
)

if TYPE_CHECKING:  # glued_pieces reads lines: only its type here
    from generator.analysis.glued_pieces import GluedPiece

_LINE_BREAK_MARKS = "\r\u2028\u2029\x85\x0b\x0c"
_LINE_BREAK = re.compile(rf"\r\n?|[{_LINE_BREAK_MARKS[1:]}]")
# Characters a scraper leaves that a reader never sees: dropped before lines are judged.
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^(#{1,6}) (.+?)(?: #+)?$")
_BULLET_MARKS = "•·▪●◦‣∙–—*-"
_BULLET = re.compile(rf"^[{_BULLET_MARKS}] (.+)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)] (.+)$")
# A comment may hold "<" but not another "<!--": each start then scans only to the next one,
# so a line of many unclosed comments costs linear time, not quadratic.
TAG = re.compile(r"<(?:!--(?:[^<]|<(?!!--))*?--|[a-zA-Z/!][^<>]*)>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_STRAIGHT_QUOTES = str.maketrans("‘’“”", "''\"\"")
# Tokens some judgements split a line into.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ASCII_CONTENT_WORD = re.compile(r"[a-z]{4,}")  # the same in ASCII in lower case, far quicker
_NAME_SEPARATOR = re.compile(r"[\s,|;/()]+")
# Words (letters of any script) and numbers. The vocabulary tests of boilerplate (a date line,
# a share bar, a counter) need every word of a line to be one of theirs: a word in another
# script must be a token too, or "Мэр написал в Facebook" reads as a share bar.
WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")
# One to three words in capitals: a dateline's place ("SEOUL", "CRANS MONTANA") or a subheading
# set in capitals ("PROTECTING ANIMALS").
CAPITALS_PHRASE = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}$")
# Scripts written without spaces between words (Chinese, Japanese, Thai): about two characters
# make a word, so a paragraph in them is not taken for a one-word label.
_UNSPACED_RUN = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}")
# Vocabularies is_timestamp combines, joined once rather than for each line.
_DATE_WORDS = CALENDAR | {"ago", "today", "yesterday"}
_TIME_OR_NAV_WORDS = TIME_WORDS | NAV_WORDS
_LONE_NAME_WORDS = 4  # a longer line of capitalised words is a title, not one person's name
# A generation's suffix, as some sites write it in lower case: "by Jane K. Doe jr"
_NAME_PARTS = NAME_GLUE | {"jr", "sr", "jnr", "snr"}
# Small words a Title Case label leaves in lower case ("Building a Better World").
_TITLE_GLUE = NAME_GLUE | {"a", "an", "to", "at", "on", "by", "from", "or", "as", "vs", "into"}


@dataclass
class Line:
    """One non-empty source line, its Markdown role, and why it was dropped ("" while kept)."""

    source: str  # the whitespace-normalised line, as RemovedLine reports it
    kind: str  # "para", "heading", "bullet" or "number"
    text: str  # the line without its list or heading marker
    marker: str = ""
    plain: str = ""  # text without tags, quotes straightened, a leading date stamp cut off
    reason: str = ""
    # Worked out once from plain, as most rules look at them:
    words: int = 0
    reported: bool = False  # holds reported speech ("said"), as story sentences do
    key: str = ""  # key(plain)
    stamp: str = ""  # a leading machine date stamp ("2024-05-11 ...") cut off plain
    lower: str = ""  # plain in lower case
    folded: str = ""  # lower with the letters re's IGNORECASE takes for ASCII ones (see fold)
    content: set[str] | None = None  # line_words(), once asked for
    runs_on: bool = False  # its sentence goes on in the next line (see _runs_on)


@dataclass
class Doc:
    """The lines of one article while the rules run over it."""

    lines: list[Line]
    title: str
    headline: str = ""
    flags: set[str] = field(default_factory=set)
    # The id()s of kept lines a rule says are no subheading ("SEOUL" over the lead is its
    # dateline): rendered as written, so that cleaning the cleaned text again keeps them.
    as_written: set[int] = field(default_factory=set)
    # The site's sentence glued to a kept line of the story, by the line's id(): cut off it as
    # the removed lines are listed (glued_pieces.py).
    glued: dict[int, tuple[GluedPiece, ...]] = field(default_factory=dict)

    def kept(self) -> list[Line]:
        return [line for line in self.lines if not line.reason]


class Rule(NamedTuple):
    """A named step of the cleaner; it gives each line it drops a reason."""

    name: str
    apply: Callable[[Doc], None]


def _parse(source: str) -> Line:
    # Each marker's pattern is tried only on a line opening as it does: most lines are prose.
    opening = source[:1]
    if opening == "#" and (match := _MD_HEADING.match(source)):
        line = Line(source, "heading", match[2], "#" * max(2, len(match[1])) + " ")  # h1 = title
    elif opening in _BULLET_MARKS and (match := _BULLET.match(source)):
        line = Line(source, "bullet", match[1], "- ")
    elif opening.isdigit() and (match := _NUMBERED.match(source)):
        line = Line(source, "number", match[2], f"{match[1]}. ")
    else:
        line = Line(source, "para", source)
    plain = _untagged(line.text)
    plain = _ENTITY.sub(" ", plain) if "&" in plain else plain
    plain = plain if plain.isascii() else plain.translate(_STRAIGHT_QUOTES)  # ASCII: no quotes
    if "<" in line.text or "&" in line.text:  # else its spacing is the source's, made one
        plain = " ".join(plain.split())
    # Scrapers stamp some lines with the date they were fetched: the rules judge what follows.
    stamp = DATE_STAMP.match(plain) if "-" in plain[:40] else None
    if stamp and stamp.end() < len(plain):
        line.stamp, plain = plain[: stamp.end()].strip(), plain[stamp.end() :]
    line.plain, line.lower = plain, plain.lower()
    line.folded = fold(line.lower)
    line.words, line.key = words(plain), key(plain)
    line.reported = bool(ATTRIBUTION.search(line.lower))
    return line


def _untagged(text: str) -> str:
    """Text with each HTML tag made a space; a text with no "<" has none."""
    return TAG.sub(" ", text) if "<" in text else text


# re's IGNORECASE matches "i" to "ı" and "İ", and "s" to "ſ", which lower() leaves as they are
# ("İ" becomes "i" and a combining dot): a pattern's plain string found in a line in lower case,
# as a cheap test before the pattern, is looked for in the line with these made ASCII.
_ASCII_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def fold(lower: str) -> str:
    """A line in lower case, with the letters re's IGNORECASE takes for ASCII ones made so."""
    return lower if lower.isascii() else lower.translate(_ASCII_FOLDS)


def split_lines(raw: str) -> list[Line]:
    """The non-empty lines of `raw`, whitespace normalised, each parsed."""
    # The pattern only where one of its breaks is: each is a quick scan, the pattern is not.
    broken = any(mark in raw for mark in _LINE_BREAK_MARKS)
    text = INVISIBLE.sub("", _LINE_BREAK.sub("\n", raw) if broken else raw)
    sources = (" ".join(line.split()) for line in text.split("\n"))  # tabs, NBSPs: one space
    lines = [_parse(source) for source in sources if source]
    for line, below in zip(lines, lines[1:], strict=False):
        line.runs_on = _runs_on(line, below)
    return lines


_RUN_ON_WORDS = 5  # words of the line broken: a label or a button is shorter
_RUN_ON_BELOW = 4  # words of the rest, unless it ends the sentence
# A byline's word in lower case opens a line under a headline ("by Jane Doe", "par AFP").
_BYLINE_OPENING = frozenset({"by", "par", "por", "von", "door", "di", "da", "de", "oleh", "via"})


def runs_on_kept(kept: list[Line]) -> set[int]:
    """The id() of each kept line whose sentence goes on in the next kept line (see _runs_on).
    Line.runs_on reads the next line of the page, which a rule may have dropped since ("the
    ad's {script}."): cleaning the cleaned text again sees only the kept lines, so a rule that
    must clean the same way twice reads them."""
    return {id(line) for line, below in zip(kept, kept[1:], strict=False) if _runs_on(line, below)}


def _runs_on(line: Line, below: Line) -> bool:
    """The line is a sentence that the scraper broke, at a fixed width or at a link, and
    `below` goes on with it: the line ends on no stop, and the next opens in lower case with a
    few words of the same sentence ("... picks out 10 of the best quotes" / "from this year's
    tournament, which closed on Sunday:"). No headline, caption, credit or teaser runs on so;
    what opens in lower case under them is a byline ("by Jane Doe") or an image's text."""
    if line.words < _RUN_ON_WORDS or ends_sentence(line.plain) or below.kind != "para":
        return False
    if line.plain.endswith(("…", "...")) or not below.plain[:1].islower():
        return False
    if below.plain.split()[0].lower() in _BYLINE_OPENING:
        return False
    return below.words >= _RUN_ON_BELOW or ends_sentence(below.plain)


# -- Judgements of one line's shape -------------------------------------------------------------
# The rules ask these of the same lines again and again (is_prose about ten times a line): each
# is a function of its text alone, so its answer is kept rather than worked out again.
_MEMO_SIZE = 1 << 14


@lru_cache(maxsize=_MEMO_SIZE)
def words(text: str) -> int:
    count = len(text.split())
    if text.isascii():
        return count
    return count + sum(len(run) // 2 for run in _UNSPACED_RUN.findall(text))


def undecorated(text: str) -> str:
    """Text without the punctuation around it: "– Advertisement –" -> "Advertisement"."""
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # most lines: nothing around it
    start = next((index for index, char in enumerate(text) if char.isalnum()), len(text))
    end = next((index for index in range(len(text), start, -1) if text[index - 1].isalnum()), 0)
    return text[start:end]


@lru_cache(maxsize=_MEMO_SIZE)
def ends_sentence(text: str) -> bool:
    """Ends with . ! ? : ; or … (or a Chinese or Japanese stop), perhaps inside quotes,
    brackets or emphasis, or with a dash.

    A bar after it ("... in a car. |") is a table cell's or a link list's edge, not the text's.
    """
    tail = text.rstrip("\"'”’»)]*_ |」』）】")
    return bool(tail) and tail[-1] in ".!?:;…。！？" or text.endswith(("-", "–", "—"))


CUT_SUMMARY_WORDS = 6  # words at least before the "…" of a summary cut short


def cut_summary(line: Line) -> bool:
    """A summary the site cut short, as teaser cards and excerpts are: a line of a few words
    that stops on "…", "..." or "[…]" inside a sentence ("... to be held on […]")."""
    text = line.plain.rstrip("]) ")
    if not text.endswith(("…", "...")) or line.words < CUT_SUMMARY_WORDS:
        return False
    return not ends_sentence(text.rstrip(".…").rstrip("[( "))


# The ASCII characters that are no letter or digit: what key() drops from an ASCII text (nearly
# every line), at the speed of one translate rather than a test a character.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def key(text: str) -> str:
    """Text as a reader compares it: case, punctuation and spacing ignored."""
    if text.isascii():  # casefold() is lower() on ASCII; bytes drop characters fastest
        return text.lower().encode().translate(None, _ASCII_NOT_ALNUM).decode()
    return "".join(filter(str.isalnum, text.casefold()))


def is_chrome_sized(text: str, limit: int = 25) -> bool:
    """Short and not reported speech, so that a keyword in it marks it as site chrome."""
    return words(text) <= limit and not ATTRIBUTION.search(text.lower())


def speaks_to_reader(line: Line) -> bool:
    """A label ("Newsletter"), the site speaking ("our"), or a paragraph urging the reader.

    A list item urging the reader is more likely the story's own advice ("- register online").
    """
    text = line.plain
    label = words(text) <= 3 and not text.endswith(".")
    urging = READER_ADDRESS.search(text) or (PROMPT_START.match(text) and words(text) <= 10)
    return label or bool(SITE_VOICE.search(text)) or (bool(urging) and line.kind == "para")


def headline_like(text: str, min_words: int = 1) -> bool:
    first = text.lstrip("\"'“‘«([《「『【〈")[:1]  # CJK brackets open titles too
    short = min_words <= words(text) <= 25 and not ends_sentence(text)
    return short and (first.isupper() or first.isdigit())


def sentence_like(text: str) -> bool:
    """Opens like a sentence: a capital, then words in lower case (not a Title Case label)."""
    tokens = text.lstrip("\"'“‘«([").split()
    lower = [t for t in tokens[1:] if t[:1].islower() and t.lower() not in _TITLE_GLUE]
    return len(tokens) >= 3 and tokens[0][:1].isupper() and 3 * len(lower) >= len(tokens) - 1


@lru_cache(maxsize=_MEMO_SIZE)
def is_prose(text: str) -> bool:
    return ends_sentence(text) and words(text) >= 8


def content_words(text: str) -> set[str]:
    lower = text.lower()
    found = (_ASCII_CONTENT_WORD if lower.isascii() else _CONTENT_WORD).findall(lower)
    return set(found).difference(STOPWORDS)


def line_words(line: Line) -> set[str]:
    """content_words of a line, worked out once: several rules compare lines by them."""
    if line.content is None:
        line.content = content_words(line.plain)
    return line.content


def nav_tokens(text: str) -> set[str]:
    return {token.lower() for token in NAV_TOKEN.findall(text)}


def name_like(text: str, min_names: int) -> bool:
    """Capitalised names ("Jane Doe and Kim Lee"), at least `min_names` of them besides glue."""
    tokens = [token for token in _NAME_SEPARATOR.split(text.rstrip(".")) if token]
    names = [token for token in tokens if token.lower() not in _NAME_PARTS]
    return (
        0 < len(tokens) <= 12
        and len(names) >= min_names
        and names[0].lower() not in CALENDAR
        and all(name[:1].isupper() and not any(c.isdigit() for c in name) for name in names)
    )


def lone_name(line: Line) -> bool:
    """A person's name alone on its line ("Jane Doe"); a line in capitals is a heading."""
    plain = line.plain
    short = line.words <= _LONE_NAME_WORDS and not ends_sentence(plain)
    return short and line.kind == "para" and not plain.isupper() and name_like(plain, 2)


# A telephone number: seven digits or more in groups, with a country code, an area code in
# brackets or a group of three ("+27 (82) 772 1709", "1800 811 700"); a date has none of those.
_PHONE = re.compile(r"\+?(?:\(\d{1,4}\)|\d{1,4})(?:[ .-]?(?:\(\d{1,4}\)|\d{2,4})){1,5}")
_PHONE_SIGN = re.compile(r"^\+|\(\d|(?<!\d)\d{3}(?!\d)")


def is_phone_number(text: str) -> bool:
    """Only a telephone number ("+27 (82) 772 1709", "1800 811 700"), not a date."""
    text = text.strip()
    digits = sum(char.isdigit() for char in text)
    return digits >= 7 and bool(_PHONE.fullmatch(text) and _PHONE_SIGN.search(text))


# A figure after a currency sign is a sum of money ("$10", "£ 5m"), never a day or an hour.
_AMOUNT = re.compile(r"[$€£¥₹₦₵]\s?\d")


_OPENING_QUOTES = '"“‘«'
_ASCII_DIGIT = re.compile(r"[0-9]")
_UNDATED_TIMES = ("ago", "today", "yesterday", "now")  # what dates a line with no figure


def _undated_time(lower: str) -> bool:
    return any(word in lower for word in _UNDATED_TIMES)


def is_timestamp(text: str) -> bool:
    """A date or time, perhaps with a section name ("World 3 hours ago", "News 12:30 4 May");
    not a telephone number or a sum of money, which are digits too."""
    if text.isascii() and not _ASCII_DIGIT.search(text) and not _undated_time(text.lower()):
        return False  # no figure and no "ago" or "today" (most lines): cheap, first
    if text[:1] in "+(0123456789" and is_phone_number(text.rstrip(".")):
        return False
    if text[:1] in _OPENING_QUOTES:
        return False  # a quote that opens on a time ("“At 12:30 we ..."), however it is cut
    if _AMOUNT.search(text):
        return False
    tokens = WORD_OR_NUMBER.findall(text.lower())
    dated = any(t.isdigit() or t in _UNDATED_TIMES for t in tokens)
    found = {t for t in tokens if not t.isdigit()}
    calendar = bool(found & _DATE_WORDS) or ":" in text
    fits = found <= TIME_WORDS or (found <= _TIME_OR_NAV_WORDS and calendar)
    return 0 < len(tokens) <= 16 and dated and bool(fits)


def next_kept(lines: list[Line], index: int, reach: int = 10) -> Line | None:
    """The first line after `index` not dropped yet, looking `reach` lines ahead at most."""
    return next((line for line in lines[index + 1 : index + 1 + reach] if not line.reason), None)


def previous_kept(lines: list[Line], index: int, reach: int = 10) -> Line | None:
    """The last line before `index` not dropped yet, looking `reach` lines back at most."""
    before = lines[max(0, index - reach) : index]
    return next((line for line in reversed(before) if not line.reason), None)


# -- Rules built from a test of one line --------------------------------------------------------
def matches(
    pattern: re.Pattern[str],
    limit: int = 25,
    hint: re.Pattern[str] | None = None,
    folded_hint: re.Pattern[str] | None = None,
) -> Callable[[Line], bool]:
    """Short lines, not reported speech, in which `pattern` occurs.

    `hint`: plain strings of which a match needs one, in lower case; far cheaper to look for.
    `folded_hint`: the same, looked for in the line's folded text, for a pattern that ignores
    case: a match of "(?i)sign" may be spelled "SİGN", which lower() does not make "sign".
    """
    # The length first: a cheap test that spares the pattern most lines of prose.
    return lambda line: (
        line.words <= limit
        and not line.reported
        and (hint is None or bool(hint.search(line.lower)))
        and (folded_hint is None or bool(folded_hint.search(line.folded)))
        and bool(pattern.search(line.plain))
    )


def prompts(
    pattern: re.Pattern[str],
    hint: re.Pattern[str] | None = None,
    folded_hint: re.Pattern[str] | None = None,
) -> Callable[[Line], bool]:
    """Short lines in which `pattern` occurs, speaking to the reader."""
    found = matches(pattern, hint=hint, folded_hint=folded_hint)
    return lambda line: found(line) and speaks_to_reader(line)


def plain(test: Callable[[str], object], limit: int = 10**9) -> Callable[[Line], bool]:
    """A test of the plain text of lines of at most `limit` words."""
    return lambda line: line.words <= limit and bool(test(line.plain))


# A listicle's rank over its entry ("#1 Jane Doe", "#10 The old mill"): an item of the story's
# list, as "1. Jane Doe" is, though the page writes it so that it is no Markdown list.
_RANK_MARK = re.compile(r"^#\d{1,3}:? [^\W\d_]")


def list_item(line: Line) -> bool:
    """A line of one of the story's lists: a bullet, a number, or a listicle's rank."""
    return line.kind in ("bullet", "number") or bool(_RANK_MARK.match(line.plain))


def each_line(reason: str, test: Callable[[Line], bool], flag: str = "") -> Callable[[Doc], None]:
    """A rule that drops every kept line that passes `test`."""

    def apply(doc: Doc) -> None:
        for line in doc.lines:  # the kept ones, without copying them: each is judged alone
            if not line.reason and test(line):
                line.reason = reason
                doc.flags.update({flag} - {""})

    return apply


# A sentence announcing a list, with its verb: "The contractors shortlisted are:", "Those
# elected include:". A label over links has none ("More from the region:").
_ANNOUNCING_VERB = re.compile(
    r"(?i)\b(?:is|are|was|were|will be|include[sd]?|including|follows?)\b"
)
_LIST_INTRO_WORDS = 4


def announces_list(line: Line) -> bool:
    """A sentence of the story ending on a colon, with a verb, not speaking to the reader: what
    follows it is the list it announces, not links."""
    announces = line.plain.endswith(":") and line.words >= _LIST_INTRO_WORDS
    announces = announces and sentence_like(line.plain) and not speaks_to_reader(line)
    return announces and bool(_ANNOUNCING_VERB.search(line.plain))
