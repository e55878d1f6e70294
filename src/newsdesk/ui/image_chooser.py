"""The featured image (ảnh đại diện): the file, checked to be a real picture, and its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import FeaturedImage
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.images import ImageRefused, check_image
from newsdesk.store import PhotoFolder
from newsdesk.text.normalize import clean_line
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.words import message_word

THUMBNAIL_WIDTH = 160


def image_problem(path: Path) -> str:
    """Why ``path`` cannot be used as a picture, in words for the person; "" when it can
    (see :func:`~newsdesk.core.images.check_image`)."""
    try:
        check_image(path)
    except ImageRefused as refused:
        return message_word(refused.reason)
    return ""


class ImageChooser(QGroupBox):
    changed = Signal()

    def __init__(self, photos: PhotoFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos = photos
        self._path = ""
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 2 // 3)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QLabel.Shape.StyledPanel)
        self.file_name = QLabel()
        self.file_name.setWordWrap(True)
        self.choose_button = QPushButton()
        self.remove_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.caption = NfcLineEdit()
        self.credit = NfcLineEdit()
        self.alt = NfcLineEdit()

        buttons = QVBoxLayout()
        buttons.addWidget(self.file_name)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail)
        top.addLayout(buttons, 1)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add_rows(self.form, (self.caption, self.credit, self.alt))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(self.form)

        self.setAcceptDrops(True)
        self.choose_button.clicked.connect(self._ask_for_file)
        self.remove_button.clicked.connect(self._remove)
        for edit in (self.caption, self.credit, self.alt):
            edit.textChanged.connect(self.changed)
        self.retranslateUi()
        self._show_file()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Featured image"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        set_row_labels(
            self.form, (self.tr("Caption:"), self.tr("Photo credit:"), self.tr("Alt text:"))
        )
        self.caption.setPlaceholderText(self.tr("What the picture shows"))
        self.credit.setPlaceholderText(self.tr("e.g. Thủy Phương"))
        self.alt.setPlaceholderText(self.tr("For readers who cannot see the picture"))
        self._show_file()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # value ---------------------------------------------------------------------------------

    def set_image(self, image: FeaturedImage | None) -> None:
        blockers = [QSignalBlocker(w) for w in (self.caption, self.credit, self.alt)]
        self._path = image.path if image else ""
        self.caption.setText(image.caption if image else "")
        self.credit.setText(image.credit if image else "")
        self.alt.setText(image.alt if image else "")
        del blockers
        self.message.hide()
        self._show_file()

    def image(self) -> FeaturedImage | None:
        if not self._path:
            return None
        return FeaturedImage(
            path=self._path,
            caption=clean_line(self.caption.text()),
            credit=clean_line(self.credit.text()),
            alt=clean_line(self.alt.text()),
        )

    def choose_file(self, path: Path) -> bool:
        """Take a copy of ``path`` as the featured image if it really is a picture; else say
        why not."""
        problem = image_problem(path)
        if problem:
            self.message.setText(
                self.tr(
                    "“{name}” cannot be the featured image: {problem}. "
                    "Choose a JPEG, PNG, GIF or WebP photo."
                ).format(name=path.name, problem=problem)
            )
            self.message.show()
            return False
        try:
            _ref, kept = self._photos.keep(path)
        except NewsdeskError as error:
            self.message.setText(f"{message_word(error.cause)} {message_word(error.action)}")
            self.message.show()
            return False
        self.message.hide()
        self._path = str(kept)
        self._show_file()
        emit(self.changed)
        return True

    # internals -----------------------------------------------------------------------------

    def _ask_for_file(self) -> None:
        start = str(Path(self._path).parent) if self._path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the featured image"),
            start,
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"),
        )
        if path:
            self.choose_file(Path(path))

    def _remove(self) -> None:
        if self._path:
            self._path = ""
            self.message.hide()
            self._show_file()
            emit(self.changed)

    def _show_file(self) -> None:
        self.remove_button.setEnabled(bool(self._path))
        if not self._path:
            self.file_name.setText(self.tr("No picture chosen."))
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No picture"))
            return
        self.file_name.setText(Path(self._path).name)
        self.file_name.setToolTip(self._path)
        pixmap = QPixmap(self._path)
        if pixmap.isNull():
            self.thumbnail.setText(self.tr("Missing file"))
            return
        self.thumbnail.setPixmap(
            pixmap.scaled(
                self.thumbnail.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            self.choose_file(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
