"""Settings…: the window's language, how often to sync, the editor's font and the
typography applied as you type."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.settings import Settings
from newsdesk.text.typography import TypographyRules
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.signals import emit

# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


MAX_FONT_SIZE = 48


@dataclass(frozen=True, slots=True)
class Choices:
    """What the dialog chose; None: left as it was."""

    language: str
    sync_interval_seconds: int
    typography: TypographyRules | None = None
    font_family: str | None = None  # "": the system's
    font_size: int | None = None  # 0: the system's


class SettingsDialog(QDialog):
    """``fontChosen`` (family, size) as the editor's font is being chosen, to preview it."""

    fontChosen = Signal(str, int)

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
        self._font_family = settings.editor_font_family
        self.font_family = QFontComboBox()
        self.font_family.setCurrentFont(QFont(settings.editor_font_family or QFont().family()))
        self.font_size = QSpinBox()
        self.font_size.setRange(0, MAX_FONT_SIZE)
        self.font_size.setValue(min(max(settings.editor_font_size, 0), MAX_FONT_SIZE))
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        self.typography = QGroupBox()
        self.quotes = QCheckBox()
        self.dashes = QCheckBox()
        self.ellipsis = QCheckBox()
        self.unit_spaces = QCheckBox()
        self.date_spaces = QCheckBox()
        boxes = QVBoxLayout(self.typography)
        for box, on in (
            (self.quotes, settings.typography_quotes),
            (self.dashes, settings.typography_dashes),
            (self.ellipsis, settings.typography_ellipsis),
            (self.unit_spaces, settings.typography_unit_spaces),
            (self.date_spaces, settings.typography_date_spaces),
        ):
            box.setChecked(on)
            boxes.addWidget(box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        add_rows(self.form, (self.language, self.sync_interval, font_row))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.typography)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.font_family.currentFontChanged.connect(self._font_changed)
        self.font_size.valueChanged.connect(self._font_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language.setItemText(0, self.tr("System language"))
        self.sync_interval.setSuffix(self.tr(" min"))
        set_row_labels(
            self.form, (self.tr("&Language:"), self.tr("&Sync every:"), self.tr("Editor &font:"))
        )
        self.font_size.setSpecialValueText(self.tr("Default size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.typography.setTitle(self.tr("Typography as you type (Ctrl+Z takes one back)"))
        self.quotes.setText(self.tr("Curly quotes “…” ‘…’ and the apostrophe ’"))
        self.dashes.setText(self.tr("An en dash between words ( - becomes – )"))
        self.ellipsis.setText(self.tr("Three dots become an ellipsis (…)"))
        self.unit_spaces.setText(self.tr("No-break space before units (15 km, 20 %)"))
        self.date_spaces.setText(self.tr("No-break space in dates (ngày 25/12)"))
        self.note.setText(self.tr("A new language takes effect at once, no restart needed."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def choices(self) -> Choices:
        return Choices(
            language=str(self.language.currentData()),
            sync_interval_seconds=self.sync_interval.value() * 60,
            typography=TypographyRules(
                quotes=self.quotes.isChecked(),
                dashes=self.dashes.isChecked(),
                ellipsis=self.ellipsis.isChecked(),
                unit_spaces=self.unit_spaces.isChecked(),
                date_spaces=self.date_spaces.isChecked(),
            ),
            font_family=self._chosen_family(),
            font_size=self.font_size.value(),
        )

    def _font_changed(self) -> None:
        emit(self.fontChosen, self._chosen_family(), self.font_size.value())

    def _chosen_family(self) -> str:
        """The family chosen; "" while the system's is kept and was not changed."""
        family = self.font_family.currentFont().family()
        if not self._font_family and family == QFont().family():
            return ""
        return family
