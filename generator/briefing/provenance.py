"""Where the briefing's words came from: which articles are copies of one report, how a
rewrite's quotations compare with its original, and who said what across the briefing.

Runs once the articles are in their events, over the whole briefing: copy detection reads
every article (copies.copy_groups, which compares no two full texts unless a sample of their
5-grams says they share some), quotations come from each article's cached analysis, and only
rewrites (an article with a `based_on` in the briefing, or a copy of a report) have their
quotations checked, against their originals only.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from generator import codec
from generator.analysis.pictures import PICTURE_PARTS
from generator.analysis.quotes.listing import listed
from generator.briefing.assemble import article_site
from generator.briefing.speakers import canonical_descriptions, canonical_speakers, overlaps_joined
from generator.fingerprints import described
from generator.models import (
    MIN_SHARE,
    Article,
    BriefingQuote,
    Carrier,
    EventGroup,
    Origin,
    Provenance,
    Quote,
    QuoteCheck,
    RemovedLine,
)
from generator.urls import normalise

if TYPE_CHECKING:
    from generator.briefing.copies import CopyGroup, Keeper, Member, Source


MOST_COPIES_CHECKED = 5  # other copies a copy's quotations are looked up in


def trace(
    groups: Sequence[EventGroup],
    keeper: Keeper | None = None,
    known: dict[str, Article] | None = None,
    sources: dict[str, Source] | None = None,
) -> tuple[EventGroup, ...]:
    """The events with each article's quotations under the briefing's one name for each
    speaker and its provenance set, and each event's quotations listed. Copy detection keeps
    what it measured in `keeper` (the build cache) for the next build, as well as in this
    process. `known`, the articles an earlier call traced, by their digests (watch mode keeps
    them), are reused where they come out the same; it is left holding this call's. So is
    `sources`, the articles as copy detection read them, by digest."""
    # Imported here: it imports numpy (~80 ms), which a build that changes nothing never needs.
    from generator.briefing.copies import copy_groups

    articles = [article for group in groups for article in group.articles]
    if keeper and not known:  # (a watch session's later builds have them in this process)
        _take_kept_facts(keeper)
    quotes = {article.id: article.quotes for article in articles}
    names = canonical_speakers(quotes)
    speakers = Speakers(names, canonical_descriptions(quotes, names))
    read = _sources(articles, sources)
    named_by = _named_originals(articles)
    found = _with_named_origins(copy_groups(read, keeper), read, set(named_by.values()))
    origins = _own_origins(read, found, {article.id: article.digest for article in articles})
    checking = _kept_checks(keeper.checks()) if keeper else _checking_here
    made = dict(
        _with_provenance(articles, speakers, found, origins, named_by, known or {}, checking)
    )
    if known is not None:
        known.clear()
        known.update((article.digest, article) for article in made.values())
    traced = {article.id: made.get(article.id, article) for article in articles}
    event_of = {
        article.id: number for number, group in enumerate(groups) for article in group.articles
    }
    carried: list[list[BriefingQuote]] = [[] for _ in groups]
    listed = overlaps_joined(briefing_quotes(list(traced.values())))
    for quote in listed:
        for number in dict.fromkeys(event_of[carrier.article] for carrier in quote.articles):
            carried[number].append(quote)
    traced = _with_speakers_found_elsewhere(traced, listed)
    if keeper and known is None:  # a single build: the next build command reads them
        _keep_facts(keeper, articles)
    return tuple(
        dataclasses.replace(
            group,
            articles=tuple(traced[article.id] for article in group.articles),
            quotes=tuple(carried[number]),
        )
        for number, group in enumerate(groups)
    )


def _with_speakers_found_elsewhere(
    articles: dict[str, Article], listed: Sequence[BriefingQuote]
) -> dict[str, Article]:
    """The articles, each quotation an excerpt cut off before its speaker given the speaker
    the briefing's list gives it (the whole quotation, in another article, names them): an
    article's page says what its event's page says."""
    found = {
        (carrier.article, carrier.paragraph): quote
        for quote in listed
        if quote.speaker is not None
        for carrier in quote.articles
    }
    changed = {}
    for article in articles.values():
        quotes = tuple(
            dataclasses.replace(
                quote,
                speaker=whole.speaker,
                speaker_description=whole.speaker_description,
                how="repeated",  # the whole quotation, in another article, names them
            )
            if quote.speaker is None
            and (whole := found.get((article.id, quote.paragraph))) is not None
            and _plain(whole.text).startswith(_plain(quote.text))
            else quote
            for quote in article.quotes
        )
        if quotes != article.quotes:
            changed[article.id] = dataclasses.replace(article, quotes=quotes)
    return articles | changed


def rewritten(article: Article) -> bool:
    """Whether an article of a copy group retells the report in words mostly its own (it
    shares less than MIN_SHARE of its text with each other copy): pages list it as a
    rewrite, not as the same report published again."""
    shares = article.provenance.shared_with
    return bool(shares) and max(share.fraction for share in shares) < MIN_SHARE


def all_quotes(groups: Sequence[EventGroup]) -> tuple[BriefingQuote, ...]:
    """Each quotation of the briefing once (an event lists those its articles carry), in the
    order trace() found them."""
    return tuple({quote.id: quote for group in groups for quote in group.quotes}.values())


class Speakers(NamedTuple):
    """The briefing's one name for each (article, speaker), and its one description for each
    name (the fullest any article gives: "South Korea's President" over "President")."""

    names: dict[tuple[str, str], str]
    descriptions: dict[str, str]


def _named(article: Article, speakers: Speakers) -> tuple[Quote, ...]:
    """The article's quotations with each speaker under the briefing's name and description
    for them, and no description that only says the name again ("prosecutors, prosecutors")."""
    return tuple(
        _renamed(quote, speakers.names[article.id, quote.speaker], speakers.descriptions)
        if quote.speaker
        else quote
        for quote in article.quotes
    )


def _renamed(quote: Quote, name: str, descriptions: dict[str, str]) -> Quote:
    description = descriptions.get(name) or quote.speaker_description
    said_again = description.casefold() in (name.casefold(), (quote.speaker or "").casefold())
    if said_again:
        description = ""
    if name == quote.speaker and description == quote.speaker_description:
        return quote
    return dataclasses.replace(quote, speaker=name, speaker_description=description)


def _sources(articles: Sequence[Article], kept: dict[str, Source] | None) -> list[Source]:
    """Each article as copy detection reads it; the one `kept` by its digest if there is one
    (an unchanged article), and `kept` left holding these. Copy detection looks each source up
    by its fields: a source made again hashes its whole text anew, one kept has its text's
    hash already; with the joining of removed lines, a twentieth of a watch rebuild."""
    if kept is None:
        return [_source(article) for article in articles]
    earlier = dict(kept)
    kept.clear()
    for article in articles:
        source = earlier.get(article.digest)
        kept[article.digest] = _source(article) if source is None else source
    return [kept[article.digest] for article in articles]


def _named_originals(articles: Sequence[Article]) -> dict[str, str]:
    """The id of the article each article's `based_on` names, if the briefing has it, or ""."""
    if not any(article.based_on for article in articles):  # no original is looked up
        return dict.fromkeys((article.id for article in articles), "")
    by_url = {normalise(article.url): article for article in articles if article.url}
    return {article.id: _named_original(article, by_url) for article in articles}


