"""What a reader sees in a line the rules kept: its shape, its place around the story, its run.

The line classifier (classifier.py) weighs these numbers; eval/train_lines.py learns the weights.
Every feature reads only the kept lines, in order, and the headline, never the lines the rules
dropped: cleaning the cleaned text again then sees each line as it was seen the first time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from generator.analysis.boilerplate import CALENDAR, STOPWORDS
from generator.analysis.lines import (
    Line,
    content_words,
    ends_sentence,
    headline_like,
    is_prose,
    line_words,
    sentence_like,
)

_LONG_PARAGRAPH = 25  # words: a paragraph this long is the story's, not a teaser's summary
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_ADDRESS = re.compile(r"https?://|www\.|@\w|\.(?:com|net|org|co\.\w\w)\b")
_SEPARATOR = re.compile(r"\s[|•·»›/]\s|\s[|]|[|]\s")
_LABEL_COLON = re.compile(r"^\S+(?:\s\S+){0,2}:")  # "Read more: ...", "Photo: ...", "Tags: ..."
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True, slots=True)
class Story:
    """Where the story's prose is among the kept lines, and the words it and the headline use."""

    first_prose: int  # index of the first line of prose; len(lines) when there is none
    last_prose: int  # index of the last line of prose; -1 when there is none
    last_long: int  # index of the last paragraph of _LONG_PARAGRAPH words or more; -1 if none
    prose_words: Counter[str]  # content words over the prose lines, a line's use counted once
    headline_words: frozenset[str]


