"""Read article files: decode them, split off the YAML front matter and validate its fields."""

from __future__ import annotations

import calendar
import codecs
import datetime
import functools
import os
import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.content.suggest import did_you_mean
from generator.links import is_safe_url
from generator.models import FrontMatter, Problem, SourceArticle

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
# A page saved from a browser: not an article file as it is, but what `digest add` takes.
SAVED_PAGE_SUFFIXES = (".html", ".htm")
ARTICLES_DIR = "articles"
_KNOWN_KEYS = {"title", "url", "outlet", "published", "published_note", "based_on", "event"} | {
    "keep",  # lines the cleaner must keep, and lines it must drop: the editor's last word
    "drop",
    "author",  # the byline, as `digest add` finds it
    "fetched",  # when `digest add` downloaded the page
}
_FENCE = re.compile(r"^---[ \t]*$")
_END_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*):(?:\s|$)")  # "title: ...": a front matter line
# Control characters (C0, DEL, C1) are invisible junk in a title and can disturb a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Far beyond any news article; such a file is built, but its author should look at it.
_LARGE_FILE = 1_000_000
# libyaml recurses once per "[" or "{" and crashes the interpreter some 50,000 levels down;
# no real front matter nests more than two or three.
_MAX_NESTING = 100
_BRACKETS = re.compile(r"[^\[\]{}]+")

try:  # the C loader is four times faster; fall back where libyaml is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, except that a date that does not exist stays text instead of raising."""


