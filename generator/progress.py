"""A one-line progress bar for long builds, drawn on a terminal's stderr and nowhere else."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 30
_REDRAW_SECONDS = 0.1


class ProgressBar:
    """Counts finished items and redraws `label  done/total [####....] 41%` in place.

    Silent unless `enabled`; the caller decides (a terminal, and not --quiet).
    """

    def __init__(self, label: str, total: int, *, enabled: bool, stream: TextIO | None = None):
        self.label = label
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 0
        self._stream = stream or sys.stderr
        self._drawn_at = 0.0

    def __enter__(self) -> ProgressBar:
        self._draw()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.enabled:
            self._stream.write("\r\033[K")  # erase the bar; the summary line follows
            self._stream.flush()

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self._drawn_at >= _REDRAW_SECONDS or self.done >= self.total:
            self._drawn_at = now
            self._draw()

    def _draw(self) -> None:
        if not self.enabled:
            return
        filled = _WIDTH * self.done // self.total
        bar = "#" * filled + "." * (_WIDTH - filled)
        percent = 100 * self.done // self.total
        self._stream.write(f"\r{self.label} {self.done}/{self.total} [{bar}] {percent}%")
        self._stream.flush()
