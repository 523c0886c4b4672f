"""Links between pages: relative hrefs, so the site works under any sub-path, and absolute URLs."""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

SOURCE_SCHEMES = ("http", "https")  # where an article's source (url, based_on) may point
TEXT_LINK_SCHEMES = ("http", "https", "mailto")  # where a link inside article text may point
# Control characters and white space hide a scheme from a reader ("java\tscript:").
_NOT_IN_URL = re.compile(r"[\x00-\x1f\x7f\s]")


@dataclass(frozen=True, slots=True)
class Link:
    """A link as a template shows it; `current` marks the page the reader is on."""

    text: str
    href: str
    current: bool = False


def is_safe_url(url: str, schemes: tuple[str, ...] = SOURCE_SCHEMES) -> bool:
    """Whether a URL from an article may become a link: an allowed scheme, a host for http(s),
    and nothing that hides the scheme. The one check for source URLs and links in text."""
    if _NOT_IN_URL.search(url):
        return False
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme in schemes and (scheme == "mailto" or bool(parts.hostname))


def relative(from_page: str, to_path: str) -> str:
    """The href from one site page to another site path, so the site works under any sub-path."""
    return relative_from_folder(posixpath.dirname(from_page), to_path)


@functools.lru_cache(maxsize=1 << 16)
def relative_from_folder(folder: str, to_path: str) -> str:
    """The href to to_path from a page in `folder` ("" for the root).

    A big briefing asks for a hundred thousand links from pages in a handful of folders, so
    answers are remembered, and the plain case is worked out without relpath (which asks the
    operating system for the working directory each time).
    """
    folders = folder.split("/") if folder else []
    joined = "/".join(["", *folders, to_path])
    if "/." in joined or "//" in joined or joined.endswith("/"):  # ".", "..", "", absolute
        return posixpath.relpath(to_path, folder or ".")
    target = to_path.split("/")
    shared = 0
    for folder, part in zip(folders, target, strict=False):
        if folder != part:
            break
        shared += 1
    return "/".join([".."] * (len(folders) - shared) + target[shared:]) or "."


def is_absolute(base_url: str) -> bool:
    """Whether base_url names the whole address of the site (http or https), not just its path."""
    return base_url.startswith(("http://", "https://"))


def base_path(base_url: str) -> str:
    """The URL path a site with this base_url is served under: the path of a full address
    ("https://user.github.io/repo/" -> "/repo/"), or base_url itself (validated to end in "/")."""
    return (urlsplit(base_url).path or "/") if is_absolute(base_url) else base_url


def site_url(base_url: str, path: str) -> str:
    """The address of a site path under base_url (which briefing.toml validation ends with '/')."""
    return base_url + path
