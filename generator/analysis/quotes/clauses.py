"""The speech verbs of a sentence, each with the subject the text gives it: a clause.

A verb's subject is read after it when it follows a quote ('"...," said X'), else before it
("X said", "X weighed in, saying"); a word that reads as a noun ("his comments") is no verb.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.analysis.quotes.names import singular, words_of
from generator.analysis.quotes.paragraphs import MASK, Paragraph
from generator.analysis.quotes.subjects import (
    NOBODY,
    Subject,
    head_noun,
    inverted_subject,
    leading_subject,
    named_before_role,
    subject_before,
)
from generator.analysis.quotes.vocabulary import (
    DOCUMENT_VERBS,
    DOCUMENTS,
    PARTICIPLES,
    PHRASAL,
    PHRASAL_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TAKING_OBJECTS,
)


class Clause(NamedTuple):
    """A speech verb of a sentence's narrative, with the subject the text gives it."""

    start: int  # the verb's offsets in the paragraph
    end: int
    subject: Subject | None
    inverted: bool  # '"...," said X': the subject comes after the verb


_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|these|those|such|any|no|some|many|several|recent"
    r"|earlier|latest|new|similar|further|public|written|opening|closing)\s+$",
    re.IGNORECASE,
)


_LETTERS = re.compile(r"[A-Za-z]+")
_VERB_FORMS = SPEECH_VERBS | PARTICIPLES | DOCUMENT_VERBS


# Forms that are never nouns: after "earlier" they are verbs ("Trump earlier said").
_ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


def _is_noun(masked: str, at: int, form: str) -> bool:
    """Whether the word at `at` reads as a noun from the word before it ("his comments")."""
    found = _NOUN_BEFORE.search(masked[max(0, at - 12) : at])
    return found is not None and not (
        form in _ONLY_VERBS and found.group().lower().startswith("earlier")
    )


@functools.cache  # one for each speech verb form
def _verb_form(form: str) -> re.Pattern[str]:
    """A form of a speech verb written in any case, as a whole word of _LETTERS."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", re.IGNORECASE | re.ASCII)


def verbs_in(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The speech verbs of a stretch of narrative, with their offsets; a word preceded by
    "the" or "his" is a noun ("his comments", "the remarks"), and a capitalised one too
    unless it opens the sentence ("Asked by ...")."""
    stretch = masked[start:end]  # a slice, so that a word cut at either end stays cut
    forms = " ".join(_LETTERS.findall(stretch)).lower().split()  # its words in lower case
    found = []
    # Most sentences have no speech verb, and most that have one have one form of it: only
    # those forms are looked for, not every word read again.
    for form in _VERB_FORMS.intersection(forms):
        for match in _verb_form(form).finditer(stretch):
            capitalised_inside = not match.group().islower() and stretch[: match.start()].strip()
            if not capitalised_inside and not _is_noun(masked, start + match.start(), form):
                found.append((start + match.start(), start + match.end(), form))
    if not PHRASAL_HEADS.isdisjoint(forms):
        found += [(m.start(), m.end(), "said") for m in PHRASAL.finditer(masked, start, end)]
    return sorted(found)


def start_of_clause(paragraph: Paragraph, sentence: tuple[int, int], at: int) -> int:
    """Where the clause ending at `at` begins: after the last quote, semicolon or dash."""
    start = sentence[0]
    for span in paragraph.spans:
        if sentence[0] <= span.after <= at:
            start = max(start, span.after)
    for mark in (";", " — ", " – "):
        found = paragraph.masked.rfind(mark, start, at)
        start = max(start, found + len(mark)) if found >= 0 else start
    return start


def speech_clauses(paragraph: Paragraph, sentence: tuple[int, int]) -> list[Clause]:
    """The speech verbs of a sentence of a paragraph, each with its subject, in order; "read"
    only with a statement for its subject ('"...," the statement read')."""
    found = _speech_clauses(paragraph, sentence)
    if not any(paragraph.masked[c.start : c.end].lower() in DOCUMENT_VERBS for c in found):
        return found
    return [
        clause
        for clause in found
        if paragraph.masked[clause.start : clause.end].lower() not in DOCUMENT_VERBS
        or (clause.subject is not None and clause.subject.kind == "document")
    ]


