"""The keys a word processor's user expects, in the body: formatting shortcuts, lists that
continue and end with Enter, Tab / Shift+Tab to nest, one undo step per command, undo after
an autosave, and notes that stay on their paragraph when it is formatted."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog

from newsdesk.core.merge import paragraphs as paragraphs_of
from newsdesk.core.notes import locate
from newsdesk.render.markdown_html import markdown_to_html
from newsdesk.store import PhotoFolder
from newsdesk.text.normalize import clean_block
from newsdesk.ui.editor import EditorPanel, plain_text
from tests.ui.helpers import commit_text, settle
from tests.ui.sample_text import open_article, sample_paragraphs
from tests.ui.sync_fakes import add_site

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(qtbot) -> EditorPanel:
    editor = EditorPanel(PhotoFolder(Path(tempfile.gettempdir()) / "unused-photos"))
    qtbot.addWidget(editor)
    editor.setEnabled(True)
    editor.show()
    qtbot.waitExposed(editor)
    editor.body.setFocus()
    return editor


def put_cursor(panel: EditorPanel, start: int, end: int | None = None) -> None:
    cursor = panel.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start if end is None else end, QTextCursor.MoveMode.KeepAnchor)
    panel.body.setTextCursor(cursor)


def enter(qtbot, panel: EditorPanel) -> None:
    qtbot.keyClick(panel.body, Qt.Key.Key_Return)


# formatting keys ---------------------------------------------------------------------------


def test_ctrl_b_and_ctrl_i_format_the_selected_words(qtbot, panel):
    panel.body.setPlainText("đồng chí Nguyễn Đăng Quang chủ trì")
    put_cursor(panel, 9, 26)
    qtbot.keyClick(panel.body, Qt.Key.Key_B, CTRL)
    assert panel.body.toPlainText() == "đồng chí **Nguyễn Đăng Quang** chủ trì"
    put_cursor(panel, len("đồng chí **Nguyễn Đăng Quang** "), len(panel.body.toPlainText()))
    qtbot.keyClick(panel.body, Qt.Key.Key_I, CTRL)
    assert panel.body.toPlainText() == "đồng chí **Nguyễn Đăng Quang** *chủ trì*"


def answer_next_dialog(text: str) -> None:
    """Fill in the next modal input dialog as a person would, and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_ctrl_k_links_the_selected_words_to_the_address_typed(qtbot, panel):
    panel.body.setPlainText("Xem Ban Dân vận")
    put_cursor(panel, 4, len("Xem Ban Dân vận"))
    answer_next_dialog("https://danvan.vn/")
    qtbot.keyClick(panel.body, Qt.Key.Key_K, CTRL)
    assert panel.body.toPlainText() == "Xem [Ban Dân vận](https://danvan.vn/)"


def test_ctrl_shift_7_numbers_the_lines_and_ctrl_shift_8_bullets_them(qtbot, panel):
    panel.body.setPlainText("Mặt trận\nCông đoàn\nHội Nông dân")
    put_cursor(panel, 0, len(panel.body.toPlainText()))
    qtbot.keyClick(panel.body, Qt.Key.Key_7, CTRL | SHIFT)
    assert panel.body.toPlainText() == "1. Mặt trận\n2. Công đoàn\n3. Hội Nông dân"
    put_cursor(panel, 0, len(panel.body.toPlainText()))
    qtbot.keyClick(panel.body, Qt.Key.Key_8, CTRL | SHIFT)
    assert panel.body.toPlainText() == "- Mặt trận\n- Công đoàn\n- Hội Nông dân"
    put_cursor(panel, 0, len(panel.body.toPlainText()))
    qtbot.keyClick(panel.body, Qt.Key.Key_8, CTRL | SHIFT)
    assert panel.body.toPlainText() == "Mặt trận\nCông đoàn\nHội Nông dân"


def test_each_formatting_command_is_one_undo_step(qtbot, panel):
    text = "Mặt trận\nCông đoàn"
    panel.body.setPlainText(text)
    for key, modifiers in (
        (Qt.Key.Key_B, CTRL),
        (Qt.Key.Key_I, CTRL),
        (Qt.Key.Key_7, CTRL | SHIFT),
        (Qt.Key.Key_8, CTRL | SHIFT),
    ):
        put_cursor(panel, 0, len(text))
        qtbot.keyClick(panel.body, key, modifiers)
        assert panel.body.toPlainText() != text
        qtbot.keyClick(panel.body, Qt.Key.Key_Z, CTRL)
        assert panel.body.toPlainText() == text, key


