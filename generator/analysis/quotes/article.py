"""`quotes()`: an article's cleaned text read into its Quote records.

It finds the quoted spans, reads the names of the whole article, then reads the sentences in
order up to the last quote (attribution.Reader) and makes a Quote of each quote kept. A
speaker quoting their own words ("I said, 'What is going on?'") is the speaker of that inner
quote too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from generator.analysis.quotes.attribution import Found, Reader
from generator.analysis.quotes.marks import MAY_QUOTE, SINGLE_MARK, single_close
from generator.analysis.quotes.names import Names
from generator.analysis.quotes.paragraphs import Paragraph, add_sentences, paragraphs_of
from generator.models import Quote


def quotes(text: str) -> tuple[Quote, ...]:
    """The direct quotations of an article's cleaned text, in order, with their speakers."""
    if not MAY_QUOTE.search(text):
        return ()  # reading the sentences for speakers is the costly part
    paragraphs = paragraphs_of(text)
    if not any(paragraph.spans for paragraph in paragraphs):
        return ()  # its marks were apostrophes: still nothing to read
    add_sentences(paragraphs)
    reader = Reader(Names(paragraphs), paragraphs)
    for paragraph, bounds in _through_last_quote(paragraphs):
        reader.read(paragraph, bounds)
    found_quotes: list[Quote] = []
    for found in reader.found:
        if found.keep:
            quote = _quote(found)
            found_quotes.append(quote)
            if quote.speaker is not None and "I" in quote.text:
                found_quotes += _self_quotes(quote)
    return tuple(found_quotes)


def _self_quotes(quote: Quote) -> Iterator[Quote]:
    """The words a quote gives its own speaker as having said or thought, as quotes of theirs:
    "I said, 'What is going on?'"."""
    for match in _SELF_QUOTE.finditer(quote.text):
        marks = [m.start() for m in SINGLE_MARK.finditer(quote.text, match.end())]
        close = single_close(quote.text, marks)
        if close is not None and close > match.end():
            inner = quote.text[match.end() : close].rstrip(",").rstrip()
            yield replace(quote, text=inner, start=quote.start + match.end())


# Inside a quote, the speaker quoting themselves: "I said, '", "all I was thinking was, ‘".
_SELF_QUOTE = re.compile(
    r"\bI (?:[a-z]+ ){0,2}(?:said|say|says|thought|think|thinking|asked|ask|told myself"
    r"|tell myself)(?: was)?[,:] ?[‘']"
)


def _through_last_quote(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, tuple[int, int]]]:
    """The article's sentences, each with its paragraph, up to the last that holds a quote.

    Reading a sentence attributes its own quotes and tells the later ones who spoke: the
    sentences after the last quote can change nothing, and are not read."""
    every = [(paragraph, bounds) for paragraph in paragraphs for bounds in paragraph.bounds]
    quoting = [
        index
        for index, (paragraph, (start, end)) in enumerate(every)
        if any(start <= span.open < end for span in paragraph.spans)
    ]
    return every[: quoting[-1] + 1] if quoting else []


def _quote(found: Found) -> Quote:
    paragraph, span, said = found.paragraph, found.span, found.said
    raw = paragraph.text[span.begin : span.end]
    stripped = raw.strip().rstrip(",").rstrip()
    offset = paragraph.start + span.begin + raw.find(stripped)
    if said is None or said.speaker is None:
        return Quote(stripped, None, "", paragraph.index, offset, "none")
    return Quote(stripped, said.speaker, said.description, paragraph.index, offset, said.how)
