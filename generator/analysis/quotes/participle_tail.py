"""The comma that opens a sentence's closing speech clause when a participle's phrase follows it.

'... with a view to "charging them", and conspiracy, prosecutor Jane Doe told a press
conference, adding that they had "admitted part of the facts".': the clause naming the
speaker is not after the sentence's last comma but before the ", adding ..." that goes on
with the same speaker's words.
"""

from __future__ import annotations

import re

# A present participle of speech opening the phrase that goes on with the speaker's words.
_TAIL = re.compile(
    r",\s+(?:adding|saying|noting|explaining|stressing|insisting|warning|arguing|"
    r"calling|describing|referring)\b"
)


def closing_comma(masked: str, start: int, end: int) -> int:
    """The comma before the clause that closes a sentence (between `start` and `end`): its last
    comma, or, when a participle's phrase ends the sentence (", adding that ..."), the last
    comma before that phrase; -1 when there is none."""
    tails = list(_TAIL.finditer(masked, start, end))
    return masked.rfind(",", start, tails[-1].start() if tails else end)


def next_tail(masked: str, comma: int, end: int) -> int:
    """Where the participle's phrase after the closing clause at `comma` starts (`end` when
    none does): quotes after it are the speaker's further words, not another speaker's."""
    tail = _TAIL.search(masked, comma + 1, end) if comma >= 0 else None
    return tail.start() if tail is not None else end