# lists and quotes --------------------------------------------------------------------------


def test_enter_continues_a_bulleted_list_and_ends_it_on_an_empty_item(qtbot, panel):
    commit_text(panel.body, "- Mặt trận tỉnh")
    enter(qtbot, panel)
    commit_text(panel.body, "Hội Nông dân")
    enter(qtbot, panel)
    assert panel.body.toPlainText() == "- Mặt trận tỉnh\n- Hội Nông dân\n- "
    enter(qtbot, panel)  # on the empty item: the list ends, a new paragraph starts
    commit_text(panel.body, "Đoạn sau danh sách.")
    text = panel.body.toPlainText()
    assert text == "- Mặt trận tỉnh\n- Hội Nông dân\n\nĐoạn sau danh sách."
    html = markdown_to_html(text)
    assert "<li>Hội Nông dân</li>" in html
    assert "<p>Đoạn sau danh sách.</p>" in html


def test_enter_numbers_the_next_item(qtbot, panel):
    commit_text(panel.body, "1. Số một")
    enter(qtbot, panel)
    commit_text(panel.body, "Số hai")
    enter(qtbot, panel)
    commit_text(panel.body, "Số ba")
    assert panel.body.toPlainText() == "1. Số một\n2. Số hai\n3. Số ba"


def test_enter_inside_an_item_splits_it_into_two_items(qtbot, panel):
    panel.body.setPlainText("- Mặt trận Hội Nông dân")
    put_cursor(panel, len("- Mặt trận"))
    enter(qtbot, panel)
    assert panel.body.toPlainText() == "- Mặt trận\n-  Hội Nông dân"


def test_enter_continues_a_quote_and_ends_it_on_an_empty_line(qtbot, panel):
    commit_text(panel.body, "> Mặt trận cần đổi mới")
    enter(qtbot, panel)
    commit_text(panel.body, "hướng về cơ sở")
    enter(qtbot, panel)
    enter(qtbot, panel)
    commit_text(panel.body, "Sau trích dẫn.")
    assert panel.body.toPlainText() == "> Mặt trận cần đổi mới\n> hướng về cơ sở\n\nSau trích dẫn."


def test_enter_elsewhere_is_a_plain_line_break(qtbot, panel):
    commit_text(panel.body, "Đoạn văn")
    enter(qtbot, panel)
    commit_text(panel.body, "tiếp")
    assert panel.body.toPlainText() == "Đoạn văn\ntiếp"


def test_tab_nests_a_list_item_as_the_renderer_reads_it_and_shift_tab_unnests(qtbot, panel):
    commit_text(panel.body, "- Mặt trận")
    enter(qtbot, panel)
    commit_text(panel.body, "Ban Thường trực")
    qtbot.keyClick(panel.body, Qt.Key.Key_Tab)
    assert panel.body.toPlainText() == "- Mặt trận\n    - Ban Thường trực"
    assert markdown_to_html(panel.body.toPlainText()).count("<ul>") == 2  # nested
    enter(qtbot, panel)
    commit_text(panel.body, "Ủy ban")
    assert panel.body.toPlainText().endswith("\n    - Ủy ban")
    qtbot.keyClick(panel.body, Qt.Key.Key_Backtab, SHIFT)
    assert panel.body.toPlainText() == "- Mặt trận\n    - Ban Thường trực\n- Ủy ban"
    assert panel.body.textCursor().block().text() == "- Ủy ban"


def test_enter_on_an_empty_nested_item_moves_it_one_level_out(qtbot, panel):
    panel.body.setPlainText("- Mặt trận\n    - ")
    put_cursor(panel, len(panel.body.toPlainText()))
    enter(qtbot, panel)
    assert panel.body.toPlainText() == "- Mặt trận\n- "


def test_tab_outside_a_list_keeps_its_usual_meaning(qtbot, panel):
    panel.body.setPlainText("Đoạn")
    put_cursor(panel, 4)
    qtbot.keyClick(panel.body, Qt.Key.Key_Tab)
    assert panel.body.toPlainText() == "Đoạn\t"