def _with_named_origins(
    found: Sequence[CopyGroup], read: Sequence[Source], named: set[str]
) -> Sequence[CopyGroup]:
    """The groups, the origin of each holding a copy a rewrite names as its original found
    again with that copy first where the copies tell no more (the same credit, the same day):
    copy detection reads each group alone, not the rewrites outside it that name its copies,
    and a page naming one copy as the report and the rewrite's another misleads."""
    from generator.briefing.copies import origin

    named = named - {""}
    if not named:
        return found
    by_id = {source.id: source for source in read}
    return tuple(
        dataclasses.replace(group, origin=origin([by_id[i] for i in group.ids], named))
        if named.intersection(group.ids)
        else group
        for group in found
    )


def _own_origins(
    read: Sequence[Source], found: Sequence[CopyGroup], digests: Mapping[str, str]
) -> dict[str, Origin]:
    """The origin each article that is no copy names itself (a group's is its copies'), of
    articles with the `digests` (by id)."""
    copies = {member.id for group in found for member in group.members}
    named = (
        (source.id, _own_origin(source, digests[source.id]))
        for source in read
        if source.id not in copies
    )
    return {article: origin for article, origin in named if origin is not None}


_OWN_ORIGINS: dict[str, Origin | None] = {}  # by article digest, as _SHOWN


def _own_origin(source: Source, digest: str) -> Origin | None:
    """copies.own_origin of the source of the article with this digest."""
    from generator.briefing.copies import own_origin

    if digest not in _OWN_ORIGINS:
        if len(_OWN_ORIGINS) >= _SHOWN_MOST:
            _OWN_ORIGINS.clear()
        _OWN_ORIGINS[digest] = own_origin(source)
    return _OWN_ORIGINS[digest]


