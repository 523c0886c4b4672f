"""Pages saved from a browser ("Save page as…", HTML only or complete): the file's page and address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.collect import CollectFailed
from generator.collect.charset import decode_html, looks_like_html
from generator.urls import is_web_address

# A complete save can inline images and styles; still far beyond any news page's HTML.
MAX_BYTES = 20_000_000
# Chrome and Edge (and Internet Explorer before them) mark a saved page with where it came from.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_MHTML = re.compile(rb"^(From|MIME-Version|Snapshot-Content-Location|Subject):", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SavedPage:
    """A saved page's text and the address the browser noted, if it did ('' otherwise)."""

    path: Path
    html: str
    address: str


def read_saved_page(path: Path) -> SavedPage:
    """The page in a saved HTML file, or CollectFailed saying why the file is not one."""
    if path.is_dir():
        raise CollectFailed("is a folder; give the .html file saved next to it")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CollectFailed(f"is {size / 1_000_000:.0f} MB, too large for a saved news page")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CollectFailed("no such file, and not an http(s) address") from None
    except OSError as error:
        raise CollectFailed(f"cannot be read ({error.strerror})") from None
    if _MHTML.match(data):
        raise CollectFailed(
            "is a single-file web archive (MHTML); save the page as 'Webpage, HTML only' "
            "or 'Webpage, complete' instead"
        )
    if not looks_like_html(data):
        raise CollectFailed("is not a saved web page (no HTML in it); save the page as HTML")
    html = decode_html(data)
    return SavedPage(path, html, _saved_from(html))


def _saved_from(html: str) -> str:
    found = _SAVED_FROM.search(html[:4096])
    address = found.group(1) if found else ""
    return address if is_web_address(address) else ""
