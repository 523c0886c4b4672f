"""The watch-mode server: which Host headers it answers, and the reload script it serves."""

from __future__ import annotations

import http.client
import logging
import socket
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from generator.live.serve import (
    AllowedHosts,
    LiveServer,
    LiveState,
    create_app,
    refusal,
    reload_script,
)

TIMEOUT = 10.0
FOUND_PATHS = ["/", "/index.html", "/__digest__/reload.js", "/__digest__/status"]


# Without a socket: the reload script, and which Host headers are admitted.


def test_the_reload_script_is_served_byte_for_byte_from_reload_js(tmp_path: Path) -> None:
    source = resources.files("generator.live").joinpath("reload.js").read_bytes()
    response = create_app(tmp_path, LiveState()).respond("/__digest__/reload.js?version=x")
    assert response.status == 200
    assert response.content_type == "text/javascript; charset=utf-8"
    assert response.body == source
    assert b'new EventSource("/__digest__/events?version="' in source
    assert b'lines.join("\\n")' in source and b"\\\\" not in source  # one JS backslash, not two


def test_the_reload_script_is_read_from_the_package_only_once(tmp_path: Path) -> None:
    reload_script.cache_clear()
    app = create_app(tmp_path, LiveState())
    for _ in range(3):
        app.respond("/__digest__/reload.js")
    assert reload_script.cache_info().misses == 1


@pytest.mark.parametrize(
    "host",
    [
        "localhost", "localhost:8000", "LocalHost:8000", "127.0.0.1", "127.0.0.1:8000",
        "[::1]", "[::1]:8000", "[::1]:8000 ",
    ],
)  # fmt: skip
def test_loopback_names_with_or_without_the_served_port_are_admitted(host: str) -> None:
    assert AllowedHosts.serving("127.0.0.1", "127.0.0.1", 8000).admits(host)


@pytest.mark.parametrize(
    "host",
    [
        None, "", "evil.example", "evil.example:8000", "localhost.evil.example:8000",
        "127.0.0.1.nip.io:8000", "localhost:8001", "127.0.0.1:80", "[::1]:8001", "::1",
        "[::1", "localhost:", "localhost:8000:8000", "localhost:8000@evil.example",
        "localhost:abc", "user@localhost:8000",
    ],
)  # fmt: skip
def test_other_names_ports_and_malformed_hosts_are_refused(host: str | None) -> None:
    assert not AllowedHosts.serving("127.0.0.1", "127.0.0.1", 8000).admits(host)


def test_a_named_host_admits_that_name_and_its_bound_address_but_not_the_machine_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(socket, "gethostname", lambda: "workstation")
    allowed = AllowedHosts.serving("Digest.LAN", "192.168.1.5", 8000)
    assert allowed.admits("digest.lan:8000") and allowed.admits("DIGEST.lan")
    assert allowed.admits("192.168.1.5:8000") and allowed.admits("localhost:8000")
    assert not allowed.admits("workstation:8000")
    assert not allowed.admits("evil.example:8000")


def fake_addresses(name: str, *args: object, **kwargs: object) -> list[tuple]:
    assert name == "Workstation"  # looked up as the system spells it
    return [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.5", 0)),
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("FE80::1", 0, 0, 0)),
    ]


@pytest.mark.parametrize("wildcard", ["0.0.0.0", "::"])
def test_all_interfaces_admit_the_machine_name_and_addresses_and_nothing_foreign(
    monkeypatch: pytest.MonkeyPatch, wildcard: str
) -> None:
    monkeypatch.setattr(socket, "gethostname", lambda: "Workstation")
    monkeypatch.setattr(socket, "getaddrinfo", fake_addresses)
    allowed = AllowedHosts.serving(wildcard, wildcard, 8000)
    for host in ["workstation:8000", "WORKSTATION", "192.168.1.5:8000", "[fe80::1]:8000"]:
        assert allowed.admits(host), host
    assert allowed.admits("localhost:8000") and allowed.admits("[::1]:8000")
    bound = f"[{wildcard}]:8000" if ":" in wildcard else f"{wildcard}:8000"
    assert allowed.admits(bound)  # the address in the URL the terminal shows
    assert not allowed.admits("evil.example:8000")
    assert not allowed.admits("workstation:8001")


