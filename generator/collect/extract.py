"""The article in a page: its text and metadata, by trafilatura, with htmldate for the date."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from generator.analysis.clean import clean
from generator.briefing.authors import names_person
from generator.collect import CollectFailed
from generator.collect.page_names import headline, meta, outlet
from generator.collect.published import date_params, publication_date
from generator.urls import is_web_address, same_site

# Less text than this, once the build's own cleaner has been over it, is no article: a cookie
# wall, a paywall's teaser, a page of links. Characters, not words: Chinese and Thai have no spaces.
MIN_TEXT = 150
# A page that marks its article as not free and shows this little of it is a paywall's teaser.
PAYWALL_TEXT = 1500
# An address written without its scheme: a host with a dot, then its path. A host ends in a
# top-level domain of letters ("www.example.es/2012/..."); a relative path opens with a file's
# name instead ("index.php/news/...", "news.aspx/..."), whose extension is no domain.
_SCHEMELESS = re.compile(r"^(?:[a-z0-9-]+\.)+(?P<tld>[a-z]{2,63}|xn--[a-z0-9-]+)/", re.IGNORECASE)
# (Only extensions no top-level domain spells: ".pl" and ".py" are countries.)
_FILE_EXTENSIONS = frozenset(
    {"php", "phtml", "aspx", "asp", "ashx", "html", "htm", "shtml", "xhtml", "jsp", "cgi", "cfm"}
)
_PAYWALLED = re.compile(r'"isAccessibleForFree"\s*:\s*"?(false|False)\b')


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
        date_extraction_params=date_params(),
    )
    if document is None or not (document.text or "").strip():
        raise CollectFailed(_no_article("no article text found"))
    title = headline(document.title or "", tree)
    _check_article(document.text, title, html)
    site = outlet(document.sitename or "", title, tree)
    return Extracted(
        title=title,
        url=_address(_declared_address(tree) or _article_address(document.url or ""), address),
        outlet=site,
        published=publication_date(
            document.date or "", tree, document.url or address, document.text
        ),
        author=_authors(document.author or "", site),
        text=document.text.strip() + "\n",
    )


def _authors(found: str, site: str) -> str:
    """trafilatura's authors ("A; B") that name people, as "A, B": as for a byline the
    cleaner reads, never a desk, a newsroom or an agency ("National Desk", "CNN Wire"), nor a
    single word (on a page more often a label, "Submitted", or a commenter's nickname)."""
    names = [name.strip() for name in found.split(";")]
    return ", ".join(name for name in names if names_person(name, site))


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


def _article_address(url: str) -> str:
    """The address, unless it is a site's home page, which is no article's: some sites point
    every page's canonical link or og:url there."""
    return "" if is_web_address(url) and urlsplit(url).path.strip("/") == "" else url


def _declared_address(tree: HtmlElement) -> str:
    """The page's canonical link, else its og:url, wherever it sits; the first that is an address.
    trafilatura takes og:url before the canonical link (which may be the fuller address), and
    looks for the link only inside <head>: stray markup early in <head> has the rest of it
    parsed into <body>."""
    found = tree.xpath('//link[@rel="canonical"]/@href') + meta(tree, "og:url")
    found = [_with_scheme(url.strip(), tree) for url in found]
    addresses = (_article_address(url) for url in found if is_web_address(url))
    return next((url for url in addresses if url), "")


def _with_scheme(url: str, tree: HtmlElement) -> str:
    """`url`, or with a scheme when it is written without one ("www.example.es/2012/...", as
    some sites' og:url is): the scheme the page's own links to that host use, else https."""
    found = _SCHEMELESS.match(url)
    if not found or found["tld"].casefold() in _FILE_EXTENSIONS:
        return url
    host = url.split("/", 1)[0].casefold()
    links = tree.xpath("//a/@href | //link/@href")
    schemes = (urlsplit(link.strip()).scheme for link in links if _host(link) == host)
    return f"{next((scheme for scheme in schemes if scheme in ('http', 'https')), 'https')}://{url}"


def _host(link: str) -> str:
    """The host a link points to, lowercase; '' for a relative or malformed one."""
    try:
        return (urlsplit(link.strip()).hostname or "").casefold()
    except ValueError:
        return ""
