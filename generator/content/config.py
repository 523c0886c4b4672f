"""Read and validate briefing.toml into a BriefingConfig."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path
from typing import Any

from generator.content.suggest import did_you_mean, near_name
from generator.errors import ConfigError
from generator.models import BriefingConfig, EventSpec, Problem
from generator.slugs import WINDOWS_RESERVED

CONFIG_NAME = "briefing.toml"
RESERVED_EVENT_IDS = frozenset({"other"})
_EVENT_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_TOP_KEYS = {"title", "description", "base_url", "events", "discover"}
_EVENT_KEYS = {"id", "title", "date", "terms", "summary", "articles"}
# A path from the server's root, or an http(s) address; never "//host/" (another site, in the
# page's scheme), and nothing a browser would strip or stop at: spaces and control characters.
_BASE_URL = re.compile(
    r"/(?![/\\])[^\s\x00-\x1f\x7f]*|https?://[^/\s\x00-\x1f\x7f]+[^\s\x00-\x1f\x7f]*"
)


def load_config(content_dir: Path) -> tuple[BriefingConfig, list[Problem]]:
    """Read content_dir/briefing.toml; raise ConfigError listing every error, return warnings."""
    path = content_dir / CONFIG_NAME
    shown = str(path)
    if not path.is_file():
        warning = Problem(shown, "not found; building with no events and the folder name as title")
        return _unconfigured(content_dir), [warning]
    try:
        text = path.read_bytes().decode("utf-8-sig")
        data = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise ConfigError(f"is not UTF-8 text ({error.reason}); save it as UTF-8", shown) from None
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(error, text, shown) from None
    if not data:
        # `digest events > briefing.toml` makes the file, empty, before digest reads it: an
        # empty file says nothing yet, as no file says nothing.
        warning = Problem(shown, "is empty; building with no events and the folder name as title")
        return _unconfigured(content_dir), [warning]
    return parse_config(data, shown, _event_lines(text), _key_lines(text))


def is_configured(content_dir: Path) -> bool:
    """Whether content_dir has a briefing.toml that says anything (not empty, nor only
    comments): where it has none, `digest events` prints a whole one, title first."""
    path = content_dir / CONFIG_NAME
    try:
        return bool(tomllib.loads(path.read_bytes().decode("utf-8-sig")))
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # a file that says something, wrongly: the build reports it


def listed_lines(content_dir: Path) -> dict[str, int]:
    """The line each file an event's `articles` lists is written on in briefing.toml, by the
    file as the configuration holds it, for a message about one entry to point at its line."""
    try:
        text = (content_dir / CONFIG_NAME).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    lines: dict[str, int] = {}
    start = next(_EVENTS_HEADER.finditer(text), None)
    first = text.count("\n", 0, start.start()) + 1 if start else len(text)
    for number, line in enumerate(text.splitlines()[first - 1 :], start=first):
        for basic, literal in _QUOTED.findall(line.split("#", 1)[0]):  # not in a comment
            lines.setdefault(_listed(basic.replace("\\\\", "\\") or literal), number)
    return lines


# A string as written on one line, in double quotes (escapes and all) or single quotes.
_QUOTED = re.compile(r""""((?:[^"\\]|\\.)*)"|'([^']*)'""")


def _listed(file: str) -> str:
    """An `articles` entry as the configuration holds it."""
    return file.strip().replace("\\", "/").removeprefix("./")


def _unconfigured(content_dir: Path) -> BriefingConfig:
    """A briefing with no events, titled after its folder ("bridge-closure": "Bridge closure")."""
    title = content_dir.resolve().name.replace("-", " ").replace("_", " ").strip() or "Briefing"
    return BriefingConfig(title=title.capitalize())


def parse_config(
    data: dict[str, Any],
    shown: str,
    event_lines: tuple[int, ...] = (),
    key_lines: tuple[dict[str, int], ...] = (),
) -> tuple[BriefingConfig, list[Problem]]:
    """Validate parsed TOML; every error is collected before failing once. `event_lines` are
    the lines of the [[events]] headers, in order, and `key_lines` the line of each key of the
    top table, then of each event's, for the messages to point at."""
    errors: list[str] = []
    top_lines = key_lines[0] if key_lines else {}
    # The top table's unknown keys are still named by the file alone (test_hostile pins that
    # line); an event's point at the key itself, not at its [[events]] header.
    warnings = _unknown_keys(data, _TOP_KEYS, "", {}, shown)
    misspelt = _misspelt(data, _TOP_KEYS, top_lines)

    title = _string(data, "title", errors, required=True, hint=misspelt.get("title", ""))
    description = _string(data, "description", errors)
    base_url = _base_url(data.get("base_url", "/"), errors)
    discover = data.get("discover", True)
    if not isinstance(discover, bool):
        errors.append("'discover' must be true or false (no quotes)")

    raw_events = data.get("events", [])
    if not isinstance(raw_events, list) or not all(isinstance(e, dict) for e in raw_events):
        errors.append("'events' must be an array of tables: write each event as [[events]]")
        raw_events = []
    events: list[EventSpec] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_events, start=1):
        where = f"events[{index}]"
        line = event_lines[index - 1] if index <= len(event_lines) else None
        lines = key_lines[index] if index < len(key_lines) else {}
        warnings += _unknown_keys(raw, _EVENT_KEYS, f" in {where}", lines, shown, line)
        count = len(errors)
        raw_id = raw.get("id")
        if isinstance(raw_id, str) and raw_id in seen:
            errors.append(f"{where}: duplicate event id '{raw_id}'; each event needs its own id")
        elif isinstance(raw_id, str):
            seen.add(raw_id)
        event = _event(raw, where, errors, _misspelt(raw, _EVENT_KEYS, lines))
        if event is not None:
            events.append(event)
        errors[count:] = [e + _event_named(raw, line) for e in errors[count:]]

    errors += _listed_twice(events)
    if errors:
        raise ConfigError("invalid briefing configuration:\n  - " + "\n  - ".join(errors), shown)
    config = BriefingConfig(
        title=title,
        description=description,
        base_url=base_url,
        events=tuple(events),
        discover=discover is not False,
    )
    return config, warnings


