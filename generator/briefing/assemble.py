"""Join each article file with its analysis: its title, event and problems, then its page id.

Everything about one file that no other file changes is an ArticleRecord, which the build
caches by the file's bytes; only ids and keyword spellings are settled across the briefing.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keyword_prose import nicknames
from generator.analysis.story import HEADLINE_FROM_LEAD
from generator.briefing.authors import byline_author
from generator.briefing.discover import term_counts
from generator.briefing.group import OTHER_ID
from generator.briefing.language import reads_as_english
from generator.briefing.when import described_day
from generator.content.markdown import refused_links
from generator.content.suggest import near_name
from generator.fingerprints import article_digest
from generator.models import (
    Analysis,
    Article,
    ArticleRecord,
    EventSpec,
    FrontMatter,
    Problem,
    SourceArticle,
)
from generator.slugs import unique_slugs
from generator.urls import normalise, site_of
from generator.wording import counted

# An article's site (urls.site_of), which every build reads of every article (for its site's
# template, for its copies): a tenth of an edit's rebuild in watch mode, where the addresses
# are the same build after build.
article_site = functools.lru_cache(maxsize=1 << 14)(site_of)
# An unknown event id's warning lists this many of briefing.toml's ids.
_LISTED_IDS = 8


def article_record(
    source: SourceArticle,
    analysis: Analysis,
    events: Sequence[EventSpec],
    shown: str,
    found: Sequence[Problem] = (),
) -> ArticleRecord:
    """The record of one article file, named `shown` in its problems, after those `found`
    while reading it.

    A file already reported for its front matter gets no hint per missing field: one clear
    line per file, not a cascade.
    """
    problems = list(found)
    hints = not found
    title = source.meta.title or analysis.cleaned.headline
    if not title:
        title = Path(source.file).stem
        if hints:
            problems.append(Problem(shown, "no title found; add 'title:' to the front matter"))
    elif not source.meta.title and HEADLINE_FROM_LEAD in analysis.cleaned.flags and hints:
        problems.append(
            Problem(
                shown,
                "no title found; add 'title:' to the front matter "
                "(the lead's first sentence stands in for the headline)",
            )
        )
    inferred = inferred_fields(source) + byline_author(source.meta, analysis.cleaned.removed)
    stated = {name for name, _, _ in inferred}
    if not reads_as_english(analysis.cleaned.text):
        problems.append(
            Problem(
                shown,
                "does not read as English: built, but digest reads keywords, quotations, dates "
                "and events in English, so expect them to be poor for this article",
            )
        )
    if not source.meta.outlet and "outlet" not in stated and hints:
        problems.append(
            Problem(shown, "no outlet or url; add 'url:' or 'outlet:' to the front matter")
        )
    if (
        not source.meta.published
        and not source.meta.published_note
        and "published" not in stated
        and hints
    ):
        problems.append(Problem(shown, _no_date_hint(source.body)))
    event_ids = {event.id for event in events} | {OTHER_ID}
    if source.meta.event and source.meta.event not in event_ids:
        problems.append(
            Problem(
                shown,
                f"event '{source.meta.event}' is not defined in briefing.toml; "
                f"{_placed_instead(source.file, events)} "
                f"({_event_hint(source.meta.event, [event.id for event in events])})",
                source.meta.event_line or None,
            )
        )
    problems.extend(
        Problem(
            shown,
            f"link to {href!r} is not an http(s) or mailto address; shown as plain text "
            "(fix or remove the link)",
        )
        for href in refused_links(analysis.cleaned.text)
    )
    problems.extend(
        Problem(
            shown,
            f"{field}: {entry!r} matches no line of the article; ignored (copy the line, or "
            "its start, from the text)",
            _entry_line(source.meta, field, entry),
        )
        for field, entry in analysis.cleaned.unmatched
    )
    if not analysis.cleaned.text.strip() and hints:
        removed = counted(len(analysis.cleaned.removed), "line")
        problems.append(
            Problem(
                shown,
                f"no story text left once cleaned ({removed} removed as boilerplate); if the "
                "saved text holds the story, add 'keep:' for its lines; if not, save the page "
                "again (its text may not have loaded)",
            )
        )
    requested = source.meta.event if source.meta.event in event_ids else ""
    text, lead = analysis.cleaned.text, analysis.lead
    return ArticleRecord(
        source.file,
        source.meta,
        title,
        analysis,
        when=described_day(title, lead, text, _published(source.meta.published, inferred)),
        event=requested,
        terms=term_counts(title, lead, text),
        problems=tuple(problems),
        inferred=inferred,
        nicknames=tuple(nicknames(text).items()),
    )


def _entry_line(meta: FrontMatter, field: str, entry: str) -> int | None:
    """The line of the file a `keep` or `drop` entry is written on, if known."""
    entries, lines = (
        (meta.keep, meta.keep_lines) if field == "keep" else (meta.drop, meta.drop_lines)
    )
    return dict(zip(entries, lines, strict=False)).get(entry) or None


def same_addresses(records: Mapping[Path, ArticleRecord]) -> list[Problem]:
    """A warning for each file whose url another file already gives: the same page collected
    twice, most often (both are built, so nothing is lost)."""
    first: dict[str, Path] = {}
    problems = []
    for path, record in records.items():
        if not record.meta.url:
            continue
        earlier = first.setdefault(normalise(record.meta.url), path)
        if earlier != path:
            problems.append(
                Problem(
                    str(path),
                    f"has the same url as {earlier}; both are built (delete one, or fix its url)",
                )
            )
    return problems


def inferred_fields(source: SourceArticle) -> tuple[tuple[str, str, str], ...]:
    """(field, value, how) for the publication date and outlet the text states where the
    front matter says nothing of them: front matter always wins, and a `published_note`
    already says what is known of the date."""
    # Its regexes cost ~10 ms to compile: only a file that is not cached needs them.
    from generator.content.infer import infer_outlet, infer_published

    meta, found = source.meta, []
    if not meta.published and not meta.published_note and (day := infer_published(source.body)):
        found.append(("published", day.value.isoformat(), day.how))
    if not meta.outlet and (outlet := infer_outlet(source.body)):
        found.append(("outlet", outlet.value, outlet.how))
    return tuple(found)


def _no_date_hint(body: str) -> str:
    """What to do for a file without a publication date, and why a date its text seems to
    give was not taken, if one was set aside."""
    from generator.content.infer import SetAside, read_published

    found = read_published(body)
    why = f" ({found.why}: not taken)" if isinstance(found, SetAside) else ""
    return f"no publication date{why}; add 'published: YYYY-MM-DD' (or 'published_note:')"


def _published(
    stated: datetime.date | None, inferred: Sequence[tuple[str, str, str]]
) -> datetime.date | None:
    """The front matter's date, else the one inferred from the text."""
    if stated:
        return stated
    day = _inferred_value(inferred, "published")
    return datetime.date.fromisoformat(day) if day else None


