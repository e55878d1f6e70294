"""Formatted text pasted into the body (from Word, LibreOffice, a web page) kept as Markdown.

Bold, italic, headings, lists, links and tables come in as their Markdown; the rest (fonts,
colours, Word's own markup) is dropped (see
:func:`~newsdesk.render.html_markdown.pasted_html_to_markdown`). Pictures in the clip given as
``data:`` addresses, and the picture files Word or LibreOffice write for a clip, become photos
of the article, kept in the desk's photo folder as a dropped photo is; so does a picture from
the web, downloaded after the paste (see :mod:`~newsdesk.ui.web_photos`).
"""

from __future__ import annotations

import base64
import binascii
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QTextCursor

from newsdesk.core.errors import NewsdeskError
from newsdesk.render.html_markdown import pasted_html_to_markdown
from newsdesk.store import PhotoFolder
from newsdesk.ui.image_chooser import image_problem
from newsdesk.ui.nfc_text import MAX_PASTE_CHARS, NfcPlainTextEdit, clean_block_in_pieces
from newsdesk.ui.signals import emit
from newsdesk.ui.web_photos import WEB_PICTURE, WebPhotoFetcher
from newsdesk.ui.words import message_word

PASTED_PHOTO = "anh-dan"  # the name of a pasted picture that has none of its own
_DATA_URL = re.compile(r"data:image/([\w.+-]+)?(;[^,]*)?,(.*)", re.S | re.I)
_SUFFIXES = {"jpeg": ".jpg", "jpg": ".jpg", "png": ".png", "gif": ".gif", "webp": ".webp"}
# A paste whose Markdown starts like this, or holds a line break, is a block of its own.
_BLOCK_START = re.compile(r"#{1,6} |[-*+] |\d+\. |> |\||!\[|```|    ")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
# A clip that holds a paragraph (Word wraps even a few words of one in <p>).
_PARAGRAPH_TAG = re.compile(r"<(?:p|div|h[1-6]|li|blockquote|pre|table)[\s>]", re.I)
# Word and LibreOffice say who wrote the clip; their pictures are files they wrote for it. A
# web page's clip may name files too, but those are the reader's own: they are not read.
_OFFICE_CLIP = re.compile(
    r"<meta\b[^>]*\b(?:generator|progid)\b[^>]*\b(?:word|excel|powerpoint|outlook|"
    r"libreoffice|openoffice)\b[^>]*>",
    re.I,
)


def is_block(markdown: str) -> bool:
    """Whether ``markdown`` is paragraphs or other blocks rather than a run of words."""
    return "\n" in markdown or bool(_BLOCK_START.match(markdown))


def _sentence_edge(cursor: QTextCursor, markdown: str) -> bool:
    """Whether the cursor is after a paragraph's last sentence, or before its first with
    ``markdown`` ending one: where a paragraph pasted whole goes on its own."""
    text = cursor.block().text()
    before = text[: cursor.positionInBlock()].rstrip()
    after = text[cursor.positionInBlock() :].strip()
    if before and not after:
        return before.endswith(_SENTENCE_END)
    return bool(after) and not before and markdown.rstrip().endswith(_SENTENCE_END)