def _timestamp_or_text(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> object:
    # PyYAML raises a bare ValueError for "2026-02-30"; as text, _date_field names it properly.
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def find_article_files(content_dir: Path) -> list[Path]:
    """Every article file under content_dir/articles, in a stable order."""
    return [_path(path) for path in _files_ending(content_dir / ARTICLES_DIR, ARTICLE_SUFFIXES)]


def articles_and_saved_pages(content_dir: Path) -> tuple[list[Path], list[Problem]]:
    """Every article file under content_dir/articles, as find_article_files lists them, and a
    warning for each page saved from a browser there, in one walk of the folder: a saved page
    is not built as it is, and its owner most likely meant it to be. Other stray files
    (images, .DS_Store) are not articles anyone meant, and stay unremarked."""
    listed = _files_ending(content_dir / ARTICLES_DIR, ARTICLE_SUFFIXES + SAVED_PAGE_SUFFIXES)
    saved = [path for path in listed if path.lower().endswith(SAVED_PAGE_SUFFIXES)]
    articles = [_path(path) for path in listed if not path.lower().endswith(SAVED_PAGE_SUFFIXES)]
    return articles, [
        Problem(
            path,
            "is a saved web page, which the build does not read; add it with "
            f"`digest add {shlex.quote(path)}` (it writes the article file), then delete it",
        )
        for path in saved
    ]


def _files_ending(folder: Path, suffixes: tuple[str, ...]) -> list[str]:
    """The visible files under `folder` whose names end in one of `suffixes` (any case), in a
    stable order."""
    if not folder.is_dir():
        return []
    # Strings, not Paths, until the end, and the file type scandir already knows: every build
    # lists every article, and pathlib's globbing, comparisons and stat calls were most of the
    # ~25 ms it took at 1,000 articles.
    found = []
    pending = [str(folder)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in suffixes and entry.is_file():
                    found.append(entry.path)
    found.sort(key=lambda path: path.split(os.sep))  # as Paths sort: part by part
    return found


# Watch mode's builds share one process and list the same files every time; a Path keeps its
# parsed parts, string and hash, which a new one works out again (~8 ms a build at 1,000 files).
@functools.lru_cache(maxsize=1 << 17)
def _path(name: str) -> Path:
    return Path(name)


def read_bytes(path: Path) -> bytes | OSError:
    """A file's bytes, or the error that kept them from being read (reported when parsed)."""
    try:
        return path.read_bytes()
    except OSError as error:
        return error


def parse_article(
    path: Path, data: bytes | OSError, content_dir: Path
) -> tuple[SourceArticle | None, list[Problem]]:
    """The article in the bytes read from `path`; None with an error Problem when unusable."""
    relative = path.relative_to(content_dir).as_posix()
    shown = str(path)
    if isinstance(data, OSError):
        return None, [Problem(shown, f"cannot be read ({data.strerror})", level="error")]
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    if len(data) > _LARGE_FILE:
        problems.append(
            Problem(
                shown,
                f"is {len(data) / 1_000_000:.1f} MB, far longer than a news article; "
                "check that it holds one article",
            )
        )
    if not text.strip():
        return None, [
            Problem(shown, "is empty; add the article text or delete the file", level="error")
        ]
    raw_meta, body, body_line, fence_problems = split_front_matter(text, shown)
    problems += fence_problems
    meta, meta_problems = parse_front_matter(raw_meta, shown)
    problems += meta_problems
    if not body.strip():
        problems.append(
            Problem(shown, "has front matter but no article text below it", body_line, "error")
        )
        return None, problems
    return SourceArticle(relative, meta, body, body_line), problems


def decode(data: bytes, shown: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM; never guess further."""
    # UTF-32's little-endian BOM begins with UTF-16's, so it is tried first.
    for boms, codec in (
        ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"),
    ):
        if data.startswith(boms):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                pass
    if b"\x00" in data[:8192]:
        message = (
            "is not text (it holds NUL bytes: a binary file, or UTF-16 saved without a "
            "byte-order mark); remove it or re-save it as UTF-8"
        )
        return None, [Problem(shown, message, level="error")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = (
            "is not valid UTF-8; undecodable bytes were replaced with U+FFFD (re-save as UTF-8)"
        )
        return data.decode("utf-8-sig", errors="replace"), [Problem(shown, message, line)]


def split_front_matter(text: str, shown: str) -> tuple[str, str, int, list[Problem]]:
    """Split '---' fenced YAML from the body; returns (yaml, body, body's first line, problems)."""
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        return "", text, 1, []
    for index in range(1, len(lines)):
        if _END_FENCE.match(lines[index].rstrip("\r\n")):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2, []
    # A front matter key under the opening '---' ("title: ...") means a closing line was lost:
    # building on would publish the keys as the story's first paragraph. Other "Word: ..."
    # lines ("Update: ...", "WASHINGTON: ...") are the story's own, and it is built as text.
    key = _KEY_LINE.match(lines[1]) if len(lines) > 1 else None
    if key and key[1] in _KNOWN_KEYS:
        message = "front matter opened with '---' is never closed; add a '---' line after it"
        return "", text, 1, [Problem(shown, message, 1, "error")]
    message = (
        "opens with '---' but no front matter follows; built as text (if front matter was "
        "meant, write its keys, then a closing '---' line)"
    )
    return "", text, 1, [Problem(shown, message, 1)]


# PyYAML's contexts for a quote or bracket still open when its problem is found.
_UNCLOSED = ("while scanning a quoted scalar", "while parsing a flow")


def parse_front_matter(raw: str, shown: str) -> tuple[FrontMatter, list[Problem]]:
    """Validate the YAML fields; a wrong field is dropped with a warning, never guessed at."""
    if not raw.strip():
        return FrontMatter(), []
    if _nesting(raw) > _MAX_NESTING:
        message = (
            f"front matter nests brackets over {_MAX_NESTING} deep; write plain 'key: value' lines"
        )
        return FrontMatter(), [Problem(shown, message, 2, "error")]
    try:
        data = yaml.load(raw, Loader=_Loader)
    except yaml.YAMLError as error:
        # An error, not a warning: every field of the file is lost, so watch mode keeps the last
        # good site and `digest build` exits 1.
        return FrontMatter(), [_yaml_problem(error, raw, shown)]
    if data is None:
        return FrontMatter(), []
    if not isinstance(data, dict):
        return FrontMatter(), [
            Problem(shown, "front matter must be 'key: value' lines; ignored", 2)
        ]

    problems = _repeated_keys(raw, shown)
    for key in sorted(str(k) for k in data.keys() - _KNOWN_KEYS):
        message = f"unknown front matter key '{key}' ignored{did_you_mean(key, _KNOWN_KEYS)}"
        problems.append(Problem(shown, message, _key_line(raw, key)))
    fields: dict[str, Any] = {}
    for key in ("title", "outlet", "published_note", "event", "author"):
        fields[key] = _text_field(data, key, raw, shown, problems)
    for key in ("url", "based_on"):
        fields[key] = _url_field(data, key, raw, shown, problems)
    fields["event_line"] = (_key_line(raw, "event") or 0) if fields["event"] else 0
    fields["published"] = _date_field(data, raw, shown, problems)
    for key in ("keep", "drop"):
        fields[key] = _lines_field(data, key, raw, shown, problems)
        fields[f"{key}_lines"] = _entry_lines(raw, key, fields[key])
    if not fields["outlet"] and fields["url"]:
        fields["outlet"] = outlet_from_url(fields["url"])
    return FrontMatter(**fields), problems


def _yaml_problem(error: yaml.YAMLError, raw: str, shown: str) -> Problem:
    """The error for front matter PyYAML cannot read, on the line to fix, in plain words where
    the cause is a quote left open."""
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the '---' line
    if isinstance(error, yaml.reader.ReaderError):  # a control character: no mark, a position
        line = raw[: error.position].count("\n") + 2
    quote = _open_quote(raw, mark) if mark is not None else None
    if quote is not None:
        opened_on, runs_to = quote[0] + 2, "the end" if quote[1] is None else f"line {quote[1] + 2}"
        message = (
            f"front matter is not valid YAML: a quote opened on line {opened_on} is never closed "
            f"(the value that opens on this line runs on to {runs_to}); close it"
        )
        return Problem(shown, message + _quote_hint(raw, opened_on), opened_on, "error")
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    opened = getattr(error, "context_mark", None)
    context = getattr(error, "context", None) or ""
    if opened is not None and context.startswith(_UNCLOSED):
        # An unclosed bracket is found where the text ends: say where it opened.
        line = opened.line + 2
        reason = f"{reason} {context} that opens on this line"
    message = f"front matter is not valid YAML ({reason}); fix it"
    return Problem(shown, message + _quote_hint(raw, line), line, "error")


# A value opening with a character YAML reads as syntax, not text: a list "[", a mapping "{",
# an alias "*", an anchor "&", a tag "!", a block "|" or ">", a quote, or a reserved "%@`".
_INDICATOR_VALUE = re.compile(
    r"^[ \t]*(?P<lead>(?:[\w-]+:|-)[ \t]+)(?P<value>[\[{*&!|>'\"%@`].*?)\s*$"
)


def _quote_hint(raw: str, line: int | None) -> str:
    """The way out when the value on the line YAML stumbled on opens with an indicator: in
    quotes it is text ("title: [Updated] Ferry strike" is a list, then words YAML cannot
    place)."""
    lines = raw.splitlines()
    shape = (
        _INDICATOR_VALUE.match(lines[line - 2]) if line and 2 <= line <= len(lines) + 1 else None
    )
    if shape is None:
        return ""
    value = shape["value"]
    return (
        f" (a {value[0]!r} opening a value is YAML syntax; if the value is text, put it in "
        f"quotes: {shape['lead']}{_in_quotes(value)})"
    )


def _in_quotes(text: str) -> str:
    """Text as a YAML quoted value: in double quotes if it holds a ' (and nothing double
    quotes escape), else in single quotes, where only ' is doubled."""
    if "'" in text and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def _open_quote(raw: str, mark: Any) -> tuple[int, int | None] | None:
    """(the line a quoted value opens on, the line it ran on to, None at the end) when a quote
    left open explains the error at `mark` (0-based lines of `raw`).

    A value in quotes may go on over lines in YAML, so an unclosed quote takes the lines below
    it into the value until the next quote closes it, or to the end; the error is then found
    where that quote stood or where the text ends, lines below where the quote opened.
    """
    quoted = None
    try:
        for token in yaml.scan(raw, Loader=_BaseLoader):
            if token.start_mark.index > mark.index:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'"):
                quoted = token
    except yaml.YAMLError as error:
        context = getattr(error, "context", None) or ""
        opened = getattr(error, "context_mark", None)
        if context.startswith("while scanning a quoted scalar") and opened is not None:
            return opened.line, None
    if quoted is None or quoted.start_mark.line == quoted.end_mark.line:
        return None
    if quoted.end_mark.line != mark.line:  # the error is elsewhere than where the quote closed
        return None
    return quoted.start_mark.line, quoted.end_mark.line


# A top-level key as it opens a line: a cheap look before asking the parser where keys are.
_TOP_KEY = re.compile(r"^([^\s#'\"\[{-][^:\n]*):(?:[ \t]|$)", re.MULTILINE)


def _repeated_keys(raw: str, shown: str) -> list[Problem]:
    """A warning for each key given twice: YAML keeps the last silently, and an editor who
    wrote two titles should know which one the briefing shows."""
    keys = _TOP_KEY.findall(raw)
    if len(keys) == len(set(keys)):
        return []
    first: dict[str, int] = {}
    problems = []
    for key_node, _ in yaml.compose(raw, Loader=_Loader).value:
        key, line = str(key_node.value), key_node.start_mark.line + 2  # 1-based, after '---'
        if key in first:
            again = f"front matter key '{key}' is given again (first on line {first[key]})"
            problems.append(Problem(shown, f"{again}; the last one is used", line))
        first.setdefault(key, line)
    return problems


def _nesting(raw: str) -> int:
    """How deep the flow brackets of the YAML go (quoted brackets counted too: an overestimate)."""
    depth = deepest = 0
    for bracket in _BRACKETS.sub("", raw):
        depth = depth + 1 if bracket in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def outlet_from_url(url: str) -> str:
    """The site's host name without 'www.', as a stand-in outlet name."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _as_text(value: object) -> str | None:
    """A string or number as one line of text (control characters and runs of whitespace made
    one space); None for anything else."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(_CONTROL.sub(" ", str(value)).split())
    return None


def _text_field(data: dict, key: str, raw: str, shown: str, problems: list[Problem]) -> str:
    value = data.get(key)
    if value is None:
        return ""
    text = _as_text(value)
    if text is not None:
        return text
    problems.append(
        Problem(
            shown, f"'{key}' must be text, not {type(value).__name__}; ignored", _key_line(raw, key)
        )
    )
    return ""


def _url_field(data: dict, key: str, raw: str, shown: str, problems: list[Problem]) -> str:
    value = _text_field(data, key, raw, shown, problems)
    if value and not is_safe_url(value):
        problems.append(
            Problem(
                shown,
                f"'{key}' {value!r} is not an http(s) address; dropped (give the page's "
                "https:// address)",
                _key_line(raw, key),
            )
        )
        return ""
    return value


def _lines_field(
    data: dict, key: str, raw: str, shown: str, problems: list[Problem]
) -> tuple[str, ...]:
    """`keep` or `drop`: one line of the article (or its start), or a list of them.

    An entry that is not text, or is empty (it would match every line), is left out with a
    warning; the rest are kept.
    """
    value = data.get(key)
    if value is None:
        return ()
    line = _key_line(raw, key)
    entries = value if isinstance(value, list) else [value]
    texts = [_as_text(entry) for entry in entries]
    wrong = sorted(
        {type(e).__name__ for e, text in zip(entries, texts, strict=True) if text is None}
    )
    if wrong and entries is value:
        message = f"'{key}' entries must be lines of text, not {', '.join(wrong)}; those ignored"
        if "dict" in wrong:  # "- Read more:" is YAML for a mapping
            message += " (put a line with a ':' in quotes)"
        problems.append(Problem(shown, message, _mapping_line(raw, key, entries) or line))
    elif wrong:
        message = f"'{key}' must be a line of text or a list of lines, not {wrong[0]}; ignored"
        problems.append(Problem(shown, message, line))
    if "" in texts:
        message = f"'{key}' has an empty entry, which would match every line; ignored"
        problems.append(Problem(shown, message, line))
    return tuple(dict.fromkeys(text for text in texts if text))


def _date_field(data: dict, raw: str, shown: str, problems: list[Problem]) -> datetime.date | None:
    value = data.get("published")
    day = _as_date(value)
    if day is not None and day > _tomorrow():
        # A year typed wrong (2032 for 2023) would date the story years ahead, silently.
        problems.append(
            Problem(
                shown,
                f"'published' {day.isoformat()} is in the future; check the year",
                _key_line(raw, "published"),
            )
        )
    if day is not None or value is None:
        return day
    problems.append(Problem(shown, _not_a_date(value), _key_line(raw, "published")))
    return None


_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_DATE_SHAPE = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)\s*")


def _not_a_date(value: object) -> str:
    """Why a `published` value is no date: a YYYY-MM-DD whose month or day does not exist
    ("2025-11-31") is told so, for its form is right; anything else is told the form."""
    shape = _DATE_SHAPE.fullmatch(value) if isinstance(value, str) else None
    if shape is None:
        return f"'published' {value!r} is not a date; write YYYY-MM-DD"
    year, month, day = (int(part) for part in shape.groups())
    if month > 12:  # most often the day and month swapped: 2025-22-10
        why, fix = f"there is no month {month}", "write YYYY-MM-DD, the month before the day"
    elif month == 0 or day == 0:
        why, fix = f"there is no {'month' if month == 0 else 'day'} 0", "check the date"
    elif year and day > (days := calendar.monthrange(year, month)[1]):
        why, fix = f"{_MONTH_NAMES[month - 1]} {year} has {days} days", "check the day"
    else:  # year 0000
        return f"'published' {value!r} is not a date; write YYYY-MM-DD"
    return f"'published' {value!r} is a day that does not exist ({why}); {fix}"


def _as_date(value: object) -> datetime.date | None:
    """A YAML date or timestamp, or text in YYYY-MM-DD, as a date; None for anything else."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _tomorrow() -> datetime.date:
    """The latest publication date that is not in the future anywhere: it is already tomorrow
    east of UTC. Only a warning reads the clock; the site is the same whatever the day."""
    return datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1)


def _entry_lines(raw: str, key: str, entries: tuple[str, ...]) -> tuple[int, ...]:
    """The line of the file each entry of `key` is written on, searched from the key's line on:
    the first line holding its text, or the key's own line where none does as written (an
    entry in quotes with escapes, or folded over lines)."""
    start = _key_line(raw, key)
    if start is None or not entries:
        return ()
    lines = [" ".join(line.split()) for line in raw.splitlines()[start - 2 :]]  # as entries are
    found = []
    for entry in entries:
        place = next((n for n, line in enumerate(lines) if entry in line), 0)
        found.append(start + place)
    return tuple(found)


def _mapping_line(raw: str, key: str, entries: list) -> int | None:
    """The line of the first entry of `key` that YAML read as a mapping ("- Photo: Reuters"),
    found by its own key, so the warning points at the line to quote."""
    mapping = next((entry for entry in entries if isinstance(entry, dict) and entry), None)
    if mapping is None:
        return None
    return _entry_lines(raw, key, (f"{next(iter(mapping))}:",))[0]


def _key_line(raw: str, key: str) -> int | None:
    for number, line in enumerate(raw.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return None