def _inferred_value(inferred: Sequence[tuple[str, str, str]], name: str) -> str:
    return next((value for field, value, _ in inferred if field == name), "")


def assemble(
    records: Mapping[str, ArticleRecord], known: dict[str, Article] | None = None
) -> list[Article]:
    """The articles, with ids unique across the briefing and one spelling per keyword.

    `records` are keyed by a hash of everything each was made from (its file's bytes and
    name, the events, the code): with the id and keywords settled here, that hash decides
    the whole article, so its digest is made from them without reading its text. `known`,
    the articles of an earlier call by those keys (watch mode keeps them), are reused where
    the id and keywords came out the same; it is left holding this call's articles.
    """
    ids = unique_slugs(((r.file, r.title) for r in records.values()), fallback="article")
    keyword_lists = unify_spellings(
        [r.analysis.keywords for r in records.values()],
        [r.analysis.cleaned.text for r in records.values()],
        [dict(r.nicknames) for r in records.values()],
    )
    articles = []
    for (made_from, record), keywords in zip(records.items(), keyword_lists, strict=True):
        meta, cleaned = record.meta, record.analysis.cleaned
        article_id = ids[record.file]
        earlier = known.get(made_from) if known else None
        if earlier is not None and earlier.id == article_id and earlier.keywords == keywords:
            articles.append(earlier)
            continue
        articles.append(
            Article(
                id=article_id,
                file=record.file,
                path=f"articles/{article_id}.html",
                title=record.title,
                url=meta.url,
                outlet=meta.outlet or _inferred_value(record.inferred, "outlet"),
                published=_published(meta.published, record.inferred),
                published_note=meta.published_note,
                author=meta.author or _inferred_value(record.inferred, "author"),
                inferred=tuple((name, how) for name, _, how in record.inferred),
                based_on=meta.based_on,
                lead=record.analysis.lead,
                keywords=keywords,
                text=cleaned.text,
                removed=cleaned.removed,
                flags=cleaned.flags,
                requested_event=record.event,
                when=record.when,
                terms=record.terms,
                event=None,  # set by grouping
                event_reason="",
                digest=article_digest(made_from, article_id, keywords),
                quotes=record.analysis.quotes,
                discovery_key=f"{made_from}\0{article_id}",
            )
        )
    if known is not None:
        known.clear()
        known.update(zip(records, articles, strict=True))
    return articles


def _placed_instead(file: str, events: Sequence[EventSpec]) -> str:
    """Where an article whose `event:` names no event goes: under the event whose `articles`
    list names its file, or else wherever its text fits."""
    listing = next((event.id for event in events if file in event.articles), "")
    return f"placed under '{listing}', which lists the file" if listing else "grouped by its text"


def _event_hint(wrong: str, ids: Sequence[str]) -> str:
    """What to write instead of an unknown event id: the id it nearly is, or the ids there are."""
    near = near_name(wrong, ids)
    if near:
        return f"did you mean '{near}'? or remove 'event:'"
    if not ids:
        return "briefing.toml has no events; remove 'event:' or add the event there"
    listed = ", ".join(f"'{i}'" for i in ids[:_LISTED_IDS]) + (
        ", ..." if len(ids) > _LISTED_IDS else ""
    )
    return f"use one of {listed}, or remove 'event:'"
