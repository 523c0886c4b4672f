"""Pages escape everything from articles, allow only safe links, and link relatively."""

from __future__ import annotations

import dataclasses
import datetime
import json
import posixpath

import pytest

from generator.content.markdown import make_markdown
from generator.files import PendingFile
from generator.links import relative, relative_from_folder
from generator.models import (
    Article,
    BriefingConfig,
    DescribedDay,
    EventGroup,
    Origin,
    Provenance,
    Quote,
    QuoteCheck,
    RemovedLine,
)
from generator.site import sources as sources_module
from generator.site import views as views_module
from generator.site.pages import INDEX_ARTICLES_PER_EVENT, keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from generator.site.views import ARTICLES_PER_PAGE
from tests.conftest import article

CONFIG = BriefingConfig(title="Briefing <b>", description="About & more")
ENV = make_environment(default_templates())


def group(*articles: Article) -> EventGroup:
    return EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)


def render(*articles: Article) -> dict[str, str]:
    return {
        path: data.decode()
        for path, data in render_site(CONFIG, [group(*articles)], keyword_index(articles), ENV)
    }


def test_markdown_raw_html_is_escaped_not_rendered() -> None:
    html = make_markdown().render("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>")
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "java\tscript:x",
    ],
)
def test_markdown_links_with_unsafe_schemes_are_not_links(url: str) -> None:
    assert "<a " not in make_markdown().render(f"[click]({url})")


def test_markdown_keeps_http_and_mailto_links_and_drops_images() -> None:
    html = make_markdown().render(
        "[a](https://x.example) [m](mailto:a@b.example) ![pic](https://x.example/p.png)"
    )
    assert 'href="https://x.example"' in html and 'href="mailto:a@b.example"' in html
    assert "<img" not in html


def test_relative_links_work_from_any_depth() -> None:
    assert relative("index.html", "articles/a.html") == "articles/a.html"
    assert relative("articles/a.html", "events/e.html") == "../events/e.html"
    assert relative("keywords/k.html", "keywords/j.html") == "j.html"


def test_hrefs_from_a_folder_match_relative_links_from_its_pages() -> None:
    targets = ["index.html", "articles/a.html", "keywords/j.html", "events/e.html", "a/../b.html"]
    for page in ("index.html", "articles/a.html", "keywords/k.html"):
        folder = posixpath.dirname(page)
        assert [relative_from_folder(folder, t) for t in targets] == [
            posixpath.relpath(t, folder or ".") for t in targets
        ]


def test_a_page_fingerprint_changes_with_anything_the_page_shows_of_an_article() -> None:
    def fingerprints(**changes: object) -> tuple[str, str]:
        shown = article(**changes)
        pages = dict(render_site(CONFIG, [group(shown)], keyword_index([shown]), ENV, lazy=True))
        return pages["articles/a.html"].fingerprint(), pages["events/e.html"].fingerprint()

    page, listing = fingerprints()
    assert fingerprints() == (page, listing)
    for change in [
        {"text": "Other body."},
        {"removed": (RemovedLine("Share", "share widget"),)},
        {"removed": ()},
        {"event_reason": "set in the front matter"},
    ]:
        assert fingerprints(**change)[0] != page, change
    for change in [
        {"title": "Other"},
        {"lead": "Other."},
        {"url": "https://example.org/b"},
        {"outlet": "Other outlet"},
        {"keywords": ("Harbour", "Bridge")},
    ]:
        changed_page, changed_listing = fingerprints(**change)
        assert changed_page != page and changed_listing != listing, change


def another(value: object, name: str = "") -> object:
    """A different value of the same kind, for any field of an Article (the field `name`d)."""
    if isinstance(value, datetime.date):
        return value + datetime.timedelta(days=1)
    if isinstance(value, Provenance):
        return dataclasses.replace(value, origin=Origin("AFP", "dateline '(AFP)'"))
    if isinstance(value, tuple):
        return (*value, _another_item(name))
    if isinstance(value, DescribedDay):
        return dataclasses.replace(value, basis=f"{value.basis} and more")
    return "other" if value is None else f"{value} and more"


def _another_item(name: str) -> object:
    """One more item for a tuple field of an Article, of the kind the field holds."""
    if name == "removed":
        return RemovedLine("Share", "share widget")
    if name == "quotes":
        return Quote("We will meet again", "Lee Jae-myung", "president", 0, 0, "after")
    if name == "inferred":
        return ("outlet", "from the copyright line '© Example'")
    return "x"


ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]