def _unknown_keys(
    table: dict[str, Any],
    known: set[str],
    where: str,
    lines: dict[str, int],
    shown: str,
    header: int | None = None,
) -> list[Problem]:
    """A warning for each key of `table` digest does not read, on the key's own line (else on
    its table's header), with the key it nearly is."""
    return [
        Problem(
            shown,
            f"unknown key '{key}'{where} ignored{did_you_mean(key, known)}",
            lines.get(key, header),
        )
        for key in sorted(table.keys() - known)
    ]


def _misspelt(table: dict[str, Any], known: set[str], lines: dict[str, int]) -> dict[str, str]:
    """For each key `table` lacks that one of its unknown keys nearly is, a hint to add to the
    error that it is missing: the unknown key's warning waits until the errors are fixed, and
    the error alone would have the editor write the key a second time."""
    hints = {}
    for key in sorted(table.keys() - known):
        near = near_name(key, known - table.keys())
        if near is not None and near not in hints:
            at = f" on line {lines[key]}" if key in lines else " instead"
            hints[near] = f" (did you mean '{near}'? '{key}' is written{at})"
    return hints


def _listed_twice(events: list[EventSpec]) -> list[str]:
    """An error for each article file that two events list: it can be in one only."""
    listed: dict[str, str] = {}
    errors = []
    for event in events:
        for file in event.articles:
            if file in listed:
                errors.append(
                    f"'{file}' is listed under the events '{listed[file]}' and '{event.id}'; "
                    "an article is in one event: delete it from one list"
                )
            listed.setdefault(file, event.id)
    return errors


def _event(
    raw: dict[str, Any], where: str, errors: list[str], misspelt: dict[str, str]
) -> EventSpec | None:
    count = len(errors)
    event_id = _string(raw, "id", errors, required=True, where=where, hint=misspelt.get("id", ""))
    if event_id and not _EVENT_ID.match(event_id):
        errors.append(
            f"{where}.id '{event_id}' must be a slug: lowercase letters, digits and hyphens"
        )
    elif event_id in RESERVED_EVENT_IDS:
        errors.append(f"{where}.id '{event_id}' is reserved for articles that fit no event")
    elif event_id in WINDOWS_RESERVED:
        errors.append(
            f"{where}.id '{event_id}' is a file name Windows refuses (events/{event_id}.html); "
            "choose another id"
        )
    title = _string(
        raw, "title", errors, required=True, where=where, hint=misspelt.get("title", "")
    )
    summary = _string(raw, "summary", errors, where=where)
    date = raw.get("date")
    if isinstance(date, datetime.datetime) or not isinstance(date, datetime.date):
        shown = "missing" if date is None else repr(date)
        errors.append(
            f"{where}.date is {shown}; write a TOML date without quotes, e.g. date = 2026-01-05"
            + (misspelt.get("date", "") if date is None else "")
        )
    terms = _strings(raw, "terms", where, errors)
    articles = _strings(raw, "articles", where, errors)
    if len(errors) > count:
        return None
    files = tuple(dict.fromkeys(_listed(a) for a in articles))
    return EventSpec(event_id, title, date, terms, summary, files)


def _strings(raw: dict[str, Any], key: str, where: str, errors: list[str]) -> tuple[str, ...]:
    """A list of non-empty strings, stripped; () with an error if it is anything else."""
    found = raw.get(key, [])
    if not isinstance(found, list) or not all(isinstance(t, str) and t.strip() for t in found):
        errors.append(f"{where}.{key} must be a list of non-empty strings")
        return ()
    return tuple(t.strip() for t in found)


def _string(
    data: dict[str, Any],
    key: str,
    errors: list[str],
    *,
    required: bool = False,
    where: str = "",
    hint: str = "",
) -> str:
    """The text of `key`, stripped; "" with an error where it is not text, or is required and
    missing (`hint` then says which key written may be it)."""
    name = f"{where}.{key}" if where else key
    value = data.get(key)
    if value is None:
        if required:
            # A key written after an [[events]] header belongs to that event, not the briefing.
            place = " at the top of the file, before any [[events]]" if not where else ""
            errors.append(f"'{name}' is missing: add {key} = \"...\"{place}{hint}")
        return ""
    if not isinstance(value, str):
        errors.append(f"'{name}' must be a string, not {type(value).__name__}")
        return ""
    if required and not value.strip():
        errors.append(f"'{name}' is empty")
    return value.strip()


