"""Serve the output folder while watching: live reload after good builds, an overlay after bad ones."""

from __future__ import annotations

import functools
import json
import logging
import mimetypes
import re
import secrets
import socket
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger(__name__)

PREFIX = "/__digest__/"
RELOAD_SCRIPT_PATH = PREFIX + "reload.js"
EVENTS_PATH = PREFIX + "events"
STATUS_PATH = PREFIX + "status"
KEEPALIVE_SECONDS = 15.0


# Loaded by every served HTML page (never written into the site). It is an external script, not an
# inline one, so it works under a Content-Security-Policy that allows only 'self' scripts; the
# overlay is styled through the CSSOM, which such a policy does not block.
@functools.cache
def reload_script() -> bytes:
    """The reload script (generator/live/reload.js), read from the package on first use."""
    return resources.files("generator.live").joinpath("reload.js").read_bytes()


_WAITING_PAGE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Building…</title></head>
<body><p>digest has not built this site yet. This page reloads when the first build succeeds.</p>
</body></html>
"""


@dataclass(frozen=True)
class Snapshot:
    """The state browsers are told about: which good build is published, and the current error."""

    version: str
    builds: int
    error: tuple[str, ...] | None
    changes: int  # bumped on every state change, so a waiting client knows to look
    closed: bool = False
    # The URL path the site is served under: base_url's path ("/repo/" for a project site on
    # GitHub Pages), since the pages link to it (the 404 page, an absolute base_url's feed).
    base: str = "/"


class LiveState:
    """Shared between the rebuild loop (which reports builds) and the server threads (which wait)."""

    def __init__(self, base: str = "/") -> None:
        self._session = secrets.token_hex(4)  # a restarted server makes every open page reload
        self._changed = threading.Condition()
        self._snapshot = Snapshot(self._version(0), 0, None, 0, base=base)

    def _version(self, builds: int) -> str:
        return f"{self._session}-{builds}"

    def snapshot(self) -> Snapshot:
        with self._changed:
            return self._snapshot

    def published(self, base: str = "/") -> None:
        """A good build is in place, served under the URL path `base`: clear any error and tell
        every page to reload."""
        with self._changed:
            old = self._snapshot
            builds = old.builds + 1
            version = self._version(builds)
            self._snapshot = Snapshot(version, builds, None, old.changes + 1, base=base)
            self._changed.notify_all()

    def failed(self, error: Sequence[str]) -> None:
        """A build failed: the last good site stays where it was; pages show the error."""
        with self._changed:
            old = self._snapshot
            self._snapshot = replace(old, error=tuple(error), changes=old.changes + 1)
            self._changed.notify_all()

    def close(self) -> None:
        """Release every waiting event stream, so the server can stop."""
        with self._changed:
            old = self._snapshot
            self._snapshot = replace(old, changes=old.changes + 1, closed=True)
            self._changed.notify_all()

    def wait(self, seen: Snapshot, timeout: float) -> Snapshot:
        """The snapshot after the one seen, or the same one when nothing changed within timeout."""
        with self._changed:
            self._changed.wait_for(lambda: self._snapshot.changes != seen.changes, timeout)
            return self._snapshot


@dataclass(frozen=True)
class Response:
    status: HTTPStatus
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default=())


class LiveSite:
    """The application: answers a request path from the output folder as it is at that moment."""

    def __init__(self, output_dir: Path, state: LiveState) -> None:
        self.output_dir = output_dir.resolve()
        self.state = state

    def respond(self, target: str) -> Response:
        """The response to a GET of target (path and query), for everything but the event stream."""
        path = urlsplit(target).path
        if path == RELOAD_SCRIPT_PATH:
            return Response(HTTPStatus.OK, "text/javascript; charset=utf-8", reload_script())
        if path == STATUS_PATH:
            snapshot = self.state.snapshot()
            status = {"version": snapshot.version, "builds": snapshot.builds}
            status["error"] = list(snapshot.error) if snapshot.error else None
            return Response(HTTPStatus.OK, "application/json", json.dumps(status).encode())
        if path.startswith(PREFIX):
            return Response(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n")
        # Taken before the file is read: if a newer build lands in between, the page reloads once
        # more than needed rather than once too few.
        snapshot = self.state.snapshot()
        inside = _inside(unquote(path), unquote(snapshot.base))
        if inside is None and path in ("/", snapshot.base.rstrip("/")):
            return _redirect(snapshot.base)  # the address the terminal shows, or the slash
        if inside is None:
            return self._not_found(snapshot.version)  # a page outside the site's folder
        return self._file(inside, path, snapshot.version)

    def _file(self, inside: str, url_path: str, version: str) -> Response:
        """The file at `inside` (the decoded path under the site's base) asked as url_path."""
        parts = [part for part in inside.split("/") if part not in ("", ".")]
        if any(part.startswith(".") or "\\" in part or "\0" in part for part in parts):
            return self._not_found(version)  # also keeps '..' and the .digest-site marker out
        if not self.output_dir.is_dir():  # no build has written the site yet
            page = _inject(_WAITING_PAGE.encode(), version)
            return Response(HTTPStatus.SERVICE_UNAVAILABLE, "text/html; charset=utf-8", page)
        return self._read(parts, url_path, version)

    def _read(self, parts: list[str], url_path: str, version: str) -> Response:
        path = self.output_dir.joinpath(*parts)
        if path.is_dir():
            if not url_path.endswith("/"):  # relative links inside the page need the slash
                location = (("Location", url_path + "/"),)
                return Response(HTTPStatus.MOVED_PERMANENTLY, "text/plain", b"", location)
            path = path / "index.html"
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return self._not_found(version)
        return self._page(HTTPStatus.OK, path.name, data, version)

    def _not_found(self, version: str) -> Response:
        # The site's own 404 page links from base_url, so its links work under the base too.
        try:
            data = (self.output_dir / "404.html").read_bytes()
        except OSError:
            data = b"<!doctype html><title>Not found</title><p>Not found.</p>"
        return self._page(HTTPStatus.NOT_FOUND, "404.html", data, version)

    def _page(self, status: HTTPStatus, name: str, data: bytes, version: str) -> Response:
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if content_type == "text/html":
            data = _inject(data, version)
        if content_type.startswith("text/") or content_type == "application/json":
            content_type += "; charset=utf-8"
        return Response(status, content_type, data)

    def events(self, version: str | None) -> Iterator[bytes]:
        """The server-sent event stream: 'reload' after each good build, 'failed' with the error.

        A page passes the version it was served from, so a build that lands between serving the
        page and opening the stream still reloads it.
        """
        seen = self.state.snapshot()
        yield b"retry: 1000\n\n"
        if version is not None and version != seen.version:
            yield _event("reload", seen)
        elif seen.error:
            yield _event("failed", seen)
        while True:
            current = self.state.wait(seen, KEEPALIVE_SECONDS)
            if current.closed:
                return
            if current.version != seen.version:
                yield _event("reload", current)
            elif current.error and current.error != seen.error:
                yield _event("failed", current)
            elif current.changes == seen.changes:
                yield b": keep-alive\n\n"  # finds clients that went away
            seen = current


def _inside(path: str, base: str) -> str | None:
    """The decoded request path under the decoded base, from its "/", or None outside it."""
    if not path.startswith(base):
        return None
    return path[len(base) - 1 :]


def _redirect(location: str) -> Response:
    # 302, not 301: browsers keep a 301 for good, and base_url may change while watching.
    return Response(HTTPStatus.FOUND, "text/plain", b"", (("Location", location),))


def _event(name: str, snapshot: Snapshot) -> bytes:
    data = {"version": snapshot.version, "builds": snapshot.builds, "error": snapshot.error}
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


def _inject(html: bytes, version: str) -> bytes:
    """Add the reload script to a served page: before </head>, else </body>, else at the end."""
    tag = f'<script src="{RELOAD_SCRIPT_PATH}?version={version}" defer></script>\n'.encode()
    html = _allow_event_stream(html)
    lower = html.lower()
    at = lower.find(b"</head>")
    if at < 0:
        at = lower.rfind(b"</body>")
    if at < 0:
        return html + tag
    return html[:at] + tag + html[at:]


_META_TAG = re.compile(rb"<meta\s[^>]*>", re.IGNORECASE)
_CSP_EQUIV = re.compile(rb"""http-equiv\s*=\s*["']?content-security-policy\b""", re.IGNORECASE)
_CONTENT = re.compile(rb'(\scontent\s*=\s*")([^"]*)"', re.IGNORECASE)


def _allow_event_stream(html: bytes) -> bytes:
    """Let the page's Content-Security-Policy meta tag allow connecting to this server.

    A published page needs no connections and may forbid them all ("default-src 'none'"); only
    the copy served in watch mode is relaxed, by adding 'self' to connect-src, so the reload
    script can open its event stream.
    """

    def relax(content: re.Match[bytes]) -> bytes:
        directives = [d.strip() for d in content.group(2).split(b";") if d.strip()]
        names = [d.split(None, 1)[0].lower() for d in directives]
        if b"connect-src" in names:
            at = names.index(b"connect-src")
            kept = [s for s in directives[at].split()[1:] if s.lower() != b"'none'"]
            directives[at] = b" ".join([b"connect-src", *kept, b"'self'"])
        elif b"default-src" in names:
            directives.append(b"connect-src 'self'")
        return content.group(1) + b"; ".join(directives) + b'"'

    def tag(meta: re.Match[bytes]) -> bytes:
        if not _CSP_EQUIV.search(meta.group(0)):
            return meta.group(0)
        return _CONTENT.sub(relax, meta.group(0), count=1)

    return _META_TAG.sub(tag, html)


# Every server answers these names: a page on this machine opened through the loopback interface.
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_ALL_INTERFACES = frozenset({"0.0.0.0", "::"})
# A name, or an IPv6 address in brackets, then an optional port; compared in lower case.
_HOST_HEADER = re.compile(
    r"(?:\[(?P<ipv6>[0-9a-f.]*:[0-9a-f:.]*)\]|(?P<name>[^:\[\]]+))(?::(?P<port>\d{1,5}))?"
)
_REFUSED = b"403 Forbidden: this server does not answer for that Host; see the terminal.\n"


@dataclass(frozen=True)
class AllowedHosts:
    """The Host header values the server answers; a request for any other name gets 403.

    Through DNS rebinding, a page on evil.example can point its own name at 127.0.0.1 and then
    read this server (the briefing, the build's errors) as same-origin, but its requests still
    say "Host: evil.example". Vite and webpack-dev-server refuse those for the same reason.
    """

    names: frozenset[str]  # lower case; IPv6 addresses without brackets
    port: int

    @classmethod
    def serving(cls, host: str, bound: str, port: int) -> AllowedHosts:
        """The names for a server asked to listen on host (as --host gave it), bound to bound:port."""
        # The bound address is in the URL the terminal shows, and an address cannot be rebound.
        names = _LOOPBACK | {host.strip("[]").lower(), bound.lower()}
        if bound in _ALL_INTERFACES:
            names |= _own_names()
        return cls(names - {""}, port)

    def admits(self, header: str | None) -> bool:
        """Whether a request with this Host header (None when missing or repeated) is answered."""
        found = _HOST_HEADER.fullmatch(header.strip().lower()) if header else None
        if found is None:
            return False
        port = found["port"]
        return (found["ipv6"] or found["name"]) in self.names and port in (None, str(self.port))


def _own_names() -> frozenset[str]:
    """This machine's host name and the addresses it resolves to.

    Serving on all interfaces means other devices on the network may open the site by this
    machine's name or address. Accepting them is still safe: a rebinding page sends its own
    domain as Host, and cannot get a browser to treat a name the local network resolves (or an
    address literal) as its origin. An address not found here can be served with --host ADDRESS.
    """
    name = socket.gethostname()
    try:
        found = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
    except OSError as error:  # a host name that does not resolve: loopback and the name only
        log.debug("cannot resolve this machine's name %s: %s", name, error)
        found = []
    return frozenset({name.lower(), *(str(info[4][0]).lower() for info in found)})


def refusal(host: str | None, client: str) -> Response:
    """The 403 for a request whose Host this server does not answer; each one is logged."""
    log.warning(
        "warning: refused a request from %s for Host %r; this server answers only for its own "
        "address (pass --host NAME to serve under another name)",
        client,
        host,
    )
    return Response(HTTPStatus.FORBIDDEN, "text/plain; charset=utf-8", _REFUSED)


def create_app(output_dir: Path, state: LiveState) -> LiveSite:
    """The live-reload application for output_dir; testable without a socket."""
    return LiveSite(output_dir, state)


class _Handler(BaseHTTPRequestHandler):
    server: LiveServer
    server_version = "digest-watch"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        app = self.server.app
        hosts = self.headers.get_all("Host") or []
        host = hosts[0] if len(hosts) == 1 else None  # two Host headers are as bad as none
        split = urlsplit(self.path)
        if not self.server.allowed_hosts.admits(host):  # before any path, the event stream too
            self._send(refusal(host, self.address_string()), send_body)
        elif split.path == EVENTS_PATH and send_body:
            self._stream(app.events(parse_qs(split.query).get("version", [None])[0]))
        else:
            self._send(app.respond(self.path), send_body)

    def _send(self, response: Response, send_body: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def _stream(self, chunks: Iterator[bytes]) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)
            self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        log.debug("%s %s", self.address_string(), format % args)


class LiveServer(ThreadingHTTPServer):
    """A threaded HTTP server for one LiveSite; each event stream holds one thread."""

    daemon_threads = True

    def __init__(self, app: LiveSite, host: str, port: int) -> None:
        self.app = app
        self.address_family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        super().__init__((host, port), _Handler)
        bound, bound_port = self.server_address[:2]
        self.allowed_hosts = AllowedHosts.serving(host, str(bound), bound_port)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}/"

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that goes away mid-response is normal; anything else is logged in full."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            return
        log.exception("error while answering %s", client_address)
