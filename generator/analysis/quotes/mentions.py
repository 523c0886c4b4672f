"""Quoted words that name or mention something rather than say it: a title ("Things Can
Only Get Better"), a term in capitals ("BECO"), a word talked about ('the word "lockdown"'),
a modifier of the noun after it ('the "freedom" narrative'), a word put for another ('"red"
as "saffron"'). No one is their speaker."""

from __future__ import annotations

import re

from generator.analysis.quotes.marks import Span
from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.subjects import SUBJECT_PRONOUNS
from generator.analysis.quotes.vocabulary import (
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    SMALL_WORDS,
)

# Words after a short quoted phrase that show it is not a modifier of the noun after it.
_LINK_WORDS = PREPOSITIONS | CONJUNCTIONS | {"of"}
# Words that open a phrase of their own, no noun the quote could modify: 'the "only way" the
# country could ...', 'the "best deal" he had seen'.
_NOT_MODIFIED = _LINK_WORDS | DETERMINERS | SUBJECT_PRONOUNS
# Words before a quoted phrase that make it a mention, not speech: the word "lockdown".
_MENTION = re.compile(
    r"(?:\bword|\bwords|\bterm|\bterms|\bphrase|\bslogan|\btitle|\btitled|\bentitled|\bhashtag"
    r"|\blabel|\bheadline|\bso-called|\bdubbed|\bnicknamed|\bmotto|\bbanners?|\bsigns?"
    r"(?: saying| reading)?|\bknown as|\bnamed|\bbrand"
    # Words carried or chanted by no one speaker: 'the chant "lock her up"', 'chants of "..."'.
    r"|\bchants?(?: of)?|\bcaption|\binscription|\bplacards?|\bposters?"
    # A gloss: 'Sinlaku, meaning "goddess"'; an idea named: 'his vision of "a new India"'.
    r"|\bmeaning|\btranslat(?:es|ed|ing) (?:as|to)"
    r"|\b(?:vision|principle|concept|notion|doctrine|ideal|philosophy) of(?: an?| the)?)\s*$",
    re.IGNORECASE,
)
# Words after a quoted phrase that say it is what something is called, not anyone's words:
# "'Frankenstein' galaxy, as it is being called", '"Lazarus", as they were dubbed'.
_NAMED_AFTER = re.compile(
    r"[^.;:!?\n]{0,30}?,?\s*as (?:it|they|he|she|this|these) (?:is|are|was|were|has been"
    r"|have been) (?:now |being |widely |often |also )?(?:called|known|dubbed|nicknamed|named)\b",
    re.IGNORECASE,
)
_NAMED_REACH = 40  # "as" stands this near the quote in _NAMED_AFTER

# The longest phrase _MENTION finds: a mention ends the words before a quote, so only that
# much of them needs searching.
_MENTION_REACH = len("philosophy of the")


def is_mention(paragraph: Paragraph, span: Span, text: str) -> bool:
    """A title or a word talked about, not speech: 'the word "lockdown"', "Vision of Prosperity",
    'the "freedom" narrative'."""
    if _nickname(paragraph.masked, span, text) or _defined(paragraph.masked, span, text):
        return True
    if len(text.split()) <= _TERM_WORDS and _put_as(paragraph, span):
        return True
    words_end = len(paragraph.masked[: span.open].rstrip())
    if _MENTION.search(paragraph.masked, max(0, words_end - _MENTION_REACH), span.open):
        return True
    before = words_of(paragraph.masked[max(0, span.open - 20) : span.open])
    after = words_of(paragraph.masked[span.after : span.after + 20])
    modifier = len(text.split()) <= 3 and text[-1:] not in ",.!?"  # 'a "brat," said X'
    if modifier and before and before[-1].lower() in DETERMINERS and after:
        follower = after[0]
        if follower[:1].islower() and follower not in _NOT_MODIFIED:
            return True  # a modifier of the noun after it
    words = re.findall(r"[\w’'-]+", text)
    capitalised = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised)


_AS = re.compile(r"\s+as\s+")
_TERM_WORDS = 2  # a term is a word or two


