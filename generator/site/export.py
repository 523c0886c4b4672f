"""The machine-readable briefing.json, for other tools."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from generator.briefing.provenance import all_quotes
from generator.briefing.when import known_year_day
from generator.codec import compact_json
from generator.files import Part
from generator.models import (
    Article,
    BriefingConfig,
    BriefingQuote,
    EventGroup,
    Provenance,
    QuoteCheck,
)
from generator.site.pages import topics

EXPORT_PATH = "briefing.json"


def briefing_json(config: BriefingConfig, groups: Sequence[EventGroup]) -> Iterator[bytes | Part]:
    """The briefing as JSON, in chunks (an article each: a Part, which the writer reuses from
    the last briefing.json while the article is unchanged), so it is never whole in memory.

    Key order and article order are stable, so builds are byte-identical.
    """
    head = {
        "title": config.title,
        "description": config.description,
        "events": [
            {
                "id": group.id,
                "title": group.title,
                "date": group.date.isoformat() if group.date else None,
                "date_basis": group.date_basis,
                "discovered": group.discovered,
                "summary": _summary(group),
                "path": group.path,
                "articles": [article.id for article in group.articles],
            }
            for group in groups
        ],
        "topics": list(topics([a.keywords for g in groups for a in g.articles])),
    }
    # The quotations come last in the head, each as _encoded_quote spells it.
    yield compact_json(head).removesuffix("}").encode() + b',"quotes":['
    yield b",".join(map(_encoded_quote, all_quotes(groups)))
    yield b'],"articles":['
    articles = [article for group in groups for article in group.articles]
    for number, article in enumerate(articles):
        # A part holds the comma before its article, so unchanged neighbours stay one run of
        # bytes to copy.
        comma = "," if number else ""
        yield Part(comma + article.digest, functools.partial(_encoded_article, comma, article))
    yield b"]}\n"


def _summary(group: EventGroup) -> list[dict[str, str | None]]:
    """The event's summary as sentences, each with the article it comes from (None: the
    editor's own words in briefing.toml)."""
    if group.summary_sentences:
        return [{"text": s.text, "article": s.article} for s in group.summary_sentences]
    return [{"text": group.summary, "article": None}] if group.summary else []


@functools.lru_cache(maxsize=1 << 15)
def _encoded_quote(quote: BriefingQuote) -> bytes:
    """One quotation of briefing.json, as JSON. Kept by its value (equal quotations are spelled
    alike) across the builds of one process: watch mode's rebuilds list the same thousands of
    quotations, and spelling them all out again was a tenth of a rebuild."""
    return compact_json(_quote(quote)).encode()


def _quote(quote: BriefingQuote) -> dict[str, object]:
    return {
        "id": quote.id,
        "speaker": quote.speaker,
        "speaker_description": quote.speaker_description or None,
        "text": quote.text,
        "articles": [{"id": c.article, "paragraph": c.paragraph} for c in quote.articles],
        "checks": [{"article": article, **_check(check)} for article, check in quote.checks],
    }


def _check(check: QuoteCheck) -> dict[str, object]:
    """How a rewrite's quotation compares with its original (see QuoteCheck)."""
    return {
        "status": check.status,
        "original": check.source or None,
        "original_words": check.original or None,
        "differences": [
            {"rewrite": ours, "original": theirs} for ours, theirs in check.differences
        ],
        "original_cut": check.cut,
    }


def _encoded_article(comma: str, article: Article) -> bytes:
    return (comma + export_article(article)).encode()


def export_article(article: Article) -> str:
    """One article of briefing.json, as JSON."""
    return compact_json(_article(article))


def _article(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "file": article.file,
        "path": article.path,
        "title": article.title,
        "url": article.url or None,
        "based_on": article.based_on or None,
        "outlet": article.outlet or None,
        "author": article.author or None,
        "published": article.published.isoformat() if article.published else None,
        "published_note": article.published_note or None,
        "inferred": dict(article.inferred),
        "event": article.event,
        "event_reason": article.event_reason,
        "event_pinned": bool(article.requested_event),
        "describes": {
            "day": known_year_day(article.when.day),
            "basis": article.when.basis,
            "preview": article.when.preview,
        },
        "lead": article.lead,
        "keywords": list(article.keywords),
        "text": article.text,
        "removed": [{"line": r.line, "reason": r.reason} for r in article.removed],
        "flags": list(article.flags),
        **_provenance(article.provenance),
    }


def _provenance(found: Provenance) -> dict[str, object]:
    origin = found.origin
    return {
        "copy_group": found.copy_group,
        "shared_with": [
            {"id": share.other, "share": share.fraction} for share in found.shared_with
        ],
        "origin": {"name": origin.name, "how": origin.how, "article": origin.article or None}
        if origin and origin.name
        else None,
        "quote_checks": [_check(check) | {"quote": check.quote} for check in found.checks],
    }
