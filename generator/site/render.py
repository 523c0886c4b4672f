"""Render the grouped briefing into the site's files: HTML pages with Jinja2, and the feeds."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import posixpath
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import TemplateProblem
from generator.links import (
    TEXT_LINK_SCHEMES,
    Link,
    is_safe_url,
    relative,
    relative_from_folder,
)
from generator.models import Article, BriefingConfig, EventGroup, RemovedLine
from generator.output.write import Part, joined
from generator.site.coverage import build_coverage
from generator.site.dates import build_time, format_date
from generator.site.export import EXPORT_PATH, briefing_json
from generator.site.feed import FEED_PATH, atom_feed, feed_entries
from generator.site.search_index import INDEX_PATH, SCRIPT_PATH, search_index_js
from generator.site.sitemap import SITEMAP_PATH, sitemap_xml
from generator.site.timeline import build_timeline
from generator.slugs import unique_slugs

if TYPE_CHECKING:  # imported where used: a build that finds nothing changed renders nothing
    import jinja2
    from markdown_it import MarkdownIt

DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
STATIC_DIR = "static"
OUTLETS_PATH = "outlets.html"
# Every card listing an article (on the index, event and keyword pages) is this template's
# article_card macro, called with the card and its heading tag ("h2", "h3").
CARD_TEMPLATE = "_macros.html"
SEARCH_PATH = "search.html"
NOT_FOUND_PATH = "404.html"
# The index shows this many articles of each event and links to the event page for the rest:
# a front page listing every article of a long-running story would run to megabytes.
INDEX_ARTICLES_PER_EVENT = 5
# An event's or a keyword's page lists this many articles, and pages of their own follow for the
# rest: a keyword on most of 10,000 articles would otherwise have one page of ~14 MB.
ARTICLES_PER_PAGE = 50
_NAV = (
    ("Briefing", "index.html"),
    ("Outlets", OUTLETS_PATH),
    ("Keywords", "keywords/index.html"),
    ("Search", SEARCH_PATH),
)


@dataclass(frozen=True)
class ArticleCard:
    """What a page shows of one article; hrefs are relative to the page that shows it."""

    href: str
    keywords: tuple[Link, ...]
    title: str
    source_url: str
    based_on: str
    outlet: str
    published: str
    published_note: str
    lead: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class EventCard:
    title: str
    href: str
    date: str
    summary: str
    count: str  # "3 articles"
    cards: tuple[str, ...]  # the HTML of each article's card (see _card_macro)
    more: Link | None = None  # to the event page, when `cards` shows only some


@dataclass(frozen=True)
class Pager:
    """Where a page of a long list stands among the pages the list takes."""

    number: int
    count: int
    previous: Link | None
    next: Link | None


@dataclass(frozen=True)
class Page:
    """The context every template receives; one per output page."""

    path: str
    title: str
    briefing_title: str
    description: str
    root: str  # prefix from this page to the site root: "", "../", or base_url on the 404 page
    stylesheet: str
    icon: str
    feed: str
    nav: tuple[Link, ...]
    scripts: tuple[str, ...] = ()  # only the search page has any; the rest work without script


@dataclass(frozen=True)
class Keyword:
    text: str
    path: str
    articles: tuple[Article, ...]


def keyword_index(articles: Sequence[Article]) -> list[Keyword]:
    """Every keyword of the briefing with its page path and articles, alphabetically."""
    by_keyword: dict[str, list[Article]] = {}
    for article in articles:
        for keyword in article.keywords:
            by_keyword.setdefault(keyword, []).append(article)
    slugs = unique_slugs(((k, k) for k in by_keyword), fallback="keyword")
    return [
        Keyword(k, f"keywords/{slugs[k]}.html", tuple(by_keyword[k]))
        for k in sorted(by_keyword, key=lambda k: (k.casefold(), k))
    ]


def make_environment(templates_dir: Path, compiled_dir: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment that escapes everything and fails on undefined names.

    With compiled_dir, compiled templates are kept there (by name and source) for the next
    build: compiling the three templates an edit re-renders takes as long as rendering them.
    """
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        bytecode_cache=_compiled_templates(compiled_dir) if compiled_dir else None,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _compiled_templates(folder: Path) -> jinja2.BytecodeCache | None:
    """Jinja2's cache of compiled templates in `folder`, which like the analysis cache only
    ever saves time: a template it cannot read or write there is compiled again."""
    import jinja2

    class CompiledTemplates(jinja2.FileSystemBytecodeCache):
        # Reading already shrugs off a missing, damaged or stale file; writing does not.
        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            # The analysis cache has warned about an unusable cache folder already.
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return CompiledTemplates(str(folder))


