"""Read and validate briefing.toml into a BriefingConfig."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path
from typing import Any

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
        title = content_dir.resolve().name.replace("-", " ").replace("_", " ").strip() or "Briefing"
        warning = Problem(shown, "not found; building with no events and the folder name as title")
        return BriefingConfig(title=title.capitalize()), [warning]
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"is not UTF-8 text ({error.reason}); save it as UTF-8", shown) from None
    except tomllib.TOMLDecodeError as error:
        line = _toml_error_line(error, path.read_bytes().decode("utf-8-sig"))
        raise ConfigError(f"TOML syntax error: {error}", shown, line) from None
    return parse_config(data, shown, _event_lines(path.read_bytes().decode("utf-8-sig")))


def parse_config(
    data: dict[str, Any], shown: str, event_lines: tuple[int, ...] = ()
) -> tuple[BriefingConfig, list[Problem]]:
    """Validate parsed TOML; every error is collected before failing once. `event_lines` are
    the lines of the [[events]] headers, in order, for the messages to point at."""
    errors: list[str] = []
    warnings = [
        Problem(shown, f"unknown key '{key}' ignored") for key in sorted(data.keys() - _TOP_KEYS)
    ]

    title = _string(data, "title", errors, required=True)
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
        warnings += [
            Problem(shown, f"unknown key '{key}' in {where} ignored", line)
            for key in sorted(raw.keys() - _EVENT_KEYS)
        ]
        count = len(errors)
        raw_id = raw.get("id")
        if isinstance(raw_id, str) and raw_id in seen:
            errors.append(f"{where}: duplicate event id '{raw_id}'; each event needs its own id")
        elif isinstance(raw_id, str):
            seen.add(raw_id)
        event = _event(raw, where, errors)
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


def _event(raw: dict[str, Any], where: str, errors: list[str]) -> EventSpec | None:
    count = len(errors)
    event_id = _string(raw, "id", errors, required=True, where=where)
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
    title = _string(raw, "title", errors, required=True, where=where)
    summary = _string(raw, "summary", errors, where=where)
    date = raw.get("date")
    if isinstance(date, datetime.datetime) or not isinstance(date, datetime.date):
        shown = "missing" if date is None else repr(date)
        errors.append(
            f"{where}.date is {shown}; write a TOML date without quotes, e.g. date = 2026-01-05"
        )
    terms = _strings(raw, "terms", where, errors)
    articles = _strings(raw, "articles", where, errors)
    if len(errors) > count:
        return None
    files = tuple(dict.fromkeys(a.replace("\\", "/").removeprefix("./") for a in articles))
    return EventSpec(event_id, title, date, terms, summary, files)


def _strings(raw: dict[str, Any], key: str, where: str, errors: list[str]) -> tuple[str, ...]:
    """A list of non-empty strings, stripped; () with an error if it is anything else."""
    found = raw.get(key, [])
    if not isinstance(found, list) or not all(isinstance(t, str) and t.strip() for t in found):
        errors.append(f"{where}.{key} must be a list of non-empty strings")
        return ()
    return tuple(t.strip() for t in found)


def _string(
    data: dict[str, Any], key: str, errors: list[str], *, required: bool = False, where: str = ""
) -> str:
    name = f"{where}.{key}" if where else key
    value = data.get(key)
    if value is None:
        if required:
            # A key written after an [[events]] header belongs to that event, not the briefing.
            place = " at the top of the file, before any [[events]]" if not where else ""
            errors.append(f"'{name}' is missing: add {key} = \"...\"{place}")
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


def _toml_error_line(error: tomllib.TOMLDecodeError, text: str) -> int | None:
    # Python 3.11's TOMLDecodeError has no lineno attribute; the message ends "(at line N,
    # column M)", or "(at end of document)" for a file cut short: then its last line is meant.
    match = re.search(r"at line (\d+)", str(error))
    if match:
        return int(match.group(1))
    return len(text.splitlines()) or 1 if "end of document" in str(error) else None
