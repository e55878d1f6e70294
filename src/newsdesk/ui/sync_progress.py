"""The status bar's progress of a running sync, with a button to stop it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from newsdesk.ui.signals import emit


class SyncProgress(QWidget):
    """Shown from :meth:`begin` to :meth:`end`. The bar runs without a measure until the
    first :meth:`advance`. ``cancelRequested`` asks to stop the sync."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stopping = False
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(160)
        self.bar.setFormat("%v / %m")
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        for widget in (self.label, self.cancel_button, self):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel)
        self.retranslateUi()
        self.hide()

    def begin(self) -> None:
        self._stopping = False
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.retranslateUi()
        self.show()

    def advance(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    def end(self) -> None:
        self.hide()

    @property
    def determinate(self) -> bool:
        return self.bar.maximum() > 0

    def _cancel(self) -> None:
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self.retranslateUi()
        emit(self.cancelRequested)

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Stopping…") if self._stopping else self.tr("Syncing…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop the sync; what is not sent yet stays queued for the next one")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
