"""The Atom feed of the articles: dated by the articles themselves, with ids that never change."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence

from generator.content.markdown import inline_text
from generator.links import is_absolute
from generator.models import Article, BriefingConfig, EventGroup
from generator.site.dates import build_time, rfc3339

FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
UNKNOWN_AUTHOR = "Outlet not recorded"
# Feed readers only look at recent entries; a feed of every article of a 10,000-article
# briefing would be tens of megabytes, rebuilt on every edit.
FEED_ENTRIES = 100
# XML 1.0 cannot carry most control characters, even escaped; scraped text sometimes has them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_feed(
    config: BriefingConfig, groups: Sequence[EventGroup], body_html: Callable[[str], str]
) -> bytes:
    """The newest FEED_ENTRIES articles, newest first; undated ones last, with the feed's time.

    The feed's time is its newest article's date, else SOURCE_DATE_EPOCH, so two builds of the
    same content are byte-identical. Entry ids are derived from the briefing title and the
    article's file, so they survive rebuilds, retitling of the article and a move of the site.
    Links are relative to the feed (so to the site root) unless base_url is absolute.
    """
    entries = feed_entries(groups)
    newest = entries[0][0].published if entries else None
    updated = rfc3339(newest) if newest else rfc3339(build_time())

    # Plain names with xmlns on the root: ElementTree then writes no namespace prefixes.
    feed = ET.Element("feed", xmlns=ATOM)
    if is_absolute(config.base_url):
        feed.set("{http://www.w3.org/XML/1998/namespace}base", config.base_url)
    _text(feed, "title", config.title)
    if config.description:
        _text(feed, "subtitle", config.description)
    _text(feed, "id", _urn(config.title))
    _text(feed, "updated", updated)
    _link(feed, FEED_PATH, rel="self", type="application/atom+xml")
    _link(feed, "index.html", rel="alternate", type="text/html")
    _text(feed, "generator", "digest")
    for article, event in entries:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "title", article.title)
        _text(entry, "id", _urn(config.title, article.file))
        _text(entry, "updated", rfc3339(article.published) if article.published else updated)
        if article.published:
            _text(entry, "published", rfc3339(article.published))
        author = ET.SubElement(entry, "author")
        byline = ", ".join(part for part in (article.author, article.outlet) if part)
        _text(author, "name", byline or UNKNOWN_AUTHOR)
        _link(entry, article.path, rel="alternate", type="text/html")
        if article.url:
            _link(entry, article.url, rel="related", title="Original source")
        ET.SubElement(entry, "category", term=event.id, label=_clean(event.title))
        for keyword in article.keywords:
            ET.SubElement(entry, "category", term=_clean(keyword))
        if article.lead:
            _text(entry, "summary", inline_text(article.lead))
        _text(entry, "content", body_html(article.text)).set("type", "html")
    ET.indent(feed)
    document = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{document}\n'.encode()


def feed_entries(groups: Sequence[EventGroup]) -> list[tuple[Article, EventGroup]]:
    """The articles the feed shows, each with its event: the newest FEED_ENTRIES, newest first,
    undated ones last."""
    articles = sorted(
        ((a, g) for g in groups for a in g.articles),
        key=lambda entry: (
            entry[0].published is None,
            -(entry[0].published.toordinal() if entry[0].published else 0),
            entry[0].id,
        ),
    )
    return articles[:FEED_ENTRIES]


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _text(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, name)
    element.text = _clean(text)
    return element


def _link(parent: ET.Element, href: str, **attributes: str) -> None:
    ET.SubElement(parent, "link", href=_clean(href), **attributes)


def _urn(*parts: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, "digest:" + "/".join(parts)).urn