def test_all_interfaces_still_admit_loopback_when_the_machine_name_does_not_resolve(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unresolvable(*args: object, **kwargs: object) -> list[tuple]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "gethostname", lambda: "workstation")
    monkeypatch.setattr(socket, "getaddrinfo", unresolvable)
    allowed = AllowedHosts.serving("0.0.0.0", "0.0.0.0", 8000)
    assert allowed.admits("localhost:8000") and allowed.admits("workstation:8000")
    assert not allowed.admits("evil.example:8000")


def test_a_refusal_is_a_short_plain_text_403_logged_as_a_warning_naming_the_host(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="generator.live.serve"):
        response = refusal("evil.example:8000", "203.0.113.9")
    assert response.status == 403 and response.content_type == "text/plain; charset=utf-8"
    assert response.body.startswith(b"403 Forbidden") and len(response.body) < 200
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert "'evil.example:8000'" in record.getMessage() and "203.0.113.9" in record.getMessage()


# With a real socket: the server on a free loopback port, asked with chosen Host headers.


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><head></head><body>Bridge closed</body></html>")
    state = LiveState()
    live = LiveServer(create_app(site, state), "127.0.0.1", 0)
    thread = threading.Thread(target=live.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield live
    finally:
        state.close()  # releases any event stream still open
        live.shutdown()
        live.server_close()
        thread.join()


def request(
    live: LiveServer, path: str, hosts: list[str], method: str = "GET"
) -> tuple[int, str, bytes]:
    """Status, Content-Type and the body's start for path asked with exactly these Host headers."""
    connection = http.client.HTTPConnection(*live.server_address[:2], timeout=TIMEOUT)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for host in hosts:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        content_type = response.getheader("Content-Type", "")
        # An event stream never ends: its first line is enough.
        body = response.fp.readline() if "event-stream" in content_type else response.read()
        return response.status, content_type, body
    finally:
        connection.close()


@pytest.mark.parametrize("path", [*FOUND_PATHS, "/missing", "/__digest__/events"])
@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "localhost:1"])
def test_a_foreign_host_gets_403_on_every_path_including_the_event_stream_and_status(
    server: LiveServer, path: str, host: str
) -> None:
    host = host.format(port=server.server_address[1])
    status, content_type, body = request(server, path, [host])
    assert (status, content_type) == (403, "text/plain; charset=utf-8")
    assert body.startswith(b"403 Forbidden")
    assert b"Bridge closed" not in body and b"EventSource" not in body


@pytest.mark.parametrize("path", FOUND_PATHS)
@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_loopback_hosts_with_the_served_port_get_the_site_the_script_and_the_status(
    server: LiveServer, path: str, host: str
) -> None:
    status, _, body = request(server, path, [host.format(port=server.server_address[1])])
    assert status == 200 and body


def test_a_loopback_host_gets_the_event_stream(server: LiveServer) -> None:
    port = server.server_address[1]
    status, content_type, body = request(server, "/__digest__/events", [f"localhost:{port}"])
    assert (status, content_type, body) == (200, "text/event-stream", b"retry: 1000\n")


def test_a_head_request_for_a_foreign_host_is_refused_too(server: LiveServer) -> None:
    assert request(server, "/", ["evil.example"], method="HEAD")[0] == 403


def test_a_request_with_two_host_headers_is_refused(server: LiveServer) -> None:
    port = server.server_address[1]
    assert request(server, "/", [f"localhost:{port}", "evil.example"])[0] == 403


def test_an_http_1_0_request_without_a_host_header_is_refused(server: LiveServer) -> None:
    with socket.create_connection(server.server_address[:2], timeout=TIMEOUT) as connection:
        connection.sendall(b"GET /__digest__/status HTTP/1.0\r\n\r\n")
        answer = b"".join(iter(lambda: connection.recv(4096), b""))
    assert answer.startswith(b"HTTP/1.0 403 ") and b'"builds"' not in answer


def test_each_refused_request_is_logged_with_its_host(
    server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="generator.live.serve"):
        request(server, "/", ["evil.example"])
        request(server, "/__digest__/events", ["rebind.evil.example:80"])
        request(server, "/", [f"localhost:{server.server_address[1]}"])
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(messages) == 2
    assert "'evil.example'" in messages[0] and "'rebind.evil.example:80'" in messages[1]