@dataclass(frozen=True)
class _KeptFacts:
    """What trace() finds of each article alone, by the article's digest (which covers all of
    digest's code: new code finds none): its own origin, if it is no copy, and the numbers of
    its quotations listed. A build command keeps them for the next, which worked them out
    again for every article (a fifteenth of the build after an edit)."""

    origins: dict[str, Origin | None]
    shown: dict[str, tuple[int, ...]]


def _take_kept_facts(keeper: Keeper) -> None:
    """Into this process's memos, the facts the last build command kept, if readable."""
    text = keeper.facts()
    try:
        kept = codec.loads(_KeptFacts, text) if text else None
    except codec.DecodeError:  # kept by other code: worked out again
        return
    if kept is None or len(_SHOWN) + len(kept.shown) > _SHOWN_MOST:
        return
    for digest, origin in kept.origins.items():
        _OWN_ORIGINS.setdefault(digest, origin)
    for digest, shown in kept.shown.items():
        _SHOWN.setdefault(digest, frozenset(shown))


def _keep_facts(keeper: Keeper, articles: Sequence[Article]) -> None:
    """Keep the facts of these articles (of no others: what is kept never grows)."""
    digests = [article.digest for article in articles]
    kept = _KeptFacts(
        {digest: _OWN_ORIGINS[digest] for digest in digests if digest in _OWN_ORIGINS},
        {digest: tuple(sorted(_SHOWN[digest])) for digest in digests if digest in _SHOWN},
    )
    keeper.keep_facts(codec.dumps(kept))


def credit_lines(removed: Sequence[RemovedLine]) -> str:
    """The lines the cleaner removed that may credit the story's source: all but a picture's
    ("Reuters" under a photo credits the photo)."""
    return "\n".join(line.line for line in removed if line.reason not in PICTURE_PARTS)


def _source(article: Article) -> Source:
    """An article as copy detection reads it; lines the cleaner removed may credit an agency."""
    from generator.briefing.copies import Source

    return Source(
        id=article.id,
        text=article.text,
        site=article_site(article.url, article.outlet),
        published=article.published,
        outlet=article.outlet,
        based_on=article.based_on,
        credit_text=credit_lines(article.removed),
    )


def _with_provenance(
    articles: list[Article],
    speakers: Speakers,
    found: Sequence[CopyGroup],
    origins: Mapping[str, Origin],
    named_by: Mapping[str, str],
    known: dict[str, Article],
    checking: _Checking,
) -> Iterable[tuple[str, Article]]:
    """(id, the article traced) of each article whose provenance or quotations' speakers the
    briefing sets; the one in `known` with its digest, if any. `named_by` gives the id of the
    original each article names ("" for none)."""
    by_id = {article.id: article for article in articles}
    group_of = {member.id: group for group in found for member in group.members}
    member_of = {member.id: member for group in found for member in group.members}
    ranked = {group.members[0].id: _ranked(group, by_id) for group in found}
    # An article a rewrite names as its original is never checked against the other copies
    # of its report: its rewrite is one of them.
    named = set(named_by.values())
    originals = [
        _originals(
            a, None if a.id in named else group_of.get(a.id), group_of, by_id, named_by, ranked
        )
        for a in articles
    ]
    all_checks = _checks(articles, originals, named_by, checking)
    for article, checks in zip(articles, all_checks, strict=True):
        group, member = group_of.get(article.id), member_of.get(article.id)
        provenance = Provenance(
            copy_group=group.members[0].id if group else None,
            shared_with=member.shares if member else (),
            origin=group.origin if group else origins.get(article.id),
            checks=checks,
        )
        quotes = _named(article, speakers)
        if provenance == _NONE and quotes == article.quotes:
            continue
        digest = _digest(article, provenance, quotes, member)
        traced = known.get(digest)
        if traced is None:
            changes = {"quotes": quotes, "provenance": provenance, "digest": digest}
            traced = dataclasses.replace(article, **changes)
        yield article.id, traced


_NONE = Provenance()


def _digest(
    article: Article, provenance: Provenance, quotes: tuple[Quote, ...], member: Member | None
) -> str:
    """The digest stands for the article in page fingerprints: it must cover what the other
    articles of the briefing decide of it. The shares go in as the digest their member was
    made with: a report on thirty sites is 870 shares to hash on every build otherwise."""
    rest = (provenance.copy_group, provenance.origin, provenance.checks)
    return _spelled_digest(article.digest, rest, member.digest if member else "", quotes)