def test_list_continuation_and_nesting_are_one_undo_step_each(qtbot, panel):
    panel.body.setPlainText("- Mặt trận")
    put_cursor(panel, len("- Mặt trận"))
    enter(qtbot, panel)
    qtbot.keyClick(panel.body, Qt.Key.Key_Tab)
    assert panel.body.toPlainText() == "- Mặt trận\n    - "
    panel.body.undo()
    assert panel.body.toPlainText() == "- Mặt trận\n- "
    panel.body.undo()
    assert panel.body.toPlainText() == "- Mặt trận"


# undo after an autosave, notes -------------------------------------------------------------


def test_undo_of_formatting_still_works_after_an_autosave(qtbot, window):
    body = "\n\n".join(sample_paragraphs()[:2])
    article_id = open_article(window, title="Hội nghị", body=body)
    edit = window.editor.body
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(len("Ngày 25/12/2020, "))
    cursor.setPosition(len("Ngày 25/12/2020, đồng chí"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    bolded = body.replace("đồng chí", "**đồng chí**", 1)
    assert plain_text(edit) == bolded
    with qtbot.waitSignal(window.session.saved, timeout=5000):
        pass  # the autosave
    settle(window)
    assert window.ctx.store.get_article(article_id).body == clean_block(bolded)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert plain_text(edit) == body
    window.session.flush()
    assert window.ctx.store.get_article(article_id).body == clean_block(body)


def test_a_note_stays_on_its_paragraph_when_a_word_in_it_is_bolded(qtbot, window):
    paragraphs = sample_paragraphs()[:3]
    body = "\n\n".join(paragraphs)
    add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)
    article_id = open_article(window, title="Hội nghị", body=body)
    edit = window.editor.body
    start = body.index(paragraphs[1])
    cursor = edit.textCursor()
    cursor.setPosition(start + 5)
    edit.setTextCursor(cursor)
    commit_text(window.notes_panel.text, "Kiểm tra lại chức danh.")
    window.notes_panel.add_button.click()
    settle(window)
    assert window.editor.marked_paragraphs() == [paragraphs[1]]
    # Bold the first words of the noted paragraph: its quote and fingerprint change.
    cursor.setPosition(start)
    cursor.setPosition(start + len("Sau khi nghe"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    window.session.flush()
    settle(window)
    bolded = "**Sau khi nghe**" + paragraphs[1][len("Sau khi nghe") :]
    stored = window.ctx.store.get_article(article_id).body
    assert paragraphs_of(stored)[1] == clean_block(bolded)
    (note,) = window.ctx.store.notes(article_id)
    assert note.anchor.index == 1
    assert locate(note.anchor, stored) == 1
    qtbot.waitUntil(lambda: window.editor.marked_paragraphs() == [bolded])  # once typing pauses
    assert window.notes_panel.shown_text().count("Kiểm tra lại chức danh.") == 1
    assert window.notes_panel.groups.by_paragraph.keys() == {1}


def test_a_numbered_item_nested_starts_its_own_list_and_unnested_follows_the_one_above(
    qtbot, panel
):
    commit_text(panel.body, "1. Mặt trận")
    enter(qtbot, panel)
    commit_text(panel.body, "Ban Thường trực")
    qtbot.keyClick(panel.body, Qt.Key.Key_Tab)
    assert panel.body.toPlainText() == "1. Mặt trận\n    1. Ban Thường trực"
    assert "<ol>\n<li>Ban Thường trực</li>" in markdown_to_html(panel.body.toPlainText())
    enter(qtbot, panel)
    commit_text(panel.body, "Ban Dân vận")
    assert panel.body.toPlainText().endswith("\n    2. Ban Dân vận")
    qtbot.keyClick(panel.body, Qt.Key.Key_Backtab, SHIFT)
    assert panel.body.toPlainText() == "1. Mặt trận\n    1. Ban Thường trực\n2. Ban Dân vận"


def test_enter_inside_fenced_code_is_a_plain_line_break(qtbot, panel):
    panel.body.setPlainText("```\n- không phải danh sách\n```")
    put_cursor(panel, len("```\n- không phải danh sách"))
    enter(qtbot, panel)
    assert panel.body.toPlainText() == "```\n- không phải danh sách\n\n```"
