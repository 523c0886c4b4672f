"""Word lists the cleaner and the keyword filter share (kept apart from their regexes, which a
warm build never compiles)."""

from __future__ import annotations

MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
