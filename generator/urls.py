"""Web addresses: which text is one, and the one spelling two addresses of a page share
(digest add compares a new page with those of the briefing; the build finds the original a
rewrite names in `based_on`)."""

from __future__ import annotations

import functools
from urllib.parse import parse_qsl, urlencode, urlsplit

from generator.links import is_safe_url

# Query parameters that say how a reader arrived, never which page they read.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid"}
    | {"mc_eid", "_ga", "_gl", "ref_src", "ocid", "cmpid", "smid", "sr_share"}
)
TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_address(text: str) -> bool:
    """Whether `text` is an http(s) address with a host (the build's own check for source URLs)."""
    return is_safe_url(text)


# Looked up for every article, build after build in watch mode.
@functools.lru_cache(maxsize=1 << 14)
def normalise(url: str) -> str:
    """The key two addresses of one page share: no scheme, 'www.', default port, trailing
    slash, fragment or tracking parameters; the other parameters sorted."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # "host:notaport": keep the address as written
        port = None
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = urlencode(sorted(_kept_parameters(parts.query)))
    return f"{host}{path}?{query}" if query else f"{host}{path}"


def _kept_parameters(query: str) -> list[tuple[str, str]]:
    return [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if name.lower() not in TRACKING_PARAMETERS
        and not name.lower().startswith(TRACKING_PREFIXES)
    ]


def same_site(first: str, second: str) -> bool:
    """Whether two addresses are on one site: the same host, give or take 'www.' or a subdomain."""
    one, other = (normalise(url).split("/", 1)[0].split(":")[0] for url in (first, second))
    return one == other or one.endswith(f".{other}") or other.endswith(f".{one}")


def site_of(url: str, outlet: str) -> str:
    """The site an article comes from: its address's host without "www.", else its outlet (a
    site's articles share its template; see analysis/templates.py and briefing/copies/)."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or outlet.strip()
