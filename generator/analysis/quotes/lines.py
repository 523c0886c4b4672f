"""The lines that stand around a bare quotation paragraph and say whose it is: a credit line
under it ("- Jane Doe, on ..."), or a topic line above it ("About the penalty:") that leaves
it to the speaker of the quotes before; and the sentences before a quote run over paragraphs,
past its quoted ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from generator.analysis.quotes.names import (
    may_be_person,
    name_runs,
    words_of,
)
from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.subjects import (
    REGULAR_PAST,
    VERB_AFTER_SUBJECT,
    Subject,
    role_like,
)
from generator.analysis.quotes.vocabulary import VERBS
from generator.analysis.quotes.written_roles import (
    WORD_START,
)

# A paragraph opening with a dash: the credit line under a quotation ("— Jane Doe, on ...").
_CREDIT_DASH = re.compile(r"[-–—]\s+(?=\w)")


def credit_subject(paragraph: Paragraph) -> Subject | None:
    """The person a credit line names first, by a full name after nothing but their roles:
    "- Cancer patient Jane Doe, talking to ...", "— Jane Doe reflects on ..."."""
    dash = _CREDIT_DASH.match(paragraph.masked)
    if dash is None:
        return None
    words = words_of(paragraph.masked[dash.end() : dash.end() + 200])
    for run in name_runs(words):
        before = words[: run.start]
        if any(not WORD_START.match(word) for word in before) or not role_like(before):
            return None
        after = words[run.stop] if run.stop < len(words) else "."
        # The name is the line's subject: a verb or a comma follows it, not a noun it
        # qualifies ("- Launching Chisholm candidate Jane Doe's campaign").
        if len(run.name) > 1 and may_be_person(run) and _reads_as_verb(after):
            return Subject("name", run.name, " ".join(before))
    return None


def _reads_as_verb(word: str) -> bool:
    """Whether a word after a name reads as its verb, or ends the name's phrase."""
    lowered = word.lower()
    return (
        word in (",", ".", ";", ":", "—", "–")
        or lowered in VERB_AFTER_SUBJECT
        or lowered in VERBS
        or (word.islower() and (lowered.endswith("s") or bool(REGULAR_PAST.fullmatch(word))))
    )


# How an interviewer's topic line opens: "About the penalty:", "On whether he will stay:",
# "Asked about the referee:". What follows is the answer of whoever was answering before.
_TOPIC_OPENING = re.compile(
    r"(?:About|On|Regarding|Concerning|As for|As to|(?:When )?[Aa]sked (?:about|whether|if|why"
    r"|how|what|for))\b"
)
# A topic line longer than this is a paragraph of narrative, not a question's heading.
_TOPIC_WORDS = 30


def topic_line(paragraph: Paragraph) -> bool:
    """Whether a paragraph is one interviewer's topic line with nothing quoted: "About the
    fact that they could get a penalty:"; the bare quotes under it keep their speaker."""
    text = paragraph.text
    return (
        not paragraph.spans
        and len(paragraph.bounds) == 1
        and text.endswith(":")
        and len(text.split()) <= _TOPIC_WORDS
        and _TOPIC_OPENING.match(text) is not None
    )


class _Record(Protocol):
    text: str
    speakers: list
    named: list


_R = TypeVar("_R", bound=_Record)
# A sentence of quoted words alone: '“We back our batters.' (its quote running on).
_QUOTATION_ONLY = re.compile(r"\s*[“\"‘'][^“”\"]*[”\"]?\s*")


def past_quotation(records: Sequence[_R]) -> Sequence[_R]:
    """The sentences read, without those at the end that are only quotation and name no one:
    the "he said" closing a quote run over paragraphs ('"..." / "...," he said') looks back
    past them."""
    end = len(records)
    while end and _QUOTATION_ONLY.fullmatch(records[end - 1].text):
        if records[end - 1].speakers or records[end - 1].named:
            break
        end -= 1
    return records[:end]
