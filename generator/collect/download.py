"""Downloading pages like a good citizen: timeouts, a size limit, two at a time per host."""

from __future__ import annotations

import datetime
import logging
import socket
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from generator import __version__
from generator.collect import CollectFailed
from generator.collect.charset import decode_html, looks_like_html

log = logging.getLogger(__name__)

USER_AGENT = f"digest/{__version__} (news briefing generator; python-httpx/{httpx.__version__})"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class DownloadSettings:
    """How patient and how greedy a download may be."""

    connect_timeout: float = 10.0  # seconds to reach the server
    read_timeout: float = 20.0  # seconds the server may stay silent mid-answer
    total_timeout: float = 60.0  # seconds for a whole page, however it trickles in
    max_bytes: int = 5_000_000  # of the page once decompressed; beyond it the download stops
    max_redirects: int = 10
    per_host: int = 2  # downloads from one host at once
    workers: int = 8  # downloads at once in all


DEFAULT_SETTINGS = DownloadSettings()


@dataclass(frozen=True, slots=True)
class Download:
    """A page as downloaded: the address asked for, the one it ended at, and its text."""

    requested: str
    final_url: str
    html: str
    fetched: datetime.datetime  # when the download finished, in UTC


def download_all(
    urls: Sequence[str], settings: DownloadSettings = DEFAULT_SETTINGS
) -> list[Download | CollectFailed]:
    """Each URL's page or the reason it could not be had, in the order given; several at once,
    never more than `settings.per_host` from one host."""
    gates = {_host(url): threading.Semaphore(settings.per_host) for url in urls}

    def fetch(url: str) -> Download | CollectFailed:
        with gates[_host(url)]:
            try:
                return _download(client, url, settings)
            except CollectFailed as failure:
                return failure

    with (
        _client(settings) as client,
        ThreadPoolExecutor(max_workers=max(1, min(settings.workers, len(urls)))) as pool,
    ):
        return list(pool.map(fetch, urls))


def _client(settings: DownloadSettings) -> httpx.Client:
    timeout = httpx.Timeout(
        connect=settings.connect_timeout,
        read=settings.read_timeout,
        write=settings.read_timeout,
        pool=settings.total_timeout,
    )
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
        timeout=timeout,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        trust_env=False,  # no proxy or .netrc credentials picked up from the environment
    )


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or parts.scheme}"


def _download(client: httpx.Client, url: str, settings: DownloadSettings) -> Download:
    """One page, or CollectFailed naming the reason in a reader's words."""
    deadline = time.monotonic() + settings.total_timeout
    try:
        with client.stream("GET", url) as response:
            _check_status(response)
            _check_type(response)
            body = _read(response, settings, deadline)
            if not looks_like_html(body):
                raise CollectFailed("not an HTML page (the server sent no type, and no HTML)")
            html = decode_html(body, response.charset_encoding)
            fetched = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
            log.debug("downloaded %s (%d bytes) from %s", url, len(body), response.url)
            return Download(url, str(response.url), html, fetched)
    except httpx.ConnectTimeout:
        raise CollectFailed(f"could not connect within {settings.connect_timeout:g} s") from None
    except httpx.ReadTimeout:
        raise CollectFailed(
            f"timed out: the server sent nothing for {settings.read_timeout:g} s"
        ) from None
    except httpx.TimeoutException as error:
        raise CollectFailed(f"timed out ({error})") from None
    except httpx.ConnectError as error:
        raise CollectFailed(_connect_problem(error)) from None
    except httpx.TooManyRedirects:
        raise CollectFailed(f"too many redirects (more than {settings.max_redirects})") from None
    except httpx.UnsupportedProtocol as error:
        raise CollectFailed(f"redirected to an address that is not http(s) ({error})") from None
    except httpx.DecodingError:
        raise CollectFailed("the server sent compressed data that cannot be unpacked") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:  # a dropped connection, a bad header
        raise CollectFailed(f"the download failed ({type(error).__name__}: {error})") from None


def _connect_problem(error: httpx.ConnectError) -> str:
    cause = error.__context__
    while cause is not None and not isinstance(cause, socket.gaierror):
        cause = cause.__context__
    if isinstance(cause, socket.gaierror):
        return "the host name was not found (DNS); check the address"
    return f"could not connect ({error})"


def _check_status(response: httpx.Response) -> None:
    code = response.status_code
    if code < 400:
        return
    status = f"HTTP {code} {response.reason_phrase}".rstrip()
    if code in (404, 410):
        reason = f"not found ({status})" if code == 404 else f"gone ({status})"
    elif code in (401, 403):
        reason = f"refused ({status}); save the page from your browser and add the file instead"
    elif code == 429:
        reason = f"too many requests ({status}); try again later"
    elif code >= 500:
        reason = f"the server failed ({status}); try again later"
    else:
        reason = status
    raise CollectFailed(reason)


def _check_type(response: httpx.Response) -> None:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type and media_type not in _HTML_TYPES:
        raise CollectFailed(f"not an HTML page (the server sent {media_type})")


def _read(response: httpx.Response, settings: DownloadSettings, deadline: float) -> bytes:
    """The body, decompressed, streamed so that a huge or endless answer is cut off early."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise CollectFailed(
            f"too large: {int(declared) / 1_000_000:.1f} MB, over the {_limit(settings)} limit; "
            "not downloaded"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > settings.max_bytes:
            raise CollectFailed(f"too large: over the {_limit(settings)} limit; download stopped")
        if time.monotonic() > deadline:
            raise CollectFailed(f"timed out: the page took over {settings.total_timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _limit(settings: DownloadSettings) -> str:
    return f"{settings.max_bytes / 1_000_000:g} MB"
