"""Pictures from the web in a pasted clip become photos of the article once downloaded; the
ones that cannot be fetched keep their address and are named once; an edit made meanwhile
stays."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from newsdesk.core.article import new_article
from newsdesk.render.photos import photos_in
from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from tests.ui.sample_text import SAMPLE


def _picture(fmt: str, color: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48, 32), color).save(buffer, fmt)
    return buffer.getvalue()


class _WebSite:
    """A real local web server: two pictures, a missing one, a page that is no picture, and
    a picture that is held back until the test releases it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.files = {
            "/anh/cau-hien-luong.jpg": ("image/jpeg", _picture("JPEG", (20, 90, 160))),
            "/anh/thanh%20co.png": ("image/png", _picture("PNG", (200, 30, 30))),
            "/anh/trang.jpg": ("text/html", "<h1>Không phải ảnh</h1>".encode()),
            "/anh/cham.png": ("image/png", _picture("PNG", (10, 160, 90))),
        }
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/anh/cham.png":
                    site.release.wait(10)
                found = site.files.get(self.path)
                if found is None:
                    self.send_error(404)
                    return
                kind, body = found
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture
def web() -> Iterator[_WebSite]:
    site = _WebSite()
    threading.Thread(target=site.httpd.serve_forever, daemon=True).start()
    yield site
    site.release.set()
    site.httpd.shutdown()
    site.httpd.server_close()


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> EditorPanel:
    editor = EditorPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(editor)
    return editor


def _paste_at_end(panel: EditorPanel, html: str) -> None:
    cursor = panel.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.body.setTextCursor(cursor)
    data = QMimeData()
    data.setHtml(html)
    data.setText("chữ")
    panel.body.insertFromMimeData(data)


def _stored(panel: EditorPanel) -> str:
    return panel.apply_to(new_article(title="Tin")).body


def test_a_web_picture_in_a_pasted_clip_becomes_a_photo_of_the_article(
    qtbot, panel: EditorPanel, web: _WebSite, tmp_path: Path
) -> None:
    article = SAMPLE.read_text(encoding="utf-8").rstrip("\n")
    panel.set_article(new_article(title="Tin", body=article))
    html = (
        '<meta charset="utf-8"><p>Cầu <b>Hiền Lương</b> sáng nay.</p>'
        f'<p><img src="{web.url}/anh/cau-hien-luong.jpg" alt="Cầu Hiền Lương"></p>'
        f'<p><img src="{web.url}/anh/thanh co.png" alt="Thành cổ"></p>'
    )
    fetcher = panel.photo_inserter.paster.web_photos

    with qtbot.waitSignal(fetcher.finished, timeout=15000):
        _paste_at_end(panel, html)
        # The text is in at once, with the pictures' web addresses.
        assert f"![Cầu Hiền Lương]({web.url}/anh/cau-hien-luong.jpg)" in _stored(panel)

    body = _stored(panel)
    jpeg, png = photos_in(body)
    assert body == (
        f"{article}\n\nCầu **Hiền Lương** sáng nay.\n\n"
        f"![Cầu Hiền Lương]({jpeg})\n\n![Thành cổ]({png})"
    )
    assert jpeg.endswith("/cau-hien-luong.jpg")
    assert png.endswith("/thanh-co.png")
    photos = PhotoFolder(tmp_path / "photos")  # the panel's
    for ref, fmt in ((jpeg, "JPEG"), (png, "PNG")):
        kept = photos.find(ref)
        assert kept is not None
        assert kept.is_relative_to(tmp_path / "photos")
        with Image.open(kept) as image:
            assert (image.format, image.size) == (fmt, (48, 32))
    # Putting the photos in is one undo step of its own, after the paste.
    panel.body.undo()
    assert _stored(panel) == (
        f"{article}\n\nCầu **Hiền Lương** sáng nay.\n\n"
        f"![Cầu Hiền Lương]({web.url}/anh/cau-hien-luong.jpg)\n\n"
        f"![Thành cổ]({web.url}/anh/thanh%20co.png)"
    )


def test_web_pictures_that_cannot_be_fetched_keep_their_address_and_are_named_once(
    qtbot, panel: EditorPanel, web: _WebSite
) -> None:
    panel.set_article(new_article(title="Tin", body="Đoạn một."))
    with socket.socket() as unused:  # a port nothing answers on: no connection
        unused.bind(("127.0.0.1", 0))
        offline = f"http://127.0.0.1:{unused.getsockname()[1]}/anh/ngoai-tuyen.jpg"
    html = (
        f'<p>Ảnh:</p><p><img src="{web.url}/anh/khong-co.jpg" alt="Mất"></p>'
        f'<p><img src="{offline}" alt="Ngoại tuyến"></p>'
        f'<p><img src="{web.url}/anh/trang.jpg" alt="Trang"></p>'
        f'<p><img src="{web.url}/anh/cau-hien-luong.jpg" alt="Cầu"></p>'
    )
    problems: list[tuple[str, str]] = []
    panel.problemFound.connect(lambda cause, action: problems.append((cause, action)))
    fetcher = panel.photo_inserter.paster.web_photos

    with qtbot.waitSignal(fetcher.finished, timeout=15000):
        _paste_at_end(panel, html)

    body = _stored(panel)
    (kept,) = photos_in(body)
    assert body == (
        f"Đoạn một.\n\nẢnh:\n\n![Mất]({web.url}/anh/khong-co.jpg)\n\n"
        f"![Ngoại tuyến]({offline})\n\n"
        f"![Trang]({web.url}/anh/trang.jpg)\n\n![Cầu]({kept})"
    )
    assert len(problems) == 1
    cause, action = problems[0]
    assert "khong-co.jpg" in cause
    assert "trang.jpg" in cause
    assert "ngoai-tuyen.jpg" in cause
    assert "cau-hien-luong.jpg" not in cause
    assert "drop it into the article" in action


def test_an_edit_to_the_picture_line_before_the_download_ends_is_kept(
    qtbot, panel: EditorPanel, web: _WebSite
) -> None:
    panel.set_article(new_article(title="Tin", body="Đoạn một."))
    slow, quick = f"{web.url}/anh/cham.png", f"{web.url}/anh/cau-hien-luong.jpg"
    html = f'<p><img src="{slow}" alt="Chậm"></p><p><img src="{quick}" alt="Cầu"></p>'
    fetcher = panel.photo_inserter.paster.web_photos

    with qtbot.waitSignal(fetcher.finished, timeout=15000):
        _paste_at_end(panel, html)
        # While the pictures download, the reporter changes the first picture's address
        # and writes before the second: neither edit is undone by the photos coming in.
        text = panel.body.toPlainText()
        cursor = panel.body.textCursor()
        start = text.index(slow) + len(web.url)
        cursor.setPosition(start)
        cursor.setPosition(start + len("/anh/cham.png"), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("/anh/cham-moi.png")
        cursor.setPosition(panel.body.toPlainText().index("![Cầu]"))
        cursor.insertText("Ảnh: ")
        web.release.set()

    body = _stored(panel)
    (kept,) = photos_in(body)
    assert body == (f"Đoạn một.\n\n![Chậm]({web.url}/anh/cham-moi.png)\n\nẢnh: ![Cầu]({kept})")
