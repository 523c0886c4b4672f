"""The search index, built at build time as a script so search works offline and from disk."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from generator.analysis.quotes.listing import cut_off
from generator.codec import compact_json
from generator.content.markdown import inline_text
from generator.files import Part
from generator.fingerprints import described
from generator.models import Article, EventGroup, Quote
from generator.site.dates import format_date

INDEX_PATH = "search-index.js"
SCRIPT_PATH = "static/search.js"
# Markdown's block markers carry no words; a reader searching never types them.
_BLOCK_MARKERS = re.compile(r"^(?:#{1,6}|[-*+]|\d+[.)])\s+", re.MULTILINE)


def search_index_js(groups: Sequence[EventGroup]) -> Iterator[bytes | Part]:
    """Every article's search_record, in chunks (a Part each, which the writer reuses from
    the last index while the article is unchanged), so the index is never whole in memory.

    A script, not JSON: browsers refuse fetch() on file:// pages but run a <script src> there.
    """
    yield b'window.digestSearchIndex = {"articles":['
    number = 0
    for group in groups:
        for article in group.articles:
            # What a record shows: the article and its event's title. A part holds the comma
            # before its record, so unchanged neighbours stay one run of bytes to copy.
            comma = "," if number else ""
            yield Part(
                comma + described(f"{article.digest}\0{group.title}"),
                functools.partial(_encoded_record, comma, article, group),
            )
            number += 1
    yield b"]};\n"


def _encoded_record(comma: str, article: Article, group: EventGroup) -> bytes:
    return (comma + search_record(article, group)).encode()


def search_record(article: Article, group: EventGroup) -> str:
    """An article's title, lead, keywords, quotations (with their speakers) and cleaned text as
    JSON, its href from the site root."""
    record = {
        "title": article.title,
        "href": article.path,
        "outlet": article.outlet,
        "date": format_date(article.published),
        "event": group.title,
        "lead": inline_text(article.lead),
        "keywords": list(article.keywords),
        "quotes": [_quotation(quote, cut_off(article.text, quote)) for quote in article.quotes],
        "text": " ".join(_BLOCK_MARKERS.sub("", article.text).split()),
    }
    return compact_json(record)


def _quotation(quote: Quote, cut: bool) -> str:
    """A quotation as a search result shows it: “…” — Speaker; one the stored text's end cuts
    off ends with "…", not a closing mark."""
    text = inline_text(quote.text)
    said = f"\u201c{text}\u2026" if cut else f"\u201c{text}\u201d"
    return f"{said} \u2014 {quote.speaker}" if quote.speaker else said
