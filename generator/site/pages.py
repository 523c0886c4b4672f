"""The HTML pages, one unit per page kind: its path, template, what it is made from, its context.

Each unit yields PageSpecs. `made_from` is everything the page's context is made from besides
the briefing's title and description and the page's path: article digests and card keys, never
article texts, so that an edit re-renders a few pages of thousands and the rest are found
unchanged without making their contexts (see fingerprints.py). A unit's `made_from` and its
context sit side by side so that one cannot change without the other being seen.
"""

from __future__ import annotations

import functools
import posixpath
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields

from generator import codec
from generator.analysis.keyword_names import briefing_topics
from generator.briefing.provenance import all_quotes
from generator.briefing.speakers import names_no_one
from generator.codec import compact_json
from generator.fingerprints import described
from generator.links import Link, relative, relative_from_folder
from generator.models import (
    Article,
    BriefingConfig,
    BriefingQuote,
    EventGroup,
    SummarySentence,
)
from generator.site.coverage import build_coverage
from generator.site.dates import format_date
from generator.site.feed import FEED_PATH
from generator.site.search_index import INDEX_PATH, SCRIPT_PATH
from generator.site.sources import Sources
from generator.site.timeline import build_timeline
from generator.site.views import (
    ArticleCard,
    ArticleContext,
    ArticleText,
    Entry,
    EventCard,
    EventContext,
    IndexContext,
    KeywordContext,
    KeywordIndexContext,
    ListPage,
    NotFoundContext,
    OutletsContext,
    Page,
    SearchContext,
    SpeakersContext,
    SpeakerView,
    SummaryLine,
    list_pages,
    shown_inline,
    tells_more,
)
from generator.slugs import unique_slugs
from generator.wording import counted

INDEX_PATH_HTML = "index.html"
OUTLETS_PATH = "outlets.html"
KEYWORDS_PATH = "keywords/index.html"
SPEAKERS_PATH = "speakers.html"
SEARCH_PATH = "search.html"
NOT_FOUND_PATH = "404.html"
# The index shows this many articles of each event and links to the event page for the rest:
# a front page listing every article of a long-running story would run to megabytes.
INDEX_ARTICLES_PER_EVENT = 5
_NAV = (
    ("Briefing", INDEX_PATH_HTML),
    ("Outlets", OUTLETS_PATH),
    ("Keywords", KEYWORDS_PATH),
    ("Speakers", SPEAKERS_PATH),
    ("Search", SEARCH_PATH),
)


@dataclass(frozen=True)
class PageSpec:
    """One page to make: its path, template, what its context is made from, and the context."""

    path: str
    template: str
    made_from: object
    context: Callable[[], object] = field(repr=False, compare=False)

    def fingerprint(self, briefing: object) -> str:
        """The page fingerprint: its path, template, what it is made from, and `briefing`
        (what every page shows of the briefing)."""
        return described(repr((self.path, self.template, briefing, self.made_from)))


def template_names(context: object) -> dict[str, object]:
    """A page context's fields by name, as the template sees them."""
    return {f.name: getattr(context, f.name) for f in fields(context)}  # type: ignore[arg-type]


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