@pytest.mark.parametrize("name", ARTICLE_FIELDS)
def test_every_article_field_changes_its_page_and_the_data_files(name: str) -> None:
    def fingerprints(**changes: object) -> list[str]:
        shown = article(**changes)
        pages = dict(render_site(CONFIG, [group(shown)], keyword_index([shown]), ENV, lazy=True))
        made = [pages[p] for p in (shown.path, "search-index.js", "briefing.json", "feed.xml")]
        return [page.fingerprint() for page in made]  # type: ignore[union-attr]

    before = fingerprints()
    assert fingerprints() == before
    after = fingerprints(**{name: another(getattr(article(), name), name)})
    assert all(old != new for old, new in zip(before, after, strict=True)), name


def small_briefing(
    config: BriefingConfig = CONFIG,
    group_changes: dict[str, object] | None = None,
    keyword_moved: tuple[str, str] | None = None,
    **changes: object,
) -> dict[str, bytes | PendingFile]:
    """Every file of a briefing of two events, lazily: "a" (with `changes`) and "b" in one
    event (with `group_changes`), "c" in the other; "a" shares a keyword with each. A keyword
    gets another page, as a clash of slugs can give it, with keyword_moved=(keyword, path)."""
    a = article(**{"keywords": ("Harbour Bridge", "Ferry"), **changes})
    b = article(id="b", path="articles/b.html", title="B", keywords=("Harbour Bridge",))
    c = article(id="c", path="articles/c.html", title="C", keywords=("Ferry",), event="f")
    first = dataclasses.replace(group(a, b), **(group_changes or {}))
    second = EventGroup("f", "Other", datetime.date(2026, 1, 6), "", "events/f.html", (c,))
    keywords = [
        dataclasses.replace(k, path=keyword_moved[1])
        if keyword_moved and k.text == keyword_moved[0]
        else k
        for k in keyword_index([a, b, c])
    ]
    return dict(render_site(config, [first, second], keywords, ENV, lazy=True))


def made(file: bytes | PendingFile) -> bytes:
    return file if isinstance(file, bytes) else file.whole()


