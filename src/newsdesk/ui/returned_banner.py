"""A bar over the editor when an editor returned the article: who, when, and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.audit import AuditEntry, same_user
from newsdesk.core.notes import Note
from newsdesk.core.returns import last_of, returned_to_desk
from newsdesk.core.site import DeskRole, Site
from newsdesk.core.workflow import Action
from newsdesk.text.dates import shown_utc_text
from newsdesk.ui.signals import emit


def shown_time(utc_text: str) -> str:
    """A record's UTC time ("2026-11-28T01:00:00Z") in Vietnam time ("28/11/2026 08:00")."""
    return shown_utc_text(utc_text)


class ReturnedBanner(QFrame):
    """``resubmitRequested`` asks for the article to be sent back to the editors.

    The desk the article was returned to is asked to revise it; any other desk (the editor
    who returned it) is only told that it went back, with no button to act in the
    reporter's place."""

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
        self._for_this_desk = True
        self._by_this_desk = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.resubmit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.hide()

    @property
    def for_this_desk(self) -> bool:
        """Whether the shown article waits for this desk's revision."""
        return self._for_this_desk

    def retranslateUi(self) -> None:
        self.heading.setText(self._heading())
        if self._for_this_desk:
            self.hint.setText(self.tr("Revise it, then send it back to the editors."))
        else:
            self.hint.setText(
                self.tr("The reporter revises it and sends it back; it then waits for review.")
            )
        self.resubmit.setText(self.tr("Revise and &resubmit…"))

    def _heading(self) -> str:
        if self._for_this_desk:
            if self._who:
                return self.tr("{editor} returned this article on {time}:").format(
                    editor=self._who, time=self._when
                )
            return self.tr("This article was returned to you:")
        if self._by_this_desk:
            return self.tr("You returned this article to the reporter on {time}:").format(
                time=self._when
            )
        if self._who:
            return self.tr("{editor} returned this article to the reporter on {time}:").format(
                editor=self._who, time=self._when
            )
        return self.tr("This article was returned to the reporter:")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_for(
        self,
        article: Article | None,
        entries: list[AuditEntry],
        notes: list[Note],
        site: Site | None = None,
    ) -> None:
        """Shown while ``article`` waits for changes, with the editor's reason. ``site`` is the
        article's site, whose login and role say whether this desk is the one to revise it
        (without one, as on a reporter's desk)."""
        if article is None or article.status is not WorkflowStatus.CHANGES_REQUESTED:
            self.hide()
            return
        role = site.desk_role if site is not None else DeskRole.REPORTER
        username = site.user_login if site is not None else ""
        self._for_this_desk = site is None or returned_to_desk(entries, role, username)
        last = last_of(entries, Action.RETURN)
        if last is not None:
            self._who, self._when = last.user_name or last.user, shown_time(last.at)
            self._by_this_desk = site is not None and same_user(last.user, username)
            reason = last.note
        else:
            self._who = self._when = ""
            self._by_this_desk = False
            reason = ""
        if not reason:
            # The record may not have arrived yet; the note on the whole article says why.
            whole = [n for n in notes if n.anchor.index < 0 and not n.parent]
            reason = whole[-1].text if whole else ""
        self.note.setText(reason or self.tr("(The editor left no note.)"))
        self.resubmit.setVisible(self._for_this_desk)
        self.retranslateUi()
        self.show()
