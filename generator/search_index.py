"""The search index, built at build time as a script so search works offline and from disk."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence

from generator.dates import format_date
from generator.models import Article, EventGroup

INDEX_PATH = "search-index.js"
SCRIPT_PATH = "static/search.js"
# Markdown's block markers carry no words; a reader searching never types them.
_BLOCK_MARKERS = re.compile(r"^(?:#{1,6}|[-*+]|\d+[.)])\s+", re.MULTILINE)


def search_index_js(
    groups: Sequence[EventGroup], records: Iterable[str] | None = None
) -> Iterator[bytes]:
    """Every article's search_record, in chunks (an article each) so the index is never whole
    in memory; `records` may give them, in order, from a cache.

    A script, not JSON: browsers refuse fetch() on file:// pages but run a <script src> there.
    """
    if records is None:
        records = (search_record(a, group) for group in groups for a in group.articles)
    yield b'window.digestSearchIndex = {"articles":['
    for number, record in enumerate(records):
        yield (b"," if number else b"") + record.encode()
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
