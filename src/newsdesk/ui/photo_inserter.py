"""Photos into the article's body: chosen (with their caption and credit), dropped or pasted.
Each is kept in the desk's photo folder and named in the Markdown by its photo name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from newsdesk.core.errors import NewsdeskError
from newsdesk.store import PhotoFolder
from newsdesk.ui.image_chooser import image_problem
from newsdesk.ui.markdown_format import insert_image
from newsdesk.ui.nfc_text import NfcPlainTextEdit
from newsdesk.ui.paste_markdown import MarkdownPaster
from newsdesk.ui.photo_dialog import PhotoCaptionDialog
from newsdesk.ui.signals import emit
from newsdesk.ui.words import message_word

PASTED_NAME = "anh-dan.png"  # a pasted picture has no file name of its own


class PhotoInserter(QObject):
    problemFound = Signal(str, str)  # cause, action

    def __init__(self, body: NfcPlainTextEdit, photos: PhotoFolder, parent: QObject) -> None:
        super().__init__(parent)
        self._body = body
        self._photos = photos
        self._credit = ""  # the last photo credit given: the same photographer, often
        self._folder = ""  # where the last photo came from: the next is often beside it
        body.filesDropped.connect(self.insert_files)
        body.imagePasted.connect(self.insert_pasted)
        self.paster = MarkdownPaster(body, photos, self)  # formatted text, with its photos
        self.paster.problemFound.connect(self.problemFound)

    def choose(self) -> None:
        """Ask for a photo file and the words under it; put it in at the cursor."""
        path, _filter = QFileDialog.getOpenFileName(
            self._body,
            self.tr("Insert a picture"),
            self._folder,
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"),
        )
        if not path:
            return
        self._folder = str(Path(path).parent)
        if self._refused(Path(path)):
            return
        dialog = PhotoCaptionDialog(Path(path), self._credit, self._body)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._credit = dialog.credit_given()
        self.insert_files([Path(path)], dialog.caption_line())

    def insert_pasted(self, image: QImage) -> None:
        """A pasted picture is kept as a PNG photo of the body."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
        buffer.close()
        try:
            ref, _kept = self._photos.keep_bytes(bytes(data.data()), PASTED_NAME)
        except OSError as error:
            emit(
                self.problemFound,
                self.tr("The pasted picture could not be kept: {error}").format(
                    error=error.strerror or str(error)
                ),
                self.tr("Check that the disk has room, then paste again."),
            )
            return
        cursor = self._body.textCursor()
        insert_image(cursor, ref, self.tr("photo"))
        self._body.setTextCursor(cursor)
        self._body.setFocus()

    def _refused(self, path: Path) -> bool:
        """Whether ``path`` is no picture (the person is told why)."""
        problem = image_problem(path)
        if problem:
            emit(
                self.problemFound,
                self.tr("“{name}” is not a picture Newsdesk can read ({problem}).").format(
                    name=path.name, problem=problem
                ),
                self.tr("Choose a JPEG, PNG, GIF or WebP file."),
            )
        return bool(problem)

    def insert_files(self, paths: list[Path], caption: str = "") -> None:
        """Put photos in the body at the cursor, each from the desk's own copy (``caption``
        under each); a file that is no picture is refused with the reason."""
        for path in paths:
            if self._refused(path):
                return
            try:
                ref, _kept = self._photos.keep(path)
            except NewsdeskError as error:
                emit(self.problemFound, message_word(error.cause), message_word(error.action))
                return
            cursor = self._body.textCursor()
            insert_image(cursor, ref, path.stem, caption)
            self._body.setTextCursor(cursor)
        self._body.setFocus()
