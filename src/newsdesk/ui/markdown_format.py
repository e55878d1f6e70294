"""Markdown formatting commands on a text cursor: what the editor's toolbar buttons do.

Each command is one undo step. Inline marks wrap the selection (or a placeholder word that is
then selected, ready to be typed over) and, as in a word processor, the same command again
takes them off: on the words of a bold selected, or with the cursor at the end of bold words
just typed, where it steps past the closing marks so what follows is typed plain. Block marks
prefix every selected line and are taken off again when every line already has them.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock, QTextCursor

from newsdesk.ui.markdown_spans import Style, scan_line
from newsdesk.ui.nfc_text import index_from_utf16, utf16_len

_LIST_ITEM = re.compile(r"(?P<indent>[ \t]*)(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})\.)[ \t]+")


def _selected_text(cursor: QTextCursor) -> str:
    # Qt marks paragraph breaks inside a selection with U+2029.
    return cursor.selectedText().replace("\u2029", "\n")


def _emphasis_between(cursor: QTextCursor, marker: str) -> tuple[int, int] | None:
    """The selection's ends (Qt positions) when it is exactly the words of a ``marker``
    emphasis, or, with nothing selected, when the cursor stands at the end of such words;
    None otherwise."""
    block = cursor.block()
    line = block.text()
    if cursor.document().findBlock(cursor.selectionEnd()) != block:
        return None
    start = index_from_utf16(line, cursor.selectionStart() - block.position())
    end = index_from_utf16(line, cursor.selectionEnd() - block.position())
    style = Style.ITALIC if marker in {"*", "_"} else Style.BOLD
    if not line.startswith(marker, end):
        return None
    for span in scan_line(line)[0]:
        if span.style is style and span.end == end and start in {end, span.start}:
            return cursor.selectionStart(), cursor.selectionEnd()
    return None


def wrap_inline(cursor: QTextCursor, marker: str, placeholder: str) -> None:
    """``**bold**`` / ``*italic*``: wrap the selection, or unwrap it when already wrapped."""
    emphasis = _emphasis_between(cursor, marker)
    if emphasis is not None and not cursor.hasSelection():
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=len(marker))
        return
    text = _selected_text(cursor)
    start = cursor.selectionStart()
    cursor.beginEditBlock()
    if emphasis is not None:
        size = utf16_len(marker)
        edit = QTextCursor(cursor.document())
        edit.setPosition(emphasis[1])
        edit.setPosition(emphasis[1] + size, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        edit.setPosition(emphasis[0] - size)
        edit.setPosition(emphasis[0], QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        _select(cursor, emphasis[0] - size, emphasis[1] - emphasis[0])
    elif len(text) > 2 * len(marker) and text.startswith(marker) and text.endswith(marker):
        inner = text[len(marker) : -len(marker)]
        cursor.insertText(inner)
        _select(cursor, start, utf16_len(inner))
    else:
        inner = text or placeholder
        cursor.insertText(f"{marker}{inner}{marker}")
        _select(cursor, start + utf16_len(marker), utf16_len(inner))
    cursor.endEditBlock()


def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    block = cursor.document().findBlock(cursor.selectionStart())
    last = cursor.document().findBlock(cursor.selectionEnd())
    blocks = []
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    return blocks


def prefix_lines(cursor: QTextCursor, prefix: str) -> None:
    """``## `` heading or ``> `` quote on every line the selection touches."""
    blocks = _selected_blocks(cursor)
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


def toggle_list(cursor: QTextCursor, *, ordered: bool) -> None:
    """Make the lines the selection touches a bulleted (``- ``) or numbered (``1. ``,
    ``2. ``...) list; a line that is an item of the other kind changes kind, keeping its
    indent. When every line already is an item of that kind, the markers are taken off."""
    blocks = _selected_blocks(cursor)
    items = [_LIST_ITEM.match(b.text()) for b in blocks]
    kind = "number" if ordered else "bullet"
    remove = all(item is not None and item.group(kind) is not None for item in items)
    cursor.beginEditBlock()
    for number, (block, item) in enumerate(zip(blocks, items, strict=True), start=1):
        edit = QTextCursor(block)
        if item is not None:
            edit.setPosition(block.position() + len(item.group("indent")))
            edit.setPosition(block.position() + item.end(), QTextCursor.MoveMode.KeepAnchor)
        if remove:
            edit.removeSelectedText()
        else:
            edit.insertText(f"{number}. " if ordered else "- ")
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
