"""Find and replace over the title, sapo and body of the sample article (Ctrl+F, Ctrl+H)."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import commit_text
from tests.ui.sample_text import SAMPLE, open_article

TITLE = "Giao ban Mặt trận tỉnh Quảng Trị quý IV"
SAPO = "Tỉnh ủy Quảng Trị chỉ đạo triển khai nhiệm vụ năm 2021."


@pytest.fixture
def bar(qtbot, window):
    open_article(window, title=TITLE, sapo=SAPO, body=SAMPLE.read_text(encoding="utf-8"))
    window.editor.body.setFocus()
    return window.edit.find_bar


def _selected(bar) -> str:
    field = bar.current_field()
    if hasattr(field, "selectedText"):
        return field.selectedText()
    return field.textCursor().selectedText()


def test_ctrl_f_shows_the_bar_without_replacing_and_ctrl_h_with(qtbot, window, bar) -> None:
    window.activateWindow()
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert not bar.replacement.isVisible()
    assert bar.query.hasFocus()
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.replacement.isVisible()


def test_accent_insensitive_search_goes_through_title_sapo_and_body(window, bar) -> None:
    window.editor.title.setFocus()
    window.editor.title.setCursorPosition(0)
    bar.open_find()
    bar.query.setText("quang tri")
    assert bar.find_next() is None  # with accents, nothing
    bar.ignore_accents.setChecked(True)

    found = [bar.find_next() for _ in range(5)]

    assert [match[0] for match in found if match] == [0, 1, 2, 2, 0]  # title, sapo, body
    assert found[4] == found[0]  # from the start again after the last
    assert bar.status.text() == "1 of 4"
    bar.find_next()
    assert _selected(bar) == "Quảng Trị"
    assert window.editor.sapo.textCursor().selectedText() == "Quảng Trị"
    assert bar.find_previous() == found[0]


def test_old_and_new_tone_marks_both_match_without_accents(bar) -> None:
    bar.open_find()
    bar.query.setText("tinh uy")
    bar.ignore_accents.setChecked(True)
    bar.whole_word.setChecked(True)
    found = bar.matches()
    texts = {bar.fields()[f].toPlainText()[s:e] for f, s, e in found if f > 0}
    assert texts == {"Tỉnh ủy", "Tỉnh uỷ"}
    assert len(found) == 8  # one in the sapo, seven in the body


def test_replace_all_is_one_undo_step_in_each_field(window, bar) -> None:
    editor = window.editor
    body_before = editor.body.toPlainText()
    bar.open_find(replacing=True)
    bar.query.setText("Quang Tri")
    bar.ignore_accents.setChecked(True)
    bar.replacement.setText("Quảng Bình")

    assert bar.replace_all() == 4

    assert editor.title.text() == "Giao ban Mặt trận tỉnh Quảng Bình quý IV"
    assert editor.sapo.toPlainText() == "Tỉnh ủy Quảng Bình chỉ đạo triển khai nhiệm vụ năm 2021."
    assert editor.body.toPlainText() == body_before.replace("Quảng Trị", "Quảng Bình")
    assert bar.status.text() == "4 replaced"
    editor.body.setFocus()
    editor.body.undo()
    assert editor.body.toPlainText() == body_before
    editor.title.undo()
    assert editor.title.text() == TITLE
    editor.sapo.undo()
    assert editor.sapo.toPlainText() == SAPO


def test_replace_all_of_the_old_tone_marks_leaves_the_new_ones(window, bar) -> None:
    bar.open_find(replacing=True)
    bar.query.setText("Tỉnh uỷ")
    bar.replacement.setText("Tỉnh ủy")

    assert bar.replace_all() == 2

    body = window.editor.body.toPlainText()
    assert "uỷ" not in body
    assert body.count("Tỉnh ủy") == 7


def test_replace_one_replaces_the_selected_match_and_goes_to_the_next(window, bar) -> None:
    window.editor.title.setFocus()
    window.editor.title.setCursorPosition(0)
    bar.open_find(replacing=True)
    bar.query.setText("Quảng Trị")
    bar.replacement.setText("Quảng Bình")
    first = bar.find_next()
    assert first is not None

    bar.replace()

    assert window.editor.title.text() == "Giao ban Mặt trận tỉnh Quảng Bình quý IV"
    assert window.editor.sapo.toPlainText().count("Quảng Trị") == 1
    assert _selected(bar) == "Quảng Trị"
    assert bar.current_field() is window.editor.sapo  # its match is selected now


def test_a_query_typed_in_decomposed_form_finds_the_composed_text(qtbot, window, bar) -> None:
    bar.open_find()
    commit_text(bar.query, unicodedata.normalize("NFD", "Thủy Phương"))

    assert bar.query.text() == "Thủy Phương"
    assert bar.find_next() is not None
    assert _selected(bar) == "Thủy Phương"


def test_escape_closes_the_bar_and_gives_the_field_back(qtbot, window, bar) -> None:
    bar.open_find()
    bar.query.setText("Quảng Trị")
    bar.find_next()
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.editor.body  # the search began there
    assert window.editor.body.textCursor().selectedText() == "Quảng Trị"
