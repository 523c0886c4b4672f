"""The search index is a script of plain data that works from disk, and stable across builds."""

from __future__ import annotations

import json

from generator.files import joined
from generator.models import EventGroup
from generator.site.search_index import search_index_js
from tests.test_render import article


def test_index_holds_every_searchable_field_with_root_relative_links() -> None:
    group = EventGroup(
        "e",
        "The event",
        None,
        "",
        "events/e.html",
        (article(text="## Heading\n\nFirst para.\n\n- item one\n- item two", keywords=("Kw",)),),
    )
    script = joined(search_index_js([group])).decode()
    prefix = "window.digestSearchIndex = "
    assert script.startswith(prefix) and script.endswith(";\n")
    (record,) = json.loads(script.removeprefix(prefix).removesuffix(";\n"))["articles"]
    assert record == {
        "title": "Title",
        "href": "articles/a.html",
        "outlet": "Example",
        "date": "5 January 2026",
        "event": "The event",
        "lead": "Lead.",
        "keywords": ["Kw"],
        "text": "Heading First para. item one item two",
    }
    assert joined(search_index_js([group])) == joined(search_index_js([group]))