# Kept by what it is made from (equal values are spelled alike): watch mode traces the same
# articles after each save, and spelling out their quotations was a twentieth of it.
@functools.lru_cache(maxsize=1 << 15)
def _spelled_digest(digest: str, rest: tuple[object, ...], shares: str, quotes: object) -> str:
    return described(f"{digest}\0{rest!r}\0{shares}\0{quotes!r}")


def _named_original(article: Article, by_url: dict[str, Article]) -> str:
    """The id of the article the briefing has that `article`'s `based_on` names, or ""."""
    named = by_url.get(normalise(article.based_on)) if article.based_on else None
    return named.id if named is not None and named.id != article.id else ""


def _originals(
    article: Article,
    group: CopyGroup | None,
    group_of: dict[str, CopyGroup],
    by_id: dict[str, Article],
    named_by: Mapping[str, str],
    ranked: dict[str, list[Article]],
) -> list[Article]:
    """What the article's quotations are checked against: the article its `based_on` names,
    if the briefing has it (`named_by`), and, for a copy that is not where its report came
    from, the other copies, as `ranked` (by group) orders them."""
    named = by_id.get(named_by[article.id])
    originals = []
    if named is not None:
        # The report it names, and that report's copies: they may reach further.
        named_group = group_of.get(named.id)
        originals = (
            [named] + [by_id[i] for i in named_group.ids if i != named.id]
            if named_group
            else [named]
        )
    if group is not None and group.origin.article != article.id:
        copies = (
            copy
            for copy in ranked[group.members[0].id]
            if copy.id != article.id and copy not in originals
        )
        originals += list(islice(copies, MOST_COPIES_CHECKED))
    return [original for original in originals if original.id != article.id]


def _ranked(group: CopyGroup, by_id: dict[str, Article]) -> list[Article]:
    """A group's copies in the order a copy's quotations are checked against them: the copy
    that names the origin, then those that reach furthest (the one reaching furthest settles a
    quotation the others stop before). Only the first few are: wire copy on a hundred sites
    would otherwise check each copy against ninety-nine others."""
    copies = [by_id[member.id] for member in group.members]
    return sorted(
        copies, key=lambda copy: (copy.id != group.origin.article, -len(copy.text), copy.id)
    )


# A rewrite's quotations to check: its text, its quotations' words, its originals (id, text),
# and the id of the one it names as its original ("" for none).
_Request = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], str]
_Checking = Callable[[list[_Request]], list[tuple[QuoteCheck, ...]]]


def _checks(
    articles: list[Article],
    originals: list[list[Article]],
    named_by: dict[str, str],
    checking: _Checking,
) -> list[tuple[QuoteCheck, ...]]:
    """Each article's quotation checks against its originals (none without either); the one
    its `based_on` names (`named_by`) is its original, the others copies of its report."""
    asked = [i for i, article in enumerate(articles) if originals[i] and article.quotes]
    answers = checking(
        [
            (
                articles[i].text,
                tuple(quote.text for quote in articles[i].quotes),
                tuple((original.id, original.text) for original in originals[i]),
                named_by[articles[i].id],
            )
            for i in asked
        ]
    )
    checks: list[tuple[QuoteCheck, ...]] = [()] * len(articles)
    for i, answer in zip(asked, answers, strict=True):
        checks[i] = answer
    return checks


def _checking_here(requests: list[_Request]) -> list[tuple[QuoteCheck, ...]]:
    return [_checked(*request) for request in requests]


@dataclass(frozen=True)
class _Checks:
    checks: tuple[QuoteCheck, ...]


def _kept_checks(remember_all: Callable[[list[str], Callable[[int], str]], list[str]]) -> _Checking:
    """_checked, its answers kept in the build cache: checking the quotations of a briefing's
    rewrites took seconds (the ~2,000 quotations of 1,000 benchmark articles, 10 s), and every
    build command did it again for every rewrite; now only those whose text, quotations or
    originals changed."""

    def checking(requests: list[_Request]) -> list[tuple[QuoteCheck, ...]]:
        keys = [_request_key(*request) for request in requests]
        made = remember_all(keys, lambda i: codec.dumps(_Checks(_checked(*requests[i]))))
        return [_read_checks(kept, request) for kept, request in zip(made, requests, strict=True)]

    return checking


