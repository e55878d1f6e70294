from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from newsdesk.ui.nfc_text import (
    NfcLineEdit,
    NfcPlainTextEdit,
    index_from_utf16,
    map_index,
    utf16_len,
)
from tests.ui.helpers import commit_text

NFC_TEXT = "Hội nghị giao ban công tác Mặt trận"
NFD_TEXT = unicodedata.normalize("NFD", NFC_TEXT)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def test_fixture_text_really_is_decomposed():
    assert NFD_TEXT != NFC_TEXT
    assert len(NFD_TEXT) > len(NFC_TEXT)


@pytest.mark.parametrize(
    ("old", "new", "index", "expected"),
    [
        ("abc", "abc", 2, 2),
        ("xe\u0301y", "x\u00e9y", 0, 0),
        ("xe\u0301y", "x\u00e9y", 3, 2),  # after the mark: after the composed letter
        ("xe\u0301y", "x\u00e9y", 4, 3),  # the end stays the end
        ("xe\u0301y", "x\u00e9y", 2, 2),  # inside the pair: after the composed letter
    ],
)
def test_map_index_follows_the_text(old, new, index, expected):
    assert map_index(old, new, index) == expected


def test_utf16_positions_count_astral_characters_twice():
    text = "a😀b"
    assert utf16_len(text) == 4
    assert index_from_utf16(text, 3) == 2
    assert index_from_utf16(text, 4) == 3


def test_input_method_commit_of_decomposed_text_becomes_nfc(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    commit_text(edit, "Ngày 25/12, ")
    commit_text(edit, NFD_TEXT)
    assert edit.toPlainText() == "Ngày 25/12, " + NFC_TEXT
    assert is_nfc(edit.toPlainText())
    assert edit.textCursor().position() == utf16_len(edit.toPlainText())


def test_cursor_stays_where_it_was_when_text_before_it_is_normalised(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("đầu  cuối")
    cursor = edit.textCursor()
    cursor.setPosition(4)  # between the two spaces
    edit.setTextCursor(cursor)
    commit_text(edit, unicodedata.normalize("NFD", "giữa"))
    assert edit.toPlainText() == "đầu giữa cuối"
    assert edit.textCursor().position() == len("đầu giữa")
    commit_text(edit, "!")
    assert edit.toPlainText() == "đầu giữa! cuối"


def test_one_undo_takes_back_the_typing_and_its_normalisation(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    commit_text(edit, "Tin ")
    commit_text(edit, unicodedata.normalize("NFD", "mới"))
    assert edit.toPlainText() == "Tin mới"
    edit.undo()
    assert edit.toPlainText() == "Tin "


def test_paste_of_decomposed_text_is_cleaned(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    QApplication.clipboard().setText("Dòng một  \r\n" + NFD_TEXT + "\u200b")
    edit.paste()
    assert edit.toPlainText() == "Dòng một\n" + NFC_TEXT


def test_dropped_or_pasted_mime_text_is_cleaned(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    data = QMimeData()
    data.setText(NFD_TEXT)
    edit.insertFromMimeData(data)
    assert edit.toPlainText() == NFC_TEXT


def test_line_edit_keeps_nfc_and_fixes_lookalike_letters(qtbot):
    edit = NfcLineEdit()
    qtbot.addWidget(edit)
    commit_text(edit, "Ðà Nẵng ")  # Icelandic eth typed for Đ
    commit_text(edit, unicodedata.normalize("NFD", "Quảng Trị"))
    assert edit.text() == "Đà Nẵng Quảng Trị"
    assert edit.cursorPosition() == len("Đà Nẵng Quảng Trị")


def test_line_edit_paste_becomes_nfc(qtbot):
    edit = NfcLineEdit()
    qtbot.addWidget(edit)
    QApplication.clipboard().setText(NFD_TEXT)
    edit.paste()
    assert edit.text() == NFC_TEXT


def test_selection_is_kept_across_normalisation(qtbot):
    edit = NfcPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("abc")
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(1, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    # Something else (a paste at the end, say) appends decomposed text.
    tail = QTextCursor(edit.document())
    tail.movePosition(QTextCursor.MoveOperation.End)
    tail.insertText(unicodedata.normalize("NFD", " ệ"))
    assert edit.toPlainText() == "abc ệ"
    assert edit.textCursor().selectedText() == "a"
