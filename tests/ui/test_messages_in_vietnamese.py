"""What the sites and the sync say reaches a Vietnamese window in Vietnamese: the error dialog,
the Problems panel (also for reasons kept in the database), notices and the status bar."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdesk.core.messages import Message
from newsdesk.core.outbox import OutboxAction
from newsdesk.core.workflow import MOVE_NAMES, Action
from newsdesk.sites.errors import AuthError, SiteError, Unreachable
from newsdesk.sites.http import HttpClient
from newsdesk.sites.wp_errors import explained
from newsdesk.sync.report import SyncReport
from tests.ui.sync_fakes import add_site, open_article, use_fake_engine

SITE_SAID = "Sorry, you are not allowed to do that."
NOT_RECOGNISED = (
    "Trang không nhận ra bạn: tên đăng nhập hoặc mật khẩu ứng dụng không đúng. "
    f"Trang phản hồi: {SITE_SAID}"
)
NEW_PASSWORD = "Hãy tạo mật khẩu ứng dụng mới trong hồ sơ của bạn trên trang rồi nhập lại."


class _NotLoggedIn(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"code": "rest_not_logged_in", "message": SITE_SAID}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def refusing_site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _NotLoggedIn)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def vietnamese(window, translations) -> Iterator[None]:
    translations.use("vi")
    yield
    translations.use("en")


def site_error(url: str) -> SiteError:
    """What the sites layer raises for ``url``, worded as a WordPress connector words it."""
    client = HttpClient(timeout=(2.0, 2.0))
    try:
        client.request("GET", url)
    except SiteError as error:
        return explained(error)
    finally:
        client.close()
    raise AssertionError(f"{url} answered")


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def problem_rows(window) -> list[list[str]]:
    tree = window.problems.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def test_an_error_from_the_site_is_shown_in_vietnamese(qtbot, window, vietnamese, refusing_site):
    error = site_error(refusing_site + "/wp-json/wp/v2/users/me")
    assert isinstance(error, AuthError)
    assert error.cause.startswith("The site did not recognise you")  # English for the log

    window.errors.report(error)
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Trang không chấp nhận tên đăng nhập hoặc mật khẩu của bạn."
    assert dialog.text() == NOT_RECOGNISED
    assert dialog.informativeText() == NEW_PASSWORD
    assert window.statusBar().currentMessage() == f"{NOT_RECOGNISED} {NEW_PASSWORD}"
    dialog.close()


def test_an_unreachable_site_is_told_in_vietnamese(qtbot, window, vietnamese):
    url = closed_port_url()
    error = site_error(url)
    assert isinstance(error, Unreachable)
    window.errors.report(error)
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.text() == f"Trang tại {url} không phản hồi."
    assert dialog.informativeText() == "Hãy kiểm tra kết nối mạng; Newsdesk sẽ tự thử lại."
    dialog.close()


def test_reasons_kept_in_the_database_and_notices_are_listed_in_vietnamese(
    qtbot, window, vietnamese, refusing_site
):
    site = add_site(window)
    store = window.ctx.store
    refused = open_article(window, title="Bị từ chối", body="Nội dung.")
    waiting = open_article(window, title="Đang chờ gửi", body="Nội dung.")
    # As the sync engine keeps them: the error's text, read back from the store later.
    failed_item = store.enqueue(refused, site.pk, OutboxAction.SUBMIT)
    store.mark_failed(failed_item.id, str(site_error(refusing_site + "/wp-json/wp/v2/posts")))
    waiting_item = store.enqueue(waiting, site.pk, OutboxAction.SUBMIT)
    silent = closed_port_url()
    store.note_outbox_error(waiting_item.id, str(site_error(silent)))

    engine = use_fake_engine(window)
    notice = Message(
        "{user}: {move} was already recorded by someone else first; the article is as they "
        "left it.",
        user="Lê Văn Tám",
        move=MOVE_NAMES[Action.APPROVE],
    )
    engine.report = SyncReport(notices=[notice])
    with qtbot.waitSignal(window.sync.finished):
        window.commands.sync_now.trigger()

    told = (
        "Lê Văn Tám: việc duyệt bài đã được người khác ghi nhận trước; "
        "bài viết được giữ nguyên như họ để lại."
    )
    assert window.notifications.recent[0].text == told
    assert told in window.statusBar().currentMessage()
    assert window.sync.describe(engine.report).endswith(f" — {told}")
    window.refresh_problems()
    qtbot.waitUntil(lambda: len(problem_rows(window)) == 3)
    retrying = (
        f"Sẽ thử lại ở lần đồng bộ sau. Lỗi gần nhất: Trang tại {silent} không phản hồi. "
        "Hãy kiểm tra kết nối mạng; Newsdesk sẽ tự thử lại."
    )
    assert problem_rows(window) == [
        ["Bị từ chối", "portal", f"{NOT_RECOGNISED} {NEW_PASSWORD}"],
        ["Đang chờ gửi", "portal", retrying],
        ["—", "—", told],
    ]
