"""Statements and alerts: who speaks when a text does ("the statement said", '"...," it read').

An article introduces a statement with "a" ("a statement by X", "X said in a statement", "X
issued a security alert"); its author is who the words after it name ("signed by X", "from X",
"by X"), or the speaker or the subject of the verb before it. "The statement said" later is
that author, when the article has introduced one statement so far (two: unclear); "it said"
is the author of the statement the sentence before introduced or quoted. A statement "read by"
someone is not theirs: its author stays unknown.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.subjects import Subject, subject_before, subject_of
from generator.analysis.quotes.vocabulary import DOCUMENT_NOUNS
from generator.patterns import lazy_compile

_NOUNS = "|".join(sorted(DOCUMENT_NOUNS))
# An indefinite mention: "a statement", "a joint statement", "a security alert".
_MENTION = lazy_compile(rf"\b(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?({_NOUNS})\b", re.IGNORECASE)
# Its author after it: "from X", "by X", "issued by X", "signed by X"; not "read by X".
_AUTHOR_AFTER = lazy_compile(
    r"\s+(?:(?:issued|released|signed|sent|published)\s+)?(?:by|from)\s+(?![a-z]+ing\b)"
)
_SIGNED_BY = lazy_compile(r"\bsigned\s+by\s+")
# The verb before a mention whose subject is the author: "X issued a statement".
_ISSUED = lazy_compile(r"\b(?:issued|released|published|sent|put out)\s+$")
# Where the words naming an author stop.
_AUTHOR_END = lazy_compile(rf"[,.;:!?(—–{MASK}]|\s(?:on|in|at|after|who|which|that)\s")


# The time a subject's verb is given: "The embassy on Sunday (issued)".
_WHEN = lazy_compile(r"\s+(?:on|last|this|yesterday|today|earlier|late|early)\b.*$", re.DOTALL)


@dataclass(slots=True)
class Document:
    """A statement the article introduced: its noun, and its author as the words name them and
    as read (speaker, description), None when unknown."""

    noun: str
    author: Subject | None
    in_statement: int  # where its "in a statement" stands, -1 when it is not after "in"
    speaker: tuple[str, str] | None = None


def mentions(masked: str, bounds: tuple[int, int]) -> list[Document]:
    """The statements a sentence introduces, each with the author its words name."""
    if not _introduces_any(masked):
        return []  # most paragraphs: no sentence of theirs to look through
    found = []
    for match in _MENTION.finditer(masked, bounds[0], bounds[1]):
        rest = masked[match.end() : bounds[1]]
        author = _author_after(rest)
        before = masked[bounds[0] : match.start()]
        issued = _ISSUED.search(before)
        if author is None and issued is not None:
            # The subject before the verb, without the time after it ("X on Sunday issued").
            clause = before[: issued.start()].rsplit(MASK, 1)[-1].rsplit(",", 1)[-1]
            words = words_of(_WHEN.sub("", clause))
            author = subject_before(words) if words else None
        if author is not None and author.kind not in ("name", "org", "people"):
            author = None
        after_in = before.rstrip().lower().endswith(" in") or before.lower() == "in "
        found.append(Document(match.group(1).lower(), author, match.start() if after_in else -1))
    return found


def may_introduce(text: str) -> bool:
    """Whether any paragraph of an article may introduce a statement: none does when the
    whole text holds no statement's noun (masking a quote only takes letters away), so one
    scan of the article spares one of each paragraph."""
    return _may_name_a_noun(text)


@functools.lru_cache(maxsize=256)  # asked for each sentence of a paragraph, twice
def _introduces_any(masked: str) -> bool:
    """Whether a paragraph's narrative holds a mention anywhere: one search of the whole
    rather than one of each sentence. Each mention a sentence holds is one of the whole: the
    word boundary before it is read from the character before the sentence, and the one
    after its noun from a stop or the paragraph's end."""
    return _may_name_a_noun(masked) and _MENTION.search(masked) is not None


# Letters that a case-insensitive pattern reads as "i" or "s" but lower() does not make so.
_FOLDED_APART = frozenset("ıſİ")


def _may_name_a_noun(text: str) -> bool:
    """Whether `text` may hold a statement's noun in any case: a scan of its lower case for
    each noun (a case-insensitive pattern's scan is slower than the whole _MENTION's), or
    a letter lower() leaves apart from the one the pattern takes it for."""
    lowered = text.lower()
    # Three scans for the letters apart, each at C speed, not a set look-up for each character.
    return any(noun in lowered for noun in DOCUMENT_NOUNS) or any(
        letter in text for letter in _FOLDED_APART
    )


def _author_after(rest: str) -> Subject | None:
    """The author the words right after a statement's noun name: "signed by X" wherever it
    stands in the clause, else "from X" or "by X" right after it."""
    signed = _SIGNED_BY.search(rest)
    if signed is not None:
        return _read_author(rest[signed.end() :], until_end=True)
    after = _AUTHOR_AFTER.match(rest)
    if after is None:
        return None
    return _read_author(rest[after.end() :], until_end=False)


def _read_author(text: str, until_end: bool) -> Subject | None:
    """A name or an organisation opening `text`: "FCT spokesman Jane Doe, on Tuesday";
    with `until_end`, the name closing a role in apposition ("his spokesman, Jane Doe.")."""
    stop = re.search(rf"[.;:!?(—–{MASK}]", text) if until_end else _AUTHOR_END.search(text)
    words = words_of(text[: stop.start()] if stop else text)
    if not words:
        return None
    return subject_before(words) if until_end else subject_of(words)
