"""A photo in the article's body: inserted from a file, kept with the desk, shown in the
preview from that copy."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog

from newsdesk.render.photos import photos_in
from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.markdown_format import insert_image
from newsdesk.ui.photo_dialog import PhotoCaptionDialog
from tests.ui.helpers import page_text
from tests.ui.sync_fakes import open_article

IMAGES = (
    "JSON.stringify(Array.from(document.querySelectorAll('#newsdesk-article img'))"
    ".map(i => [i.src, i.complete ? i.naturalWidth : 0]))"
)


def _choose(monkeypatch, path: Path, caption: str = "", credit: str = "") -> list[str]:
    """Answer the file dialog with ``path`` and the caption dialog with the words; the
    folders the file dialog and the credits the caption dialog were opened with."""
    offered: list[str] = []

    def pick(_parent, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        offered.append(f"folder:{folder}")
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)

    def answer(dialog: PhotoCaptionDialog) -> int:
        offered.append(dialog.credit.text())
        dialog.caption.setText(caption)
        dialog.credit.setText(credit)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PhotoCaptionDialog, "exec", answer)
    return offered


def test_inserted_photo_is_kept_and_shown_in_the_preview(qtbot, window, monkeypatch, tmp_path):
    photo = tmp_path / "Hội nghị giao ban.jpg"
    Image.new("RGB", (120, 80), (20, 120, 60)).save(photo)
    article_id = open_article(window, title="Tin có ảnh trong bài", body="Đoạn một.")
    _choose(monkeypatch, photo)

    window.editor.format.image.trigger()

    body = window.editor.body.toPlainText()
    (ref,) = photos_in(body)
    assert ref.endswith("/hoi-nghi-giao-ban.jpg")
    kept = window.ctx.store.photos.find(ref)
    assert kept is not None
    assert kept.read_bytes() == photo.read_bytes()
    photo.unlink()  # the original may go: the article keeps its copy
    window.session.flush()
    assert photos_in(window.ctx.store.get_article(article_id).body) == [ref]

    def shown() -> bool:
        images = json.loads(str(page_text(qtbot, window.preview, IMAGES)))
        return images == [[kept.as_uri(), 120]]  # loaded: the picture's own width

    qtbot.waitUntil(shown, timeout=10_000)


def test_a_file_that_is_no_picture_is_refused_and_the_body_stays(
    qtbot, window, monkeypatch, tmp_path
):
    fake = tmp_path / "anh.jpg"
    fake.write_text("không phải ảnh", encoding="utf-8")
    open_article(window, title="Tin", body="Đoạn một.")
    _choose(monkeypatch, fake)
    problems: list[tuple[str, str]] = []
    window.editor.problemFound.connect(lambda cause, action: problems.append((cause, action)))

    window.editor.format.image.trigger()

    assert window.editor.body.toPlainText() == "Đoạn một."
    assert problems
    assert "anh.jpg" in problems[0][0]
    assert not (window.ctx.paths.data_dir / "photos").exists()


def test_a_photo_is_a_paragraph_of_its_own(qtbot, tmp_path):
    panel = EditorPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(panel)
    panel.body.setPlainText("Đoạn một. Đoạn hai.")
    cursor = panel.body.textCursor()
    cursor.setPosition(len("Đoạn một. "))
    insert_image(cursor, "photo:0123456789abcdef/a.jpg", "Ảnh")
    assert panel.body.toPlainText() == (
        "Đoạn một. \n\n![Ảnh](photo:0123456789abcdef/a.jpg)\n\nĐoạn hai."
    )
    cursor.movePosition(QTextCursor.MoveOperation.End)
    insert_image(cursor, "photo:0123456789abcdef/b.jpg", "Ảnh cuối")
    assert panel.body.toPlainText().endswith(
        "Đoạn hai.\n\n![Ảnh cuối](photo:0123456789abcdef/b.jpg)\n"
    )


def test_a_photo_dropped_on_the_body_goes_in_as_a_photo(qtbot, window, tmp_path):
    photo = tmp_path / "kéo thả.png"
    Image.new("RGB", (30, 20), (200, 10, 10)).save(photo)
    open_article(window, title="Tin", body="Đoạn một.")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    data.setText(QUrl.fromLocalFile(str(photo)).toString())
    cursor = window.editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.body.setTextCursor(cursor)

    window.editor.body.insertFromMimeData(data)

    body = window.editor.body.toPlainText()
    (ref,) = photos_in(body)
    assert body == f"Đoạn một.\n\n![kéo thả]({ref})\n"
    assert "file:" not in body
    assert window.ctx.store.photos.find(ref) is not None


def test_the_caption_and_credit_go_under_the_photo(qtbot, window, monkeypatch, tmp_path):
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (60, 40), (90, 20, 160)).save(photo)
    open_article(window, title="Tin", body="Đoạn một.")
    cursor = window.editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.body.setTextCursor(cursor)
    offered = _choose(monkeypatch, photo, 'Quang cảnh "hội nghị"', "Thủy Phương")

    window.editor.format.image.trigger()
    window.editor.format.image.trigger()  # a second photo: the credit is offered again

    # The second photo starts beside the first, with the same photographer.
    assert offered == ["folder:", "", f"folder:{tmp_path}", "Thủy Phương"]
    body = window.editor.body.toPlainText()
    (ref,) = photos_in(body)
    line = "Quang cảnh ”hội nghị” - Ảnh: Thủy Phương"
    assert body.count(f'![anh]({ref} "{line}")') == 2

    def shown() -> bool:
        script = (
            "JSON.stringify(Array.from(document.querySelectorAll('#newsdesk-article "
            "figcaption')).map(f => f.textContent))"
        )
        return json.loads(str(page_text(qtbot, window.preview, script))) == [line, line]

    qtbot.waitUntil(shown, timeout=10_000)


def test_cancelling_the_caption_inserts_nothing(qtbot, window, monkeypatch, tmp_path):
    photo = tmp_path / "anh.jpg"
    Image.new("RGB", (60, 40), (90, 20, 160)).save(photo)
    open_article(window, title="Tin", body="Đoạn một.")
    _choose(monkeypatch, photo)
    monkeypatch.setattr(PhotoCaptionDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)

    window.editor.format.image.trigger()

    assert window.editor.body.toPlainText() == "Đoạn một."


def test_a_pasted_picture_is_kept_as_a_photo(qtbot, window):
    open_article(window, title="Tin", body="Đoạn một.")
    cursor = window.editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.body.setTextCursor(cursor)
    picture = QImage(32, 24, QImage.Format.Format_RGB32)
    picture.fill(QColor(10, 160, 90))
    data = QMimeData()
    data.setImageData(picture)

    window.editor.body.insertFromMimeData(data)

    body = window.editor.body.toPlainText()
    (ref,) = photos_in(body)
    assert ref.endswith("/anh-dan.png")
    assert body == f"Đoạn một.\n\n![photo]({ref})\n"
    kept = window.ctx.store.photos.find(ref)
    assert kept is not None
    with Image.open(kept) as image:
        assert (image.format, image.size) == ("PNG", (32, 24))


def test_a_file_dropped_on_the_sapo_is_not_pasted_as_its_address(window, tmp_path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "anh.jpg"))])
    data.setText(QUrl.fromLocalFile(str(tmp_path / "anh.jpg")).toString())
    open_article(window, title="Tin", sapo="Sa-pô.", body="Đoạn một.")

    window.editor.sapo.insertFromMimeData(data)

    assert window.editor.sapo.toPlainText() == "Sa-pô."


def test_a_photo_this_desk_does_not_have_shows_as_a_box_that_says_so(qtbot, window):
    ref = "photo:0123456789abcdef/khong-co.jpg"
    open_article(window, title="Tin", body=f"Đoạn một.\n\n![Ảnh]({ref})\n\nĐoạn hai.")
    script = (
        "JSON.stringify(Array.from(document.querySelectorAll('#newsdesk-article img'))"
        ".map(i => [decodeURIComponent(i.src), i.complete ? i.naturalWidth : 0]))"
    )

    def shown() -> bool:
        images = json.loads(str(page_text(qtbot, window.preview, script)))
        return (
            len(images) == 1
            and images[0][0].startswith("data:image/svg+xml")
            and "This photo is not on this computer" in images[0][0]
            and images[0][1] == 640
        )

    qtbot.waitUntil(shown, timeout=10_000)
