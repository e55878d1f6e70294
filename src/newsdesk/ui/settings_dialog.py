"""Settings…: the window's language and how often to sync."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.settings import Settings
from newsdesk.ui.forms import add_rows, set_row_labels

# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


@dataclass(frozen=True, slots=True)
class Choices:
    language: str
    sync_interval_seconds: int


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(1, 120)
        self.sync_interval.setValue(max(1, round(settings.sync_interval_seconds / 60)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        add_rows(self.form, (self.language, self.sync_interval))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language.setItemText(0, self.tr("System language"))
        self.sync_interval.setSuffix(self.tr(" min"))
        set_row_labels(self.form, (self.tr("&Language:"), self.tr("&Sync every:")))
        self.note.setText(self.tr("A new language takes effect at once, no restart needed."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def choices(self) -> Choices:
        return Choices(
            language=str(self.language.currentData()),
            sync_interval_seconds=self.sync_interval.value() * 60,
        )
