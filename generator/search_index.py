"""The search index, built at build time as a script so search works offline and from disk."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence

from generator.dates import format_date
from generator.models import Article, EventGroup

INDEX_PATH = "search-index.js"
SCRIPT_PATH = "static/search.js"
# Markdown's block markers carry no words; a reader searching never types them.
_BLOCK_MARKERS = re.compile(r"^(?:#{1,6}|[-*+]|\d+[.)])\s+", re.MULTILINE)


def search_index_js(
    groups: Sequence[EventGroup], record: Callable[[Article, EventGroup], str] | None = None
) -> Iterator[bytes]:
    """Every article's search_record, in chunks (an article each) so the index is never whole
    in memory; `record` may give the same text from a cache.

    A script, not JSON: browsers refuse fetch() on file:// pages but run a <script src> there.
    """
    make = record or search_record
    yield b'window.digestSearchIndex = {"articles":['
    articles = ((group, article) for group in groups for article in group.articles)
    for number, (group, article) in enumerate(articles):
        yield (b"," if number else b"") + make(article, group).encode()
    yield b"]};\n"


def search_record(article: Article, group: EventGroup) -> str:
    """An article's title, lead, keywords and cleaned text as JSON, its href from the site root."""
    record = {
        "title": article.title,
        "href": article.path,
        "outlet": article.outlet,
        "date": format_date(article.published),
        "event": group.title,
        "lead": article.lead,
        "keywords": list(article.keywords),
        "text": " ".join(_BLOCK_MARKERS.sub("", article.text).split()),
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
