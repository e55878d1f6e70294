"""Text fields that keep what enters them in NFC, whichever way it arrives.

Typing (an input method may commit decomposed text), pasting and dropping all end in the
widget's text; when that text is not clean (not NFC, or holding lookalike or zero-width
characters) the changed part is replaced in place and the cursor kept where the person left it.
In the multi-line field only the lines an edit touched are looked at, so a keystroke costs the
same on a long article as on a short one.
Qt counts positions in UTF-16 code units, Python in code points; the helpers convert.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from newsdesk.text.normalize import clean_block, clean_input, clean_line
from newsdesk.ui.signals import emit

# A paste longer than this is refused: about 150,000 words, many times the longest article.
# Past it the field's layout alone would freeze the window for seconds.
MAX_PASTE_CHARS = 1_000_000
# clean_block works through a long text this many characters (whole lines) at a time.
PIECE_CHARS = 16_384
# What clean_block may change besides NFC: invisible and lookalike characters, line endings
# other than "\n", and white space at the end of a line.
_MAYBE_UNCLEAN = re.compile(
    r"[\u200b-\u200d\ufeff\u00d0\u00f0\r\u2028\u2029\x0b\x0c\x85]|[^\S\n](?=\n|\Z)"
)


def document_text(document: QTextDocument) -> str:
    """The text of ``document`` as typed. Qt's ``toPlainText()`` turns every no-break space
    into a plain one, so an article holding "10\u00a0000" would change merely by being opened
    and saved; the raw text keeps it, with U+2029 between lines (and U+2028 for Shift+Enter,
    which ``toPlainText()`` also makes a line break)."""
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


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


def _cuttable_after(char: str) -> bool:
    """Whether a line break after ``char`` may end a piece: not after a carriage return, nor
    after a character cleaning drops, which could stand between a carriage return and its
    line feed ("\\r\\u200b\\n" is one line break once cleaned)."""
    return char != "\r" and clean_input(char) == char


def _pieces(s: str) -> Iterator[str]:
    """``s`` cut at line breaks into pieces of about :data:`PIECE_CHARS` characters (a
    carriage return stays with its line feed, even with characters cleaning drops between
    them); joined with line feeds they give ``s`` back."""
    start = 0
    while len(s) - start > PIECE_CHARS:
        cut = s.find("\n", start + PIECE_CHARS)
        while cut > 0 and not _cuttable_after(s[cut - 1]):
            cut = s.find("\n", cut + 1)
        if cut < 0:
            break
        yield s[start:cut]
        start = cut + 1
    yield s[start:]


def clean_block_in_pieces(s: str) -> str:
    """:func:`clean_block` of ``s``, a piece of lines at a time: a piece that is clean
    already is kept as it is (checking is far cheaper than cleaning), and no single step
    holds the interpreter for long, so the GUI thread stays free while a long text is
    cleaned on another thread."""
    return "\n".join(
        clean_block(piece)
        if _MAYBE_UNCLEAN.search(piece) or not unicodedata.is_normalized("NFC", piece)
        else piece
        for piece in _pieces(s)
    )


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

    def paste_plain_text(self) -> None:
        """The clipboard's text, cleaned and on one line, at the cursor."""
        text = clean_line(QGuiApplication.clipboard().text()[:MAX_PASTE_CHARS])
        if text:
            self.insert(text)


