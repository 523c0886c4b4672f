"""Render the grouped briefing into the site's files: HTML pages with Jinja2, and the feeds."""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.content.markdown import make_markdown
from generator.errors import TemplateProblem
from generator.files import PendingFile
from generator.fingerprints import described
from generator.models import BriefingConfig, EventGroup
from generator.site.dates import build_time
from generator.site.export import EXPORT_PATH, briefing_json
from generator.site.feed import FEED_PATH, atom_feed, feed_entries
from generator.site.pages import (
    NOT_FOUND_PATH,
    Keyword,
    SiteView,
    html_pages,
    template_names,
)
from generator.site.search_index import INDEX_PATH, search_index_js
from generator.site.sitemap import SITEMAP_PATH, sitemap_xml
from generator.site.views import ArticleCard

if TYPE_CHECKING:  # imported where used: a build that finds nothing changed renders nothing
    import jinja2

STATIC_DIR = "static"
# Every card listing an article (on the index, event and keyword pages) is this template's
# article_card macro, called with the card and its heading tag ("h2", "h3").
CARD_TEMPLATE = "_macros.html"


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


def render_site(
    config: BriefingConfig,
    groups: Sequence[EventGroup],
    keywords: Sequence[Keyword],
    env: jinja2.Environment,
    *,
    lazy: bool = False,
    kept_html: KeptText | None = None,
) -> Iterator[tuple[str, bytes | PendingFile]]:
    """Yield (site path, file bytes) for every generated file of the briefing, one at a time.

    With lazy=True the pages and data files come as PendingFile instead, made only if the
    writer finds that their fingerprint changed. `kept_html` keeps article HTML across
    builds; the build passes the cache's.
    """
    kept_html = kept_html or _make_anew
    markdown = make_markdown()

    def to_html(text: str) -> str:
        return kept_html(f"html\0{text}", lambda: markdown.render(text))

    card_macro = functools.cache(lambda: _card_macro(env))  # loaded by the first page to list one
    view = SiteView(config, groups, keywords, lambda *card: card_macro()(*card), to_html)
    briefing = (config.title, config.description)  # what every page shows of the briefing
    pages = []
    for spec in html_pages(view):
        pages.append(spec.path)
        page = PendingFile(
            spec.fingerprint(briefing), functools.partial(_render, env, spec.template, spec.context)
        )
        yield spec.path, page if lazy else page.whole()
    for path, file in _data_files(config, groups, view.group_keys, to_html):
        yield path, file if lazy else file.whole()
    sitemap = sitemap_xml(config.base_url, (p for p in pages if p != NOT_FOUND_PATH))
    if sitemap is not None:
        yield SITEMAP_PATH, sitemap
    yield ".nojekyll", b""  # GitHub Pages: publish the files as they are, no Jekyll run


def _data_files(
    config: BriefingConfig,
    groups: Sequence[EventGroup],
    group_keys: Mapping[str, str],
    to_html: Callable[[str], str],
) -> list[tuple[str, PendingFile]]:
    """The search index, briefing.json and the feed: megabytes of every article's text, made
    only when an article, an event or the feed's time changed, which their fingerprints tell
    without making them."""
    briefing = described(
        repr((config, [(group_keys[g.id], [a.digest for a in g.articles]) for g in groups]))
    )
    newest = [(a.digest, group_keys[g.id]) for a, g in feed_entries(groups)]
    feed = described(repr((config, build_time(), newest)))
    return [
        (INDEX_PATH, PendingFile(briefing, lambda: search_index_js(groups))),
        (EXPORT_PATH, PendingFile(briefing, lambda: briefing_json(config, groups))),
        (FEED_PATH, PendingFile(feed, lambda: [atom_feed(config, groups, to_html)])),
    ]


# kept_html(made_from, make): the text make() returns, perhaps kept from an earlier build that
# was asked for the same `made_from` (see AnalysisCache.texts).
KeptText = Callable[[str, Callable[[], str]], str]


def _make_anew(made_from: str, make: Callable[[], str]) -> str:
    return make()


# Jinja2 yields a page as many short strings (a card is ~40); joined this many at a time, a
# page of a few cards is one piece and a page of thousands is never whole in memory.
_RENDER_BATCH = 4096


def _render(env: jinja2.Environment, name: str, context: Callable[[], object]) -> Iterator[bytes]:
    """The page, in pieces of up to _RENDER_BATCH of Jinja2's output strings each: a keyword
    on most of 10,000 articles has a page of ~14 MB, never whole in memory this way.

    The context is made here, so that a template error while making it (a card, rendered by
    the card macro) is reported like one on the page."""
    import jinja2

    try:
        strings = env.get_template(name).generate(**template_names(context()))
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