def _put_as(paragraph: Paragraph, span: Span) -> bool:
    """One quoted term put for another, 'to see "red" as "saffron"', 'rebranded "tax" as
    "levy"': two short phrases with no stop, joined by "as", are words talked about."""
    spans = paragraph.spans
    index = spans.index(span)
    pairs = [(spans[index - 1], span)] if index else []
    pairs += [(span, spans[index + 1])] if index + 1 < len(spans) else []
    return any(_terms_as(paragraph.text, first, second) for first, second in pairs)


def _terms_as(text: str, first: Span, second: Span) -> bool:
    if first.close is None or not _AS.fullmatch(text, first.after, second.open):
        return False
    terms = (text[first.begin : first.end], text[second.begin : second.end])
    return all(0 < len(term.split()) <= _TERM_WORDS and term[-1:].isalnum() for term in terms)


# What opens a definition set after a quoted term: 'its "firehose", a repository of ...'.
_DEFINITION_AFTER = re.compile(r"\s*,\s+(?:a|an)\s+[a-z]")
_DEFINED_WORDS = 2  # a term is a word or two; a longer phrase may be speech a role is given
# An owner's name for its own thing: 'its "firehose"'. Not "a" or "the": 'X called the flood
# a "catastrophe", a view shared by many' is X's word, the phrase after it a comment on it.
_OWNERS = frozenset({"its", "their", "his", "her"})


def _defined(masked: str, span: Span, text: str) -> bool:
    """A term the words after it define, 'its "firehose", a repository of raw data': a word or
    two with no stop of their own after a possessive ("its", "their"), then ", a" or ", an"."""
    if len(text.split()) > _DEFINED_WORDS or text[-1:] in ",.!?;:":
        return False
    before = words_of(masked[max(0, span.open - 12) : span.open])
    if not before or before[-1].lower() not in _OWNERS:
        return False
    return bool(_DEFINITION_AFTER.match(masked, span.after))


# A name set in marks between a first name and a surname: 'Jane "JJ" Doe'.
_NICKNAME = re.compile(r"[A-Z][\w’'.-]*")


def _nickname(masked: str, span: Span, text: str) -> bool:
    """A nickname inside a person's name, 'Robert "Bob" Doe': one or two capitalised words
    with no stop, a capitalised word right before the opening mark and right after the
    closing one."""
    words = text.split()
    if not 0 < len(words) <= 2 or not all(_NICKNAME.fullmatch(word) for word in words):
        return False
    before = masked[max(0, span.open - 30) : span.open]
    after = masked[span.after : span.after + 30]
    if not before.endswith(" ") or not after.startswith(" "):
        return False
    last_before, first_after = before.split()[-1:], after.split()[:1]
    return bool(
        last_before
        and first_after
        and _NICKNAME.fullmatch(last_before[0])  # no comma: 'Doe, "Bob" ...' is no name
        and _NICKNAME.fullmatch(first_after[0].rstrip(",.;:"))
    )


def named_after(masked: str, span: Span) -> bool:
    """Whether the words after a quote say it is what something is called ("'Frankenstein'
    galaxy, as it is being called,"): a name, even opening its sentence."""
    if " as " not in masked[span.after : span.after + _NAMED_REACH]:
        return False  # most quotes: no "as" near
    return _NAMED_AFTER.match(masked, span.after) is not None


def is_name(text: str) -> bool:
    """Words in marks that name something rather than say it, wherever they stand, with no
    stop of their own: a title in Title Case ('the anthem, “Things Can Only Get Better”'),
    one word in capitals (a term: 'Booster Engine Cut-Off or “BECO”')."""
    if text[-1:] in ".!?,;:" or text.isupper() and len(text.split()) > 1:
        return False  # a sentence, or words shouted in capitals
    words = re.findall(r"[\w’'-]+", text)
    if len(words) == 1:
        return len(words[0]) > 1 and words[0].isupper()
    capitalised = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(capitalised) >= 3 and all(w[:1].isupper() for w in capitalised)
