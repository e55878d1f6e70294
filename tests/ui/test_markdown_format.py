from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QTextCursor

from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from tests.ui.helpers import commit_text


def select(panel: EditorPanel, start: int, end: int) -> None:
    cursor = panel.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    panel.body.setTextCursor(cursor)


def make_panel(qtbot, text: str) -> EditorPanel:
    panel = EditorPanel(PhotoFolder(Path(tempfile.gettempdir()) / "unused-photos"))
    qtbot.addWidget(panel)
    panel.setEnabled(True)
    panel.body.setPlainText(text)
    return panel


def test_bold_wraps_the_selection_and_a_second_time_unwraps_it(qtbot):
    panel = make_panel(qtbot, "đồng chí Nguyễn Đăng Quang")
    select(panel, 9, 26)
    panel.format.bold.trigger()
    assert panel.body.toPlainText() == "đồng chí **Nguyễn Đăng Quang**"
    assert panel.body.textCursor().selectedText() == "Nguyễn Đăng Quang"
    select(panel, 9, 30)
    panel.format.bold.trigger()
    assert panel.body.toPlainText() == "đồng chí Nguyễn Đăng Quang"


def test_italic_without_selection_inserts_a_selected_placeholder(qtbot):
    panel = make_panel(qtbot, "")
    panel.format.italic.trigger()
    assert panel.body.toPlainText() == "*italic text*"
    assert panel.body.textCursor().selectedText() == "italic text"


def test_heading_list_and_quote_prefix_every_selected_line_and_toggle(qtbot):
    panel = make_panel(qtbot, "một\nhai\nba")
    select(panel, 0, len("một\nhai"))
    panel.format.bullet_list.trigger()
    assert panel.body.toPlainText() == "- một\n- hai\nba"
    select(panel, 0, 3)
    panel.format.bullet_list.trigger()
    assert panel.body.toPlainText() == "một\n- hai\nba"
    select(panel, len("một\n- hai\n"), len("một\n- hai\n"))
    panel.format.heading.trigger()
    panel.format.quote.trigger()
    assert panel.body.toPlainText() == "một\n- hai\n> ## ba"


def test_standard_shortcuts_are_set():
    panel = EditorPanel(PhotoFolder(Path(tempfile.gettempdir()) / "unused-photos"))
    assert panel.format.bold.shortcut().toString() == "Ctrl+B"
    assert panel.format.italic.shortcut().toString() == "Ctrl+I"
    assert panel.format.link.shortcut().toString() == "Ctrl+K"


def test_each_edit_is_one_undo_step(qtbot):
    panel = make_panel(qtbot, "tin")
    select(panel, 0, 3)
    panel.format.bold.trigger()
    panel.body.undo()
    assert panel.body.toPlainText() == "tin"


def test_bold_again_on_the_bold_words_takes_the_marks_off(qtbot):
    panel = make_panel(qtbot, "đồng chí **Nguyễn Đăng Quang** chủ trì")
    select(panel, 11, 28)  # the words between the marks
    panel.format.bold.trigger()
    assert panel.body.toPlainText() == "đồng chí Nguyễn Đăng Quang chủ trì"
    assert panel.body.textCursor().selectedText() == "Nguyễn Đăng Quang"
    panel.body.undo()
    assert panel.body.toPlainText() == "đồng chí **Nguyễn Đăng Quang** chủ trì"


def test_bold_typed_as_in_a_word_processor_on_off_around_the_words(qtbot):
    panel = make_panel(qtbot, "")
    commit_text(panel.body, "Đồng chí ")
    panel.format.bold.trigger()  # on: the placeholder, selected, is typed over
    commit_text(panel.body, "Nguyễn Đăng Quang")
    panel.format.bold.trigger()  # off: the cursor steps past the closing marks
    commit_text(panel.body, " chủ trì")
    panel.format.italic.trigger()
    commit_text(panel.body, "hội nghị")
    panel.format.italic.trigger()
    commit_text(panel.body, ".")
    assert panel.body.toPlainText() == "Đồng chí **Nguyễn Đăng Quang** chủ trì*hội nghị*."


def test_italic_inside_bold_words_is_not_mistaken_for_their_end(qtbot):
    panel = make_panel(qtbot, "**đậm**")
    select(panel, 5, 5)  # at the end of the bold words
    panel.format.italic.trigger()  # not at the end of italic words: a new italic
    assert panel.body.toPlainText() == "**đậm*italic text***"