def read_story(lines: list[Line], headline: str) -> Story:
    prose = [index for index, line in enumerate(lines) if is_prose(line.plain)]
    long = [index for index in prose if lines[index].words >= _LONG_PARAGRAPH]
    counts: Counter[str] = Counter()
    for index in prose:
        counts.update(line_words(lines[index]))
    return Story(
        first_prose=prose[0] if prose else len(lines),
        last_prose=prose[-1] if prose else -1,
        last_long=long[-1] if long else -1,
        prose_words=counts,
        headline_words=frozenset(content_words(headline)),
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _shape(line: Line) -> dict[str, float]:
    """The line alone: length, how it ends, capitals, digits, marks."""
    text = line.plain
    tokens = _TOKEN.findall(text)
    capitalised = sum(token[:1].isupper() for token in tokens)
    glue = sum(token.lower() in STOPWORDS for token in tokens)
    return {
        "log_words": math.log1p(line.words),
        "words_le_3": float(line.words <= 3),
        "words_le_8": float(line.words <= 8),
        "words_ge_20": float(line.words >= 20),
        "ends_sentence": float(ends_sentence(text)),
        "ends_question_or_bang": float(text.rstrip("\"'”’)").endswith(("?", "!"))),
        "ends_ellipsis": float(text.endswith(("...", "…"))),
        "sentence_like": float(sentence_like(text)),
        "headline_like": float(headline_like(text)),
        "capital_share": _share(capitalised, len(tokens)),
        "all_capitals": float(text.isupper()),
        "starts_lower": float(text[:1].islower()),
        "digit_share": _share(len(_DIGIT.findall(text)), len(text)),
        "glue_share": _share(glue, len(tokens)),
        "quote_mark": float(bool(_QUOTE_MARK.search(text))),
        "reported_speech": float(line.reported),
        "address": float(bool(_ADDRESS.search(line.lower))),
        "separator": float(bool(_SEPARATOR.search(text))),
        "label_colon": float(bool(_LABEL_COLON.match(text))),
        "list_item": float(line.kind in ("bullet", "number")),
        "month_name": float(any(token.lower() in CALENDAR for token in tokens)),
    }


def _run(lines: list[Line], prose: list[bool], index: int) -> tuple[int, int]:
    """The run of lines that are not prose around `index`: its length, its headline-like lines."""
    if prose[index]:
        return 0, 0
    start, end = index, index
    while start > 0 and not prose[start - 1]:
        start -= 1
    while end + 1 < len(lines) and not prose[end + 1]:
        end += 1
    run = lines[start : end + 1]
    return len(run), sum(headline_like(line.plain) for line in run)


def _place(lines: list[Line], prose: list[bool], index: int, story: Story) -> dict[str, float]:
    """Where the line stands: above, inside or below the story's prose, and in which run."""
    count = len(lines)
    length, headlines = _run(lines, prose, index)
    before = lines[index - 1] if index else None
    after = lines[index + 1] if index + 1 < count else None
    below = index > story.last_prose >= 0
    return {
        "above_story": float(index < story.first_prose),
        "below_story": float(below),
        "below_last_long": float(index > story.last_long >= 0),
        "relative_place": _share(index, count - 1),
        "lines_below_story": math.log1p(max(0, index - story.last_prose)) if below else 0.0,
        "log_run": math.log1p(length),
        "headline_run": float(headlines >= 3),
        "previous_prose": float(before is not None and prose[index - 1]),
        "next_prose": float(after is not None and prose[index + 1]),
        "previous_headline_like": float(before is not None and headline_like(before.plain)),
        "next_headline_like": float(after is not None and headline_like(after.plain)),
        "last_line": float(after is None),
        "no_prose": float(story.last_prose < 0),
        "prose_above": math.log1p(sum(prose[:index])),
        "prose_below": math.log1p(sum(prose[index + 1 :])),
        "previous_short": float(before is not None and before.words <= 8),
        "next_short": float(after is not None and after.words <= 8),
        "previous_ends_sentence": float(before is not None and ends_sentence(before.plain)),
    }


def _words_shared(line: Line, own_prose: bool, story: Story) -> dict[str, float]:
    """How much of the line's vocabulary the story's other prose and the headline use."""
    found = line_words(line)
    if not found:
        return {"story_overlap": 0.0, "headline_overlap": 0.0, "no_content_words": 1.0}
    # A prose line's words were counted once among the story's: not its own evidence.
    elsewhere = sum(story.prose_words[word] > own_prose for word in found)
    return {
        "story_overlap": elsewhere / len(found),
        "headline_overlap": len(found & story.headline_words) / len(found),
        "no_content_words": 0.0,
    }


def _neighbours_shared(rows: list[dict[str, float]], index: int) -> dict[str, float]:
    """How much the lines around use the story's words: teasers come in runs off its topic."""
    around = rows[max(0, index - 2) : index] + rows[index + 1 : index + 3]
    shared = [row["story_overlap"] for row in around if not row["no_content_words"]]
    return {"around_overlap": sum(shared) / len(shared) if shared else 0.0}


def _crossed(values: dict[str, float]) -> dict[str, float]:
    """The pairs a reader weighs together, which a linear model cannot combine by itself."""
    below, above = values["below_story"], values["above_story"]
    off_topic = 1.0 - values["story_overlap"]
    return {
        "below_x_headline_like": below * values["headline_like"],
        "below_x_off_topic": below * off_topic,
        "below_x_headline_run": below * values["headline_run"],
        "above_x_short": above * values["words_le_8"],
        "inside_x_headline_like": (1 - below - above) * values["headline_like"] * off_topic,
        "below_x_around_off_topic": below * (1.0 - values["around_overlap"]),
        "short_x_off_topic": values["words_le_8"] * off_topic,
    }


def features(lines: list[Line], headline: str) -> list[dict[str, float]]:
    """The features of every line in `lines` (the kept lines, in order), by name."""
    story = read_story(lines, headline)
    prose = [is_prose(line.plain) for line in lines]
    rows = []
    for index, line in enumerate(lines):
        values = _shape(line) | _place(lines, prose, index, story)
        rows.append(values | _words_shared(line, prose[index], story))
    for index, values in enumerate(rows):  # the neighbours' overlaps, once all are known
        values |= _neighbours_shared(rows, index)
        values |= _crossed(values)
    return rows
