"""Regular expressions compiled the first time they are used, not when their module is imported.

The analysis and discovery modules hold hundreds of patterns. A build that analyses one edited
article and reuses the others' records uses about half of them, and compiling the rest at
import was a tenth of its time. A lazy pattern is a stand-in for the compiled one: the first
method asked of it compiles the pattern and keeps that method, bound to the compiled pattern,
on the stand-in, so that every later call costs what a call to a compiled pattern does.
"""

from __future__ import annotations

import re
from typing import Any


class _LazyPattern:
    """A pattern that compiles itself when first used; `pattern` is there without compiling."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance does not hold yet: compile, then keep the
        # compiled pattern's attribute here (a bound method, for search, match, sub...).
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(re.compile(self.pattern, self._flags), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), done when the pattern is first used. Use it for patterns
    at module level; a function's patterns compile when it runs anyway. (Not for a pattern
    given to re's functions, which take compiled patterns or strings only.)"""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]  # it quacks as one
