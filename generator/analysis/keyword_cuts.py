"""Candidates cut out of something longer or no phrase at all: the piece of an organisation's
name ("State Department" of "State Department of Corrections", "Citizens" of "First
Citizens"), a name with a word glued to it ("North Carolina-based", "Disgraced South
Carolina"), an acronym beside the words it stands for, a section label's word ("Happened" of
"What Happened:"), a credit's or a ticker's capitals ("Al Drago/UPI", "Inc FCNCA"), and two
words that make no phrase ("decade ago", "years earlier")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_credits import is_photo_credit
from generator.analysis.keyword_joins import COMPANY_ENDS
from generator.analysis.keyword_names import (
    INSTITUTION_HEADS,
    PLURAL,
    canonical_key,
    is_institution_head,
    to_singular,
)
from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.keyword_sources import is_source
from generator.analysis.keyword_titles import TITLES_AND_ROLES
from generator.analysis.keyword_trims import after_role, trimmed, whole_and_name
from generator.analysis.quotes.names import is_place
from generator.analysis.quotes.vocabulary import ROLE_NOUNS
from generator.analysis.summary import SECTION_LABEL

# A name and a word glued to it by a hyphen that says where something is from: the name is
# the keyword ("North Carolina" of "North Carolina-based").
_GLUED_SUFFIX = re.compile(r"-(?:based|born|headquartered)$", re.IGNORECASE)
# A participle that describes what comes after it: "Disgraced" of "Disgraced South Carolina
# lawyer", where the sentence opens with it.
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ed")
# What the capitals of a credit or a ticker stand right after: a slash ("Al Drago/UPI"), an
# exchange's colon ("NASDAQ:FCNCA"), a bracket opening the line ("(UPI) --"), after a name
# ("Soitec (SOI)") or after a dateline's day ("MADRID, Mar 04 (XNA):"); not after a
# lowercase term ("body mass index (BMI)").
_CREDIT_BEFORE = re.compile(r"(?:[/:]|(?:^|[A-Z][\w.&'’-]* |[A-Z][a-z]{2,8}\.? \d{1,2} )\()$")
# The words before a bracket, for whether the capitals in it are their initials: "Federal
# Deposit Insurance Corp. (FDIC)" spells out an acronym, "Soitec (SOI)" gives a ticker.
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[\w.&'’-]+ ){2,8})\($")
# How a name goes on after "of": capitalised words, and "and" or "&" between two of them.
_OF_TAIL = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: (?:(?:and|&) )?[A-Z][\w'’-]*)*")
# Words that stop a name's "of" tail: a title or a role after the name opens a person's
# ("Federal Bureau of Investigation Director Ana Ruiz"), no part of the organisation's.
_TAIL_STOPS = TITLES_AND_ROLES | ROLE_NOUNS
_OF_BEFORE = re.compile(r"([A-Z][\w'’-]*) of (?:the )?$")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’.-]* (?:&|amp;) $")  # "amp;": an entity left undone
# Words of a stretch of time, which before a word of _AGO say when, not what: "decade ago".
_TIME = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade"}
    | {"decades", "hour", "hours", "minute", "minutes", "seconds"}
)
# Words after a stretch of time that say when: "decade ago", "year earlier".
_AGO = frozenset({"ago", "earlier", "later"})
_INITIALS_SKIPPED = frozenset({"of", "and", "the", "for", "&"})


def glued_name(candidate: str) -> str:
    """The name a candidate is with a word glued to it by a hyphen, or the candidate: "North
    Carolina" of "North Carolina-based"."""
    return _GLUED_SUFFIX.sub("", trimmed(candidate))


def after_participle(form: str, occurrences: Sequence[Occurrence]) -> str | None:
    """The name after a participle that opens each sentence the prose writes a capitalised
    candidate in: "South Carolina" of "Disgraced South Carolina" (of "Disgraced South
    Carolina lawyer…"); None for any other candidate."""
    first, _, rest = form.partition(" ")
    if not rest or not _PARTICIPLE.fullmatch(first) or not rest[:1].isupper():
        return None
    if not occurrences or any(found.mid_sentence for found in occurrences):
        return None
    return rest


