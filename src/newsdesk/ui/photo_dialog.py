"""The words under a photo of the body, asked when it is inserted: caption and credit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from newsdesk.render.photos import caption_line
from newsdesk.text.normalize import clean_line
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.nfc_text import NfcLineEdit

PREVIEW_WIDTH = 320


class PhotoCaptionDialog(QDialog):
    def __init__(self, photo: Path, credit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(str(photo))
        if not pixmap.isNull():
            self.picture.setPixmap(
                pixmap.scaledToWidth(
                    min(PREVIEW_WIDTH, pixmap.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
        self.name = QLabel(photo.name)
        self.caption = NfcLineEdit()
        self.credit = NfcLineEdit()
        self.credit.setText(credit)
        self.form = QFormLayout()
        add_rows(self.form, (self.caption, self.credit))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(self.name)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Insert a photo"))
        set_row_labels(self.form, (self.tr("Caption:"), self.tr("Photo credit:")))
        self.caption.setPlaceholderText(self.tr("What the photo shows"))
        self.credit.setPlaceholderText(self.tr("e.g. Thủy Phương"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def credit_given(self) -> str:
        return clean_line(self.credit.text())

    def caption_line(self) -> str:
        """The line printed under the photo ("" for none)."""
        return caption_line(clean_line(self.caption.text()), self.credit_given())
