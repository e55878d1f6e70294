"""A site's checklist before approval: what an article must have before an editor may
approve, schedule or publish it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from newsdesk.core.checklist import Checklist
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.signals import emit

MAX_WORDS = 500
MAX_BYLINES = 5


class ChecklistEditor(QGroupBox):
    """``changed`` carries the new Checklist after each edit a person makes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = QCheckBox()
        self.featured_image = QCheckBox()
        self.caption_and_credit = QCheckBox()
        self.sapo = QCheckBox()
        self.sapo_words = QSpinBox()
        self.sapo_words.setRange(0, MAX_WORDS)
        self.min_bylines = QSpinBox()
        self.min_bylines.setRange(0, MAX_BYLINES)
        self.title_words = QSpinBox()
        self.title_words.setRange(0, MAX_WORDS)
        self.form = QFormLayout(self)
        for box in (self.category, self.featured_image, self.caption_and_credit, self.sapo):
            self.form.addRow(box)
        counted = QFormLayout()
        add_rows(counted, (self.sapo_words, self.min_bylines, self.title_words))
        self.counted = counted
        self.form.addRow(counted)
        for box in self._boxes():
            box.toggled.connect(self._edited)
        for spin in (self.sapo_words, self.min_bylines, self.title_words):
            spin.valueChanged.connect(self._edited)
        self.retranslateUi()
        self.set_checklist(Checklist())

    def _boxes(self) -> tuple[QCheckBox, ...]:
        return (self.category, self.featured_image, self.caption_and_credit, self.sapo)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Checklist before approval"))
        self.setToolTip(
            self.tr("Approving, scheduling and publishing are blocked until these are met")
        )
        self.category.setText(self.tr("A category is chosen"))
        self.featured_image.setText(self.tr("A featured photo is set"))
        self.caption_and_credit.setText(self.tr("The featured photo has a caption and a credit"))
        self.sapo.setText(self.tr("A sapo is written"))
        set_row_labels(
            self.counted,
            (
                self.tr("Sapo at most:"),
                self.tr("Bylines at least:"),
                self.tr("Title at most:"),
            ),
        )
        for spin in (self.sapo_words, self.title_words):
            spin.setSuffix(self.tr(" words"))
            spin.setSpecialValueText(self.tr("no limit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_checklist(self, checklist: Checklist) -> None:
        """Show ``checklist`` without emitting ``changed``."""
        widgets = (*self._boxes(), self.sapo_words, self.min_bylines, self.title_words)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.category.setChecked(checklist.require_category)
        self.featured_image.setChecked(checklist.require_featured_image)
        self.caption_and_credit.setChecked(checklist.require_caption_and_credit)
        self.sapo.setChecked(checklist.require_sapo)
        self.sapo_words.setValue(checklist.max_sapo_words)
        self.min_bylines.setValue(checklist.min_bylines)
        self.title_words.setValue(checklist.max_title_words)
        del blockers

    def checklist(self) -> Checklist:
        return Checklist(
            require_category=self.category.isChecked(),
            require_featured_image=self.featured_image.isChecked(),
            require_caption_and_credit=self.caption_and_credit.isChecked(),
            require_sapo=self.sapo.isChecked(),
            max_sapo_words=self.sapo_words.value(),
            min_bylines=self.min_bylines.value(),
            max_title_words=self.title_words.value(),
        )

    def _edited(self) -> None:
        emit(self.changed, self.checklist())
