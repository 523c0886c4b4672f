"""What templates are given: one typed context per page kind, and the pieces pages share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.summary import blocks, quick_sentences
from generator.content.markdown import has_inline_markup, inline_html
from generator.links import Link, relative
from generator.models import Article, RemovedLine
from generator.site.coverage import CoverageMatrix
from generator.site.timeline import Timeline


def shown_inline(text: str) -> str:
    """A line of an article's Markdown (its lead, a quotation) for a template: rendered as the
    article's page renders it where it has inline markup ("**Washington (CNN)** --" showed its
    asterisks on every card), else as it is, for the template to escape."""
    return Markup(inline_html(text)) if has_inline_markup(text) else text


# An event's or a keyword's page lists this many articles, and pages of their own follow for the
# rest: a keyword on most of 10,000 articles would otherwise have one page of ~14 MB.
ARTICLES_PER_PAGE = 50


@dataclass(frozen=True)
class ArticleCard:
    """What a page shows of one article; hrefs are relative to the page that shows it."""

    href: str
    keywords: tuple[Link, ...]
    title: str
    source_url: str
    based_on: str
    outlet: str
    author: str
    published: str
    published_note: str
    inferred: tuple[tuple[str, str], ...]  # (field, how it was found in the text)
    lead: str
    flags: tuple[str, ...]
    unverified_quotes: int = 0  # quotations its original does not carry

    @property
    def source_label(self) -> str:
        """The link to the original, one way whatever the outlet's name holds: "Original
        source: Gazette", "Original source: Gazette (AP)"."""
        return f"Original source: {self.outlet}" if self.outlet else "Original source"


@dataclass(frozen=True)
class SummaryLine:
    """A sentence of a discovered event's summary and the article it is taken from."""

    text: str
    href: str
    source: str  # the article's outlet, else its title


@dataclass(frozen=True)
class CarrierView:
    """An outlet carrying a quotation, named once: one link, or one to each of its articles
    named by its date (by its headline where two share a date or have none)."""

    outlet: str  # its outlet, else its title when it has no outlet
    links: tuple[Link, ...]


@dataclass(frozen=True)
class QuoteView:
    """A quotation as a page shows it: who said it, and each article (outlet) carrying it."""

    id: str  # an anchor
    speaker: str  # "" when the articles leave it unclear
    description: str  # the role they give the speaker
    text: str
    carriers: tuple[CarrierView, ...]  # each outlet once, linking each of its carrying articles
    checks: tuple[str, ...]  # how it compares with the original of each rewrite carrying it
    flagged: bool  # a rewrite carries it and its original does not
    cut: bool = False  # the stored text ends inside it: shown with "…", never a closing mark


@dataclass(frozen=True)
class SpeakerView:
    name: str
    anchor: str
    description: str
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class Entry:
    """An article's card on a list, with the copies of the same report it stands for."""

    card: str  # the HTML of the card (the article_card macro's)
    also: tuple[Link, ...] = ()  # the copies, each linked to its page, named by its outlet
    origin: str = ""  # where the report came from, and how that was found
    rewrites: tuple[Link, ...] = ()  # copies retelling it in words mostly their own


@dataclass(frozen=True)
class ProvenanceView:
    """What an article page says of where its text came from."""

    copies: tuple[Link, ...]  # the other copies of the same report, with how much they share
    origin: str
    quotes: tuple[QuoteView, ...]  # who it quotes, and how each compares with the original
    rewrite: bool = False  # it retells the report in words mostly its own


@dataclass(frozen=True)
class EventCard:
    title: str
    href: str
    date: str
    summary: str
    count: str  # "3 articles"
    entries: tuple[Entry, ...]  # each article's card, copies of one report as one entry
    more: Link | None = None  # to the event page, when `entries` shows only some
    discovered: bool = False  # found by digest, not configured
    date_basis: str = ""
    summary_lines: tuple[SummaryLine, ...] = ()  # the summary chosen from the articles
    quotes: tuple[QuoteView, ...] = ()  # who said what (on the event's own page)


@dataclass(frozen=True)
class Pager:
    """Where a page of a long list stands among the pages the list takes."""

    number: int
    count: int
    previous: Link | None
    next: Link | None


