"""How pages name the articles they refer to, where a report came from, and what a rewrite's
quotations were checked against: the words of copies, origins and checks, for every page kind."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

from generator.analysis.quotes.listing import cut_off
from generator.briefing.provenance import ORIGINAL_REPORT, checked_against, rewritten
from generator.fingerprints import described
from generator.links import Link, relative
from generator.models import Article, BriefingQuote, Origin, Provenance, QuoteCheck
from generator.site.dates import short_date
from generator.site.views import CarrierView, ProvenanceView, QuoteView, shown_inline
from generator.urls import normalise

_NO_PROVENANCE = Provenance()
# How a quotation of a rewrite compares with what it was checked against (provenance.
# checked_against: its original report, or the other copies of its report), by QuoteCheck.status.
_CHECK_WORDS = {
    "verbatim": "found word for word in {against}",
    "reworded": "found in {against} with different words",
    "missing": "not in {against}",
    "unchecked": "could not check: the stored {stored} before this point",
}
# An unchecked quotation whose original has other words in its place (QuoteCheck.original):
# another edit of the report, cut or written otherwise there.
_OTHER_EDIT = "could not check: {against} {have} other words at this point"


class Sources:
    """The briefing's articles as other pages name them, with their copy groups."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self.articles = articles
        self._copies: dict[str, list[str]] = {}  # the ids of each copy group's articles
        for article in articles.values():
            if article.provenance.copy_group:
                self._copies.setdefault(article.provenance.copy_group, []).append(article.id)
        self._copies_named: dict[str, str] = {}  # see provenance_facts
        self._facts: dict[str, object] = {}  # provenance_facts by article id
        self._rewrites: dict[str, bool] = {}  # is_rewrite by article id
        self._copy_names: dict[str, str] = {}  # _copy_name by article id

    def is_rewrite(self, article_id: str) -> bool:
        """provenance.rewritten() of an article, worked out once a build: each page of a
        copy group names every other copy, a rewrite or not, and weighing a copy's shares
        with each of thirty others on each of thirty pages was a tenth of a cold build's
        rendering."""
        found = self._rewrites.get(article_id)
        if found is None:
            found = self._rewrites[article_id] = rewritten(self.articles[article_id])
        return found

    def copy_named(self, copy: Article, lead: Article) -> str:
        """A copy as its report's entry names it: its outlet, and its headline if its own."""
        name, title = self.source_name(copy.id), copy.title
        same = " ".join(title.casefold().split()) == " ".join(lead.title.casefold().split())
        return name if same or not title else f"{name}, as “{title}”"

    def original_of(self, members: Sequence[Article]) -> Article:
        """The copy a report's entry shows, the others being "also published": the one another
        copy's `based_on` names, else the one its origin was found in (the agency's own, or
        the earliest of those crediting it), else the earliest dated, else the first listed."""
        urls = {normalise(a.based_on) for a in members if a.based_on}
        named = [a for a in members if a.url and normalise(a.url) in urls]
        origin = members[0].provenance.origin
        found = [a for a in members if origin and a.id == origin.article]
        dated = sorted((a for a in members if a.published), key=lambda a: (a.published, a.id))
        return (named or found or dated or list(members))[0]

    def source_name(self, article_id: str) -> str:
        """How a page names an article it refers to: its outlet, else its title."""
        article = self.articles[article_id]
        return article.outlet or article.title

    def origin_words(self, origin: Origin | None) -> str:
        """Where a report came from and how that was found, for a reader."""
        if origin is None or not origin.name:
            return ""
        shown_by = self.source_name(origin.article) if origin.article in self.articles else ""
        # Set off by a comma, not brackets: how it was found brackets words of its own, "dateline
        # '(AP) —' in Gazette (AP)". The earliest dated copy is named by its outlet, and an
        # outlet's name quoted already: "in" it again would say it twice.
        return (
            f"{origin.name}, {origin.how} in {shown_by}"
            if shown_by and shown_by != origin.name and f"'{shown_by}'" not in origin.how
            else f"{origin.name}, {origin.how}"
        )

    def quote_view(self, quote: BriefingQuote, from_page: str) -> QuoteView:
        return QuoteView(
            id=quote.id,
            speaker=quote.speaker or "",
            description=quote.speaker_description,
            text=shown_inline(quote.text),
            # Each article once, though it may repeat the quotation.
            carriers=self.carriers(dict.fromkeys(c.article for c in quote.articles), from_page),
            # Where quotations are listed, a note only where it tells something: not for one
            # found word for word, nor for one a copy of a wire report carries past the end of
            # a shorter copy (a rewrite naming its original keeps that note).
            checks=tuple(
                f"{self.source_name(rewrite)}: {self.check_words(check, rewrite)}"
                for rewrite, check in quote.checks
                if check.status != "verbatim"
                and (check.status != "unchecked" or self.articles[rewrite].based_on)
            ),
            flagged=any(check.status == "missing" for _, check in quote.checks),
        )

    def carriers(self, article_ids: Iterable[str], from_page: str) -> tuple[CarrierView, ...]:
        """The outlets of the articles carrying a quotation, each named once ("In Nation (Kenya),
        Nation (Kenya)" told a reader nothing of the second link), in the articles' order."""
        by_name: dict[str, list[Article]] = {}
        for article_id in article_ids:
            by_name.setdefault(self.source_name(article_id), []).append(self.articles[article_id])
        return tuple(
            CarrierView(name, _carrier_links(name, articles, from_page))
            for name, articles in by_name.items()
        )

    def check_words(self, check: QuoteCheck, rewrite: str) -> str:
        against = checked_against(self.articles[rewrite], check.source, self.articles)
        stored = "original stops" if against == ORIGINAL_REPORT else "copies stop"
        if check.status == "unchecked" and check.original:
            have = "has" if against == ORIGINAL_REPORT else "have"
            words = _OTHER_EDIT.format(against=against, have=have)
        else:
            words = _CHECK_WORDS[check.status].format(against=against, stored=stored)
        if check.source in self.articles:
            words += f" (checked against {self.source_name(check.source)})"
        if check.status == "unchecked" and check.original:
            words += f": “{check.original}”"
        if check.differences:
            changes = "; ".join(
                f"“{ours}” where it has “{theirs}”" for ours, theirs in check.differences
            )
            words += f": {changes}"
        return words

    def quotes_facts(self, quotes: Sequence[BriefingQuote]) -> object:
        """What quote views are made from: the quotations and the names of their articles."""
        names = (
            {c.article for q in quotes for c in q.articles}
            | {check.source for q in quotes for _, check in q.checks}
            | {rewrite for q in quotes for rewrite, _ in q.checks}
        )
        against = tuple(  # what each check was against: its original, or the other copies
            checked_against(self.articles[rewrite], check.source, self.articles)
            for q in quotes
            for rewrite, check in q.checks
        )
        return (
            tuple(map(_spelt_out, quotes)),
            against,
            sorted(
                (i, self.source_name(i), self.articles[i].path) for i in names if i in self.articles
            ),
        )

    def provenance(self, article: Article, from_page: str) -> ProvenanceView:
        """Where the article's text came from, and who it quotes."""
        found = article.provenance
        checks = {check.quote: check for check in found.checks}
        return ProvenanceView(
            copies=tuple(
                Link(
                    f"{self._copy_name(share.other)} (shares {share.fraction:.0%} of this text)",
                    relative(from_page, self.articles[share.other].path),
                )
                for share in found.shared_with
            ),
            rewrite=self.is_rewrite(article.id),
            origin=self.origin_words(found.origin),
            quotes=tuple(
                QuoteView(
                    id=f"quote-{number}",
                    speaker=quote.speaker or "",
                    description=quote.speaker_description,
                    text=shown_inline(quote.text),
                    carriers=(),
                    checks=(self.check_words(checks[quote.text], article.id),)
                    if quote.text in checks
                    else (),
                    flagged=quote.text in checks and checks[quote.text].status == "missing",
                    cut=cut_off(article.text, quote),
                )
                for number, quote in enumerate(article.quotes, 1)
            ),
        )

    def _copy_name(self, copy: str) -> str:
        """A copy as an article page lists it: a rewrite of the report is said to be one.
        Named once a build: each of a copy group's pages names every other copy."""
        name = self._copy_names.get(copy)
        if name is None:
            name = self.source_name(copy)
            name = self._copy_names[copy] = f"{name}, a rewrite" if self.is_rewrite(copy) else name
        return name

    def provenance_facts(self, article: Article) -> object:
        """What an article's provenance view is made from besides the article itself: the
        names and pages of its copies (of all its copy group's articles, hashed once per group:
        a wire story on a hundred sites is on a hundred pages, each naming the other copies),
        and of its origin and the originals its quotations were checked against."""
        facts = self._facts.get(article.id)
        if facts is None:  # (an article's page and the cards of its copies' event ask)
            facts = self._facts[article.id] = self._provenance_facts(article)
        return facts

    def _provenance_facts(self, article: Article) -> object:
        found = article.provenance
        if found == _NO_PROVENANCE:
            return ()
        related = {c.source for c in found.checks}
        related |= {found.origin.name, found.origin.article} if found.origin else set()
        against = tuple(checked_against(article, c.source, self.articles) for c in found.checks)
        return self._copies_facts(found.copy_group), self._named(related), against

    def _copies_facts(self, copy_group: str | None) -> str:
        if copy_group is None:
            return ""
        facts = self._copies_named.get(copy_group)
        if facts is None:
            ids = self._copies[copy_group]
            rewrites = [i for i in ids if self.is_rewrite(i)]
            facts = self._copies_named[copy_group] = described(repr((self._named(ids), rewrites)))
        return facts

    def _named(self, ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(id, name, page) of each of these articles the briefing has, in id order."""
        return sorted(
            (i, self.source_name(i), self.articles[i].path) for i in ids if i in self.articles
        )


@functools.lru_cache(maxsize=1 << 15)
def _spelt_out(quote: BriefingQuote) -> str:
    """A hash of repr(quote), kept by its value (equal quotations are spelled alike) across the
    builds of one process: watch mode's rebuilds fingerprint the same thousands of quotations,
    and spelling them all out again was a twentieth of a rebuild."""
    return described(repr(quote))


def _carrier_links(name: str, articles: Sequence[Article], from_page: str) -> tuple[Link, ...]:
    """Links to one outlet's articles: by its name for one, by date for several, by headline
    where dates cannot tell them apart."""
    if len(articles) == 1:
        return (Link(name, relative(from_page, articles[0].path)),)
    dates = [short_date(a.published) for a in articles]
    by_date = all(dates) and len(set(dates)) == len(dates)
    return tuple(
        Link(date if by_date else a.title, relative(from_page, a.path))
        for date, a in zip(dates, articles, strict=True)
    )
