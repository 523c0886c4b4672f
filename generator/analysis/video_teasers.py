"""A video's teaser as a player's card shows it: its title, its description and its running
time on one line ("Lawyer on the verdict Lawyer weighs in on the jury's verdict 06:25"); and
another story's card closing on its view count."""

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
    # Every running time ends on ":" and two digits, perhaps before a last line break: a
    # cheap test that spares the pattern, tried at every character, nearly every line.
    found = _RUNNING_TIME.search(line.plain) if ":" in line.plain[-4:] else None
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


# A card's view count closing its line after a bullet or a bar: "... - Jane Doe, May 4 2024,
# 03:39 PM • 28105 views". A story gives a count in its sentence, not after a separator.
_VIEW_COUNT_END = re.compile(r"\s[•·|]\s*\d[\d,.]*\s?[KkMm]?\s+(?i:views?)$")
_CARD_WORDS = 4  # words of a headline before its count, at the least
_CARD_LONGEST = 50


def is_counted_card(line: Line) -> bool:
    """Another story's headline with its view count, as a card in the page shows it."""
    if not _CARD_WORDS + 2 <= line.words <= _CARD_LONGEST or "view" not in line.folded:
        return False
    return bool(_VIEW_COUNT_END.search(line.plain))
