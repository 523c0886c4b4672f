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
    # Article files (as `digest events` lists them, "articles/x.md") pinned to the event, as
    # front matter `event:` pins one: a pasted event keeps its articles whatever its date.
    articles: tuple[str, ...] = ()


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
    author: str = ""  # the byline: who wrote it ("Jane Doe, John Roe")
    # The editor's last word on cleaning: lines (or line prefixes) to keep and to drop; see
    # analysis.clean.clean for how a line matches.
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    # The line of the file each entry of `keep` and `drop` is written on (0 where unknown), in
    # the same order: a warning that an entry matches nothing points at it.
    keep_lines: tuple[int, ...] = ()
    drop_lines: tuple[int, ...] = ()
    event_line: int = 0  # the line `event` is written on (0 where unknown), for its warning


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
    # ("keep" or "drop", entry) for each front-matter entry that matched no line of the body.
    unmatched: tuple[tuple[str, str], ...] = ()
    # The short non-sentence lines the rules kept, before any site template was dropped: what
    # the briefing compares across one site's articles to find its template (templates.py).
    template_candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """The expensive per-article results, cached by content hash."""

    cleaned: CleanedArticle
    lead: str
    keywords: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()  # its direct quotations, with their speakers as it names them


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation: its verbatim words (no quote marks) and who said them, if clear."""

    text: str  # an exact substring of the article's text, at offset `start`
    speaker: str | None  # the fullest name in the article, a role ("a senior official"), or None
    speaker_description: str  # the role the article gives the speaker; "" when none
    paragraph: int  # index of the blank-line-separated block the quote is in
    start: int  # offset of `text` in the article's text
    how: str  # how the speaker was found (see analysis.quotes.HOW)


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """What an original says of one quotation of a rewrite.

    `status` is "verbatim", "reworded" (found with different words: `differences` lists each
    (rewrite's words, original's words)), "missing" (found nowhere in the part the original
    covers) or "unchecked": the original is an excerpt that stops before the place of the
    quotation, or another edit of the report with other words at that place (then `original`
    holds those words).
    `cut` says the original stops inside the quotation: only the part it holds was compared.
    """

    quote: str
    status: str
    source: str = ""  # the id of the original that settles it
    original: str = ""  # the original's words for it
    differences: tuple[tuple[str, str], ...] = ()
    cut: bool = False


# Of an article's own 5-grams another must share to be its copy. Here, not in copies.model
# (which loads numpy), so that pages can tell a rewrite from a copy by the same share.
MIN_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Share:
    """How much of one article's own text a copy of it shares."""

    other: str  # the copy's id
    fraction: float  # of the article's own 5-grams (outside quotations), 0 to 1


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a report came from, and how that was found."""

    name: str  # an agency ("AFP"), an outlet ("New York Post"), a URL; "" when unknown
    how: str  # e.g. "dateline '(AFP)'", "based_on", "earliest dated copy (2026-01-04)"
    article: str = ""  # the id of the copy that shows it


@dataclass(frozen=True, slots=True)
class Provenance:
    """What the briefing says of where an article's text came from: the copies of the same
    report (its copy group) and how its quotations compare with its original(s)."""

    copy_group: str | None = None  # an id shared by every copy of one report
    shared_with: tuple[Share, ...] = ()  # one per other copy, in the group's order
    origin: Origin | None = None  # the group's origin, if it has a group
    checks: tuple[QuoteCheck, ...] = ()  # its quotations against its original(s), if any


@dataclass(frozen=True, slots=True)
class Carrier:
    """An article that carries a quotation, and where."""

    article: str  # the article's id
    paragraph: int  # index of the paragraph it is in


@dataclass(frozen=True, slots=True)
class BriefingQuote:
    """One quotation of the briefing, with every article that carries it."""

    id: str
    speaker: str | None  # the briefing's one name for the speaker; None: unattributed
    speaker_description: str
    text: str
    articles: tuple[Carrier, ...]
    checks: tuple[tuple[str, QuoteCheck], ...] = ()  # (rewrite's id, check) for each rewrite


@dataclass(frozen=True, slots=True)
class DescribedDay:
    """The day an article reports on, and how that was found (for a reader to check)."""

    day: datetime.date | None
    basis: str  # "“Monday”, published 6 January", "published 6 January", "no date ..."
    preview: bool  # the text only looks ahead
    ahead: datetime.date | None = None  # the day its headline or lead looks ahead to, if any
    # Monday = 0: the weekday an undated article names for what it reports ("late Monday"),
    # still a clue to which of the briefing's days it describes.
    weekday: int | None = None
    # The day is named neither in the headline nor in the lead's first sentence: weaker, as the
    # sentences after the opening tell what came before ("It was on Sunday that ...").
    after_opening: bool = False


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence of an event's summary, verbatim from the article it names."""

    text: str
    article: str  # the article's id


# What an article is about (see briefing/discover/): its terms in order, and the weight of
# each. Two columns, not a pair a term: every build reads them back for every article.
Terms = tuple[tuple[str, ...], tuple[float, ...]]


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What one article file yields on its own; no other file can change it."""

    file: str  # path relative to the content folder, with forward slashes
    meta: FrontMatter
    title: str  # from the front matter, else the headline found in the body
    analysis: Analysis
    when: DescribedDay
    event: str  # the event the front matter pins it to (a configured id or "other"), or ""
    terms: Terms = ((), ())
    problems: tuple[Problem, ...] = ()
    # (field, value, how it was found) for each field the text states and the front matter does
    # not: "published" (YYYY-MM-DD) and "outlet" (see content/infer.py)
    inferred: tuple[tuple[str, str, str], ...] = ()
    # (nickname form, name) of each name its text calls by a nickname, lowercased ("butch
    # wilmore", "barry wilmore"): read once here, not from all texts on every build (see
    # keyword_names.unify_spellings)
    nicknames: tuple[tuple[str, str], ...] = ()


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
    # (field, how it was found) for each field read from the text, the front matter silent
    inferred: tuple[tuple[str, str], ...] = field(default=(), kw_only=True)
    author: str = field(default="", kw_only=True)  # the front matter's, else the byline's
    based_on: str
    lead: str
    keywords: tuple[str, ...]
    text: str
    removed: tuple[RemovedLine, ...]
    flags: tuple[str, ...]
    requested_event: str  # the front matter's pin, validated (see ArticleRecord.event)
    when: DescribedDay
    terms: Terms
    event: str | None  # set by grouping, with the reason; None for other coverage
    event_reason: str
    # A hash of everything the article was made from: equal digests mean equal articles. It
    # stands for the article in page fingerprints and cache keys, so it must be cheap.
    digest: str
    quotes: tuple[Quote, ...] = ()  # see Analysis
    provenance: Provenance = Provenance()  # set by briefing.provenance, which updates `digest`
    # The article as discovery knows it (its record's key and its id): unlike `digest`, it does
    # not change when another article changes the spelling of a keyword they share.
    discovery_key: str = field(default="", kw_only=True)


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
    quotes: tuple[BriefingQuote, ...] = ()  # the quotations its articles carry
