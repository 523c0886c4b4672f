"""A web page's bytes: whether they are HTML, and their text in the encoding the page declares."""

from __future__ import annotations

import codecs
import re

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">; browsers
# look for it in the first 1,024 bytes, pages saved by hand sometimes push it a little further.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 4096
_SNIFF_BYTES = 2048
_HTML_TAGS = ("<!doctype html", "<html", "<head", "<body", "<meta", "<title")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The web's labels that mean Windows-1252 in every browser (the WHATWG Encoding Standard).
_BROWSER_MEANING = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def looks_like_html(data: bytes) -> bool:
    """Whether bytes start like an HTML page, as a browser sniffs: a tag first, and an HTML one
    (doctype, html, head, body, meta or title) among the first 2,048 bytes."""
    head = decode_html(data[:_SNIFF_BYTES]).lstrip().lower()
    return head.startswith("<") and any(tag in head for tag in _HTML_TAGS)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Text of a page: a byte-order mark, else the HTTP header's charset (`declared`), else the
    page's <meta charset>, else UTF-8 if the bytes are UTF-8, else Windows-1252 (the web's default).
    """
    for bom, codec in _BOMS:  # a BOM is unambiguous; browsers let it override the header too
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    for label in (declared, _meta_charset(data)):
        codec = _codec(label)
        if codec:
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if not found:
        return None
    label = found.group(1).decode("ascii")
    # Bytes in which an ASCII <meta> tag can be read are not UTF-16, whatever the tag says;
    # browsers read them as UTF-8.
    return "utf-8" if label.lower().startswith("utf-16") else label


def _codec(label: str | None) -> str | None:
    """Python's codec for an encoding label, or None for a missing or unknown one."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _BROWSER_MEANING.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
