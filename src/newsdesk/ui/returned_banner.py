"""A bar over the editor when an editor returned the article: who, when, and why."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.audit import AuditEntry
from newsdesk.core.notes import Note
from newsdesk.core.workflow import Action
from newsdesk.text.dates import to_vietnam_time
from newsdesk.ui.signals import emit


def shown_time(utc_text: str) -> str:
    """A record's UTC time ("2026-11-28T01:00:00Z") in Vietnam time ("28/11/2026 08:00")."""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    return to_vietnam_time(moment).strftime("%d/%m/%Y %H:%M")


class ReturnedBanner(QFrame):
    """``resubmitRequested`` asks for the article to be sent back to the editors."""

    resubmitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ReturnedBanner { background: #fde7e9; }")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.resubmit = QPushButton()
        self.resubmit.clicked.connect(lambda: emit(self.resubmitRequested))
        self._who = ""
        self._when = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.resubmit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        if self._who:
            self.heading.setText(
                self.tr("{editor} returned this article on {time}:").format(
                    editor=self._who, time=self._when
                )
            )
        else:
            self.heading.setText(self.tr("This article was returned to you:"))
        self.hint.setText(self.tr("Revise it, then send it back to the editors."))
        self.resubmit.setText(self.tr("Revise and &resubmit…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_for(
        self, article: Article | None, entries: list[AuditEntry], notes: list[Note]
    ) -> None:
        """Shown while ``article`` waits for changes, with the editor's reason."""
        if article is None or article.status is not WorkflowStatus.CHANGES_REQUESTED:
            self.hide()
            return
        returns = [e for e in entries if e.action == Action.RETURN.value]
        if returns:
            last = returns[-1]
            self._who, self._when = last.user_name or last.user, shown_time(last.at)
            reason = last.note
        else:
            self._who = self._when = ""
            reason = ""
        if not reason:
            # The record may not have arrived yet; the note on the whole article says why.
            whole = [n for n in notes if n.anchor.index < 0 and not n.parent]
            reason = whole[-1].text if whole else ""
        self.note.setText(reason or self.tr("(The editor left no note.)"))
        self.retranslateUi()
        self.show()
