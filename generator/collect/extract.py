"""The article in a page: its text and metadata, by trafilatura, with htmldate for the date."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from generator.analysis.clean import clean
from generator.collect import CollectFailed
from generator.urls import is_web_address, same_site

# Less text than this, once the build's own cleaner has been over it, is no article: a cookie
# wall, a paywall's teaser, a page of links. Characters, not words: Chinese and Thai have no spaces.
MIN_TEXT = 150
# A page that marks its article as not free and shows this little of it is a paywall's teaser.
PAYWALL_TEXT = 1500
_PAYWALLED = re.compile(r'"isAccessibleForFree"\s*:\s*"?(false|False)\b')
# Between a headline and the site's name in a <title>: " | ", " - ", " » ", "：" and the like.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—»·/:]\s+|\s*[|»：]\s*")
_MAX_OUTLET = 60


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article as found in a page; empty strings and None mean the page does not say."""

    title: str
    url: str  # the page's own address: its canonical link, else where it was found
    outlet: str
    published: datetime.date | None
    author: str
    text: str  # Markdown: paragraphs separated by blank lines, "## " subheadings, "- " lists


def extract_article(html: str, address: str = "") -> Extracted:
    """The article in `html`, found at `address` ('' for a saved page that does not say)."""
    tree = load_html(html)
    if tree is None:
        raise CollectFailed("is not an HTML page that can be read")
    document = trafilatura.bare_extraction(
        tree,
        url=address or None,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        include_tables=True,
        date_extraction_params=_date_params(),
    )
    if document is None or not (document.text or "").strip():
        raise CollectFailed(_no_article("no article text found"))
    title = headline(document.title or "", tree)
    _check_article(document.text, title, html)
    return Extracted(
        title=title,
        url=_address(document.url or _declared_address(tree), address),
        outlet=outlet(document.sitename or "", title, tree),
        published=_published(document.date or "", tree, document.url or address),
        author=_authors(document.author or ""),
        text=document.text.strip() + "\n",
    )


def _date_params(extensive: bool = True) -> dict[str, object]:
    """htmldate's settings: the original date, not an update, and none after today."""
    return {
        "original_date": True,
        "extensive_search": extensive,
        "max_date": datetime.date.today().isoformat(),
    }


def _published(found: str, tree: HtmlElement, url: str) -> datetime.date | None:
    """The date htmldate found. A 1 January may be only a year: when nothing better turns up, its
    search of the text falls back to a copyright line or a bare year. For such a date only the
    page's markup (meta tags, <time>, structured data) counts, which may give none."""
    if found.endswith("-01-01"):
        found = find_date(tree, url=url or None, **_date_params(extensive=False)) or ""
    return datetime.date.fromisoformat(found) if found else None


def _authors(found: str) -> str:
    """trafilatura's authors ("A; B"), as "A, B". A single word is dropped: on a page it is more
    often a label ("Submitted") or a commenter's nickname than a byline, and trafilatura drops
    such names from the page's metadata for the same reason."""
    names = [name.strip() for name in found.split(";")]
    return ", ".join(name for name in names if " " in name)


def _check_article(text: str, title: str, html: str) -> None:
    """CollectFailed when what the build would keep of the text is no article."""
    kept = len(clean(text, title).text)
    if _PAYWALLED.search(html) and kept < PAYWALL_TEXT:
        raise CollectFailed(
            f"behind a paywall: the page marks the article as not free and holds only {kept} "
            "characters of it; save the page from a browser where you are logged in"
        )
    if kept < MIN_TEXT:
        found = f"only {kept} characters of article text" if kept else "no article text found"
        raise CollectFailed(_no_article(found))


def _no_article(found: str) -> str:
    return f"{found} (a cookie wall, a paywall, or a page without an article?)"


def _address(canonical: str, address: str) -> str:
    """The canonical address when it is a real one on the same site, else where the page was."""
    if is_web_address(canonical) and (not address or same_site(canonical, address)):
        return canonical
    return address


def _declared_address(tree: HtmlElement) -> str:
    """The page's canonical link, else its og:url, wherever it sits. trafilatura looks for the
    canonical link only inside <head>, and a page with stray markup early in <head> has the rest
    of it parsed into <body>."""
    found = tree.xpath('//link[@rel="canonical"]/@href') + _meta(tree, "og:url")
    return next((url.strip() for url in found if url.strip()), "")


def headline(title: str, tree: HtmlElement) -> str:
    """The title without the site's name or section trail after it, when the page also gives the
    headline alone (as its <h1>, og:title or twitter:title)."""
    title = _tidy(title)
    alone = [
        candidate
        for candidate in _headline_candidates(tree)
        if len(candidate) < len(title)
        and title.startswith(candidate)
        and _TITLE_SEPARATOR.match(title, len(candidate))
    ]
    return max(alone, key=len) if alone else title


def _headline_candidates(tree: HtmlElement) -> list[str]:
    found = [_tidy(heading.text_content()) for heading in tree.iter("h1")]
    found += _meta(tree, "og:title") + _meta(tree, "twitter:title")
    return [text for text in found if text]


def _meta(tree: HtmlElement, key: str) -> list[str]:
    """The non-empty contents of <meta property=key> and <meta name=key>, tidied."""
    found = tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return [text for text in map(_tidy, found) if text]


def outlet(sitename: str, title: str, tree: HtmlElement) -> str:
    """The site's name: its og:site_name, unless that is an address; else trafilatura's guess,
    unless that is only a Twitter handle, an address or the headline; else the last part of the
    <title> after the headline ("Headline | Section | Outlet"); else '' (the build then names
    the host)."""
    declared = [name for name in _meta(tree, "og:site_name") if not is_web_address(name)]
    if declared:
        return declared[0]
    handles = {_key(handle.lstrip("@")) for handle in _meta(tree, "twitter:site")}
    name = _tidy(sitename)
    if name and _key(name) not in handles | {_key(title)} and not is_web_address(name):
        return name
    page_title = _tidy(" ".join(tree.xpath("//head/title//text()")))
    if not title or not page_title.startswith(title):
        return ""
    rest = _TITLE_SEPARATOR.split(page_title[len(title) :])
    last = rest[-1].strip() if len(rest) > 1 else ""
    return last if 0 < len(last) <= _MAX_OUTLET else ""


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKC", text).casefold() if char.isalnum()
    )