class SiteView:
    """What the pages of one build share: the briefing, where each keyword's page is, each
    article's card key, and the cards already rendered for a folder.

    A big briefing shows each article on several pages and each keyword on many cards, but
    hrefs depend only on the folder of the page that shows them: a card is rendered once per
    folder and heading, a tenth of what rendering it on each of its ~10 keywords' pages cost.
    """

    def __init__(
        self,
        config: BriefingConfig,
        groups: Sequence[EventGroup],
        keywords: Sequence[Keyword],
        card_html: Callable[[ArticleCard, str], str],
        to_html: Callable[[str], str],
    ) -> None:
        self.config = config
        self.groups = groups
        self.keywords = keywords
        self.to_html = to_html
        self._card_html = card_html
        self._keyword_paths = {k.text: k.path for k in keywords}
        self.articles = {a.id: a for g in groups for a in g.articles}
        self.sources = Sources(self.articles)
        # What the whole briefing is about: on the index once, not a chip on every card.
        self.topics = topics([a.keywords for a in self.articles.values()])
        self._topics = set(self.topics)
        # A card's key stands for it in the fingerprints of the pages that list it.
        self.card_keys = {a.id: self._card_key(a) for g in groups for a in g.articles}
        # An event's facts, and its quotations', stand for them in the fingerprints of the
        # pages and files that show them: quotations take thousands of objects to spell out,
        # and once a build is enough.
        self.quote_keys = {
            g.id: described(repr(self.sources.quotes_facts(g.quotes))) for g in groups
        }
        self.group_keys = {
            g.id: described(repr((group_facts(g), self.quote_keys[g.id]))) for g in groups
        }
        self._shown: dict[tuple[str, str, str], str] = {}
        self._keyword_links: dict[tuple[str, str], Link] = {}

    def page(
        self, path: str, title: str, scripts: Sequence[str] = (), root: str | None = None
    ) -> Page:
        if root is None:
            root = relative(path, INDEX_PATH_HTML).removesuffix(INDEX_PATH_HTML)
        return Page(
            path=path,
            title=title,
            briefing_title=self.config.title,
            description=self.config.description,
            root=root,
            stylesheet=root + "static/style.css",
            icon=root + "static/icon.svg",
            feed=root + FEED_PATH,
            nav=tuple(Link(text, root + target, target == path) for text, target in _NAV),
            scripts=tuple(root + script for script in scripts),
        )

    def listed(self, articles: Sequence[Article]) -> str:
        """What a list of cards is made from: their keys, each of the same length, in order."""
        return "".join([self.card_keys[a.id] for a in articles])

    def card(self, article: Article, from_page: str) -> ArticleCard:
        folder = posixpath.dirname(from_page)
        return ArticleCard(
            href=relative_from_folder(folder, article.path),
            keywords=tuple(self._keyword_link(k, folder) for k in self.chips(article)),
            **_card_facts(article),  # type: ignore[arg-type]
        )

    def shown_card(self, article: Article, from_page: str, heading: str) -> str:
        """The HTML of the article's card on a page in from_page's folder, under `heading`."""
        key = (article.id, posixpath.dirname(from_page), heading)
        html = self._shown.get(key)
        if html is None:
            html = self._shown[key] = self._card_html(self.card(article, from_page), heading)
        return html

    def forget_cards(self) -> None:
        """Drop the rendered cards: each article is in one event, whose pages are done."""
        self._shown.clear()

    def event_card(
        self,
        group: EventGroup,
        from_page: str,
        heading: str,
        shown: Sequence[Article],
        more: bool,
        quotes: bool = False,
    ) -> EventCard:
        """The event with the cards of `shown`, and if `more` a link to the event's page when
        it has more articles than those, and if `quotes` who said what."""
        href = relative(from_page, group.path)
        total = len(group.articles)
        link = None
        if more and total > len(shown):
            link = Link(f"All {counted(total, 'article')} on \u201c{group.title}\u201d", href)
        return EventCard(
            title=group.title,
            href=href,
            date=format_date(group.date),
            summary=group.summary,
            count=counted(total, "article"),
            entries=self._entries(shown, from_page, heading),
            more=link,
            discovered=group.discovered,
            date_basis=group.date_basis,
            summary_lines=tuple(
                self._summary_line(s, group, from_page) for s in group.summary_sentences
            ),
            quotes=tuple(self.sources.quote_view(q, from_page) for q in group.quotes)
            if quotes
            else (),
        )

    def _entries(self, shown: Sequence[Article], from_page: str, heading: str) -> tuple[Entry, ...]:
        """One entry per article, but one for all copies of a report: the card of its original
        (see Sources.original_of), where the first of them is listed."""
        copies: dict[str, list[Article]] = {}
        for article in shown:
            if article.provenance.copy_group:
                copies.setdefault(article.provenance.copy_group, []).append(article)
        entries = []
        for article in shown:
            members = copies.get(article.provenance.copy_group or "", [article])
            if len(members) == 1:
                entries.append(Entry(self.shown_card(article, from_page, heading)))
            elif article is members[0]:
                entries.append(self._copies_entry(members, from_page, heading))
        return tuple(entries)

    def _copies_entry(self, members: list[Article], from_page: str, heading: str) -> Entry:
        """The card of a report's original, the copies that publish it again, and the
        rewrites that retell it in words mostly their own (listed apart: a rewrite sharing a
        sixth of its text is no "same report")."""
        origin = members[0].provenance.origin
        lead = self.sources.original_of(members)
        others = [a for a in members if a is not lead]
        return Entry(
            self.shown_card(lead, from_page, heading),
            tuple(
                self._copy_link(a, lead, from_page)
                for a in others
                if not self.sources.is_rewrite(a.id)
            ),
            self.sources.origin_words(origin),
            tuple(
                self._copy_link(a, lead, from_page) for a in others if self.sources.is_rewrite(a.id)
            ),
        )

    def _copy_link(self, copy: Article, lead: Article, from_page: str) -> Link:
        return Link(self.sources.copy_named(copy, lead), relative(from_page, copy.path))

    def _summary_line(
        self, sentence: SummarySentence, group: EventGroup, from_page: str
    ) -> SummaryLine:
        """A summary sentence, linked to the article it is taken from (one of the group's)."""
        article = next(a for a in group.articles if a.id == sentence.article)
        source = article.outlet or article.title
        return SummaryLine(sentence.text, relative(from_page, article.path), source)

    def event_listed(self, group: EventGroup, shown: Sequence[Article]) -> object:
        """What an event card showing these of its articles is made from (its quotations are
        shown on the event's own page only)."""
        copies = [
            (a.provenance.copy_group, self.sources.provenance_facts(a))
            for a in shown
            if a.provenance.copy_group
        ]
        return self.group_keys[group.id], len(group.articles), self.listed(shown), copies

    def keyword_path(self, keyword: str) -> str:
        return self._keyword_paths[keyword]

    def _keyword_link(self, keyword: str, folder: str) -> Link:
        """The link to a keyword's page from a page in `folder`, made once per folder."""
        link = self._keyword_links.get((keyword, folder))
        if link is None:
            href = relative_from_folder(folder, self._keyword_paths[keyword])
            link = self._keyword_links[keyword, folder] = Link(keyword, href)
        return link

    def chips(self, article: Article) -> tuple[str, ...]:
        """The keywords its cards show: all but the briefing's topics."""
        return tuple(k for k in article.keywords if k not in self._topics)

    def topic_links(self, from_page: str) -> tuple[Link, ...]:
        return tuple(self._keyword_link(k, posixpath.dirname(from_page)) for k in self.topics)

    def _card_key(self, article: Article) -> str:
        chips = self.chips(article)
        return card_key(article, chips, tuple(self._keyword_paths[k] for k in chips))


