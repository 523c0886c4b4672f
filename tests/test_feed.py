"""The Atom feed is valid, dated by the articles, and the same bytes on every build."""

from __future__ import annotations

import datetime
import pickle
import xml.etree.ElementTree as ET

import pytest

from generator.content.markdown import make_markdown
from generator.models import BriefingConfig, EventGroup
from generator.site.feed import atom_feed
from tests.conftest import HASH_SEEDS, article, run_python

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(*articles, base_url: str = "/") -> ET.Element:
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    config = BriefingConfig(title="Briefing", base_url=base_url)
    return ET.fromstring(atom_feed(config, [group], make_markdown().render))


def test_entries_are_newest_first_with_undated_last_and_feed_dated_by_newest() -> None:
    root = feed(
        article(id="old", path="articles/old.html", published=datetime.date(2026, 1, 2)),
        article(id="none", path="articles/none.html", published=None),
        article(id="new", path="articles/new.html", published=datetime.date(2026, 1, 6)),
    )
    links = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    assert links == ["articles/new.html", "articles/old.html", "articles/none.html"]
    assert root.findtext(f"{ATOM}updated") == "2026-01-06T00:00:00Z"
    undated = list(root.iter(f"{ATOM}entry"))[-1]
    assert undated.findtext(f"{ATOM}updated") == "2026-01-06T00:00:00Z"
    assert undated.find(f"{ATOM}published") is None


def test_ids_are_stable_unique_urns_that_survive_a_retitle() -> None:
    first = feed(article(file="articles/a.md"), article(id="b", file="articles/b.md"))
    again = feed(
        article(file="articles/a.md", title="Retitled"), article(id="b", file="articles/b.md")
    )
    ids = [e.findtext(f"{ATOM}id") for e in first.iter(f"{ATOM}entry")]
    assert ids == [e.findtext(f"{ATOM}id") for e in again.iter(f"{ATOM}entry")]
    assert len(set(ids)) == 2 and all(i.startswith("urn:uuid:") for i in ids)


def test_without_dates_the_feed_time_is_source_date_epoch_not_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    root = feed(article(published=None))
    assert root.findtext(f"{ATOM}updated") == "2026-01-01T00:00:00Z"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert feed(article(published=None)).findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"


def test_two_builds_are_byte_identical_whatever_the_hash_seed() -> None:
    """The feed from fresh interpreters, whose sets of strings iterate in other orders, is the
    one this process makes: articles on one day, undated ones, several keywords each."""
    day = datetime.date(2026, 1, 5)
    articles = [
        article(
            id=name,
            file=f"articles/{name}.md",
            path=f"articles/{name}.html",
            title=name,
            published=published,
            keywords=("Harbour Bridge", f"{name} keyword", "cables"),
        )
        for name, published in [("b", day), ("a", day), ("c", None), ("d", day), ("e", None)]
    ]
    groups = [
        EventGroup("e", "Event", day, "", "events/e.html", tuple(articles[:3])),
        EventGroup("other", "Other", None, "", "events/other.html", tuple(articles[3:])),
    ]
    config = BriefingConfig(title="Briefing", description="About")
    script = """
        import pickle, sys
        from generator.content.markdown import make_markdown
        from generator.site.feed import atom_feed
        config, groups = pickle.load(sys.stdin.buffer)
        sys.stdout.buffer.write(atom_feed(config, groups, make_markdown().render))
        """
    stdin = pickle.dumps((config, groups))
    outputs = {run_python(script, hash_seed=seed, stdin=stdin) for seed in HASH_SEEDS}
    assert outputs == {atom_feed(config, groups, make_markdown().render).decode()}


def test_absolute_base_url_becomes_xml_base_and_links_stay_relative() -> None:
    root = feed(article(), base_url="https://example.org/briefing/")
    assert root.get("{http://www.w3.org/XML/1998/namespace}base") == "https://example.org/briefing/"
    assert root.find(f"{ATOM}entry/{ATOM}link").get("href") == "articles/a.html"


def test_control_characters_and_markup_from_articles_stay_well_formed_text() -> None:
    root = feed(article(title="A\x0bB <i>c</i>", text="Body <script>x</script> & more\x01"))
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "AB <i>c</i>"
    assert "&lt;script&gt;" in entry.findtext(f"{ATOM}content")
    assert entry.find(f"{ATOM}content").get("type") == "html"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Example"


def test_only_the_newest_entries_are_kept() -> None:
    from generator.site.feed import FEED_ENTRIES

    articles = [
        article(
            id=f"a{n}",
            path=f"articles/a{n}.html",
            file=f"articles/a{n}.md",
            published=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(FEED_ENTRIES + 5)
    ]
    entries = list(feed(*articles).iter(f"{ATOM}entry"))
    assert len(entries) == FEED_ENTRIES
    assert entries[0].find(f"{ATOM}link").get("href") == f"articles/a{FEED_ENTRIES + 4}.html"


def test_an_entry_names_the_author_and_the_outlet() -> None:
    entry = feed(article(author="Jane Doe")).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Jane Doe, Example"
