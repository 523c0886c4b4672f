"""The headline and the outlet's name as a page gives them: its <title>, headings and meta tags."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from generator.urls import is_web_address

# Between a headline and the site's name in a <title>: " | ", " - ", " » ", "：", " @ ", " :: "
# and the like; "_" between spaces, or beside Chinese, Japanese or Korean writing
# ("..._教育频道_中国青年网"), where a word never holds one ("Covid_19" is a word).
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef"
_UNDERSCORE = rf"\s+_\s+|(?<=[{_CJK}])_|_(?=[{_CJK}])"
_TITLE_SEPARATOR = re.compile(rf"\s+[|\-–—»·/:@]\s+|\s*(?:[|»：]|::)\s*|{_UNDERSCORE}")
# The end of a site's name before the headline in a <title>: "Outlet: ", "Outlet | ".
_LEADING_END = re.compile(rf"(?:\s*(?:[|\-–—»·/:@：]|::)\s*|{_UNDERSCORE})$")
_MAX_OUTLET = 60
# A bracketed gloss closing a name: " (Australian Broadcasting Corporation)", " (London)".
_BRACKETED_GLOSS = re.compile(r"\s*\([^()]+\)$")
# A host's name as trafilatura gives it for a page that names no site: "example.blogspot.com".
_HOST_NAME = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
# "©2005-2015 Harbour Media, LLC. All rights reserved.", "Copyright 2015 The Courier Ltd".
_COPYRIGHT = re.compile(
    r"(?i:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*(?!(?i:all rights))"
    r"(?P<holder>[A-Z][\w&'’ .-]{1,58}?)"
    r"(?:,?\s+(?:LLC|Inc|Ltd|Limited|GmbH|S\.A|plc|Corp)\b\.?)?\s*(?:\.|,|(?i:all rights)|$)"
)
_MAX_HOLDER_WORDS = 5
# A link to a site's home page: "/", or an address with a host and no path.
_HOME_LINK = re.compile(r"^(?:/|(?:https?:)?//[^/?#]+/?)$", re.IGNORECASE)
# Words a logo's alt text adds to the name: "Coast News logo", "Home".
_LOGO_WORDS = re.compile(r"\b(?:logo|home\s*page|homepage|home|go to)\b", re.IGNORECASE)
# An image link's alt text that says where the link goes or who paid for what it shows, not
# whose site it is: "Back to the front page", "Sponsored by Partner Bank", "Advertisement".
_NOT_A_NAME = re.compile(
    r"\b(?:back to|return to|skip to|top of|front page|main page|start page|menu|navigation"
    r"|sponsor(?:ed|s)?|presented by|powered by|in partnership|paid for|promoted|advert\w*)\b",
    re.IGNORECASE,
)


def title_separator(text: str, at: int) -> bool:
    """Whether a separator between a <title>'s parts starts at `at` in `text`."""
    return _TITLE_SEPARATOR.match(text, at) is not None


def page_title(tree: HtmlElement) -> str:
    """The page's <title>, tidied: the first that is not an SVG image's, wherever stray markup
    in <head> had the parser put it."""
    titles = tree.xpath("//title[not(ancestor::svg)]")
    found = (tidy(title.text_content()) for title in titles)
    return next((text for text in found if text), "")


def headline(title: str, tree: HtmlElement) -> str:
    """The headline from trafilatura's `title`. When that is not in the <title> but a longer
    leading part of the <title> stands alone on the page, trafilatura took a section's name or
    a teaser's heading, and that part is the headline. Else `title` without the site's name or
    section trail after it, when the page also gives the headline alone."""
    title = tidy(title)
    whole = page_title(tree)
    shown = _shown_headline(whole, tree)
    if shown and (not title or title not in whole) and len(shown) > len(title):
        return shown
    alone = [
        candidate
        for candidate in _headline_candidates(tree) + [shown]
        if candidate and len(candidate) < len(title) and _beside_site_name(candidate, title)
    ]
    return max(alone, key=len) if alone else title