@dataclass(frozen=True)
class Page:
    """What every template is told about the page it makes and the briefing it belongs to."""

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
class ArticleText:
    """An article's text, which becomes HTML only when a template shows it (Jinja2 calls
    __html__), and the lines cleaning took out of it."""

    text: str
    removed: tuple[RemovedLine, ...]
    to_html: Callable[[str], str]

    def __html__(self) -> str:
        return self.to_html(self.text)


@dataclass(frozen=True)
class IndexContext:
    page: Page
    timeline: Timeline | None
    events: list[EventCard]
    topics: tuple[Link, ...] = ()  # keywords nearly every article carries, shown here only


@dataclass(frozen=True)
class EventContext:
    page: Page
    event: EventCard
    pager: Pager | None


@dataclass(frozen=True)
class ArticleContext:
    page: Page
    article: ArticleCard
    story: ArticleText
    event: Link
    event_reason: str
    provenance: ProvenanceView
    # The lead stands in a box above the body only when it tells the reader something the top
    # of the body does not (views.tells_more): no one should read the same words twice.
    lead_box: bool = True


@dataclass(frozen=True)
class SpeakersContext:
    page: Page
    speakers: tuple[SpeakerView, ...]
    unattributed: int  # quotations whose speaker the articles leave unclear
    # Quotations of speakers no name identifies ("One resident", "Officials"), each shown with
    # its own speaker's words: two articles' "one resident" are not one person.
    unnamed: tuple[QuoteView, ...] = ()


@dataclass(frozen=True)
class OutletsContext:
    page: Page
    coverage: CoverageMatrix


@dataclass(frozen=True)
class KeywordIndexContext:
    page: Page
    keywords: list[Link]


@dataclass(frozen=True)
class KeywordContext:
    page: Page
    keyword: str
    count: str
    # A keyword page lists the articles that have it among their keywords, not every article
    # naming it (an article's keywords are its ten most telling terms): search finds those.
    search: Link
    cards: list[str]
    pager: Pager | None


@dataclass(frozen=True)
class SearchContext:
    page: Page
    keywords_href: str
    outlets_href: str


@dataclass(frozen=True)
class NotFoundContext:
    page: Page


@dataclass(frozen=True)
class ListPage:
    """One of the pages a list of articles takes: the first at the list's own path, the
    others beside it (events/summit.html, events/summit.2.html, ...)."""

    path: str
    articles: Sequence[Article]
    pager: Pager | None  # None when the list takes one page

    @property
    def first(self) -> bool:
        return self.pager is None or self.pager.number == 1

    def title(self, list_title: str) -> str:
        if self.first:
            return list_title
        return f"{list_title} (page {self.pager.number} of {self.pager.count})"


# How far down the body a reader sees at once, in paragraphs (headings and lists between them
# not counted): a lead whose every sentence stands there would be read twice.
TOP_PARAGRAPHS = 4


def tells_more(text: str, lead: str) -> bool:
    """Whether the lead says something the top of the body does not: some sentence of it is
    not in the body's first TOP_PARAGRAPHS paragraphs (a standfirst or a heading above them,
    a dateline the lead starts after, do not count), however the lines of either are broken."""
    paragraphs = [block.text for block in blocks(text) if block.kind == "paragraph"]
    top = "\n".join(" ".join(paragraph.split()) for paragraph in paragraphs[:TOP_PARAGRAPHS])
    return any(" ".join(sentence.split()) not in top for sentence in quick_sentences(lead))


def list_pages(path: str, articles: Sequence[Article]) -> list[ListPage]:
    """The pages a list of articles at `path` takes, ARTICLES_PER_PAGE a page.

    A slug is lowercase letters, digits and hyphens, so no slug's page is named like another's
    second page ("summit.2.html")."""
    count = max(1, -(-len(articles) // ARTICLES_PER_PAGE))
    stem = path.removesuffix(".html")
    paths = [path] + [f"{stem}.{number}.html" for number in range(2, count + 1)]
    return [_list_page(paths, index, articles) for index in range(count)]


def _list_page(paths: list[str], index: int, articles: Sequence[Article]) -> ListPage:
    path, count = paths[index], len(paths)
    pager = None
    if count > 1:
        before = Link("Previous", relative(path, paths[index - 1])) if index else None
        after = Link("Next", relative(path, paths[index + 1])) if index + 1 < count else None
        pager = Pager(index + 1, count, before, after)
    start = index * ARTICLES_PER_PAGE
    return ListPage(path, articles[start : start + ARTICLES_PER_PAGE], pager)
