"""The plain, frozen data that passes between the build stages."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class EventSpec:
    """One event as the editor defined it in briefing.toml."""

    id: str
    title: str
    date: datetime.date
    terms: tuple[str, ...] = ()
    summary: str = ""


@dataclass(frozen=True, slots=True)
class BriefingConfig:
    """The validated contents of briefing.toml."""

    title: str
    description: str = ""
    base_url: str = "/"
    events: tuple[EventSpec, ...] = ()
    discover: bool = True  # articles that fit no configured event form events of their own


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the content, worded for the person who wrote it."""

    file: str
    message: str
    line: int | None = None
    level: str = "warning"  # "warning", or "error" for a file that could not be built

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The optional metadata at the top of an article file; empty strings mean unknown."""

    title: str = ""
    url: str = ""
    outlet: str = ""
    published: datetime.date | None = None
    published_note: str = ""
    based_on: str = ""
    event: str = ""


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """An article file as read from disk: metadata plus the untouched scraped body."""

    file: str  # path relative to the content folder, with forward slashes
    meta: FrontMatter
    body: str
    body_line: int = 1  # line of the file on which the body starts


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner dropped, and why."""

    line: str
    reason: str


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """An article body with the web boilerplate taken out.

    `text` is Markdown: paragraphs separated by blank lines, subheadings as "## ",
    list items as "- ". `headline` is the first headline-like line of the raw body
    (removed from `text`), used when the front matter gives no title.
    """

    text: str
    removed: tuple[RemovedLine, ...] = ()
    flags: tuple[str, ...] = ()
    headline: str = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    """The expensive per-article results, cached by content hash."""

    cleaned: CleanedArticle
    lead: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DescribedDay:
    """The day an article reports on, and how that was found (for a reader to check)."""

    day: datetime.date | None
    basis: str  # "“Monday”, published 6 January", "published 6 January", "no date ..."
    preview: bool  # the text only looks ahead
    ahead: datetime.date | None = None  # the day its headline or lead looks ahead to, if any


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of an event's summary, verbatim from the article it names."""

    text: str
    article: str  # the article's id


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What one article file yields on its own; no other file can change it."""

    file: str  # path relative to the content folder, with forward slashes
    meta: FrontMatter
    title: str  # from the front matter, else the headline found in the body
    analysis: Analysis
    when: DescribedDay
    event: str  # the event the front matter pins it to (a configured id or "other"), or ""
    terms: tuple[tuple[str, float], ...] = ()  # what it is about, weighted (see discover.py)
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A fully processed article, ready to render."""

    id: str
    file: str
    path: str  # the article page, relative to the site root
    title: str
    url: str
    outlet: str
    published: datetime.date | None
    published_note: str
    based_on: str
    lead: str
    keywords: tuple[str, ...]
    text: str
    removed: tuple[RemovedLine, ...]
    flags: tuple[str, ...]
    requested_event: str  # the front matter's pin, validated (see ArticleRecord.event)
    when: DescribedDay
    terms: tuple[tuple[str, float], ...]  # see ArticleRecord
    event: str | None  # set by grouping, with the reason; None for other coverage
    event_reason: str
    # A hash of everything the article was made from: equal digests mean equal articles. It
    # stands for the article in page fingerprints and cache keys, so it must be cheap.
    digest: str


@dataclass(frozen=True, slots=True)
class EventGroup:
    """An event with the articles grouped under it; `date` is None for other coverage and for
    a discovered event whose articles give no date."""

    id: str
    title: str
    date: datetime.date | None
    summary: str
    path: str
    articles: tuple[Article, ...] = field(default_factory=tuple)
    discovered: bool = False  # found by the build, not configured in briefing.toml
    date_basis: str = ""  # how the date was found
    summary_sentences: tuple[SummarySentence, ...] = ()  # a discovered event's summary
