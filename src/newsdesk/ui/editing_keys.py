"""Enter and Tab in the body as a word processor's user expects them, in Markdown.

Enter at the end of (or inside) a list item starts the next item ("- " again, "1. " becomes
"2. "), inside a quote the next quoted line; Enter on an empty item ends the list: the marker
goes and a blank line follows, so what is typed next is a paragraph of its own (a nested empty
item moves one level out first). Tab and Shift+Tab nest and unnest the list items the cursor or
the selection touches by four spaces, the indent the renderer (Python-Markdown) needs for a
nested list. Elsewhere, and inside fenced code, the keys do what they always did. Each is one
undo step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsdesk.ui.markdown_spans import Fence

NEST = "    "  # one list level, as Python-Markdown counts it
_ITEM = re.compile(r"(?P<indent>[ \t]*)(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})\.)(?P<gap>[ \t]+)")
_QUOTE = re.compile(r"(?: {0,3}> ?)+")
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def next_marker(line: str) -> tuple[str, int] | None:
    """The marker the line after ``line`` starts with, and the length of ``line``'s own
    marker; None when ``line`` is no list item or quote."""
    item = _ITEM.match(line)
    if item is not None:
        number = item.group("number")
        marker = item.group("bullet") if number is None else f"{int(number) + 1}."
        return f"{item.group('indent')}{marker}{item.group('gap')}", item.end()
    quote = _QUOTE.match(line)
    if quote is not None:
        return quote.group(0), quote.end()
    return None


def continue_block(cursor: QTextCursor) -> bool:
    """Enter in a list item or a quote; False when it is neither (or the cursor stands in
    the marker, or the selection spans lines): the key then does what it always does."""
    if cursor.hasSelection() and (
        cursor.document().findBlock(cursor.selectionStart())
        != cursor.document().findBlock(cursor.selectionEnd())
    ):
        return False
    if _in_code(cursor.block()):
        return False
    line = cursor.block().text()
    found = next_marker(line)
    if found is None:
        return False
    marker, own = found
    start = min(cursor.selectionStart(), cursor.selectionEnd()) - cursor.block().position()
    if start < own:
        return False
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    if not line[own:].strip() and cursor.positionInBlock() >= len(line.rstrip()):
        _end_list(cursor, line)
    else:
        cursor.insertText("\n" + marker)
    cursor.endEditBlock()
    return True


def _in_code(block: QTextBlock) -> bool:
    """Whether ``block`` lies inside a fenced code block, as the body's highlighter found
    (its state of the line before says what the line after is in)."""
    return block.previous().userState() in {Fence.BACKTICKS, Fence.TILDES}


def _end_list(cursor: QTextCursor, line: str) -> None:
    block = cursor.block()
    item = _ITEM.match(line)
    if item is not None and item.group("indent"):
        _unnest(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        return
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if block.previous().isValid() and block.previous().text().strip():
        cursor.insertText("\n")


def nest(cursor: QTextCursor, *, deeper: bool) -> bool:
    """Tab / Shift+Tab on list items; False when a line the selection touches is no list
    item (the key then does what it always does)."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks: list[QTextBlock] = []
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    if not all(_ITEM.match(b.text()) for b in blocks):
        return False
    cursor.beginEditBlock()
    for b in blocks:
        if deeper:
            QTextCursor(b).insertText(NEST)
        else:
            _unnest(b)
        _renumber(b)
    cursor.endEditBlock()
    return True


def _renumber(block: QTextBlock) -> None:
    """A numbered item moved to another level takes the number that follows the item above
    it at that level, or 1 when it starts a list there (the renderer numbers a list from its
    first item's number)."""
    item = _ITEM.match(block.text())
    if item is None or item.group("number") is None:
        return
    indent = len(item.group("indent").expandtabs(len(NEST)))
    number = 1
    above = block.previous()
    while above.isValid() and above.text().strip():
        found = _ITEM.match(above.text())
        if found is not None:
            level = len(found.group("indent").expandtabs(len(NEST)))
            if level < indent:
                break
            if level == indent:
                if found.group("number") is not None:
                    number = int(found.group("number")) + 1
                break
        above = above.previous()
    if str(number) != item.group("number"):
        edit = QTextCursor(block)
        edit.setPosition(block.position() + item.start("number"))
        edit.setPosition(block.position() + item.end("number"), QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(str(number))


def _unnest(block: QTextBlock) -> None:
    text = block.text()
    width = 1 if text.startswith("\t") else min(len(text) - len(text.lstrip(" ")), len(NEST))
    if width:
        edit = QTextCursor(block)
        edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, width)
        edit.removeSelectedText()


class EditingKeys(QObject):
    """Watches the keys of ``edit`` (installed as its event filter)."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)  # noqa: S101 (a KeyPress is a QKeyEvent)
        key, modifiers = event.key(), event.modifiers()
        cursor = self._edit.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers in _PLAIN:
            handled = continue_block(cursor)
        elif key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            handled = nest(cursor, deeper=True)
        elif key == Qt.Key.Key_Backtab:
            handled = nest(cursor, deeper=False)
        else:
            return False
        if handled:
            self._edit.setTextCursor(cursor)
            self._edit.ensureCursorVisible()
        return handled
