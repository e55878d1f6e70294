"""Bad input gets a message naming the cause and the next step, and changes nothing."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsdesk.context import AppContext
from newsdesk.paths import Paths
from tests.e2e.helpers import newsdesk, show

pytestmark = pytest.mark.wordpress


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def plain_web_server(tmp_path: Path) -> Iterator[str]:
    """A real web server with an ordinary home page and no WordPress behind it."""
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "index.html").write_text("<h1>Cổng thông tin</h1>", encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "www"))
    handler.log_message = lambda *_a: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _add(desk: Path, url: str, user: str, password: str) -> tuple[str, str]:
    code, reason = newsdesk(
        desk,
        "site",
        "add",
        "portal",
        "--url",
        url,
        "--user",
        user,
        stdin=password + "\n",
        check=False,
    ).split("\n", 1)
    return code, reason


def _set_title(desk: Path, article_id: int, title: str) -> None:
    ctx = AppContext.open(Paths.resolve(desk))
    try:
        ctx.store.save_article(ctx.store.get_article(article_id).edited(title=title))
    finally:
        ctx.close()


def _no_sites(desk: Path) -> bool:
    return newsdesk(desk, "site", "list").strip() == ""


def test_wrong_url_says_the_site_did_not_answer(tmp_path) -> None:
    code, reason = _add(tmp_path, f"http://127.0.0.1:{_free_port()}", "reporter", "x")
    assert code == "1"
    assert "did not answer" in reason
    assert "network" in reason
    assert _no_sites(tmp_path)


def test_a_site_that_is_not_wordpress(tmp_path, plain_web_server) -> None:
    code, reason = _add(tmp_path, plain_web_server, "reporter", "x")
    assert code == "1"
    assert "found no publishing API" in reason
    assert _no_sites(tmp_path)


def test_rest_api_switched_off_falls_back_to_xmlrpc_and_says_so(tmp_path, wp_site) -> None:
    from tests.wpsite_fixture import wpsite

    user = wp_site.users["reporter"]
    wpsite.set_rest_api(wp_site.dir, enabled=False)
    try:
        out = newsdesk(
            tmp_path,
            "site",
            "add",
            "portal",
            "--url",
            wp_site.url,
            "--user",
            user["user"],
            stdin=user["app_password"] + "\n",
        )
        assert "REST API did not answer" in out
        assert "xmlrpc.php" in out
        assert "\tmetaweblog\t" in newsdesk(tmp_path, "site", "list")
    finally:
        wpsite.set_rest_api(wp_site.dir, enabled=True)


def test_wrong_password(tmp_path, wp_site) -> None:
    code, reason = _add(tmp_path, wp_site.url, "reporter", "abcd efgh ijkl mnop qrst uvwx")
    assert code == "1"
    assert "did not recognise you" in reason
    assert "Application Password" in reason
    assert _no_sites(tmp_path)


def test_empty_title_is_not_submitted(tmp_path, wp_site) -> None:
    user = wp_site.users["reporter"]
    assert _add(tmp_path, wp_site.url, user["user"], user["app_password"])[0] == "0"
    source = tmp_path / "untitled.md"
    source.write_text("# Tít tạm\n\nChỉ có nội dung.\n", encoding="utf-8")
    article_id = int(newsdesk(tmp_path, "import", str(source)))
    _set_title(tmp_path, article_id, "")
    before = show(tmp_path, article_id)

    code, reason = newsdesk(
        tmp_path, "submit", str(article_id), "--site", "portal", check=False
    ).split("\n", 1)

    assert code == "1"
    assert "no title" in reason
    assert show(tmp_path, article_id) == before
    assert before["sync_state"] == "local"