class NfcPlainTextEdit(QPlainTextEdit):
    """A multi-line field: typed text is cleaned in place, pasted text also gets its line
    endings and trailing spaces tidied (see :func:`clean_block`).

    Files dropped or pasted on it are not inserted as their addresses: ``filesDropped`` (a
    list of paths) says which, where the field takes files; elsewhere they are ignored. A
    picture pasted on such a field (a screenshot, an image copied in a browser) comes as
    ``imagePasted`` (a QImage), and formatted text (Word, LibreOffice, a web page) as
    ``htmlPasted`` (its HTML and its plain text): the field inserts neither itself. Text
    longer than :data:`MAX_PASTE_CHARS` is not inserted: ``pasteRefused`` says how long it
    was.
    """

    filesDropped = Signal(list)
    imagePasted = Signal(QImage)
    htmlPasted = Signal(str, str)
    pasteRefused = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, takes_files: bool = False) -> None:
        super().__init__(parent)
        self._cleaning = False
        self._takes_files = takes_files
        self._changed: tuple[int, int] | None = None  # (position, length) of the last edit
        self.document().contentsChange.connect(self._note_change)
        self.textChanged.connect(self._clean)

    def toPlainText(self) -> str:
        """The text as it stands, no-break spaces kept (Qt's own turns them into spaces)."""
        return document_text(self.document())

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
        if files:
            if self._takes_files:
                emit(self.filesDropped, files)
            return
        text = source.text() if source.hasText() else ""
        if len(text) > MAX_PASTE_CHARS:
            emit(self.pasteRefused, len(text))
            return
        # A picture copied in a browser comes with an <img> as its HTML and no text: the
        # picture itself is taken. Word puts a picture of the selection beside its HTML.
        if self._takes_files and source.hasHtml() and (text.strip() or not source.hasImage()):
            emit(self.htmlPasted, source.html(), text)
            return
        if source.hasImage() and self._takes_files:
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                emit(self.imagePasted, image)
                return
        if source.hasText():
            self.insert_plain_text(text)
            return
        super().insertFromMimeData(source)

    def insert_plain_text(self, text: str) -> None:
        """``text`` cleaned (see :func:`clean_block`) at the cursor, as it is: no formatting
        is read from it."""
        if len(text) > MAX_PASTE_CHARS:
            emit(self.pasteRefused, len(text))
            return
        self.textCursor().insertText(clean_block_in_pieces(text))
        self.ensureCursorVisible()

    def paste_plain_text(self) -> None:
        """The clipboard's text at the cursor, without its formatting."""
        self.insert_plain_text(QGuiApplication.clipboard().text())

    def _note_change(self, position: int, _removed: int, added: int) -> None:
        if not self._cleaning:
            self._changed = (position, added)

    def _clean(self) -> None:
        """Clean the lines the last edit touched (nothing composes across a line break, so
        that is enough). A line that is clean already, the usual case, costs one look."""
        if self._cleaning or self._changed is None:
            return
        position, added = self._changed
        self._changed = None
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        unclean: list[tuple[int, str, str]] = []
        while block.isValid():
            text = block.text()
            cleaned = clean_input(text)
            if cleaned != text:
                unclean.append((block.position(), text, cleaned))
            if block == last:
                break
            block = block.next()
        if not unclean:
            return
        self._cleaning = True
        try:
            for offset, text, cleaned in reversed(unclean):  # earlier offsets stay valid
                self._replace_changed_part(offset, text, cleaned)
        finally:
            self._cleaning = False

    def _replace_changed_part(self, offset: int, text: str, cleaned: str) -> None:
        """Put ``cleaned`` in place of ``text``, which starts at ``offset`` in the document."""
        end = offset + utf16_len(text)
        shift = utf16_len(cleaned) - utf16_len(text)

        def mapped(position: int) -> int:
            if position <= offset:
                return position
            if position >= end:
                return position + shift
            index = map_index(text, cleaned, index_from_utf16(text, position - offset))
            return offset + utf16_len(cleaned[:index])

        view = self.textCursor()
        anchor, position = mapped(view.anchor()), mapped(view.position())
        prefix, suffix = _changed_span(text, cleaned)
        edit = QTextCursor(self.document())
        edit.setPosition(offset + utf16_len(text[:prefix]))
        edit.setPosition(
            offset + utf16_len(text[: len(text) - suffix]), QTextCursor.MoveMode.KeepAnchor
        )
        # Joined with the keystroke or paste that caused it, so one undo takes back both.
        edit.joinPreviousEditBlock()
        edit.insertText(cleaned[prefix : len(cleaned) - suffix])
        edit.endEditBlock()
        view.setPosition(anchor)
        view.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(view)
