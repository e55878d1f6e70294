"""Typography as you type in the title, sapo and body: Vietnamese typed with input-method
commits, each replacement taken back with one Ctrl+Z, Markdown syntax and pastes left alone."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from newsdesk.settings import Settings
from newsdesk.text.typography import TypographyRules
from newsdesk.ui.settings_dialog import Choices
from tests.ui.helpers import commit_text
from tests.ui.sample_text import SAMPLE, open_article

NBSP = "\u00a0"


def undo(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def to_end(body) -> None:
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)


def test_quotes_typed_in_the_body_become_vietnamese_curly_quotes(qtbot, window):
    article_id = open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    commit_text(body, "Đồng chí nói: ")
    qtbot.keyClicks(body, '"')
    commit_text(body, "Năm 2021 phải làm tốt hơn")
    qtbot.keyClicks(body, '"')
    commit_text(body, " và nhắc lại lời Bác ")
    qtbot.keyClicks(body, "'")
    commit_text(body, "không có gì quý hơn độc lập")
    qtbot.keyClicks(body, "'.")
    expected = (
        "Đồng chí nói: “Năm 2021 phải làm tốt hơn” và nhắc lại lời Bác "
        "‘không có gì quý hơn độc lập’."
    )
    assert body.toPlainText() == expected
    window.session.flush()
    assert window.ctx.store.get_article(article_id).body == expected


def test_dash_ellipsis_and_no_break_spaces_as_you_type(qtbot, window):
    window.apply_settings(
        Choices("en", 60, typography=TypographyRules(unit_spaces=True, date_spaces=True))
    )
    open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    commit_text(body, "QTO")
    qtbot.keyClicks(body, " - ")
    commit_text(body, "Ngày 25/12, đường dài 15 km")
    qtbot.keyClicks(body, ",")
    commit_text(body, " tăng 20 %")
    commit_text(body, " và còn nữa")
    qtbot.keyClicks(body, "...")
    assert body.toPlainText() == (
        f"QTO – Ngày{NBSP}25/12, đường dài 15{NBSP}km, tăng 20{NBSP}% và còn nữa…"
    )


def test_one_ctrl_z_gives_back_what_was_typed_and_it_stays(qtbot, window):
    article_id = open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    commit_text(body, "Ông nói ")
    qtbot.keyClicks(body, '"')
    assert body.toPlainText() == "Ông nói “"
    undo(qtbot, body)
    assert body.toPlainText() == 'Ông nói "'
    commit_text(body, "Đây")  # the next keystroke does not make it again
    qtbot.keyClicks(body, " - ")
    assert body.toPlainText() == 'Ông nói "Đây – '
    undo(qtbot, body)
    assert body.toPlainText() == 'Ông nói "Đây - '
    qtbot.keyClicks(body, "x")
    assert body.toPlainText() == 'Ông nói "Đây - x'
    window.session.flush()
    assert window.ctx.store.get_article(article_id).body == 'Ông nói "Đây - x'


def test_title_and_sapo_get_typography_too_and_undo_it(qtbot, window):
    open_article(window, title="")
    title, sapo = window.editor.title, window.editor.sapo
    title.setFocus()
    commit_text(title, "Chuyện ")
    qtbot.keyClicks(title, '"')
    commit_text(title, "Tết")
    qtbot.keyClicks(title, '"')
    commit_text(title, " ở Quảng Trị")
    assert title.text() == "Chuyện “Tết” ở Quảng Trị"
    qtbot.keyClicks(title, "...")
    assert title.text() == "Chuyện “Tết” ở Quảng Trị…"
    assert title.cursorPosition() == len(title.text())
    undo(qtbot, title)
    assert title.text() == "Chuyện “Tết” ở Quảng Trị..."
    sapo.setFocus()
    commit_text(sapo, "QTO")
    qtbot.keyClicks(sapo, " - ")
    commit_text(sapo, "Sáng 18/12")
    assert sapo.toPlainText() == "QTO – Sáng 18/12"


def test_quotes_typed_as_part_of_an_input_method_commit(qtbot, window):
    open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    commit_text(body, 'Gọi là "')
    commit_text(body, 'Nhà văn hóa"')
    assert body.toPlainText() == "Gọi là “Nhà văn hóa”"


def test_markdown_syntax_is_left_as_typed(qtbot, window):
    open_article(window, title="Hội nghị", body="```\n")
    body = window.editor.body
    body.setFocus()
    to_end(body)
    qtbot.keyClicks(body, 'x = "a" - b...')
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "```")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, '- `"ma" - ...` va [lien ket](https://a.vn/"x"...)')
    qtbot.keyClick(body, Qt.Key.Key_Return)  # continues the list
    qtbot.keyClick(body, Qt.Key.Key_Return)  # an empty item ends it
    qtbot.keyClicks(body, "| - | - |")
    assert body.toPlainText() == (
        '```\nx = "a" - b...\n```\n\n- `"ma" - ...` va [lien ket](https://a.vn/"x"...)\n\n| - | - |'
    )


def test_pasted_text_is_left_as_it_was(qtbot, window):
    open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    data = QMimeData()
    data.setText('Trích "nguyên văn" - như gốc...')
    QApplication.clipboard().setMimeData(data)
    body.paste()
    assert body.toPlainText() == 'Trích "nguyên văn" - như gốc...'


def test_each_rule_follows_its_setting(qtbot, window):
    window.apply_settings(
        Choices("en", 60, typography=TypographyRules(quotes=False, ellipsis=False))
    )
    saved = Settings.load(window.ctx.paths.settings_file)
    assert (saved.typography_quotes, saved.typography_dashes) == (False, True)
    assert not saved.typography_ellipsis
    open_article(window, title="Hội nghị")
    body = window.editor.body
    body.setFocus()
    commit_text(body, "Ông")
    qtbot.keyClicks(body, ' "A" - b...')
    assert body.toPlainText() == 'Ông "A" – b...'


def test_typing_at_the_end_of_the_sample_article(qtbot, window):
    text = SAMPLE.read_text(encoding="utf-8")
    article_id = open_article(window, title="Hội nghị", body=text)
    body = window.editor.body
    loaded = body.toPlainText()
    assert loaded == window.ctx.store.get_article(article_id).body
    assert "\xa0" in loaded  # the sample's own no-break spaces
    body.setFocus()
    to_end(body)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, '"')
    commit_text(body, "Hết bài")
    qtbot.keyClicks(body, '"...')
    assert body.toPlainText() == loaded + "\n\n“Hết bài”…"
    window.session.flush()
    assert window.ctx.store.get_article(article_id).body == loaded + "\n\n“Hết bài”…"
