"""Markdown formatting commands on a text cursor: what the editor's toolbar buttons do.

Each command is one undo step. Inline marks wrap the selection (or a placeholder word that is
then selected, ready to be typed over); block marks prefix every selected line and are taken
off again when every line already has them.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from newsdesk.ui.nfc_text import utf16_len


def _selected_text(cursor: QTextCursor) -> str:
    # Qt marks paragraph breaks inside a selection with U+2029.
    return cursor.selectedText().replace("\u2029", "\n")


def wrap_inline(cursor: QTextCursor, marker: str, placeholder: str) -> None:
    """``**bold**`` / ``*italic*``: wrap the selection, or unwrap it when already wrapped."""
    text = _selected_text(cursor)
    start = cursor.selectionStart()
    cursor.beginEditBlock()
    if len(text) > 2 * len(marker) and text.startswith(marker) and text.endswith(marker):
        inner = text[len(marker) : -len(marker)]
        cursor.insertText(inner)
        _select(cursor, start, utf16_len(inner))
    else:
        inner = text or placeholder
        cursor.insertText(f"{marker}{inner}{marker}")
        _select(cursor, start + utf16_len(marker), utf16_len(inner))
    cursor.endEditBlock()


def prefix_lines(cursor: QTextCursor, prefix: str) -> None:
    """``## `` heading, ``- `` list, ``> `` quote on every line the selection touches."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = cursor.document().findBlock(start)
    last = cursor.document().findBlock(end)
    blocks = []
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    remove = all(b.text().startswith(prefix) for b in blocks)
    cursor.beginEditBlock()
    for b in blocks:
        edit = QTextCursor(b)
        if remove:
            edit.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
            )
            edit.removeSelectedText()
        else:
            edit.insertText(prefix)
    cursor.endEditBlock()


def insert_link(cursor: QTextCursor, url: str, placeholder: str) -> None:
    """``[selection](url)``; with nothing selected the link text is a selected placeholder."""
    text = _selected_text(cursor) or placeholder
    start = cursor.selectionStart()
    cursor.beginEditBlock()
    cursor.insertText(f"[{text}]({url})")
    _select(cursor, start + 1, utf16_len(text))
    cursor.endEditBlock()


def insert_image(cursor: QTextCursor, source: str, alt: str, caption: str = "") -> None:
    """``![alt](source "caption")`` as a paragraph of its own (blank lines around it, so the
    photo is not part of the text before or after); ``source`` must be URL-encoded."""
    title = caption.replace('"', "”").strip()
    destination = f'{source} "{title}"' if title else source
    cursor.beginEditBlock()
    cursor.clearSelection()
    if cursor.positionInBlock() > 0:
        cursor.insertText("\n")
    if cursor.block().previous().text().strip():
        cursor.insertText("\n")
    cursor.insertText(f"![{alt}]({destination})\n")
    if cursor.block().text().strip():
        cursor.insertText("\n")
    cursor.endEditBlock()


def _select(cursor: QTextCursor, start: int, length: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