def _base_url(value: Any, errors: list[str]) -> str:
    if not isinstance(value, str) or not _BASE_URL.fullmatch(value):
        errors.append(
            f"'base_url' {value!r} must be a path starting with one '/' or an http(s) URL, "
            "without spaces"
        )
        return "/"
    return value if value.endswith("/") else value + "/"


def _event_named(raw: dict[str, Any], line: int | None) -> str:
    """Which event an error is in, as an editor finds it: "events[4]" alone means counting
    tables; its id and the line of its [[events]] header do not."""
    raw_id = raw.get("id")
    named = [f"id '{raw_id}'"] if isinstance(raw_id, str) and raw_id.strip() else []
    named += [f"line {line}"] if line else []
    return f" (the event with {', at '.join(named)})" if named else ""


_EVENTS_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*events[ \t]*\]\]", re.MULTILINE)


def _event_lines(text: str) -> tuple[int, ...]:
    """The line of each [[events]] header: tomllib gives the tables, not where they stand."""
    return tuple(text.count("\n", 0, m.start()) + 1 for m in _EVENTS_HEADER.finditer(text))


# A table's header, and a key as it opens a line ("title =", "  terms=", "a.b =", "'x' ="): the
# lines the messages point at, found in the text since tomllib gives only the values.
_HEADER = re.compile(r"^[ \t]*\[")
_KEY = re.compile(r"""^[ \t]*([A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*[=.]""")


def _key_lines(text: str) -> tuple[dict[str, int], ...]:
    """The line of each key of the top table, then of each [[events]] table, in order (the
    first line where a key is written; keys of other tables are not looked for)."""
    tables: list[dict[str, int]] = [{}]
    current: dict[str, int] | None = tables[0]
    for number, line in enumerate(text.splitlines(), start=1):
        if _EVENTS_HEADER.match(line):
            current = {}
            tables.append(current)
        elif _HEADER.match(line):
            current = None
        elif current is not None and (match := _KEY.match(line)):
            current.setdefault(match.group(1).strip("\"'"), number)
    return tuple(tables)


def _syntax_error(error: tomllib.TOMLDecodeError, text: str, shown: str) -> ConfigError:
    """The error for a briefing.toml tomllib cannot read, at its line; a string left open is
    said so, at the line its quote opens on (tomllib speaks of an "Illegal character '\\n'",
    or of the end of the document)."""
    opened = unclosed_string_line(text)
    said = str(error)
    if opened is not None and ("'\\n'" in said or "end of document" in said):
        message = f"TOML syntax error: a quote opened on line {opened} is never closed; close it"
        if not _closes_on_another_line(text, opened):
            message += " on the same line (or use triple quotes for text over several lines)"
        return ConfigError(message, shown, opened)
    return ConfigError(f"TOML syntax error: {error}", shown, _toml_error_line(error, text))


# Where a TOML string begins: three quotes (text over lines), one quote, or a comment, which
# no quote inside ends.
_STRING_START = re.compile(r'"""|\'\'\'|"|\'|#')
_STRING_END = {
    '"': re.compile(r'(?:[^"\\]|\\.)*"'),  # a basic string: \" does not end it
    "'": re.compile(r"[^']*'"),  # a literal string: no escapes
    '"""': re.compile(r'(?:[^\\]|\\.)*?"""', re.DOTALL),
    "'''": re.compile(r".*?'''", re.DOTALL),
}


def unclosed_string_line(text: str) -> int | None:
    """The line of a string that is never closed, scanning as TOML reads strings (a one-line
    string ends at its line's end, a triple-quoted one may run on); None where all close."""
    at = 0
    while (start := _STRING_START.search(text, at)) is not None:
        quote = start.group()
        if quote == "#":
            end = text.find("\n", start.end())
            at = len(text) if end < 0 else end
            continue
        body = text[start.end() :] if len(quote) == 3 else text[start.end() :].split("\n", 1)[0]
        closed = _STRING_END[quote].match(body)
        if closed is None:
            return text.count("\n", 0, start.start()) + 1
        at = start.end() + closed.end()
    return None


def _closes_on_another_line(text: str, line: int) -> bool:
    """Whether the string opened on `line` is triple-quoted (it would close on another line)."""
    written = text.splitlines()[line - 1]
    return '"""' in written or "'''" in written


def _toml_error_line(error: tomllib.TOMLDecodeError, text: str) -> int | None:
    # Python 3.11's TOMLDecodeError has no lineno attribute; the message ends "(at line N,
    # column M)", or "(at end of document)" for a file cut short: then its last line is meant.
    match = re.search(r"at line (\d+)", str(error))
    if match:
        return int(match.group(1))
    return len(text.splitlines()) or 1 if "end of document" in str(error) else None
