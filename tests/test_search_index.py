"""The search index is a script of plain data that works from disk, and stable across builds."""

from __future__ import annotations

import json
import pickle

from generator.files import joined
from generator.models import EventGroup, Quote
from generator.site.search_index import search_index_js
from tests.conftest import HASH_SEEDS, article, run_python


def test_index_holds_every_searchable_field_with_root_relative_links() -> None:
    group = EventGroup(
        "e",
        "The event",
        None,
        "",
        "events/e.html",
        (
            article(
                text="## Heading\n\nFirst para.\n\n- item one\n- item two",
                keywords=("Kw",),
                quotes=(Quote("We build", "Ana Lima", "the mayor", 1, 0, "after"),),
            ),
        ),
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
        "quotes": ["\u201cWe build\u201d \u2014 Ana Lima"],
        "text": "Heading First para. item one item two",
    }


def test_the_index_is_byte_identical_whatever_the_hash_seed() -> None:
    """The index from fresh interpreters, whose sets of strings iterate in other orders, is the
    one this process makes."""
    groups = [
        EventGroup(
            event_id,
            f"Event {event_id}",
            None,
            "",
            f"events/{event_id}.html",
            tuple(
                article(
                    id=f"{event_id}{n}",
                    path=f"articles/{event_id}{n}.html",
                    keywords=("Harbour Bridge", f"keyword {n}", "cables"),
                    text=f"## Part {n}\n\n- one\n- two\n\nLast para.",
                )
                for n in range(3)
            ),
        )
        for event_id in ("b", "a")
    ]
    script = """
        import pickle, sys
        from generator.files import joined
        from generator.site.search_index import search_index_js
        sys.stdout.buffer.write(joined(search_index_js(pickle.load(sys.stdin.buffer))))
        """
    stdin = pickle.dumps(groups)
    outputs = {run_python(script, hash_seed=seed, stdin=stdin) for seed in HASH_SEEDS}
    assert outputs == {joined(search_index_js(groups)).decode()}
