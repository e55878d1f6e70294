"""Formatted text pasted into the body keeps its writing as Markdown and never joins the
paragraph it is pasted after; photos in it become photos of the article."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextCursor

from newsdesk.core.article import new_article
from newsdesk.render.photos import photos_in
from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from tests.ui.sample_text import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data"
WORD_MARKDOWN = (
    "## Kết quả kiểm tra\n\n"
    "**In đậm từ Word** và *nghiêng*, đọc thêm tại "
    "[Cổng thông tin Quảng Trị](https://quangtri.gov.vn/tin-tuc/hoi-nghi).\n\n"
    "Chữ màu đỏ, phông Times vẫn là chữ thường.\n\n"
    "- Huyện Hải Lăng: **12** hộ\n"
    "- Huyện Triệu Phong: 8 hộ\n\n"
    "| **Địa phương** | **Số hộ** |\n"
    "| --- | --- |\n"
    "| Đông Hà | 20 |\n\n"
    "Đoạn cuối của bài, có chú thích."
)
LIBREOFFICE_MARKDOWN = (
    "## Kết quả kiểm tra\n\n"
    "**In đậm từ LibreOffice** và *nghiêng*, xem [Cổng thông tin](https://quangtri.gov.vn/).\n\n"
    "**Đậm qua kiểu chữ** rồi chữ màu.\n\n"
    "1. Huyện Hải Lăng\n"
    "2. Huyện Triệu Phong\n\n"
    "| **Địa phương** | **Số hộ** |\n"
    "| --- | --- |\n"
    "| Đông Hà | 20 |"
)


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> EditorPanel:
    editor = EditorPanel(PhotoFolder(tmp_path / "photos"))
    qtbot.addWidget(editor)
    return editor


def _open(panel: EditorPanel, body: str) -> None:
    panel.set_article(new_article(title="Tin", body=body))


def _cursor_at(panel: EditorPanel, position: int | None = None) -> None:
    cursor = panel.body.textCursor()
    if position is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(position)
    panel.body.setTextCursor(cursor)


def _clip(html: str, text: str = "chữ") -> QMimeData:
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    return data


def _stored(panel: EditorPanel) -> str:
    return panel.apply_to(new_article(title="Tin")).body


def _png_data_url(color: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


@pytest.mark.parametrize(
    ("clip", "markdown"),
    [("word_clip.html", WORD_MARKDOWN), ("libreoffice_clip.html", LIBREOFFICE_MARKDOWN)],
)
def test_a_clip_pasted_at_the_end_keeps_its_writing_in_paragraphs_of_its_own(
    panel: EditorPanel, clip: str, markdown: str
) -> None:
    _open(panel, "Đoạn một.\n\nĐoạn hai.")
    _cursor_at(panel)

    panel.body.insertFromMimeData(_clip((DATA / clip).read_text(encoding="utf-8")))

    assert _stored(panel) == f"Đoạn một.\n\nĐoạn hai.\n\n{markdown}"
    assert panel.body.textCursor().position() == len(panel.body.toPlainText())


def test_blocks_pasted_inside_a_paragraph_split_it(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một. Đoạn hai.")
    _cursor_at(panel, len("Đoạn một."))

    panel.body.insertFromMimeData(_clip("<p>Chen <b>giữa</b></p><p>Thêm đoạn</p>"))

    assert _stored(panel) == "Đoạn một.\n\nChen **giữa**\n\nThêm đoạn\n\nĐoạn hai."


def test_a_bold_word_goes_in_where_the_cursor_is(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một.\n\nĐoạn  hai.")
    _cursor_at(panel, len("Đoạn một.\n\nĐoạn "))

    panel.body.insertFromMimeData(
        _clip('<html><body><!--StartFragment--><b style="mso-bidi-font-weight:normal">'
              "thứ</b><!--EndFragment--></body></html>")
    )  # fmt: skip

    assert _stored(panel) == "Đoạn một.\n\nĐoạn **thứ** hai."


def test_a_clip_pasted_into_the_sample_article_moves_no_other_paragraph(
    panel: EditorPanel,
) -> None:
    _open(panel, SAMPLE.read_text(encoding="utf-8"))
    paragraphs = _stored(panel).split("\n\n")
    _cursor_at(panel, len("\n\n".join(paragraphs[:3])))  # the end of the third paragraph

    panel.body.insertFromMimeData(_clip((DATA / "word_clip.html").read_text(encoding="utf-8")))

    expected = "\n\n".join([*paragraphs[:3], WORD_MARKDOWN, *paragraphs[3:]])
    assert _stored(panel) == expected


def test_one_undo_takes_the_whole_paste_back(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một.\n\nĐoạn hai.")
    _cursor_at(panel)

    panel.body.insertFromMimeData(_clip((DATA / "word_clip.html").read_text(encoding="utf-8")))
    panel.body.undo()

    assert panel.body.toPlainText() == "Đoạn một.\n\nĐoạn hai."


def test_paste_as_plain_text_takes_the_words_only(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một.")
    _cursor_at(panel)
    QGuiApplication.clipboard().setMimeData(
        _clip("<p><b>In đậm</b> từ Word</p>", " In đậm từ Word\r\n")
    )

    panel.body.paste_plain_text()

    assert _stored(panel) == "Đoạn một. In đậm từ Word\n"


def test_ctrl_shift_v_in_the_window_pastes_plain_text(qtbot, window) -> None:
    from tests.ui.sample_text import open_article

    open_article(window, title="Tin", body="Đoạn một.")
    body = window.editor.body
    window.activateWindow()
    body.setFocus()
    _cursor_at(window.editor)
    QGuiApplication.clipboard().setMimeData(_clip("<p><i>nghiêng</i></p>", " nghiêng"))

    qtbot.keyClick(
        body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    assert body.toPlainText() == "Đoạn một. nghiêng"


def test_pictures_in_the_clip_become_photos_of_the_article(
    panel: EditorPanel, tmp_path: Path
) -> None:
    clip_image = tmp_path / "msohtmlclip1" / "clip_image002.jpg"
    clip_image.parent.mkdir()
    Image.new("RGB", (60, 40), (20, 90, 160)).save(clip_image)
    word_src = QUrl.fromLocalFile(str(clip_image)).toString()
    html = (
        '<meta name=Generator content="Microsoft Word 15">'
        f'<p>Ảnh:</p><p><img src="{_png_data_url((200, 10, 10))}" alt="Cầu Hiền Lương"></p>'
        f'<p class=MsoNormal><span><img width=60 height=40 src="{word_src}"></span></p>'
    )
    _open(panel, "Đoạn một.")
    _cursor_at(panel)

    panel.body.insertFromMimeData(_clip(html))

    body = _stored(panel)
    pasted, word = photos_in(body)
    assert body == f"Đoạn một.\n\nẢnh:\n\n![Cầu Hiền Lương]({pasted})\n\n![]({word})"
    assert pasted.endswith("/anh-dan.png")
    assert word.endswith("/clip-image002.jpg")
    photos = PhotoFolder(tmp_path / "photos")  # the panel's
    for ref in (pasted, word):
        kept = photos.find(ref)
        assert kept is not None
        with Image.open(kept) as image:
            assert image.size in {(40, 30), (60, 40)}


def test_a_picture_that_cannot_be_read_is_named_and_the_text_still_pasted(
    qtbot, panel: EditorPanel
) -> None:
    _open(panel, "Đoạn một.")
    _cursor_at(panel)
    broken = "data:image/png;base64," + base64.b64encode(b"not a picture").decode()

    with qtbot.waitSignal(panel.problemFound) as problem:
        panel.body.insertFromMimeData(
            _clip(f'<p>Chữ <b>đậm</b></p><p>Hai</p><p><img src="{broken}"></p>'
                  '<p><img src="file:///khong/co/anh.jpg"></p>')
        )  # fmt: skip

    assert _stored(panel) == "Đoạn một.\n\nChữ **đậm**\n\nHai"
    assert "anh-dan.png" in problem.args[0]
    assert "anh.jpg" in problem.args[0]


def test_a_picture_copied_in_a_browser_is_still_taken_as_a_picture(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một.")
    _cursor_at(panel)
    picture = QImage(32, 24, QImage.Format.Format_RGB32)
    picture.fill(QColor(10, 160, 90))
    data = QMimeData()
    data.setHtml('<meta charset="utf-8"><img src="https://example.vn/anh.png">')
    data.setImageData(picture)

    panel.body.insertFromMimeData(data)

    (ref,) = photos_in(panel.body.toPlainText())
    assert ref.endswith("/anh-dan.png")


WORD_WORDS = (
    "<html><body><!--StartFragment--><p class=MsoNormal><b><span lang=VI>In đậm từ Word"
    "</span></b><span lang=VI> và <i>nghiêng</i><o:p></o:p></span></p><!--EndFragment-->"
    "</body></html>"
)


def test_a_paragraph_from_word_pasted_after_the_last_sentence_is_a_paragraph(
    panel: EditorPanel,
) -> None:
    _open(panel, "Đoạn một.\n\nĐoạn hai.")
    _cursor_at(panel)

    panel.body.insertFromMimeData(_clip(WORD_WORDS))

    assert _stored(panel) == "Đoạn một.\n\nĐoạn hai.\n\n**In đậm từ Word** và *nghiêng*"


def test_words_from_word_pasted_inside_a_sentence_stay_in_it(panel: EditorPanel) -> None:
    _open(panel, "Đoạn một có chữ.")
    _cursor_at(panel, len("Đoạn một có "))

    panel.body.insertFromMimeData(_clip(WORD_WORDS))

    assert _stored(panel) == "Đoạn một có **In đậm từ Word** và *nghiêng*chữ."


def test_paste_as_plain_text_in_the_title_makes_one_line(qtbot, window) -> None:
    from tests.ui.sample_text import open_article

    open_article(window, title="Tin: ", body="Đoạn một.")
    title = window.editor.title
    window.activateWindow()
    title.setFocus()
    title.setCursorPosition(len(title.text()))
    QGuiApplication.clipboard().setMimeData(
        _clip("<p><b>Hội nghị</b></p>", " Hội nghị\r\ngiao ban\u200b ")
    )

    qtbot.keyClick(
        title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    assert title.text() == "Tin: Hội nghị giao ban"
    assert window.editor.body.toPlainText() == "Đoạn một."


def test_a_web_page_clip_does_not_read_files_on_this_computer(
    qtbot, panel: EditorPanel, tmp_path: Path
) -> None:
    private = tmp_path / "rieng.jpg"
    Image.new("RGB", (60, 40), (20, 90, 160)).save(private)
    html = (
        "<meta charset='utf-8'><p>Chữ <b>đậm</b></p>"
        f'<p><img src="{QUrl.fromLocalFile(str(private)).toString()}"></p>'
    )
    _open(panel, "Đoạn một.")
    _cursor_at(panel)

    with qtbot.waitSignal(panel.problemFound) as problem:
        panel.body.insertFromMimeData(_clip(html))

    assert _stored(panel) == "Đoạn một.\n\nChữ **đậm**"
    assert "rieng.jpg" in problem.args[0]


def test_paste_as_plain_text_goes_to_the_find_box_when_it_has_the_focus(qtbot, window) -> None:
    from tests.ui.sample_text import open_article

    open_article(window, title="Tin", body="Đoạn một.")
    window.activateWindow()
    window.edit.find_bar.open_find()
    QGuiApplication.clipboard().setMimeData(_clip("<p><b>Quảng Trị</b></p>", "Quảng Trị\n"))

    qtbot.keyClick(
        window.edit.find_bar.query,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert window.edit.find_bar.query.text() == "Quảng Trị"
    assert window.editor.body.toPlainText() == "Đoạn một."