def is_furniture(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a candidate is only ever a section label's word, a credit's (see below and
    keyword_credits) or a source's (keyword_sources)."""
    return (
        is_label_word(form, occurrences, document)
        or is_credit(form, occurrences, document)
        or is_source(form, occurrences, document)
        or is_photo_credit(form, occurrences, document)
    )


def whole_name(form: str, occurrences: Sequence[Occurrence], document: Document) -> str | None:
    """The whole name a capitalised candidate is a piece of ("" if none is always the same),
    or None where it is no piece: see whole_of_name, whole_and_name,
    after_role and after_participle."""
    whole = whole_of_name(form, occurrences, document)
    if whole is None:
        whole = whole_and_name(form, occurrences, document)
    if whole is None:
        whole = after_role(form)
    return whole if whole is not None else after_participle(form, occurrences)


def is_label_word(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a capitalised word only ever stands in the label opening a paragraph: the
    "Happened" of "What Happened: The Raleigh lender…"."""
    if " " in form or not form[:1].isupper() or not occurrences:
        return False
    return all(
        (label := SECTION_LABEL.match(document.prose[found.line])) is not None
        and found.end < label.end()
        for found in occurrences
    )


def is_credit(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a word in capitals is only ever a credit's or a ticker's: after a slash, a
    bracket or a colon ("Al Drago/UPI", "(UPI)", "NASDAQ:FCNCA"), or right after a company's
    legal form ("BancShares Inc FCNCA")."""
    if " " in form or not form.isupper() or not occurrences:
        return False
    for found in occurrences:
        line = document.prose[found.line]
        before = line[max(0, found.start - 40) : found.start]
        after_company = before.rstrip(" ").rpartition(" ")[2].rstrip(".").casefold()
        at_start = found.start < 40  # "^" then opens the line, not the slice
        if not _CREDIT_BEFORE.search(before if at_start else before[1:]) and (
            after_company not in COMPANY_ENDS
        ):
            return False
        if _spells_out(form, before):
            return False
    return True


def _spells_out(form: str, before: str) -> bool:
    """Whether capitals in brackets are the initials of the words before the bracket, an
    acronym after its own name ("Federal Bureau of Investigation (FBI)"), not a credit."""
    words = _WORDS_BEFORE_BRACKET.search(before)
    if words is None:
        return False
    written = words.group(1).split()
    return any(
        initials_of(form.casefold(), " ".join(written[start:]).casefold())
        for start in range(len(written) - 1)
    )


def whole_of_name(form: str, occurrences: Sequence[Occurrence], document: Document) -> str | None:
    """The organisation's name with "of" in it that a capitalised candidate is a piece of
    wherever the prose writes it: "State Department of Corrections" for "State Department";
    "" where it is such a piece but not always of the same name, or it ends one ("Financial
    Protection" of "Department of Financial Protection and Innovation"), or follows an
    ampersand ("Trust Company" of "Bank & Trust Company"); None for any other candidate."""
    words = form.split()
    if not occurrences or not all(word[:1].isupper() for word in words):
        return None
    lines = document.prose
    if _is_field(words) and all(
        _inside_name(lines[found.line], found.start) for found in occurrences
    ):
        return ""
    head = PLURAL.sub(to_singular, words[-1].casefold())
    if len(words) < 2 or head not in INSTITUTION_HEADS:
        return None
    wholes = set()
    for found in occurrences:
        tail = _OF_TAIL.match(lines[found.line], found.end)
        if tail is None:
            return None
        wholes.add(form + _before_title(tail.group()))
    return wholes.pop() if len(wholes) == 1 else ""


def _before_title(tail: str) -> str:
    """A name's "of" tail up to a title or a role that opens a person's name after it: " of
    Investigation" of " of Investigation Director Ana Ruiz"."""
    words = tail.split(" ")
    first = 3 if words[2] == "the" else 2  # words[0] is "", words[1] is "of"
    for at in range(first + 1, len(words)):
        if words[at].casefold() in _TAIL_STOPS:
            return " ".join(words[:at])
    return tail


def _is_field(words: Sequence[str]) -> bool:
    """Whether capitalised words are common English words, as the field an organisation's
    name covers ("Financial Protection", "Trust Company"), not a place or a person after its
    "of" ("Rhode Island" of "University of Rhode Island")."""
    return all(common_word_rank(word.casefold()) is not None for word in words)


def _inside_name(line: str, start: int) -> bool:
    """Whether the words at `start` follow an institution's "Department of" ("Meeting of the"
    is no name's start) or a name's ampersand ("Bank & Trust Company")."""
    before = line[max(0, start - 40) : start]
    of = _OF_BEFORE.search(before)
    if of and is_institution_head(of.group(1)):
        return True
    return _AMPERSAND_BEFORE.search(before) is not None


def opens_only(key: str, form: str, occurrences: Sequence[Occurrence]) -> bool:
    """Whether one capitalised common word only ever opens a sentence: "Watch" of "Watch
    those closely", capitalised for its place alone. It waits with the common words."""
    return (
        " " not in form
        and form[1:].islower()
        and common_word_rank(key) is not None
        and not is_place((form,))
        and not any(found.mid_sentence for found in occurrences)
    )


def is_no_phrase(form: str) -> bool:
    """Whether two lowercase words make no phrase: a stretch of time and the word that says
    when it was ("decade ago", "years earlier"). "Election day", "fiscal year" are phrases."""
    first, _, second = form.partition(" ")
    if not second or " " in second or not form.islower():
        return False
    return first in _TIME and second in _AGO


def cut_acronyms(candidates: Iterable[str]) -> set[str]:
    """The acronyms among the candidates, their last letter cut, for cut_expansion: words in
    capitals only ("FDIC"), never any word ("cars" would cut "Central African Republic")."""
    return {
        canonical_key(form)[:-1]
        for form in candidates
        if form.isupper() and " " not in form and len(form) >= 4
    }


def cut_expansion(key: str, acronyms_cut: Set[str]) -> bool:
    """Whether a canonical key of three words or more is what an acronym among the candidates
    stands for, cut before its last word: "federal deposit insurance" beside "fdic" (of
    "Federal Deposit Insurance Corp."). The acronym is the whole name. `acronyms_cut`: see
    cut_acronyms ("fdi")."""
    initials = "".join(word[0] for word in key.split() if word not in _INITIALS_SKIPPED)
    return len(initials) >= 3 and initials in acronyms_cut


def initials_of(key: str, other: str) -> bool:
    """Whether one canonical key is the acronym of the other, its last word's initial left
    out or not: "fdic" and "federal deposit insurance" (of "…Insurance Corp."), "svb" and
    "silicon valley bank"."""
    if (" " in key) == (" " in other):
        return False  # asked of every pair of keywords: most pairs end here
    short, long = (other, key) if " " in key else (key, other)
    if len(short) < 3 or long[0] != short[0]:
        return False
    initials = "".join(word[0] for word in long.split() if word not in _INITIALS_SKIPPED)
    return len(initials) >= 2 and (
        short == initials or len(initials) >= 3 and short[:-1] == initials
    )
