"""Writing an article in the window, the way a reporter does, and finding it all again."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PIL import Image

from newsdesk.context import AppContext
from newsdesk.core.article import Byline
from newsdesk.paths import Paths
from newsdesk.ui.main_window import MainWindow
from tests.ui.helpers import commit_text, page_text, type_words

TITLE = "Hội nghị giao ban công tác Mặt trận quý IV"
SAPO = "Ngày 25/12/2020, đồng chí Nguyễn Đăng Quang chủ trì hội nghị."
BODY_START = "Tham dự hội nghị có đồng chí Lê Thị Lan Hương, Trưởng Ban Dân vận Tỉnh ủy."
BODY_NFD = unicodedata.normalize("NFD", " Năm 2021 là năm đầu tiên thực hiện Nghị quyết.")
BODY = BODY_START + unicodedata.normalize("NFC", BODY_NFD)


def make_photo(folder: Path) -> Path:
    path = folder / "hoi-nghi.png"
    Image.new("RGB", (64, 40), (180, 20, 30)).save(path)
    return path


def test_write_preview_and_reopen_without_losing_anything(qtbot, window, data_dir, tmp_path):
    window.commands.new_article.trigger()
    article_id = window.session.article_id
    assert article_id

    editor = window.editor
    type_words(editor.title, TITLE[:-3])
    commit_text(editor.title, unicodedata.normalize("NFD", " IV"))  # decomposed input, too
    type_words(editor.sapo, SAPO)
    type_words(editor.body, BODY_START)
    commit_text(editor.body, BODY_NFD)
    assert editor.title.text() == TITLE
    assert editor.body.toPlainText() == BODY

    # The preview shows what was typed (read back from the page itself).
    preview = window.preview
    qtbot.waitUntil(lambda: preview.view is not None, timeout=5000)
    qtbot.waitUntil(lambda: "Nghị quyết" in str(page_text(qtbot, preview)), timeout=10_000)
    shown = str(page_text(qtbot, preview, "document.getElementById('newsdesk-article').innerText"))
    assert TITLE in shown
    assert SAPO in shown
    assert "Năm 2021 là năm đầu tiên" in shown

    # Details: bylines, category, tags, slug, source, featured image.
    meta = window.metadata
    window.tabs.setCurrentWidget(meta)
    assert meta.slug.text() == "hoi-nghi-giao-ban-cong-tac-mat-tran-quy-iv"
    first = meta.bylines.add_byline()
    commit_text(first.name, "Thủy Phương")
    first.role.setCurrentText("Bài")
    second = meta.bylines.add_byline()
    commit_text(second.name, unicodedata.normalize("NFD", "Minh Hà"))
    second.role.setCurrentText("Ảnh")
    commit_text(meta.category.lineEdit(), "Hoạt động Mặt trận")
    commit_text(meta.tags, "Mặt trận, giao ban, , Quảng Trị")
    commit_text(meta.source, "Ban Dân vận Tỉnh ủy")
    photo = make_photo(tmp_path)
    assert meta.image.choose_file(photo)
    commit_text(meta.image.caption, "Quang cảnh hội nghị")
    commit_text(meta.image.credit, "Minh Hà")
    second.up.click()  # the photographer goes first

    qtbot.waitUntil(lambda: "Minh Hà" in str(page_text(qtbot, preview)), timeout=10_000)

    # Closing saves what the autosave timer has not yet written.
    window.close()
    window.ctx.close()

    ctx = AppContext.open(Paths.resolve(data_dir))
    try:
        stored = ctx.store.get_article(article_id)
        assert stored.title == TITLE
        assert stored.sapo == SAPO
        assert stored.body == BODY
        assert all(
            unicodedata.is_normalized("NFC", s)
            for s in (stored.title, stored.sapo, stored.body, stored.bylines[0].name)
        )
        assert stored.bylines == (Byline("Minh Hà", "Ảnh"), Byline("Thủy Phương", "Bài"))
        assert stored.category == "Hoạt động Mặt trận"
        assert stored.tags == ("Mặt trận", "giao ban", "Quảng Trị")
        assert stored.source == "Ban Dân vận Tỉnh ủy"
        assert stored.slug == "hoi-nghi-giao-ban-cong-tac-mat-tran-quy-iv"
        assert stored.featured_image is not None
        kept = Path(stored.featured_image.path)
        assert kept.parent.parent == data_dir / "photos"  # the desk's own copy
        assert kept.read_bytes() == photo.read_bytes()
        assert stored.featured_image.caption == "Quang cảnh hội nghị"
        assert stored.featured_image.credit == "Minh Hà"

        reopened = MainWindow(ctx, window.translations)
        qtbot.addWidget(reopened)
        reopened.show()
        assert reopened.article_list.select(article_id)
        assert reopened.editor.title.text() == TITLE
        assert reopened.editor.sapo.toPlainText() == SAPO
        assert reopened.editor.body.toPlainText() == BODY
        rows = reopened.metadata.bylines.rows
        assert [(r.name.text(), r.role.currentText()) for r in rows] == [
            ("Minh Hà", "Ảnh"),
            ("Thủy Phương", "Bài"),
        ]
        assert reopened.metadata.tags.text() == "Mặt trận, giao ban, Quảng Trị"
        assert reopened.metadata.category.currentText() == "Hoạt động Mặt trận"
        assert reopened.metadata.image.caption.text() == "Quang cảnh hội nghị"
        reopened.close()
    finally:
        ctx.close()