def _beside_site_name(candidate: str, title: str) -> bool:
    """Whether `title` is `candidate` with the site's name or section trail cut off by a
    separator: after it ("Headline | Outlet"), or before it ("Outlet | Headline", as some
    og:titles put it)."""
    if title.startswith(candidate) and title_separator(title, len(candidate)):
        return True
    lead = title[: -len(candidate)]
    return title.endswith(candidate) and bool(lead.strip()) and bool(_LEADING_END.search(lead))


def _headline_candidates(tree: HtmlElement) -> list[str]:
    found = [tidy(heading.text_content()) for heading in tree.iter("h1")]
    found += meta(tree, "og:title") + meta(tree, "twitter:title")
    return [text for text in found if text]


def _shown_headline(whole: str, tree: HtmlElement) -> str:
    """The longest leading part of the <title> (cut at a separator, or all of it) that is the
    whole text of an element of the page's body and longer than each part after it: the site's
    name and section trail are shorter than a headline, and a leading site name is no headline."""
    for lead, rest in sorted(_title_cuts(whole), key=lambda cut: -len(cut[0])):
        parts = _TITLE_SEPARATOR.split(rest)
        if all(len(lead) > len(part.strip()) for part in parts) and _shown_alone(lead, tree):
            return lead
    return ""


def _title_cuts(whole: str) -> Iterator[tuple[str, str]]:
    """Each (leading part, rest) of a <title> cut at one of its separators, and (all, '')."""
    yield whole, ""
    for separator in _TITLE_SEPARATOR.finditer(whole):
        lead = whole[: separator.start()].strip()
        if lead:
            yield lead, whole[separator.end() :]


def _shown_alone(text: str, tree: HtmlElement) -> bool:
    """Whether an element in the page's body has exactly `text` as its text."""
    found = tree.xpath(
        "//body//*[not(self::script or self::style or self::title)][normalize-space(.)=$text]",
        text=text,
    )
    return bool(found)


def meta(tree: HtmlElement, key: str) -> list[str]:
    """The non-empty contents of <meta property=key> and <meta name=key>, tidied."""
    found = tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content')
    return [text for text in map(tidy, found) if text]


def outlet(sitename: str, title: str, tree: HtmlElement) -> str:
    """The site's name: its og:site_name, unless that is an address or a host; else the
    publisher its structured data names; else trafilatura's guess, unless that is an address,
    the headline or a Twitter handle no other declaration confirms; else the part of the <title>
    beside the headline ("Headline | Section | Outlet", "Outlet: Headline"); else the holder of
    the page's copyright; else the name its masthead's logo spells out; else the host
    og:site_name or trafilatura named, or '' (the build then names the host)."""
    declared = [name for name in meta(tree, "og:site_name") if not is_web_address(name)]
    # An og:site_name that is a host ("www.example.fr") is the address, not the name the
    # site goes by: any name the page gives elsewhere comes first.
    names = [name for name in declared if not _HOST_NAME.match(name)]
    if names:
        return names[0]
    publishers = _publishers(tree)
    if publishers:
        return publishers[0]
    name = tidy(sitename)
    if _is_site_name(name, title, tree) and not _HOST_NAME.match(name):
        return name
    found = (
        _title_outlet(title, page_title(tree)) or _copyright_holder(tree) or _logo_name(tree, title)
    )
    # trafilatura names the host when the page names nothing; a name the page gives comes first.
    hosts = declared + ([name] if _HOST_NAME.match(name) else [])
    return found or next(iter(hosts), "")


def _is_site_name(name: str, title: str, tree: HtmlElement) -> bool:
    """Whether trafilatura's guess is a name: not an address, not the headline, and not a
    Twitter handle unless an app of the site has that name."""
    if not name or _key(name) == _key(title) or is_web_address(name):
        return False
    return _key(name) not in _handles(tree) or _key(name) in _app_names(tree)


def _handles(tree: HtmlElement) -> set[str]:
    """The site's Twitter handles, as keys: a handle is often a short form ("nytimes")."""
    return {_key(handle.lstrip("@")) for handle in meta(tree, "twitter:site")}


def _app_names(tree: HtmlElement) -> set[str]:
    """The names of the site's apps, as keys: a handle equal to one is the site's name."""
    keys = ("application-name", "al:ios:app_name", "al:android:app_name", "al:iphone:app_name")
    return {_key(name) for key in keys for name in meta(tree, key)}