# Kept by the request: watch mode asks for the same rewrites' checks after each save, and
# spelling out hundreds of keys again was a twentieth of its rebuild.
@functools.lru_cache(maxsize=1 << 12)
def _request_key(
    text: str, quotes: tuple[str, ...], originals: tuple[tuple[str, str], ...], named: str
) -> str:
    """The key a rewrite's checks are kept under, named by hashes: spelling out the texts of
    hundreds of rewrites and of the copies they are checked against, on every build, cost a
    third of a watch-mode rebuild."""
    hashed_originals = [(i, _hashed(t)) for i, t in originals]
    return codec.dumps((_hashed(text), [*map(_hashed, quotes)], hashed_originals, named))


def _read_checks(kept: str, request: _Request) -> tuple[QuoteCheck, ...]:
    try:
        return _decoded_checks(kept)
    except ValueError:  # kept by other code, or damaged: checked again
        return _checked(*request)


@functools.lru_cache(maxsize=1 << 12)  # the same answers, build after build in watch mode
def _decoded_checks(kept: str) -> tuple[QuoteCheck, ...]:
    return codec.loads(_Checks, kept).checks


# watch mode hashes the same texts after each save
_hashed = functools.lru_cache(maxsize=1 << 12)(described)


@functools.lru_cache(maxsize=1 << 12)  # watch mode checks the same rewrites after each save
def _checked(
    text: str, quotes: tuple[str, ...], originals: tuple[tuple[str, str], ...], named: str
) -> tuple[QuoteCheck, ...]:
    from generator.briefing.copies import check_quotes

    return check_quotes(text, quotes, originals, (named,) if named else ())


ORIGINAL_REPORT = "the original report"


def checked_against(rewrite: Article, source: str, articles: Mapping[str, Article]) -> str:
    """What one of a rewrite's quotations was looked up in, as a page should name it:
    "the original report" only where it was one (the article the rewrite's `based_on` names is
    in the briefing, or `source` is its origin's own article); else "the other copies of the
    PTI report" (or "of this report" where no agency is named). A copy checked against another
    copy of a wire report is no rewrite of it, and a quotation the other copy lacks (an
    interview of its own) is no sign of one made up."""
    origin = rewrite.provenance.origin
    checked = articles.get(source)
    if rewrite.based_on and checked is not None and _of_named(checked, rewrite, articles):
        return ORIGINAL_REPORT
    if origin is None or checked is None:
        return ORIGINAL_REPORT if rewrite.based_on else "the other copies of this report"
    if origin.article == source and checked.outlet.casefold() == origin.name.casefold():
        return ORIGINAL_REPORT  # the agency's own article: "(AFP)" on AFP's own site
    if not origin.name or origin.name in articles or "://" in origin.name:
        return "the other copies of this report"  # an earliest copy, or a `based_on` elsewhere
    named = origin.name if origin.name.startswith("The ") else f"the {origin.name}"
    return f"the other copies of {named} report"  # not "the The Daily Post report"


def _of_named(checked: Article, rewrite: Article, articles: Mapping[str, Article]) -> bool:
    """Whether `checked` is the report `rewrite` names as its original, or a copy of it."""
    url = normalise(rewrite.based_on)
    if checked.url and normalise(checked.url) == url:
        return True
    group = checked.provenance.copy_group
    return group is not None and any(
        other.provenance.copy_group == group and normalise(other.url) == url
        for other in articles.values()
        if other.url
    )


def briefing_quotes(articles: Sequence[Article]) -> tuple[BriefingQuote, ...]:
    """Each quotation of the briefing once (speakers as trace() names them), with every
    article that carries it, in the order the articles first carry them."""
    merged: dict[tuple[str, str | None], _Carried] = {}
    cut: list[tuple[Quote, Carrier, tuple[tuple[str, QuoteCheck], ...], bool]] = []
    for article in articles:
        checks = {check.quote: check for check in article.provenance.checks}
        shown = _shown(article)
        for number, quote in enumerate(article.quotes):
            carrier = Carrier(article.id, quote.paragraph)
            check = ((article.id, checks[quote.text]),) if quote.text in checks else ()
            if quote.speaker is None and _runs_to_the_end(article.text, quote):
                # Its whole may come in a later article; if none does, a fragment is not shown.
                cut.append((quote, carrier, check, number not in shown))
            elif number in shown:
                _carry(merged, (_plain(quote.text), quote.speaker), quote, carrier, check)
    for quote, carrier, check, fragment in cut:
        _add_cut(merged, quote, carrier, check, fragment)
    return tuple(carried.made(*key) for key, carried in merged.items())


