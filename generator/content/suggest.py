"""Name the key or id a misspelt one nearly is, the way every message that meets a typo does."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# How alike two names must be (difflib's ratio) to be offered as the one meant: 'closur' and
# 'closure', 'titel' and 'title' are; 'theme' and 'title' are not.
_CUTOFF = 0.75


def near_name(wrong: str, names: Iterable[str]) -> str | None:
    """The name in `names` that `wrong` most likely misspells, or None when none is close."""
    near = difflib.get_close_matches(wrong, sorted(set(names)), n=1, cutoff=_CUTOFF)
    return near[0] if near else None


def did_you_mean(wrong: str, names: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the name `wrong` nearly is, or "" when none is close."""
    near = near_name(wrong, names)
    return f" (did you mean '{near}'?)" if near else ""
