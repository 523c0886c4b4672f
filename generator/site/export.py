"""The machine-readable briefing.json, for other tools."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from generator.codec import compact_json
from generator.files import Part
from generator.models import Article, BriefingConfig, EventGroup

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
    }
    yield compact_json(head).removesuffix("}").encode() + b',"articles":['
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
        "published": article.published.isoformat() if article.published else None,
        "published_note": article.published_note or None,
        "event": article.event,
        "event_reason": article.event_reason,
        "event_pinned": bool(article.requested_event),
        "describes": {
            "day": article.when.day.isoformat() if article.when.day else None,
            "basis": article.when.basis,
            "preview": article.when.preview,
        },
        "lead": article.lead,
        "keywords": list(article.keywords),
        "text": article.text,
        "removed": [{"line": r.line, "reason": r.reason} for r in article.removed],
        "flags": list(article.flags),
    }
