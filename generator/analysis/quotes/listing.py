"""Which of an article's quotes a listing shows: not one the end of the stored text cuts off
("... she certainly knows me v"), nor one whose words a longer quote of the same speaker in
the article holds ("vital collaboration." beside the whole sentence it comes from), nor a
short phrase the next quote of its speaker goes on from ('he "clearly affirms" that "...').

Extraction keeps both (each is a quoted place of the text, and eval/quotes.py labels each);
a briefing's list of quotations should show each quotation once, and whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.models import Quote

# How a quote that ends with its text may end and still be whole: "... at last." is,
# "... that we've just" is not.
_WHOLE_ENDINGS = (".", "!", "?", "…")
# Marks that may close a quote, or stand after one, at the very end of a text.
_CLOSING = "\"”’'"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def cut_off(text: str, quote: Quote) -> bool:
    """Whether the stored text ends inside a quote: no closing mark after it, nothing after
    it, and its words stop short of a sentence's end."""
    end = quote.start + len(quote.text)
    if text[quote.start : end] != quote.text:
        return False  # not where the text holds it (an edited text): nothing to tell
    rest = text[end:]
    if rest.strip():
        return False  # a closing mark, or narrative, follows: the quote ends where it should
    return not quote.text.rstrip().endswith(_WHOLE_ENDINGS)


def held_by_another(quotes: Sequence[Quote]) -> set[int]:
    """The indexes of the quotes whose words a longer quote of the same speaker in the same
    article holds: the phrase a lede repeats from the sentence below it."""
    words = [f" {' '.join(_WORD.findall(quote.text.lower()))} " for quote in quotes]
    held: set[int] = set()
    for index, quote in enumerate(quotes):
        own = words[index]
        if own.strip() and any(
            other.speaker == quote.speaker and len(words[at]) > len(own) and own in words[at]
            for at, other in enumerate(quotes)
            if at != index
        ):
            held.add(index)
    return held


# The word joining a phrase quoted mid-sentence to the quote that goes on with the speaker's
# sentence: 'he "clearly affirms" that "respecting ..."'. Not "and": 'should "remain
# partners" and "carry out ..."' are two things said.
_JOINED = re.compile(r"[\"”’'\s]*that[\s\"“‘']*")
_LEAD_IN_WORDS = 3  # a longer phrase says something of its own


def leads_in(text: str, quotes: Sequence[Quote]) -> set[int]:
    """The indexes of the short phrases quoted mid-sentence that the next quote, of the same
    speaker and paragraph, goes on from with nothing but "that" between:
    'he "clearly affirms" that "respecting ... is very important."' shown alone, "clearly
    affirms" is a piece of a sentence, not a quotation."""
    pieces: set[int] = set()
    for index, (quote, following) in enumerate(zip(quotes, quotes[1:], strict=False)):
        words = _WORD.findall(quote.text)
        if (
            quote.speaker is None
            or following.speaker != quote.speaker
            or following.paragraph != quote.paragraph
            or not 0 < len(words) <= _LEAD_IN_WORDS
            or quote.text.rstrip().endswith((*_WHOLE_ENDINGS, ","))
            or len(_WORD.findall(following.text)) <= len(words)
        ):
            continue
        end = quote.start + len(quote.text)
        if (
            text[quote.start : end] == quote.text
            and end <= following.start
            and _JOINED.fullmatch(text, end, following.start)
        ):
            pieces.add(index)
    return pieces


def listed(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The quotes of an article a listing shows: each whole, and each once."""
    held = held_by_another(quotes) | leads_in(text, quotes)
    return tuple(
        quote
        for index, quote in enumerate(quotes)
        if index not in held and not cut_off(text, quote)
    )
