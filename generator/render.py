"""Render the grouped briefing into HTML pages with Jinja2 and markdown-it-py."""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markdown_it import MarkdownIt

from generator.errors import TemplateProblem
from generator.models import Article, BriefingConfig, EventGroup
from generator.slugs import unique_slugs

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
STATIC_DIR = "static"
_LINK_SCHEMES = ("http", "https", "mailto")


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class ArticleCard:
    """What a page shows of one article; hrefs are relative to the page that shows it."""

    title: str
    href: str
    source_url: str
    based_on: str
    outlet: str
    published: str
    published_note: str
    lead: str
    keywords: tuple[Link, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class EventCard:
    title: str
    href: str
    date: str
    summary: str
    articles: tuple[ArticleCard, ...]


@dataclass(frozen=True)
class Page:
    """The context every template receives; one per output page."""

    path: str
    title: str
    briefing_title: str
    description: str
    root: str  # relative prefix from this page to the site root ("" or "../")
    stylesheet: str
    nav: tuple[Link, ...]


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


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """A Jinja2 environment that escapes everything and fails on undefined names."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def make_markdown() -> MarkdownIt:
    """CommonMark with raw HTML off, no images (no request may leave the site) and safe links only."""
    md = MarkdownIt("commonmark", {"html": False})
    md.disable("image")
    md.validateLink = is_allowed_link  # type: ignore[method-assign]
    return md


def is_allowed_link(url: str) -> bool:
    """Links inside article text may only be http(s) or mailto addresses."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return False
    return urlsplit(url.strip()).scheme.lower() in _LINK_SCHEMES


def relative(from_page: str, to_path: str) -> str:
    """The href from one site page to another site path, so the site works under any sub-path."""
    start = posixpath.dirname(from_page) or "."
    return posixpath.relpath(to_path, start)


def format_date(date: datetime.date | None) -> str:
    return f"{date.day} {date:%B %Y}" if date else ""


def render_site(
    config: BriefingConfig,
    groups: Sequence[EventGroup],
    keywords: Sequence[Keyword],
    env: jinja2.Environment,
) -> Iterator[tuple[str, bytes]]:
    """Yield (site path, page bytes) for every page of the briefing, one at a time."""
    md = make_markdown()
    keyword_paths = {k.text: k.path for k in keywords}
    event_of = {a.id: g for g in groups for a in g.articles}

    def page(path: str, title: str) -> Page:
        root = relative(path, "index.html").removesuffix("index.html")
        nav = (
            Link("Briefing", root + "index.html"),
            Link("Keywords", root + "keywords/index.html"),
        )
        return Page(
            path, title, config.title, config.description, root, root + "static/style.css", nav
        )

    def card(article: Article, from_page: str) -> ArticleCard:
        return ArticleCard(
            title=article.title,
            href=relative(from_page, article.path),
            source_url=article.url,
            based_on=article.based_on,
            outlet=article.outlet,
            published=format_date(article.published),
            published_note=article.published_note,
            lead=article.lead,
            keywords=tuple(
                Link(k, relative(from_page, keyword_paths[k])) for k in article.keywords
            ),
            flags=article.flags,
        )

    def event_card(group: EventGroup, from_page: str) -> EventCard:
        cards = tuple(card(a, from_page) for a in group.articles)
        return EventCard(
            group.title,
            relative(from_page, group.path),
            format_date(group.date),
            group.summary,
            cards,
        )

    yield (
        "index.html",
        _render(
            env,
            "index.html",
            page=page("index.html", config.title),
            events=[event_card(g, "index.html") for g in groups],
        ),
    )
    for group in groups:
        yield (
            group.path,
            _render(
                env,
                "event.html",
                page=page(group.path, group.title),
                event=event_card(group, group.path),
            ),
        )
        for article in group.articles:
            event = event_of[article.id]
            yield (
                article.path,
                _render(
                    env,
                    "article.html",
                    page=page(article.path, article.title),
                    article=card(article, article.path),
                    body=md.render(article.text),
                    event=Link(event.title, relative(article.path, event.path)),
                    event_reason=article.event_reason,
                    removed=article.removed,
                ),
            )
    index_path = "keywords/index.html"
    yield (
        index_path,
        _render(
            env,
            "keywords.html",
            page=page(index_path, "Keywords"),
            keywords=[
                Link(f"{k.text} ({len(k.articles)})", relative(index_path, k.path))
                for k in keywords
            ],
        ),
    )
    for keyword in keywords:
        yield (
            keyword.path,
            _render(
                env,
                "keyword.html",
                page=page(keyword.path, keyword.text),
                keyword=keyword.text,
                articles=[card(a, keyword.path) for a in keyword.articles],
            ),
        )
    yield "404.html", _render(env, "404.html", page=page("404.html", "Page not found"))


def _render(env: jinja2.Environment, name: str, **context: object) -> bytes:
    try:
        return env.get_template(name).render(**context).encode("utf-8")
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(
            f"template syntax error: {error.message}", error.filename or name, error.lineno
        ) from None
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"template '{error.name}' not found", name) from None
    except jinja2.TemplateError as error:
        raise TemplateProblem(f"template error: {error}", name, _template_line(error)) from None


def _template_line(error: BaseException) -> int | None:
    # Jinja2 rewrites tracebacks so the innermost template frame carries the template's line.
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
