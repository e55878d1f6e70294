"""Typed errors and discovery against small local HTTP servers (the real site is elsewhere)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
)
from newsdesk.sites.http import HttpClient
from newsdesk.sites.wp_discovery import discover, normalise_site_url

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = ROUTES.get(self.path, (404, {}, b"<html>nothing</html>"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _wp_error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"code": code, "message": message, "data": {"status": status}})
    return status, {"Content-Type": "application/json"}, body.encode()


@pytest.mark.parametrize(
    ("status", "code", "error", "retryable"),
    [
        (400, "rest_invalid_param", InvalidRequest, False),
        (401, "rest_not_logged_in", AuthError, False),
        (403, "rest_cannot_publish", PermissionDenied, False),
        (404, "rest_post_invalid_id", NotFound, False),
        (409, "newsdesk_conflict", Conflict, False),
        (500, "internal_server_error", ServerError, True),
        (500, "rest_upload_sideload_error", InvalidRequest, False),
        (503, "", ServerError, True),
    ],
)
def test_status_codes_become_typed_errors(server, status, code, error, retryable) -> None:
    ROUTES["/e"] = _wp_error(status, code, "Xin lỗi, bạn không được phép.")
    with pytest.raises(error) as caught:
        HttpClient().request("GET", server + "/e")
    assert caught.value.retryable is retryable
    assert caught.value.action
    if code:
        assert caught.value.code == code
        assert "Xin lỗi" in str(caught.value)


def test_rate_limit_carries_retry_after(server) -> None:
    ROUTES["/slow"] = (429, {"Retry-After": "7"}, b"")
    with pytest.raises(RateLimited) as caught:
        HttpClient().request("GET", server + "/slow")
    assert caught.value.retry_after == 7.0
    assert caught.value.retryable


def test_nothing_listening_is_unreachable() -> None:
    with pytest.raises(Unreachable) as caught:
        HttpClient(timeout=(1, 1)).request("GET", "http://127.0.0.1:9/")
    assert caught.value.retryable
    assert "did not answer" in caught.value.cause


def test_a_plain_web_page_is_not_wordpress(server) -> None:
    ROUTES["/"] = (200, {"Content-Type": "text/html"}, b"<html><h1>Portal</h1></html>")
    with pytest.raises(NotASite, match="No WordPress REST API"):
        discover(HttpClient(), server)


def test_rest_api_without_wp_v2_is_reported_as_switched_off(server) -> None:
    index = json.dumps({"name": "x", "namespaces": ["oembed/1.0"]}).encode()
    ROUTES["/wp-json/"] = (200, {"Content-Type": "application/json"}, index)
    with pytest.raises(NotASite, match="switched off"):
        discover(HttpClient(), server)
    del ROUTES["/wp-json/"]


def test_plain_permalinks_fall_back_to_rest_route(server) -> None:
    index = json.dumps({"name": "x", "namespaces": ["wp/v2"]}).encode()
    ROUTES["/?rest_route=/"] = (200, {"Content-Type": "application/json"}, index)
    api = discover(HttpClient(), server + "/")
    assert not api.pretty
    assert api.url("wp/v2/posts") == server + "/?rest_route=/wp/v2/posts"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mattran.quangtri.gov.vn", "https://mattran.quangtri.gov.vn"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        (" https://site.vn/wp-json/ ", "https://site.vn"),
        ("https://site.vn/news/wp-admin", "https://site.vn/news"),
    ],
)
def test_site_addresses_are_normalised(typed: str, expected: str) -> None:
    assert normalise_site_url(typed) == expected


@pytest.mark.parametrize("typed", ["", "ftp://site.vn", "http://"])
def test_unusable_addresses_are_refused(typed: str) -> None:
    with pytest.raises(NotASite):
        normalise_site_url(typed)
