"""A scripted web server on a loopback address that records everything it receives.

Origins are scheme + host + port: two of these servers are two different sites. They listen
on 127.0.0.1 and 127.0.0.2 (the whole 127/8 is loopback on Linux) so that "another host" is
really another host name, as in the attacks they stand for.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
import xmlrpc.client
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = Callable[["Handler"], None]


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeServer:
    url: str = ""
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    bytes_sent: int = 0
    finished: threading.Event = field(default_factory=threading.Event)

    def route(self, method: str, path: str, handler: Route) -> None:
        self.routes[(method, path)] = handler

    def json(self, method: str, path: str, value: Any, status: int = 200) -> None:
        self.route(method, path, lambda h: h.send_json(value, status))

    def raw_json(self, method: str, path: str, body: bytes) -> None:
        self.route(method, path, lambda h: h.send_body(body, "application/json"))

    def xmlrpc(self, answers: dict[str, Any]) -> None:
        """``/xmlrpc.php`` answering each method with ``answers[method]``."""

        def answer(handler: Handler) -> None:
            params, method = xmlrpc.client.loads(handler.body)
            del params
            value = answers.get(str(method), "")
            body = xmlrpc.client.dumps((value,), methodresponse=True, allow_none=True)
            handler.send_body(body.encode(), "text/xml")

        self.route("POST", "/xmlrpc.php", answer)

    def seen(self, method: str = "") -> list[Received]:
        return [r for r in self.received if not method or r.method == method]


class Handler(BaseHTTPRequestHandler):
    server_version = "Fake/1"
    fake: FakeServer
    body: bytes

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        self.fake.received.append(
            Received(self.command, self.path, dict(self.headers.items()), self.body)
        )
        handler = self.fake.routes.get((self.command, path))
        try:
            if handler is None:
                self.send_json({"code": "rest_no_route", "message": "No route"}, 404)
            else:
                handler(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: what these scenarios want
        finally:
            self.fake.finished.set()

    do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - http.server's names

    def send_body(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.write(body)

    def send_json(self, value: Any, status: int = 200) -> None:
        self.send_body(json.dumps(value).encode(), "application/json", status)

    def redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        self.fake.bytes_sent += len(data)

    def log_message(self, *_args: object) -> None:
        pass


def drip_body(every: float, count: int = 30) -> Route:
    """Headers at once, then one byte of the body every ``every`` seconds (at most ``count``)."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(count))
        handler.end_headers()
        handler.wfile.flush()
        for _ in range(count):
            handler.write(b" ")
            time.sleep(every)

    return route


def drip_headers(every: float, count: int = 30) -> Route:
    """A status line, then one byte of a header every ``every`` seconds."""

    def route(handler: Handler) -> None:
        handler.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(count):
            handler.write(b"a")
            time.sleep(every)

    return route


def endless(chunk: int = 64 * 1024, limit: int = 1024**3, declared: int | None = None) -> Route:
    """An answer that goes on (up to ``limit`` bytes), with no length or a ``declared`` one."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declared is not None:
            handler.send_header("Content-Length", str(declared))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.write(b"[")
        block = b'"xxxxxxxxxxxxxx",' * (chunk // 17)
        while handler.fake.bytes_sent < limit:
            handler.write(block)

    return route


@contextmanager
def serving(host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> Iterator[FakeServer]:
    fake = FakeServer()
    handler = type("BoundHandler", (Handler,), {"fake": fake})
    httpd = ThreadingHTTPServer((host, 0), handler)
    httpd.daemon_threads = True
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    scheme = "https" if tls is not None else "http"
    fake.url = f"{scheme}://{host}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()


def wordpress_index(fake: FakeServer, *, home: str = "", bridge: bool = False) -> None:
    """The routes discovery and sign-in read: home page, REST index, the user."""
    namespaces = ["wp/v2", "newsdesk/v1"] if bridge else ["wp/v2"]
    index = {"name": "Cổng", "home": home or fake.url, "url": fake.url, "namespaces": namespaces}
    page = f'<html><head><link rel="https://api.w.org/" href="{fake.url}/wp-json/"></head></html>'
    fake.route("GET", "/", lambda h: h.send_body(page.encode(), "text/html; charset=utf-8"))
    fake.json("GET", "/wp-json/", index)
    fake.json(
        "GET", "/wp-json/wp/v2/users/me", {"id": 3, "name": "Phóng viên", "roles": ["contributor"]}
    )
