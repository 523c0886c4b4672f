"""The one rule that splits every development set: tune on one part, measure on the other.

A page's part follows from its site (an event story's from its name), never from its
content, so a site the rules were written from is never measured as unseen: 40% of sites are
held back. Nobody chooses which.
"""

from __future__ import annotations

import hashlib

HELD_SHARE = 4  # of 10


def part_of(key: str) -> str:
    """'held' or 'tune' for a site's domain (without www.) or a story's name."""
    number = int(hashlib.sha1(key.strip().lower().encode()).hexdigest(), 16)
    return "held" if number % 10 < HELD_SHARE else "tune"