_SHOWN: dict[str, frozenset[int]] = {}  # by article digest: watch mode lists them after each save
_SHOWN_MOST = 1 << 14


def _shown(article: Article) -> frozenset[int]:
    """The numbers of the article's quotations to list: not a fragment the excerpt cuts off,
    nor one a longer quotation of its speaker holds. The digest covers the text and quotations."""
    shown = _SHOWN.get(article.digest)
    if shown is None:
        number = {id(quote): n for n, quote in enumerate(article.quotes)}
        shown = frozenset(number[id(q)] for q in listed(article.text, article.quotes))
        if len(_SHOWN) >= _SHOWN_MOST:
            _SHOWN.clear()
        _SHOWN[article.digest] = shown
    return shown


_CUT_QUOTE_WORDS = 5  # fewer words begin too many quotations to say which one was cut


def _runs_to_the_end(text: str, quote: Quote) -> bool:
    """Whether a quotation runs to the end of the stored text: an excerpt cut off inside it."""
    return not text[quote.start + len(quote.text) :].strip(" \n\"”’'.,")


def _add_cut(
    merged: dict[tuple[str, str | None], _Carried],
    quote: Quote,
    carrier: Carrier,
    check: tuple[tuple[str, QuoteCheck], ...],
    fragment: bool,
) -> None:
    """A quotation an excerpt cuts off before its speaker ("... at a time when trilate") goes
    with the whole one it begins, when the briefing has one speaker for it; else it stays as
    it is, unattributed, unless it is a `fragment` (cut mid-sentence: "Maybe it will also be"),
    which says nothing on its own."""
    words = _plain(quote.text)
    fitting = [
        key for key in merged if key[1] is not None and key[0].startswith(words) and key[0] != words
    ]
    key = (words, None)
    if len(words.split()) >= _CUT_QUOTE_WORDS and len({speaker for _, speaker in fitting}) == 1:
        key = fitting[0]
    elif fragment:
        return
    _carry(merged, key, quote, carrier, check)


def _carry(
    merged: dict[tuple[str, str | None], _Carried],
    key: tuple[str, str | None],
    quote: Quote,
    carrier: Carrier,
    check: tuple[tuple[str, QuoteCheck], ...],
) -> None:
    """The briefing's quotation with this key (its words and speaker) carried by one more
    article: begun if it is the first."""
    carried = merged.get(key)
    if carried is None:
        carried = merged[key] = _Carried(quote.text, quote.speaker_description)
    carried.add(quote, carrier, check)


class _Carried:
    """A quotation of the briefing while the articles carrying it are gathered: made whole
    once all are, where replacing it with each article that carries it again (a wire story's
    quotation in thirty copies) was a tenth of a watch-mode rebuild."""

    __slots__ = ("text", "description", "carriers", "places", "checks")

    def __init__(self, text: str, description: str) -> None:
        self.text = text  # the first carrier's words
        self.description = description  # the first carrier's that gives one
        self.carriers: list[Carrier] = []
        self.places: set[tuple[str, int]] = set()
        self.checks: list[tuple[str, QuoteCheck]] = []

    def add(
        self, quote: Quote, carrier: Carrier, check: tuple[tuple[str, QuoteCheck], ...]
    ) -> None:
        """One more article carrying it, and its check; nothing if that place carries it already."""
        place = (carrier.article, carrier.paragraph)
        if place in self.places:
            return
        self.places.add(place)
        self.description = self.description or quote.speaker_description
        self.carriers.append(carrier)
        self.checks += check

    def made(self, words: str, speaker: str | None) -> BriefingQuote:
        return BriefingQuote(
            id=_quote_id(words, speaker),
            speaker=speaker,
            speaker_description=self.description,
            text=self.text,
            articles=tuple(self.carriers),
            checks=tuple(self.checks),
        )


@functools.lru_cache(maxsize=1 << 14)  # the same quotations, build after build in watch mode
def _plain(text: str) -> str:
    """A quotation's words for comparison: the same in two copies that differ in marks,
    spacing or case."""
    text = re.sub(r"[‘’`´]", "'", text)
    return " ".join(re.findall(r"\w+(?:'\w+)*", text.casefold()))


def _quote_id(words: str, speaker: str | None) -> str:
    """An id that stays the same while the quotation and its speaker do."""
    key = hashlib.sha256(f"{speaker or ''}\0{words}".encode()).hexdigest()
    return f"q-{key[:10]}"