def _title_outlet(title: str, whole: str) -> str:
    """The last part of the <title> after the headline, or the part before it when the headline
    ends the <title>; '' when the <title> holds no headline or nothing beside it."""
    if not title or whole == title:
        return ""
    if whole.startswith(title) and _cut_after(whole, len(title)):
        parts = [part.strip() for part in _TITLE_SEPARATOR.split(whole[len(title) :])]
        parts = [part for part in parts if part]
        found = parts[-1] if parts else ""
    elif whole.endswith(title) and _LEADING_END.search(whole[: -len(title)]):
        lead = _LEADING_END.sub("", whole[: -len(title)])
        found = _TITLE_SEPARATOR.split(lead)[0].strip()
    else:
        return ""
    # "ABC News (Australian Broadcasting Corporation)", "The Times (London)": the name, without
    # the gloss a <title> adds in brackets.
    found = _BRACKETED_GLOSS.sub("", found) or found
    return found if 0 < len(found) <= _MAX_OUTLET else ""


def _cut_after(whole: str, at: int) -> bool:
    """Whether the <title> `whole` is cut between two parts at `at`, not inside a word
    ("Covid_19")."""
    following = whole[at]
    return title_separator(whole, at) or not (following.isalnum() or following == "_")


def _publishers(tree: HtmlElement) -> list[str]:
    """The names of the publisher in the page's JSON-LD: an article's publisher, else the one
    organisation the page describes."""
    nodes = list(_json_ld_nodes(tree))
    named = [_first(node.get("publisher")) for node in nodes]
    named += [node for node in nodes if _is_organisation(node)][:1]
    names = [tidy(str(node.get("name") or "")) for node in named if isinstance(node, dict)]
    return [
        name for name in names if name and not is_web_address(name) and len(name) <= _MAX_OUTLET
    ]


def _first(value: object) -> object:
    """A JSON-LD value, or the first of a list of them."""
    return value[0] if isinstance(value, list) and value else value


def _is_organisation(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(str(kind).endswith("Organization") for kind in kinds)


def _json_ld_nodes(tree: HtmlElement) -> Iterator[dict]:
    """The top-level objects of the page's JSON-LD blocks (those in an @graph included)."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        body = script.strip().removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            data = json.loads(body)
        except ValueError:
            continue
        for node in data if isinstance(data, list) else [data]:
            if isinstance(node, dict):
                yield node
                yield from (item for item in node.get("@graph", []) if isinstance(item, dict))


def _copyright_holder(tree: HtmlElement) -> str:
    """The holder named in the page's copyright line, without "LLC", "Inc." and the like."""
    for line in tree.xpath("//body//text()[contains(., '©') or contains(., 'opyright')]"):
        match = _COPYRIGHT.search(tidy(line))
        holder = match["holder"].strip(" .,") if match else ""
        if holder and len(holder.split()) <= _MAX_HOLDER_WORDS:
            return holder
    return ""


def _logo_name(tree: HtmlElement, title: str) -> str:
    """The name a masthead's logo spells out: the alt text of the image in a link to the site's
    own home page (href "/", or its own host with no path), without a "logo" or "home" beside
    it. A home page elsewhere is another site's (a share button's, a sponsor's)."""
    own = _own_hosts(tree)
    for link in tree.xpath("//body//a[img]"):
        href = link.get("href", "").strip()
        if not _HOME_LINK.match(href) or not (href == "/" or _host_key(href) in own):
            continue
        for alt in link.xpath("img/@alt"):
            name = tidy(_LOGO_WORDS.sub(" ", alt)).strip(" -|:")
            if _NOT_A_NAME.search(name):
                continue
            if name and len(name) <= _MAX_OUTLET and _key(name) != _key(title):
                return name
    return ""


def _own_hosts(tree: HtmlElement) -> set[str]:
    """The hosts of the addresses the page gives as its own (canonical link, og:url)."""
    found = tree.xpath('//link[@rel="canonical"]/@href') + meta(tree, "og:url")
    return {_host_key(url) for url in found if is_web_address(url.strip())} - {""}


def _host_key(url: str) -> str:
    """An address's host, lowercase and without "www."; '' for a malformed one."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def tidy(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKC", text).casefold() if char.isalnum()
    )
