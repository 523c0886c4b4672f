"""sitemap.xml, for search engines: only possible when base_url gives the site's full address."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from generator.links import is_absolute, site_url

SITEMAP_PATH = "sitemap.xml"
_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_xml(base_url: str, pages: Iterable[str]) -> bytes | None:
    """A sitemap of the given pages in their given order, or None when base_url is only a path."""
    if not is_absolute(base_url):
        return None
    urlset = ET.Element("urlset", xmlns=_NS)
    for path in pages:
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = site_url(base_url, path)
    ET.indent(urlset)
    document = ET.tostring(urlset, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{document}\n'.encode()
