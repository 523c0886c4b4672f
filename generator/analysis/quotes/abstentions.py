"""Shapes around a quote in which the reader abstains rather than guess its speaker: a speech
verb with the legal sense ("charged with"), a subject a hard-wrapped line cuts off, a phrase
quoted in a relative clause about the speaker, a place's address read as a speaker, a "he"
read as someone the quote itself names."""

from __future__ import annotations

import re

from generator.analysis.quotes.vocabulary import HONORIFICS, TITLES

# "charged" as an accusation made in court, not words said: "Two men charged over a seizure",
# "she was charged with theft"; "he charged that ..." is still speech.
_LEGAL_SENSE = re.compile(r"\s+(?:with|over|in connection|for|after)\b", re.IGNORECASE)
_LEGAL_FORMS = frozenset({"charged", "charges", "charge", "charging"})

# How a sentence may end: a stop, or a closing quote mark after one.
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")

# Words that open a longer title and never end one ("Associate Administrator", "Deputy
# Director"), and words that leave a phrase open: a line ending on one is cut.
_OPENS_A_TITLE = frozenset(
    {"associate", "assistant", "deputy", "acting", "vice", "executive", "principal", "under"}
)
_LEAVES_OPEN = frozenset({"of", "the", "and", "for", "to", "a", "an", "at", "in", "on", "with"})

# A relative clause opening after the speaker set after the verb: "said X, who himself made a
# 'pair' on debut": what is quoted in it is the narrator's word about X, not X's words.
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose|which)\b")


def legal_sense(masked: str, form: str, end: int) -> bool:
    """Whether "charged" at `end` is the court's accusation ("charged with", "charged over")."""
    return form in _LEGAL_FORMS and _LEGAL_SENSE.match(masked, end) is not None


def cut_by_a_line(masked: str, sentence_end: int, subject: tuple[str, ...]) -> bool:
    """Whether a subject read at the end of a sentence is cut by a hard-wrapped line the cleaner
    made a paragraph of: the sentence runs to its paragraph's end with no stop, on the subject's
    last word when that opens a title ('said NASA's Associate' / 'Administrator Jane Doe.'),
    or on one word after it that leaves a phrase open ('said the head of' / 'the agency').
    A line ending on a name ('says Jane Doe' with its stop lost), or past the subject ('wrote
    X on its account on'), leaves the subject whole."""
    if masked[sentence_end:].strip() or not subject:
        return False
    tail = masked[:sentence_end].rstrip()
    if not tail or tail.endswith(_SENTENCE_END):
        return False
    words = tail.split()
    if words[-1] == subject[-1]:
        return subject[-1].lower() in _OPENS_A_TITLE
    return len(words) > 1 and words[-2] == subject[-1] and words[-1].lower() in _LEAVES_OPEN


def in_relative_clause(masked: str, verb_end: int, quote_open: int) -> bool:
    """Whether a relative clause opens between an inverted subject and the quote after it."""
    return _RELATIVE_AFTER.search(masked, verb_end, quote_open) is not None


def unread_before_colon(unread_ends: list[int], masked: str, quote_open: int) -> bool:
    """Whether a speech verb whose subject could not be read stands right before the colon
    that opens the quote ("Speaking on ... Met Office Meteorologist and Presenter X said:"):
    the words before it are that verb's subject, so no other reading of them is the speaker."""
    return any(masked[end:quote_open].strip() in (":", "") for end in unread_ends)


def address_parts(segments: list[list[str]], bare_name: list[bool]) -> set[int]:
    """The comma segments after the first that are an address, two or more bare names in a
    row at the end ("X of the Carnegie Institution, Pasadena, California, told"): places."""
    found: set[int] = set()
    index = len(segments) - 1
    while index >= 1 and bare_name[index]:
        found.add(index)
        index -= 1
    return found if len(found) >= 2 else set()


# A word of a speaker's name that says who they are: not a title, not an initial.
_NAME_WORD = re.compile(r"[A-Z][\w’'-]{2,}")
_TITLE_WORDS = TITLES | HONORIFICS  # no part of a name a quotation could speak of


def pronoun_names_itself(speaker: str | None, how: str, text: str) -> bool:
    """Whether a quote given to a speaker by "he" or "she" names that speaker: people
    seldom speak of themselves by name, so the pronoun was read as the wrong person ("... in
    front of Max. He said: "I want to congratulate Max"")."""
    if speaker is None or "pronoun" not in how:
        return False
    words = [w for w in _NAME_WORD.findall(speaker) if w not in _TITLE_WORDS]
    # A pattern is made for each name word: only for one the quote holds at all.
    return any(
        re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words if word in text
    )
