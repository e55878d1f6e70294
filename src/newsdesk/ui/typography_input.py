"""Typography applied as you type (see :mod:`newsdesk.text.typography`).

On the keystroke or input-method commit that completes a pattern (the closing quote, the third
dot, the space after a hyphen), the replacement follows as its own undo step: one Ctrl+Z gives
back the characters as they were typed, as a word processor does, and since only the pattern
the last character completed is looked at, they are not replaced again on the next keystroke.
Pasted and loaded text is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from newsdesk.settings import Settings
from newsdesk.text.typography import (
    Replacement,
    TypographyRules,
    completed_by_typing,
    opens_or_closes_fence,
)
from newsdesk.ui.nfc_text import index_from_utf16, utf16_len

TextField = QLineEdit | QPlainTextEdit


def rules_from(settings: Settings) -> TypographyRules:
    return TypographyRules(
        quotes=settings.typography_quotes,
        dashes=settings.typography_dashes,
        ellipsis=settings.typography_ellipsis,
        unit_spaces=settings.typography_unit_spaces,
        date_spaces=settings.typography_date_spaces,
    )


def _typed_text(event: QEvent) -> str:
    """What a key press or an input-method commit types ("" for anything else)."""
    if isinstance(event, QInputMethodEvent):
        return event.commitString()
    if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
        modifiers = event.modifiers()
        command = modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if command and not modifiers & Qt.KeyboardModifier.AltModifier:  # AltGr types
            return ""  # a command, not typing
        text = event.text()
        return text if text.isprintable() else ""
    return ""


def _could_complete(text: str) -> bool:
    """Whether typing ``text`` may complete a pattern: letters alone never do."""
    return any(not char.isalpha() for char in text)


def _in_fence(block: QTextBlock) -> bool:
    """Whether ``block`` lies inside a fenced code block (read from the document's start:
    asked only when a replacement is about to be made)."""
    fence: str | None = None
    current = block.document().firstBlock()
    while current.isValid() and current != block:
        fence = opens_or_closes_fence(current.text(), fence)
        current = current.next()
    return fence is not None


class TypographyInput(QObject):
    """Watches the key presses and input-method commits of ``fields`` and makes the
    replacements each completes, following ``rules`` (changed with :meth:`set_rules`)."""

    def __init__(
        self, rules: TypographyRules, fields: Iterable[TextField], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self._dispatching = False
        self._edits = 0
        for field in fields:
            field.installEventFilter(self)
            if isinstance(field, QPlainTextEdit):
                field.document().contentsChange.connect(self._content_changed)
            else:
                field.textChanged.connect(self._line_changed)

    def set_rules(self, rules: TypographyRules) -> None:
        self.rules = rules

    def _content_changed(self, _position: int, _removed: int, added: int) -> None:
        if added:
            self._edits += 1

    def _line_changed(self, _text: str) -> None:
        self._edits += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._dispatching or not self.rules.any:
            return False
        typed = _typed_text(event)
        if not typed or not _could_complete(typed):
            return False
        if not isinstance(watched, QLineEdit | QPlainTextEdit) or watched.isReadOnly():
            return False
        # Let the field take the keystroke first, then follow it with the replacement.
        edits = self._edits
        self._dispatching = True
        try:
            QApplication.sendEvent(watched, event)
        finally:
            self._dispatching = False
        if self._edits != edits:
            self._after_typing(watched, len(typed))
        return True

    def _after_typing(self, field: TextField, typed: int) -> None:
        if isinstance(field, QLineEdit):
            if not field.hasSelectedText():
                self._replace_in_line(field, typed)
            return
        cursor = field.textCursor()
        if cursor.hasSelection():
            return
        block = cursor.block()
        line = block.text()
        column = index_from_utf16(line, cursor.positionInBlock())
        found = completed_by_typing(line, column, self.rules, typed=typed)
        if found and _in_fence(block):
            return
        if found:
            self._replace_in_block(field, block, line, found)

    def _replace_in_line(self, field: QLineEdit, typed: int) -> None:
        text = field.text()
        column = index_from_utf16(text, field.cursorPosition())
        found = completed_by_typing(text, column, self.rules, typed=typed)
        if not found:
            return
        shift = 0
        for replacement in reversed(found):
            start = utf16_len(text[: replacement.start])
            field.setSelection(start, utf16_len(text[replacement.start : replacement.end]))
            field.insert(replacement.text)
            shift += utf16_len(replacement.text) - utf16_len(
                text[replacement.start : replacement.end]
            )
        field.setCursorPosition(utf16_len(text[:column]) + shift)

    @staticmethod
    def _replace_in_block(
        field: QPlainTextEdit, block: QTextBlock, line: str, found: list[Replacement]
    ) -> None:
        # One undo step of its own, after the keystroke's; undone, it leaves the cursor
        # where the replacement was, so typing goes on from there.
        edit = QTextCursor(field.document())
        edit.setPosition(block.position() + utf16_len(line[: found[-1].end]))
        edit.beginEditBlock()
        for replacement in reversed(found):  # earlier offsets stay valid
            edit.setPosition(block.position() + utf16_len(line[: replacement.start]))
            edit.setPosition(
                block.position() + utf16_len(line[: replacement.end]),
                QTextCursor.MoveMode.KeepAnchor,
            )
            edit.insertText(replacement.text)
        edit.endEditBlock()
