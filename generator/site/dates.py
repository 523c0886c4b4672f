"""Dates as pages show them, and the one build time a deterministic build may use."""

from __future__ import annotations

import datetime
import os

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def format_date(date: datetime.date | None) -> str:
    """'5 January 2026', or '' when the date is unknown."""
    return f"{date.day} {date:%B %Y}" if date else ""


def short_date(date: datetime.date | None) -> str:
    """'5 Jan', for the timeline and the coverage matrix; '' when unknown."""
    return f"{date.day} {date:%b}" if date else ""


def build_time() -> datetime.datetime:
    """SOURCE_DATE_EPOCH when it is set (reproducible builds), else the Unix epoch, never the clock."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)
    return _EPOCH


def rfc3339(date: datetime.date | datetime.datetime) -> str:
    """A date (taken as midnight UTC) or an aware datetime in the form Atom requires."""
    if not isinstance(date, datetime.datetime):
        date = datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.UTC)
    return date.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