def make_markdown() -> MarkdownIt:
    """CommonMark with raw HTML off, no images (no request may leave the site) and safe links only."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.disable("image")
    md.validateLink = is_allowed_link  # type: ignore[method-assign]
    return md


def is_allowed_link(url: str) -> bool:
    """Links inside article text may only be http(s) or mailto addresses."""
    return is_safe_url(url.strip(), TEXT_LINK_SCHEMES)


def refused_links(text: str) -> list[str]:
    """Targets of the Markdown links in `text` that make_markdown() shows as plain text.

    markdown-it drops a refused link silently; the build names each one so it can be fixed.
    """
    if "](" not in text and "]:" not in text and "<" not in text:
        return []  # no inline link, reference definition or autolink: skip the parse
    md = make_markdown()
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # see every link, judge below
    return [
        str(child.attrGet("href"))
        for token in md.parse(text)
        for child in token.children or ()
        if child.type == "link_open" and not is_allowed_link(str(child.attrGet("href")))
    ]


def count_label(count: int) -> str:
    """'1 article', '3 articles'."""
    return f"{count} article" if count == 1 else f"{count} articles"


def render_site(
    config: BriefingConfig,
    groups: Sequence[EventGroup],
    keywords: Sequence[Keyword],
    env: jinja2.Environment,
    *,
    lazy: bool = False,
    remember: Remember | None = None,
) -> Iterator[tuple[str, bytes | PendingFile]]:
    """Yield (site path, file bytes) for every generated file of the briefing, one at a time.

    With lazy=True the pages and data files come as PendingFile instead, made only if the
    writer finds that their fingerprint changed. `remember` keeps article HTML across
    builds; the build passes the cache's.
    """
    remember = remember or _make_anew
    markdown = make_markdown()

    def to_html(text: str) -> str:
        return remember(f"html\0{text}", lambda: markdown.render(text))

    pages = []
    for path, page in _html_pages(config, groups, keywords, env, to_html):
        pages.append(path)
        yield path, page if lazy else page.whole()
    # Megabytes of every article's text: made only when an article, an event or the feed's
    # time changed, which their fingerprints tell without making them.
    briefing = _hash(
        repr((config, [(*_group_facts(g), [a.digest for a in g.articles]) for g in groups]))
    )
    newest = [(a.digest, _group_facts(g)) for a, g in feed_entries(groups)]
    files = [
        (INDEX_PATH, PendingFile(briefing, lambda: search_index_js(groups))),
        (
            EXPORT_PATH,
            PendingFile(briefing, lambda: briefing_json(config, groups)),
        ),
        (
            FEED_PATH,
            PendingFile(
                _hash(repr((config, build_time(), newest))),
                lambda: [atom_feed(config, groups, to_html)],
            ),
        ),
    ]
    for path, file in files:
        yield path, file if lazy else file.whole()
    sitemap = sitemap_xml(config.base_url, (p for p in pages if p != NOT_FOUND_PATH))
    if sitemap is not None:
        yield SITEMAP_PATH, sitemap
    yield ".nojekyll", b""  # GitHub Pages: publish the files as they are, no Jekyll run


# remember(described, make): the text make() returns, perhaps kept from an earlier build that
# was asked for the same `described` (see AnalysisCache.texts).
Remember = Callable[[str, Callable[[], str]], str]


def _make_anew(described: str, make: Callable[[], str]) -> str:
    return make()


def _html_pages(
    config: BriefingConfig,
    groups: Sequence[EventGroup],
    keywords: Sequence[Keyword],
    env: jinja2.Environment,
    to_html: Callable[[str], str],
) -> Iterator[tuple[str, PendingFile]]:
    """Every HTML page, fingerprinted by what its context is made from: an edit changes a few
    pages of thousands, and the rest are found unchanged without making their contexts."""
    keyword_paths = {k.text: k.path for k in keywords}
    briefing = (config.title, config.description)  # what every page shows of the briefing

    def pending(
        path: str, template: str, made_from: object, context: Callable[[], dict[str, object]]
    ) -> PendingFile:
        """The page at `path`, whose `context` is made from nothing but `made_from`, the
        briefing's title and description, and the path."""
        described = _hash(repr((path, template, briefing, made_from)))
        return PendingFile(described, lambda: _render(env, template, context))

    def fixed(path: str, template: str, **context: object) -> PendingFile:
        """A page whose context is cheap to make, so it stands for itself."""
        return pending(path, template, sorted(context.items()), lambda: context)

    def page(path: str, title: str, scripts: Sequence[str] = (), root: str | None = None) -> Page:
        if root is None:
            root = relative(path, "index.html").removesuffix("index.html")
        nav = tuple(Link(text, root + target, target == path) for text, target in _NAV)
        return Page(
            path=path,
            title=title,
            briefing_title=config.title,
            description=config.description,
            root=root,
            stylesheet=root + "static/style.css",
            icon=root + "static/icon.svg",
            feed=root + FEED_PATH,
            nav=nav,
            scripts=tuple(root + script for script in scripts),
        )

    # A card's key stands for it in the fingerprints of the pages that list it.
    card_keys = {a.id: _card_key(a, keyword_paths) for group in groups for a in group.articles}

    def listed(articles: Sequence[Article]) -> str:
        """What a list of cards is made from: their keys, each of the same length, in order."""
        return "".join([card_keys[a.id] for a in articles])

    # A big briefing shows each article on several pages and each keyword on many cards,
    # but hrefs depend only on the folder of the page that shows them: made once per folder.
    keyword_links: dict[tuple[str, str], Link] = {}

    def keyword_link(keyword: str, folder: str) -> Link:
        link = keyword_links.get((keyword, folder))
        if link is None:
            href = relative_from_folder(folder, keyword_paths[keyword])
            link = keyword_links[keyword, folder] = Link(keyword, href)
        return link

    def card(article: Article, from_page: str) -> ArticleCard:
        folder = posixpath.dirname(from_page)
        return ArticleCard(
            href=relative_from_folder(folder, article.path),
            keywords=tuple(keyword_link(k, folder) for k in article.keywords),
            **_card_facts(article),  # type: ignore[arg-type]
        )

    # An article's card is the same HTML on every page of a folder, and a keyword's pages
    # list every article with that keyword: rendered once per folder and heading, a card
    # costs a tenth of what rendering it on each of its ~10 keywords' pages did.
    shown_cards: dict[tuple[str, str, str], str] = {}
    card_macro = functools.cache(lambda: _card_macro(env))  # loaded by the first page to list one

    def shown_card(article: Article, from_page: str, heading: str) -> str:
        key = (article.id, posixpath.dirname(from_page), heading)
        html = shown_cards.get(key)
        if html is None:
            html = shown_cards[key] = card_macro()(card(article, from_page), heading)
        return html

    def event_card(
        group: EventGroup,
        from_page: str,
        heading: str,
        shown: Sequence[Article],
        link_the_rest: bool = False,
    ) -> EventCard:
        """The event with the cards of `shown`, some or all of its articles, and if asked a
        link to the event's page when there are more."""
        href = relative(from_page, group.path)
        total = len(group.articles)
        more = None
        if link_the_rest and total > len(shown):
            more = Link(f"All {count_label(total)} on \u201c{group.title}\u201d", href)
        return EventCard(
            title=group.title,
            href=href,
            date=format_date(group.date),
            summary=group.summary,
            count=count_label(total),
            cards=tuple(shown_card(a, from_page, heading) for a in shown),
            more=more,
        )

    def event_listed(group: EventGroup, shown: Sequence[Article]) -> object:
        """What an event card showing these of its articles is made from."""
        return _group_facts(group), len(group.articles), listed(shown)

    def keyword_listed(keyword: Keyword, shown: Sequence[Article]) -> object:
        """What a keyword's page showing these of its articles is made from (see list_pages)."""
        return keyword.text, listed(shown)

    timeline = build_timeline(groups, "index.html")
    yield (
        "index.html",
        pending(
            "index.html",
            "index.html",
            (timeline, [event_listed(g, g.articles[:INDEX_ARTICLES_PER_EVENT]) for g in groups]),
            lambda: {
                "page": page("index.html", config.title),
                "timeline": timeline,
                "events": [
                    event_card(
                        g,
                        "index.html",
                        "h3",
                        g.articles[:INDEX_ARTICLES_PER_EVENT],
                        link_the_rest=True,
                    )
                    for g in groups
                ],
            },
        ),
    )

    def event_context(group: EventGroup, part: _ListPage) -> dict[str, object]:
        return {
            "page": page(part.path, part.title(group.title)),
            "event": event_card(group, part.path, "h2", part.articles),
            "pager": part.pager,
        }

    def article_context(article: Article, event: EventGroup) -> dict[str, object]:
        return {
            "page": page(article.path, article.title),
            "article": card(article, article.path),
            "story": ArticleText(article.text, article.removed, to_html),
            "event": Link(event.title, relative(article.path, event.path)),
            "event_reason": article.event_reason,
        }

    def keyword_context(keyword: Keyword, part: _ListPage) -> dict[str, object]:
        return {
            "page": page(part.path, part.title(keyword.text)),
            "keyword": keyword.text,
            "count": count_label(len(keyword.articles)),
            "cards": [shown_card(a, part.path, "h2") for a in part.articles],
            "pager": part.pager,
        }

    def list_pages(
        path: str,
        template: str,
        articles: Sequence[Article],
        made_from: Callable[[Sequence[Article]], object],
        context: Callable[[_ListPage], dict[str, object]],
    ) -> Iterator[tuple[str, PendingFile]]:
        """The pages of a list of articles; each is made from what `made_from` says of the
        articles it shows, the list's length (every page shows it) and its path (which with the
        length decides its pager)."""
        for part in _list_pages(path, articles):
            made = (len(articles), made_from(part.articles))
            yield part.path, pending(part.path, template, made, functools.partial(context, part))

    for group in groups:
        yield from list_pages(
            group.path,
            "event.html",
            group.articles,
            functools.partial(event_listed, group),
            functools.partial(event_context, group),
        )
        for article in group.articles:
            yield (
                article.path,
                pending(
                    article.path,
                    "article.html",
                    (article.digest, card_keys[article.id], group.title, group.path),
                    functools.partial(article_context, article, group),
                ),
            )
        shown_cards.clear()  # each article is in one event: its cards here are done with
    yield (
        OUTLETS_PATH,
        pending(
            OUTLETS_PATH,
            "outlets.html",
            _encode_json(
                [
                    [
                        *_group_facts(g),
                        [(a.outlet, a.title, str(a.published), a.path) for a in g.articles],
                    ]
                    for g in groups
                ]
            ),
            lambda: {
                "page": page(OUTLETS_PATH, "Outlets"),
                "coverage": build_coverage(groups, OUTLETS_PATH),
            },
        ),
    )
    index_path = "keywords/index.html"
    yield (
        index_path,
        fixed(
            index_path,
            "keywords.html",
            page=page(index_path, "Keywords"),
            keywords=[
                Link(f"{k.text} ({len(k.articles)})", relative(index_path, k.path))
                for k in keywords
            ],
        ),
    )
    for keyword in keywords:
        yield from list_pages(
            keyword.path,
            "keyword.html",
            keyword.articles,
            functools.partial(keyword_listed, keyword),
            functools.partial(keyword_context, keyword),
        )
    yield (
        SEARCH_PATH,
        fixed(
            SEARCH_PATH,
            "search.html",
            page=page(SEARCH_PATH, "Search", scripts=(INDEX_PATH, SCRIPT_PATH)),
            keywords_href="keywords/index.html",
            outlets_href=OUTLETS_PATH,
        ),
    )
    # GitHub Pages serves 404.html for a missing page at any depth, so relative links cannot
    # work there: its links start from base_url (a path like "/repo/" or a full address).
    yield (
        NOT_FOUND_PATH,
        fixed(
            NOT_FOUND_PATH,
            "404.html",
            page=page(NOT_FOUND_PATH, "Page not found", root=config.base_url),
        ),
    )