def insert_markdown(cursor: QTextCursor, markdown: str, *, paragraph: bool = False) -> None:
    """``markdown`` at ``cursor`` (in place of its selection), as one undo step.

    A run of words goes in where the cursor is. Blocks (paragraphs, a list, a table) never
    join the text around them: a blank line is put between them and the paragraph before and
    after, splitting it when the cursor is inside one. A run of words that was a
    ``paragraph`` where it was copied is one too when pasted at the end (or the start) of a
    paragraph: "Đoạn hai." and "In đậm từ Word" stay two paragraphs.
    """
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    if not is_block(markdown) and not (paragraph and _sentence_edge(cursor, markdown)):
        cursor.insertText(markdown)
        cursor.endEditBlock()
        return
    block = cursor.block()
    before = block.text()[: cursor.positionInBlock()]
    after = block.text()[cursor.positionInBlock() :]
    # The spaces where a paragraph is split would start or end a line: they go.
    spaces_before = len(before) - len(before.rstrip())
    spaces_after = len(after) - len(after.lstrip())
    if spaces_before or spaces_after:
        position = cursor.position()
        cursor.setPosition(position - spaces_before)
        cursor.setPosition(position + spaces_after, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    if before.strip():
        cursor.insertText("\n\n")
    elif cursor.positionInBlock() == 0 and block.previous().text().strip():
        cursor.insertText("\n")
    cursor.insertText(markdown)
    end = cursor.position()
    if after.strip():
        cursor.insertText("\n\n")
    elif block.next().isValid() and block.next().text().strip():
        cursor.insertText("\n")
    cursor.endEditBlock()
    cursor.setPosition(end)


class MarkdownPaster(QObject):
    """Takes the formatted text pasted into ``body`` (its ``htmlPasted``)."""

    problemFound = Signal(str, str)  # cause, action

    def __init__(self, body: NfcPlainTextEdit, photos: PhotoFolder, parent: QObject) -> None:
        super().__init__(parent)
        self._body = body
        self._photos = photos
        self._unread: list[str] = []  # the pictures of this paste that could not be kept
        self._reads_files = False  # whether the clip's file: pictures may be read
        self._web: list[str] = []  # the web pictures of this paste, fetched after it
        self.web_photos = WebPhotoFetcher(body.document(), photos, self)
        self.web_photos.problemFound.connect(self.problemFound)
        body.htmlPasted.connect(self.paste)

    def paste(self, html: str, text: str) -> None:
        self._unread = []
        self._web = []
        self._reads_files = bool(_OFFICE_CLIP.search(html))
        with tempfile.TemporaryDirectory(prefix="newsdesk-paste-") as folder:
            markdown = pasted_html_to_markdown(html, lambda src: self._photo(src, Path(folder)))
        markdown = clean_block_in_pieces(markdown).strip("\n")
        if not markdown.strip():
            self._body.insert_plain_text(text)  # nothing the converter could read
        elif len(markdown) > MAX_PASTE_CHARS:
            emit(self._body.pasteRefused, len(markdown))
            return
        else:
            cursor = self._body.textCursor()
            start = cursor.selectionStart()
            insert_markdown(cursor, markdown, paragraph=bool(_PARAGRAPH_TAG.search(html)))
            self._body.setTextCursor(cursor)
            self._body.ensureCursorVisible()
            if self._web:
                self.web_photos.fetch(self._web, start, cursor.position())
        if self._unread:
            emit(
                self.problemFound,
                self.tr("Some pictures in the pasted text could not be kept: {names}").format(
                    names=", ".join(self._unread)
                ),
                self.tr(
                    "The text was pasted without them. Save the pictures as files and insert "
                    "them with Image in the toolbar."
                ),
            )

    def _photo(self, source: str, folder: Path) -> str | None:
        """The address ``source`` as the Markdown names it: a photo name for a picture this
        desk keeps, the address itself for one on the web, None for one it could not keep."""
        source = source.strip()
        if WEB_PICTURE.match(source):
            self._web.append(source)
            return source
        if source.lower().startswith("file:") and not self._reads_files:
            self._unread.append(_shown_name(source))
            return None
        path = self._picture_file(source, folder)
        if path is None:
            self._unread.append(_shown_name(source))
            return None
        problem = image_problem(path)
        if problem:
            self._unread.append(f"{path.name} ({problem})")
            return None
        try:
            ref, _kept = self._photos.keep(path)
        except NewsdeskError as error:
            self._unread.append(f"{path.name} ({message_word(error.cause)})")
            return None
        return ref

    @staticmethod
    def _picture_file(source: str, folder: Path) -> Path | None:
        """The file holding the picture ``source`` names: a local file, or a ``data:``
        address written out into ``folder``."""
        if source.lower().startswith("file:"):
            path = Path(QUrl(source).toLocalFile())
            return path if path.is_file() else None
        found = _DATA_URL.fullmatch(source)
        if not found or "base64" not in (found[2] or "").lower():
            return None
        try:
            data = base64.b64decode(re.sub(r"\s+", "", found[3]), validate=True)
        except (binascii.Error, ValueError):
            return None
        suffix = _SUFFIXES.get((found[1] or "").lower(), ".png")
        path = folder / f"{PASTED_PHOTO}{suffix}"
        counter = 1
        while path.exists():
            counter += 1
            path = folder / f"{PASTED_PHOTO}-{counter}{suffix}"
        path.write_bytes(data)
        return path


def _shown_name(source: str) -> str:
    if source.lower().startswith("data:"):
        return source[:30] + "…"
    return source.rsplit("/", 1)[-1][:80] or source[:80]
