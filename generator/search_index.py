"""The search index, built at build time as a script so search works offline and from disk."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from generator.dates import format_date
from generator.models import EventGroup

INDEX_PATH = "search-index.js"
SCRIPT_PATH = "static/search.js"
# Markdown's block markers carry no words; a reader searching never types them.
_BLOCK_MARKERS = re.compile(r"^(?:#{1,6}|[-*+]|\d+[.)])\s+", re.MULTILINE)


def search_index_js(groups: Sequence[EventGroup]) -> Iterator[bytes]:
    """Every article's title, lead, keywords and cleaned text, hrefs relative to the site root,
    in chunks (an article each) so the index is never whole in memory.

    A script, not JSON: browsers refuse fetch() on file:// pages but run a <script src> there.
    """
    yield b'window.digestSearchIndex = {"articles":['
    articles = ((group, article) for group in groups for article in group.articles)
    for number, (group, article) in enumerate(articles):
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
        data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        yield (b"," if number else b"") + data.encode()
    yield b"]};\n"
