"""A video's teaser as a player's card shows it: its title, its description and its running
time on one line ("Lawyer on the verdict Lawyer weighs in on the jury's verdict 06:25")."""

from __future__ import annotations

import re

from generator.analysis.lines import Line, ends_sentence, is_timestamp

# A running time closing the line: "06:25", "4:34", "1:02:33". A time of day in the 24-hour
# clock ("20:00", "13:37") opens on a digit other than 0 in two places; a video's minutes
# rarely reach ten without a leading zero.
_RUNNING_TIME = re.compile(r"(?<![\d:.,])(?:\d:\d\d:\d\d|0\d:\d\d|\d:\d\d)$")
_MIN_WORDS = 6  # a title and a description: a label with a time ("Time: 12:00") is shorter
_MAX_WORDS = 45
_PART_WORDS = 3  # words of a title, and of a description, at the least
# Words before a time of day: "resumes at 9:30", "open from 8:00", "is set for 7:30".
_TIME_OF_DAY_BEFORE = frozenset(
    ["at", "by", "for", "from", "past", "until", "till", "til", "to", "before", "after",
     "around", "about", "is", "was", "are", "were", "and", "or", "on", "since", "between",
     "starts", "begins", "opens", "resumes", "ends", "closes"]
)  # fmt: skip
_DAY_HALF = re.compile(r"(?i)\b(?:a\.?m|p\.?m)\b")
_WORD = re.compile(r"[\w'’]+")


def is_video_teaser(line: Line) -> bool:
    """A line of a title and a description, no sentence's stop, closing on a running time."""
    if not _MIN_WORDS <= line.words <= _MAX_WORDS or line.kind != "para":
        return False
    found = _RUNNING_TIME.search(line.plain)
    if found is None:
        return False
    before = line.plain[: found.start()].rstrip()
    last_word = before.rsplit(maxsplit=1)[-1].lower() if before else ""
    if ends_sentence(before) or last_word in _TIME_OF_DAY_BEFORE or _DAY_HALF.search(before):
        return False
    return _title_then_description(before) and not is_timestamp(line.plain)


def _title_then_description(text: str) -> bool:
    """Whether `text` is a title and a description run together, no stop between them: a
    capital after a word in lower case opens the description, and that word is one of the
    title's ("Lawyer on the verdict | Lawyer weighs in on ..."), as a player's card restates
    its title. A story's line with no final stop has no such second opening."""
    words = _WORD.findall(text)
    for index in range(_PART_WORDS, len(words) - _PART_WORDS + 1):
        word, previous = words[index], words[index - 1]
        if not (word[:1].isupper() and previous[:1].islower()):
            continue
        title = {earlier.casefold() for earlier in words[:index]}
        if word.casefold() in title:
            return True
    return False