def topics(keyword_lists: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """briefing_topics of the articles' keywords, worked out once for the same keywords: the
    pages and briefing.json both show them, and watch mode's rebuilds mostly keep them."""
    return _topics(tuple(keyword_lists))


@functools.lru_cache(maxsize=2)
def _topics(keyword_lists: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return briefing_topics(keyword_lists)


def card_key(article: Article, chips: tuple[str, ...], keyword_paths: tuple[str, ...]) -> str:
    """A hash of what every card of the article shows, whichever page it is on (its hrefs
    follow from the article's path and the paths of the keywords it shows, `chips`).

    Kept across builds in one process (watch mode makes a key for every article each build),
    by the article's digest, which decides all the rest: hashing the article itself, its text
    and provenance and all, cost more than making the key."""
    known = (article.digest, chips, keyword_paths)
    key = _CARD_KEYS.get(known)
    if key is None:
        if len(_CARD_KEYS) >= _MOST_CARD_KEYS:
            _CARD_KEYS.clear()
        pairs = list(zip(chips, keyword_paths, strict=True))
        facts = [*_card_facts(article).values(), article.path, pairs]
        key = _CARD_KEYS[known] = described(compact_json(facts))
    return key


_CARD_KEYS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str] = {}
_MOST_CARD_KEYS = 1 << 16


def group_facts(group: EventGroup) -> tuple[object, ...]:
    """Everything about an event but its articles and quotations (SiteView.quote_keys)."""
    return (
        group.id,
        group.title,
        group.date,
        group.summary,
        group.path,
        group.discovered,
        group.date_basis,
        group.summary_sentences,
    )


def _card_facts(article: Article) -> dict[str, object]:
    """What every card of an article shows, whichever page it is on."""
    return {
        "title": article.title,
        "source_url": article.url,
        "based_on": article.based_on,
        "outlet": article.outlet,
        "author": article.author,
        "published": format_date(article.published),
        "published_note": article.published_note,
        "inferred": article.inferred,
        "lead": shown_inline(article.lead),
        "flags": article.flags,
        "unverified_quotes": sum(c.status == "missing" for c in article.provenance.checks),
    }


def html_pages(view: SiteView) -> Iterator[PageSpec]:
    """Every HTML page of the briefing, in a stable order."""
    yield index_page(view)
    for group in view.groups:
        yield from event_pages(view, group)
        for article in group.articles:
            yield article_page(view, article, group)
        view.forget_cards()
    yield outlets_page(view)
    yield speakers_page(view)
    yield keyword_index_page(view)
    for keyword in view.keywords:
        yield from keyword_pages(view, keyword)
    yield search_page(view)
    yield not_found_page(view)


def index_page(view: SiteView) -> PageSpec:
    """The front page: the timeline and each event with its first few articles."""
    path = INDEX_PATH_HTML
    timeline = build_timeline(view.groups, path)
    shown = [(g, _first_entries(g.articles, INDEX_ARTICLES_PER_EVENT)) for g in view.groups]
    topics = [(k, view.keyword_path(k)) for k in view.topics]
    return PageSpec(
        path,
        "index.html",
        (timeline, [view.event_listed(g, articles) for g, articles in shown], topics),
        lambda: IndexContext(
            page=view.page(path, view.config.title),
            timeline=timeline,
            events=[view.event_card(g, path, "h3", articles, more=True) for g, articles in shown],
            topics=view.topic_links(path),
        ),
    )


def _first_entries(articles: Sequence[Article], count: int) -> tuple[Article, ...]:
    """The articles of the first `count` entries of a list: copies of one report make one
    entry (see SiteView._entries), so all of them are shown with the first."""
    entry_of: dict[str, int] = {}  # each report's (copy group's) entry number
    shown = []
    for article in articles:
        entry = entry_of.setdefault(article.provenance.copy_group or article.id, len(entry_of))
        if entry < count:
            shown.append(article)
    return tuple(shown)


def event_pages(view: SiteView, group: EventGroup) -> Iterator[PageSpec]:
    """An event's pages: its summary and its articles' cards, 50 a page; the first page also
    says who said what."""

    def context(part: ListPage) -> EventContext:
        return EventContext(
            page=view.page(part.path, part.title(group.title)),
            event=view.event_card(
                group,
                part.path,
                "h2",
                part.articles,
                more=False,
                quotes=part.first,
            ),
            pager=part.pager,
        )

    for part in list_pages(group.path, group.articles):
        # The event's facts (event_listed) hold its quotations' key: page 1 says who said what.
        made_from = (len(group.articles), view.event_listed(group, part.articles))
        yield PageSpec(part.path, "event.html", made_from, functools.partial(context, part))


def article_page(view: SiteView, article: Article, group: EventGroup) -> PageSpec:
    """An article's page: its card, its cleaned text, why it is under its event, what was removed."""
    return PageSpec(
        article.path,
        "article.html",
        (
            article.digest,
            view.card_keys[article.id],
            group.title,
            group.path,
            view.sources.provenance_facts(article),
        ),
        lambda: ArticleContext(
            page=view.page(article.path, article.title),
            article=view.card(article, article.path),
            story=ArticleText(article.text, article.removed, view.to_html),
            event=Link(group.title, relative(article.path, group.path)),
            event_reason=article.event_reason,
            provenance=view.sources.provenance(article, article.path),
            lead_box=bool(article.lead) and tells_more(article.text, article.lead),
        ),
    )


def outlets_page(view: SiteView) -> PageSpec:
    """Which outlet covered which event."""
    made_from = [
        [view.group_keys[g.id], [(a.outlet, a.title, str(a.published), a.path) for a in g.articles]]
        for g in view.groups
    ]
    return PageSpec(
        OUTLETS_PATH,
        "outlets.html",
        codec.dumps(made_from),
        lambda: OutletsContext(
            page=view.page(OUTLETS_PATH, "Outlets"),
            coverage=build_coverage(view.groups, OUTLETS_PATH),
        ),
    )


def speakers_page(view: SiteView) -> PageSpec:
    """Each speaker with what they said across the briefing, most quoted first."""
    quotes = all_quotes(view.groups)
    named: list[BriefingQuote] = []
    unnamed: list[BriefingQuote] = []
    for quote in quotes:
        if quote.speaker:
            (unnamed if names_no_one(quote.speaker) else named).append(quote)

    def context() -> SpeakersContext:
        by_speaker: dict[str, list[BriefingQuote]] = {}
        for quote in named:
            by_speaker.setdefault(quote.speaker or "", []).append(quote)
        order = sorted(by_speaker, key=lambda name: (-len(by_speaker[name]), name.casefold()))
        anchors = unique_slugs(((name, name) for name in order), fallback="speaker")
        return SpeakersContext(
            page=view.page(SPEAKERS_PATH, "Speakers"),
            speakers=tuple(
                SpeakerView(
                    name=name,
                    anchor=anchors[name],
                    description=next(
                        (q.speaker_description for q in by_speaker[name] if q.speaker_description),
                        "",
                    ),
                    quotes=tuple(
                        view.sources.quote_view(q, SPEAKERS_PATH) for q in by_speaker[name]
                    ),
                )
                for name in order
            ),
            unattributed=len(quotes) - len(named) - len(unnamed),
            unnamed=tuple(view.sources.quote_view(q, SPEAKERS_PATH) for q in unnamed),
        )

    # Made from every event's quotations (quote_keys): the page lists each of them once.
    made_from = tuple(view.quote_keys[group.id] for group in view.groups)
    return PageSpec(SPEAKERS_PATH, "speakers.html", made_from, context)


def keyword_index_page(view: SiteView) -> PageSpec:
    """Every keyword with its article count."""
    links = [
        Link(f"{k.text} ({len(k.articles)})", relative(KEYWORDS_PATH, k.path))
        for k in view.keywords
    ]
    context = KeywordIndexContext(page=view.page(KEYWORDS_PATH, "Keywords"), keywords=links)
    return PageSpec(KEYWORDS_PATH, "keywords.html", context, lambda: context)


def keyword_pages(view: SiteView, keyword: Keyword) -> Iterator[PageSpec]:
    """A keyword's pages: the cards of its articles, 50 a page."""

    def context(part: ListPage) -> KeywordContext:
        return KeywordContext(
            page=view.page(part.path, part.title(keyword.text)),
            keyword=keyword.text,
            count=_among_keywords(len(keyword.articles)),
            search=Link(
                f"Search for every article that names \u201c{keyword.text}\u201d",
                relative(part.path, SEARCH_PATH) + "?q=" + urllib.parse.quote(keyword.text),
            ),
            cards=[view.shown_card(a, part.path, "h2") for a in part.articles],
            pager=part.pager,
        )

    for part in list_pages(keyword.path, keyword.articles):
        made_from = (len(keyword.articles), keyword.text, view.listed(part.articles))
        yield PageSpec(part.path, "keyword.html", made_from, functools.partial(context, part))


def search_page(view: SiteView) -> PageSpec:
    """The search form; its script and the index do the searching in the browser."""
    context = SearchContext(
        page=view.page(SEARCH_PATH, "Search", scripts=(INDEX_PATH, SCRIPT_PATH)),
        keywords_href=KEYWORDS_PATH,
        outlets_href=OUTLETS_PATH,
    )
    return PageSpec(SEARCH_PATH, "search.html", context, lambda: context)


def not_found_page(view: SiteView) -> PageSpec:
    """The 404 page. GitHub Pages serves it for a missing page at any depth, so relative links
    cannot work there: its links start from base_url (a path like "/repo/" or a full address)."""
    context = NotFoundContext(
        page=view.page(NOT_FOUND_PATH, "Page not found", root=view.config.base_url)
    )
    return PageSpec(NOT_FOUND_PATH, "404.html", context, lambda: context)


def _among_keywords(count: int) -> str:
    """'1 article with it among its keywords', '3 articles with it among their keywords'."""
    return f"{counted(count, 'article')} with it among {'its' if count == 1 else 'their'} keywords"