def _speech_clauses(paragraph: Paragraph, sentence: tuple[int, int]) -> list[Clause]:
    masked = paragraph.masked
    found = []
    for start, end, verb in verbs_in(masked, *sentence):
        clause_start = start_of_clause(paragraph, sentence, start)
        before = words_of(masked[clause_start:start])
        agent = _passive_agent(before, masked, end)
        if agent is not None:  # "the plan, described by X as": X speaks
            found.append(Clause(start, end, inverted_subject(masked[agent : sentence[1]]), False))
            continue
        after_quote = clause_start > sentence[0] and all(w in ",.?!—–" for w in before)
        if (after_quote or (before and before[-1] == "," and verb not in PARTICIPLES)) and (
            verb not in TAKING_OBJECTS
        ):
            inverted = inverted_subject(masked[end : sentence[1]])
            if inverted is not None and (after_quote or _speaks(inverted)):
                found.append(Clause(start, end, inverted, True))  # '"...," said X', '..., said X.'
                continue
        if after_quote:  # 'X, who called him a "brat," called ...': the sentence's subject
            opening = words_of(masked[sentence[0] : start])
            subject = leading_subject(opening) or _named_before(opening)
        elif verb in PARTICIPLES and (absolute := _absolute_subject(before)) is not None:
            subject = absolute  # "..., with MPs telling X that": the MPs, not the sentence's
        elif verb in PARTICIPLES or (before and before[-1].lower() in ("and", "but", "then")):
            subject = leading_subject(before)
        else:
            subject = subject_before(before)
            if (
                subject is not None
                and subject.kind == "role"
                and clause_start > sentence[0]
                and not masked[end : sentence[1]].lstrip().startswith(",")
            ):  # '"...," Jane Doe, the chief executive said.'
                subject = named_before_role(before) or subject
        found.append(Clause(start, end, subject, False))
    return found


def _absolute_subject(before: list[str]) -> Subject | None:
    """The subject of a participle in a "with" phrase of its own ("..., with MPs telling
    reporters that", "with Jane Doe saying"): those people, not the sentence's subject; a
    group is no one speaker. None when the words after "with" are no such subject: "responded
    with a statement saying" is the sentence's subject speaking."""
    lowered = [word.lower() for word in before]
    if "with" not in lowered:
        return None
    group = before[len(lowered) - lowered[::-1].index("with") :]
    if not 1 <= len(group) <= _ABSOLUTE_WORDS or "," in group:
        return None
    if any(word.lower() in DOCUMENTS for word in group):
        return None
    last = group[-1]
    if last[:1].isupper() and not (last.endswith("s") and last[:-1].isupper()):  # not "MPs"
        subject = subject_before(group)
        return subject if subject is not None and subject.kind == "name" else NOBODY
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return NOBODY if plural or last[:1].isupper() else None


# The longest subject of a "with" phrase read: "with senior Tory MPs telling".
_ABSOLUTE_WORDS = 3


def _named_before(words: list[str]) -> Subject | None:
    """The person a sentence opens with before a phrase of its own that holds a quote: "X,
    stating he was proud to be called the "...," said"; no one unless a name reads so."""
    words = [word for word in words if word not in _QUOTED]
    if not words or words[-1] != ",":
        return None
    subject = subject_before(words)
    return subject if subject is not None and subject.kind == "name" else None


# A quote's marks and masked words, left out of the words a subject is read from.
_QUOTED = frozenset({MASK, *"\"“”„‘’'`"})


# "by" and the agent of a passive speech verb: not "responded by calling".
_BY_AGENT = re.compile(r"\s+by\s+(?![a-z]+ing\b)")
_BEING = frozenset({"was", "were", "is", "are", "been", "being", "be", ","})


def _passive_agent(before: list[str], masked: str, verb_end: int) -> int | None:
    """Where the agent of a passive speech verb starts, the words after "by" ("was described
    by X as", "the plan, branded by X"): the words before the verb are what was said, not who
    said it. None for a verb that is not passive."""
    if not before or before[-1].lower() not in _BEING:
        return None
    by = _BY_AGENT.match(masked, verb_end)
    return by.end() if by else None


def _speaks(subject: Subject) -> bool:
    """Whether a subject read after its verb is someone who speaks, not the verb's object."""
    if subject.kind == "role":
        return singular(head_noun([w.lower() for w in subject.words]) or "") in ROLE_NOUNS
    return subject.kind in ("name", "org", "people")