@pytest.mark.parametrize(
    "change",
    # `terms` and `discovery_key` show nowhere: they only decide grouping, which the groups
    # given here stand for.
    [
        {name: another(getattr(article(), name), name)}
        for name in ARTICLE_FIELDS
        if name not in ("digest", "terms", "discovery_key")
    ]
    + [
        {"config": dataclasses.replace(CONFIG, **{name: value})}
        for name, value in [
            ("title", "Other briefing"),
            ("description", "Other"),
            ("base_url", "https://example.org/briefing/"),
        ]
    ]
    + [
        {"group_changes": {name: value}}
        for name, value in [
            ("title", "Renamed"),
            ("date", datetime.date(2026, 1, 4)),
            ("summary", "What happened."),
            ("path", "events/renamed.html"),
            ("id", "renamed"),
        ]
    ]
    + [{"keyword_moved": ("Ferry", "keywords/ferry-2.html")}],
    ids=str,
)
@pytest.mark.parametrize("per_page", [ARTICLES_PER_PAGE, 1], ids=["one-page", "a-page-each"])
def test_a_file_whose_bytes_change_gets_a_new_fingerprint(
    change: dict[str, object], per_page: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unchanged fingerprints let the writer skip a file without making it: a page that
    # kept its fingerprint while its bytes changed would stay stale on the site for good.
    monkeypatch.setattr(views_module, "ARTICLES_PER_PAGE", per_page)
    before, after = small_briefing(), small_briefing(**change)
    assert small_briefing().keys() == before.keys()
    changed = [p for p in before.keys() & after.keys() if made(before[p]) != made(after[p])]
    assert changed, "the change shows nowhere: nothing is tested"
    for path in changed:
        if not isinstance(before[path], bytes):
            assert before[path].fingerprint() != after[path].fingerprint(), path  # type: ignore[union-attr]


def test_the_data_files_change_with_the_events(monkeypatch: pytest.MonkeyPatch) -> None:
    def fingerprints(config: BriefingConfig, *groups: EventGroup) -> list[str]:
        pages = dict(render_site(config, groups, keyword_index([article()]), ENV, lazy=True))
        return [pages[p].fingerprint() for p in ("search-index.js", "briefing.json", "feed.xml")]  # type: ignore[union-attr]

    before = fingerprints(CONFIG, group(article()))
    for config, groups in [
        (dataclasses.replace(CONFIG, description="Other"), [group(article())]),
        (CONFIG, [dataclasses.replace(group(article()), title="Renamed event")]),
        (CONFIG, [dataclasses.replace(group(article()), date=datetime.date(2026, 1, 6))]),
        (CONFIG, [group(), dataclasses.replace(group(article()), id="f", path="events/f.html")]),
    ]:
        assert fingerprints(config, *groups) != before, groups
    undated = group(article(published=None))  # the feed is then dated by SOURCE_DATE_EPOCH
    unset = fingerprints(CONFIG, undated)[2]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert fingerprints(CONFIG, undated)[2] != unset


def test_article_fields_are_escaped_everywhere() -> None:
    hostile = article(
        title="<script>alert('t')</script>",
        lead="{{ 7*7 }} <b>lead</b>",
        outlet='"><i>x',
        author="<img src=x onerror=alert(1)>",
    )
    pages = render(hostile)
    for path, html in pages.items():
        if path.endswith((".html", ".xml")):  # the search index is data, shown as text
            assert "<script>alert" not in html, path
            assert "<b>lead</b>" not in html and "<i>x" not in html and "<img" not in html
    assert "{{ 7*7 }}" in pages["articles/a.html"]
    assert "Briefing &lt;b&gt;" in pages["index.html"]


def test_every_page_links_relatively_and_to_the_source() -> None:
    pages = render(article())
    assert set(pages) == {
        "index.html",
        "events/e.html",
        "articles/a.html",
        "outlets.html",
        "speakers.html",
        "keywords/index.html",
        "keywords/harbour-bridge.html",
        "search.html",
        "404.html",
        "search-index.js",
        "briefing.json",
        "feed.xml",
        ".nojekyll",
    }
    assert 'href="https://example.org/a"' in pages["index.html"]
    assert 'href="../static/style.css"' in pages["articles/a.html"]
    assert 'href="../keywords/harbour-bridge.html"' in pages["articles/a.html"]
    served_anywhere = "404.html"  # served at any depth, so its links start from base_url
    assert 'href="/' not in "".join(
        html for path, html in pages.items() if path != served_anywhere
    )  # nothing absolute: the site works under any sub-path
    assert 'href="/static/style.css"' in pages[served_anywhere]


def test_missing_source_url_is_said_plainly() -> None:
    html = render(article(url=""))["articles/a.html"]
    assert "Source address not recorded" in html


def test_the_author_is_set_apart_from_the_outlet() -> None:
    html = render(article(outlet="Example News", author="Jane Doe"))["articles/a.html"]
    assert '</span> · <span class="author">by Jane Doe</span>' in html


def test_an_article_nothing_was_removed_from_says_so_without_an_empty_list() -> None:
    html = render(article(removed=()))["articles/a.html"]
    assert "Nothing was removed in cleaning." in html
    assert "Removed in cleaning (0 lines)" not in html


def test_an_article_with_no_story_text_left_says_so_on_its_page() -> None:
    html = render(article(text="", lead=""))["articles/a.html"]
    assert "No story text was recovered from the saved page" in html
    assert '<div class="body">' not in html
    whole = render(article())["articles/a.html"]
    assert "No story text was recovered" not in whole and '<div class="body">' in whole


def test_search_script_builds_results_as_text_never_as_markup() -> None:
    script = (default_templates() / "static" / "search.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "eval(" not in script and "fetch(" not in script  # fetch fails on file:// pages


def test_every_page_carries_a_policy_allowing_only_the_sites_own_scripts_and_styles() -> None:
    for path, html in render(article()).items():
        if path.endswith(".html"):
            assert "script-src 'self'; style-src 'self'" in html, path
            assert "default-src 'none'" in html
            assert "<script>" not in html and "style=" not in html, path


def test_only_the_search_page_loads_scripts_and_its_index_loads_first() -> None:
    pages = render(article())
    scripts = [p for p, html in pages.items() if "<script" in html]
    assert scripts == ["search.html"]
    search = pages["search.html"]
    assert search.index('src="search-index.js"') < search.index('src="static/search.js"')


def test_404_links_start_from_an_absolute_base_url() -> None:
    config = BriefingConfig(title="B", base_url="https://example.org/briefing/")
    env = make_environment(default_templates())
    pages = dict(render_site(config, [], keyword_index([]), env))
    page = pages["404.html"].decode()
    assert 'href="https://example.org/briefing/static/style.css"' in page
    assert 'href="https://example.org/briefing/index.html"' in page
    assert b"<loc>https://example.org/briefing/index.html</loc>" in pages["sitemap.xml"]


def test_no_sitemap_when_base_url_is_only_a_path() -> None:
    assert "sitemap.xml" not in render(article())


def test_nav_marks_the_current_page() -> None:
    pages = render(article())
    assert '<a href="outlets.html" aria-current="page">Outlets</a>' in pages["outlets.html"]
    assert 'aria-current="page"' not in pages["articles/a.html"]


def test_the_index_shows_a_few_articles_per_event_and_links_to_the_rest() -> None:
    many = [
        article(id=f"a{n}", path=f"articles/a{n}.html", title=f"Story number {n}")
        for n in range(INDEX_ARTICLES_PER_EVENT + 2)
    ]
    pages = render(*many)
    index, event = pages["index.html"], pages["events/e.html"]
    shown = [a for a in many if f'href="{a.path}"' in index]
    assert shown == many[:INDEX_ARTICLES_PER_EVENT]
    assert f'href="events/e.html">All {len(many)} articles on “Event” →</a>' in index
    assert all(f'href="../{a.path}"' in event for a in many)
    few = render(*many[:INDEX_ARTICLES_PER_EVENT])["index.html"]
    assert "All " not in few and all(
        f'href="{a.path}"' in few for a in many[:INDEX_ARTICLES_PER_EVENT]
    )


def test_a_long_list_takes_pages_of_its_own_linked_in_order() -> None:
    per_page = ARTICLES_PER_PAGE
    many = [
        article(id=f"a{n:03}", path=f"articles/a{n:03}.html", title=f"Story number {n}")
        for n in range(2 * per_page + 3)
    ]
    pages = render(*many)
    for first in ("events/e.html", "keywords/harbour-bridge.html"):
        stem = first.removesuffix(".html")
        parts = [first, f"{stem}.2.html", f"{stem}.3.html"]
        assert f"{stem}.4.html" not in pages
        listed = [[a for a in many if f'href="../{a.path}"' in pages[part]] for part in parts]
        assert listed == [many[:per_page], many[per_page : 2 * per_page], many[2 * per_page :]]
        names = [posixpath.basename(part) for part in parts]
        for number, part in enumerate(parts):
            html = pages[part]
            assert f"{len(many)} articles" in html and f"Page {number + 1} of 3" in html
            previous = f'href="{names[number - 1]}" rel="prev"'
            following = f'href="{names[number + 1]}" rel="next"' if number < 2 else 'rel="next"'
            assert (previous in html) == (number > 0), part
            assert (following in html) == (number < 2), part
        assert "(page 2 of 3)" in pages[parts[1]].split("</title>")[0]
    index = pages["index.html"]
    assert 'href="events/e.html">All ' in index and ".2.html" not in index


def test_a_list_on_one_page_shows_no_pager() -> None:
    pages = render(article())
    assert "Page 1 of" not in pages["events/e.html"] + pages["keywords/harbour-bridge.html"]


def test_every_page_of_a_list_is_remade_when_the_list_grows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each page says how many articles the list has and how many pages it takes.
    monkeypatch.setattr(views_module, "ARTICLES_PER_PAGE", 1)
    listed = [article(id=n, path=f"articles/{n}.html", title=n.upper()) for n in "abc"]

    def pages(*articles: Article) -> dict[str, bytes | PendingFile]:
        return dict(
            render_site(CONFIG, [group(*articles)], keyword_index(articles), ENV, lazy=True)
        )

    before, after = pages(*listed[:2]), pages(*listed)
    for path in ("events/e.html", "keywords/harbour-bridge.html"):
        assert made(before[path]) != made(after[path]), path
        assert before[path].fingerprint() != after[path].fingerprint(), path  # type: ignore[union-attr]


def test_a_keyword_nearly_every_article_carries_is_a_topic_on_the_index_not_a_chip() -> None:
    def story(name: str, *keywords: str) -> Article:
        return article(id=name, path=f"articles/{name}.html", title=name, keywords=keywords)

    articles = [story(f"s{n}", "Harbour Bridge", f"Pier {n}") for n in range(4)]
    articles.append(story("s4", "Ferry", "Pier 4"))  # four of five carry the bridge: a topic
    pages = render(*articles)
    topics = pages["index.html"].split('class="topics"')[1].split("</div>")[0]
    assert "Harbour Bridge" in topics and "Pier" not in topics
    assert 'href="keywords/harbour-bridge.html"' in topics  # its page still lists them all
    after_topics = pages["index.html"].split('class="topics"')[1].split("</div>", 1)[1]
    for shown in (after_topics, pages["events/e.html"], pages["articles/s0.html"]):
        assert ">Harbour Bridge</a>" not in shown and ">Pier" in shown
    assert ">Pier 0</a>" in pages["articles/s0.html"]
    assert "Harbour Bridge" in pages["keywords/harbour-bridge.html"]
    assert json.loads(pages["briefing.json"])["topics"] == ["Harbour Bridge"]


def test_a_briefing_of_two_articles_has_no_topics() -> None:
    pages = render(article(), article(id="b", path="articles/b.html", title="B"))
    assert 'class="topics"' not in pages["index.html"]
    assert ">Harbour Bridge</a>" in pages["articles/a.html"]


def test_the_byline_shows_on_cards_and_pages_and_in_the_data() -> None:
    pages = render(article(author="Jane Doe, John Roe"))
    for path in ("articles/a.html", "index.html", "events/e.html"):
        assert '<span class="author">by Jane Doe, John Roe</span>' in pages[path], path
    assert json.loads(pages["briefing.json"])["articles"][0]["author"] == "Jane Doe, John Roe"
    assert 'class="author"' not in render(article())["articles/a.html"]


def test_a_keyword_page_says_it_lists_keyword_holders_and_links_a_search_for_every_mention() -> (
    None
):
    page = render(article())["keywords/harbour-bridge.html"]
    assert "1 article with it among its keywords" in page
    assert 'href="../search.html?q=Harbour%20Bridge"' in page


def test_a_quotation_the_stored_text_cuts_off_is_shown_cut_not_closed() -> None:
    text = 'The mayor spoke.\n\n"We will reopen the bridge by the end of the mon'
    cut = Quote("We will reopen the bridge by the end of the mon", "Ann Lee", "", 1, 19, "after")
    whole = 'The mayor spoke.\n\n"We will reopen the bridge soon." she said.'
    kept = Quote("We will reopen the bridge soon.", "Ann Lee", "", 1, 19, "after")
    cut_page = render(article(text=text, quotes=(cut,)))
    assert "“We will reopen the bridge by the end of the mon…" in cut_page["articles/a.html"]
    assert "the end of the mon”" not in cut_page["articles/a.html"]
    assert "The stored text ends here" in cut_page["articles/a.html"]
    assert (
        "“We will reopen the bridge by the end of the mon… — Ann Lee" in cut_page["search-index.js"]
    )
    whole_page = render(article(text=whole, quotes=(kept,)))["articles/a.html"]
    assert "“We will reopen the bridge soon.”" in whole_page
    assert "The stored text ends here" not in whole_page


def test_an_articles_provenance_facts_are_made_once_for_all_the_pages_showing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its page and the cards of its copy group on its event's pages and the index all ask.
    origin = Origin("AFP", "dateline '(AFP)'", "b")
    check = QuoteCheck("Talks resume", "missing", source="b")
    a = article(provenance=Provenance(copy_group="a", origin=origin, checks=(check,)))
    b = article(id="b", path="articles/b.html", title="B")
    b = dataclasses.replace(b, provenance=Provenance(copy_group="a", origin=origin))
    looked_up: list[str] = []
    real = sources_module.checked_against
    monkeypatch.setattr(
        sources_module,
        "checked_against",
        lambda rewrite, *rest: looked_up.append(rewrite.id) or real(rewrite, *rest),
    )
    pages = dict(render_site(CONFIG, [group(a, b)], keyword_index([a, b]), ENV, lazy=True))
    assert looked_up == ["a"]
    monkeypatch.undo()
    assert pages[a.path].whole() == render(a, b)[a.path].encode()