@dataclass(frozen=True)
class _ListPage:
    """One of the pages a list of articles takes: the first at the list's own path, the
    others beside it (events/summit.html, events/summit.2.html, ...)."""

    path: str
    articles: Sequence[Article]
    pager: Pager | None  # None when the list takes one page

    def title(self, list_title: str) -> str:
        if self.pager is None or self.pager.number == 1:
            return list_title
        return f"{list_title} (page {self.pager.number} of {self.pager.count})"


def _list_pages(path: str, articles: Sequence[Article]) -> list[_ListPage]:
    """The pages a list of articles at `path` takes, ARTICLES_PER_PAGE a page.

    A slug is lowercase letters, digits and hyphens, so no slug's page is named like another's
    second page ("summit.2.html")."""
    count = max(1, -(-len(articles) // ARTICLES_PER_PAGE))
    stem = path.removesuffix(".html")
    paths = [path] + [f"{stem}.{number}.html" for number in range(2, count + 1)]
    pages = []
    for index, page_path in enumerate(paths):
        pager = None
        if count > 1:
            before = Link("Previous", relative(page_path, paths[index - 1])) if index else None
            last = index + 1 == count
            after = None if last else Link("Next", relative(page_path, paths[index + 1]))
            pager = Pager(index + 1, count, before, after)
        start = index * ARTICLES_PER_PAGE
        chunk = articles[start : start + ARTICLES_PER_PAGE]
        pages.append(_ListPage(page_path, chunk, pager))
    return pages


@dataclass(frozen=True)
class ArticleText:
    """An article's text, which becomes HTML only when a template shows it (Jinja2 calls
    __html__), and the lines cleaning took out of it."""

    text: str
    removed: tuple[RemovedLine, ...]
    to_html: Callable[[str], str]

    def __html__(self) -> str:
        return self.to_html(self.text)


@dataclass(frozen=True)
class PendingFile:
    """A file made only if its fingerprint changed: a hash of everything its bytes are made
    from, as long as the templates and this code are unchanged (the writer's salt). It is made
    as bytes, or in chunks so that a big file (briefing.json, the search index) is never
    whole in memory."""

    described: str  # the fingerprint
    make: Callable[[], bytes | Iterable[bytes | Part]] = field(repr=False, compare=False)

    def fingerprint(self) -> str:
        return self.described

    def render(self) -> bytes | Iterable[bytes | Part]:
        return self.make()

    def whole(self) -> bytes:
        made = self.make()
        return made if isinstance(made, bytes) else joined(made)


def _card_key(article: Article, keyword_paths: dict[str, str]) -> str:
    """A hash of what every card of the article shows, whichever page it is on (its hrefs
    follow from the article's path and its keywords' paths)."""
    paths = [keyword_paths[k] for k in article.keywords]
    # The digest decides every field of the article, so with its keywords' paths it decides
    # the key: watch mode's builds share this process and make a key for every article.
    made_from = (article.digest, *paths)
    key = _card_keys.get(made_from)
    if key is None:
        pairs = list(zip(article.keywords, paths, strict=True))
        shown = [*_card_facts(article).values(), article.path, pairs]
        # JSON, not repr: the C encoder is about twice as fast.
        key = _hash(_encode_json(shown))
        if len(_card_keys) >= _CARD_KEYS_KEPT:
            _card_keys.clear()
        _card_keys[made_from] = key
    return key


# Card keys made in this process, by what they are made from; cleared when this many are kept.
_CARD_KEYS_KEPT = 1 << 16
_card_keys: dict[tuple[str, ...], str] = {}


def _group_facts(group: EventGroup) -> tuple[object, ...]:
    """Everything about an event but its articles."""
    return group.id, group.title, group.date, group.summary, group.path


def _card_facts(article: Article) -> dict[str, object]:
    """What every card of an article shows, whichever page it is on."""
    return {
        "title": article.title,
        "source_url": article.url,
        "based_on": article.based_on,
        "outlet": article.outlet,
        "published": format_date(article.published),
        "published_note": article.published_note,
        "lead": article.lead,
        "flags": article.flags,
    }


# Jinja2 yields a page as many short strings (a card is ~40); joined this many at a time, a
# page of a few cards is one piece and a page of thousands is never whole in memory.
_RENDER_BATCH = 4096

# For what a page is made from where repr is too slow: unambiguous, and Python's C encoder.
_encode_json = json.JSONEncoder(check_circular=False, separators=(",", ":"), default=str).encode


def _hash(described: str) -> str:
    return hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest()


def _render(
    env: jinja2.Environment, name: str, context: Callable[[], dict[str, object]]
) -> Iterator[bytes]:
    """The page, in pieces of up to _RENDER_BATCH of Jinja2's output strings each: a keyword
    on most of 10,000 articles has a page of ~14 MB, never whole in memory this way.

    The context is made here, so that a template error while making it (a card, rendered by
    the card macro) is reported like one on the page."""
    import jinja2

    try:
        strings = env.get_template(name).generate(**context())
        while batch := list(itertools.islice(strings, _RENDER_BATCH)):
            yield "".join(batch).encode("utf-8")
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(
            f"template syntax error: {error.message}", error.filename or name, error.lineno
        ) from None
    except jinja2.TemplateNotFound as error:
        # An {% include %} of a missing file fails at a line of a template; a missing page, at none.
        raise TemplateProblem(
            f"template '{error.name}' not found", *_template_location(error, name)
        ) from None
    except jinja2.TemplateError as error:
        raise TemplateProblem(
            f"template error: {error}", *_template_location(error, name)
        ) from None


def _template_location(error: BaseException, name: str) -> tuple[str, int | None]:
    """The template file and line an error was raised at: the page template `name`, or a
    template it uses, such as the card macro's."""
    # Jinja2 rewrites tracebacks so the innermost template frame carries the template's line.
    where: tuple[str, int | None] = (name, None)
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def _card_macro(env: jinja2.Environment) -> Callable[[ArticleCard, str], str]:
    """The article_card macro of CARD_TEMPLATE: (card, heading tag) -> the card's HTML."""
    template = env.get_template(CARD_TEMPLATE)
    macro = getattr(template.module, "article_card", None)
    if macro is None:
        raise TemplateProblem(
            "no macro 'article_card', which shows an article on the pages listing it",
            template.filename or CARD_TEMPLATE,
        )

    def card_html(card: ArticleCard, heading: str) -> str:
        try:
            return macro(card, heading)  # type: ignore[no-any-return]
        except Exception:
            # Called from Python, not from a template, a macro's error is not given the
            # template's lines until Jinja2 rewrites its traceback, as it does for a page.
            env.handle_exception()  # raises the error with the template's lines

    return card_html
