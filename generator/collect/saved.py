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
# A whole page closes its <body> and <html> (every saved page of the extraction sets does). A
# save that stopped part-way (a closed tab, a full disk, a copy interrupted) ends wherever it
# stopped: inside a word or a tag, or after one with blocks still open. The end tags are looked
# for in the page's last characters only: a script's string may hold one higher up.
_END_TAGS = ("</html", "</body")
_TAIL = 65_536
_OPENED = re.compile(r"<div\b", re.IGNORECASE)
_CLOSED = re.compile(r"</div\s*>", re.IGNORECASE)
_LEFT_OPEN = 3  # blocks a whole page leaves open: none, or one or two in malformed markup


@dataclass(frozen=True, slots=True)
class SavedPage:
    """A saved page's text and the address the browser noted, if it did ('' otherwise)."""

    path: Path
    html: str
    address: str
    cut_short: bool = False  # the file stops before the page's end (is_cut_short)


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
    return SavedPage(path, html, _saved_from(html), is_cut_short(html))


def is_cut_short(html: str) -> bool:
    """Whether a saved page stops before its end: it closes neither its <body> nor its <html>,
    and stops inside text or a tag, or on a tag with three <div>s or more left open. HTML lets a
    page leave both end tags out; one that does ends on a tag with its blocks closed."""
    tail = html[-_TAIL:].rstrip()
    if any(tag in tail.lower() for tag in _END_TAGS):
        return False
    if not tail.endswith(">"):
        return True
    return len(_OPENED.findall(html)) - len(_CLOSED.findall(html)) >= _LEFT_OPEN


def _saved_from(html: str) -> str:
    found = _SAVED_FROM.search(html[:4096])
    address = found.group(1) if found else ""
    return address if is_web_address(address) else ""
