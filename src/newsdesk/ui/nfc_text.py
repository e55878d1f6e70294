"""Text fields that keep what enters them in NFC, whichever way it arrives.

Typing (an input method may commit decomposed text), pasting and dropping all end in the
widget's text; when that text is not clean (not NFC, or holding lookalike or zero-width
characters) the changed part is replaced in place and the cursor kept where the person left it.
Qt counts positions in UTF-16 code units, Python in code points; the helpers convert.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from newsdesk.text.normalize import clean_block, clean_input
from newsdesk.ui.signals import emit


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def index_from_utf16(s: str, units: int) -> int:
    """The Python index in ``s`` of the Qt position ``units``."""
    count = 0
    for index, char in enumerate(s):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(s)


def _changed_span(old: str, new: str) -> tuple[int, int]:
    """Length of the common prefix and of the common suffix (not overlapping the prefix)."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def map_index(old: str, new: str, index: int) -> int:
    """Where a cursor at ``index`` in ``old`` belongs once ``old`` became ``new``."""
    prefix, suffix = _changed_span(old, new)
    if index <= prefix:
        return index
    if index >= len(old) - suffix:
        return index + len(new) - len(old)
    return len(new) - suffix


class NfcLineEdit(QLineEdit):
    """A one-line field whose text is always clean (see :func:`clean_input`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._clean)

    def _clean(self, text: str) -> None:
        cleaned = clean_input(text)
        if cleaned == text:
            return
        index = index_from_utf16(text, self.cursorPosition())
        self.setText(cleaned)
        self.setCursorPosition(utf16_len(cleaned[: map_index(text, cleaned, index)]))


class NfcPlainTextEdit(QPlainTextEdit):
    """A multi-line field: typed text is cleaned in place, pasted text also gets its line
    endings and trailing spaces tidied (see :func:`clean_block`).

    Files dropped or pasted on it are not inserted as their addresses: ``filesDropped`` (a
    list of paths) says which, where the field takes files; elsewhere they are ignored. A
    picture pasted on such a field (a screenshot, an image copied in a browser) comes as
    ``imagePasted`` (a QImage).
    """

    filesDropped = Signal(list)
    imagePasted = Signal(QImage)

    def __init__(self, parent: QWidget | None = None, *, takes_files: bool = False) -> None:
        super().__init__(parent)
        self._cleaning = False
        self._takes_files = takes_files
        self.textChanged.connect(self._clean)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
        if files:
            if self._takes_files:
                emit(self.filesDropped, files)
            return
        if source.hasImage() and self._takes_files:
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                emit(self.imagePasted, image)
                return
        if source.hasText():
            self.textCursor().insertText(clean_block(source.text()))
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)

    def _clean(self) -> None:
        if self._cleaning:
            return
        text = self.toPlainText()
        cleaned = clean_input(text)
        if cleaned == text:
            return
        self._cleaning = True
        try:
            self._replace_changed_part(text, cleaned)
        finally:
            self._cleaning = False

    def _replace_changed_part(self, text: str, cleaned: str) -> None:
        view = self.textCursor()
        anchor = map_index(text, cleaned, index_from_utf16(text, view.anchor()))
        position = map_index(text, cleaned, index_from_utf16(text, view.position()))
        prefix, suffix = _changed_span(text, cleaned)
        edit = QTextCursor(self.document())
        edit.setPosition(utf16_len(text[:prefix]))
        edit.setPosition(utf16_len(text[: len(text) - suffix]), QTextCursor.MoveMode.KeepAnchor)
        # Joined with the keystroke or paste that caused it, so one undo takes back both.
        edit.joinPreviousEditBlock()
        edit.insertText(cleaned[prefix : len(cleaned) - suffix])
        edit.endEditBlock()
        view.setPosition(utf16_len(cleaned[:anchor]))
        view.setPosition(utf16_len(cleaned[:position]), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(view)
