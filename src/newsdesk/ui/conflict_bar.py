"""A bar over the editor when the site changed the article too and the changes clash."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsdesk.core.merge import Choice
from newsdesk.ui.signals import emit


class ConflictBar(QFrame):
    """``resolveRequested`` carries the Choice for every clash: keep mine, take theirs, or
    keep both; ``compareRequested`` asks for the merge view, to choose clash by clash."""

    resolveRequested = Signal(object)
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ConflictBar { background: #fff4ce; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.keep_mine = QPushButton()
        self.take_theirs = QPushButton()
        self.keep_both = QPushButton()
        self.compare = QPushButton()
        # The editor column is narrow: the words above, the buttons below them.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compare)
        self.compare.clicked.connect(lambda: emit(self.compareRequested))
        for button, choice in (
            (self.keep_mine, Choice.OURS),
            (self.take_theirs, Choice.THEIRS),
            (self.keep_both, Choice.BOTH),
        ):
            buttons.addWidget(button)
            button.clicked.connect(lambda _=False, c=choice: emit(self.resolveRequested, c))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        self.message.setText(
            self.tr(
                "This article was also changed on the site, in the same places as here. "
                "Nothing is lost: choose which version to keep where they differ."
            )
        )
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_theirs.setText(self.tr("Take the site's"))
        self.keep_both.setText(self.tr("Keep both"))
        self.keep_both.setToolTip(
            self.tr("Where they differ, both versions stay, one after the other")
        )
        self.compare.setText(self.tr("Compare…"))
        self.compare.setToolTip(self.tr("See both versions side by side and choose place by place"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
