"""Telling people what happened while they were writing: the recent messages in the window,
and the same in the system tray when the desktop has one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QStyle, QSystemTrayIcon, QToolButton, QWidget

from newsdesk.text.dates import shown_clock
from newsdesk.ui.signals import emit

KEEP = 30  # messages kept in the list
TRAY_MS = 8000
MENU_TEXT_CHARS = 110


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Notification:
    """One message. ``article_id`` opens that article; ``review_site`` that site's queue;
    ``at`` is the time of day it came, in Vietnam time (stamped by the centre)."""

    title: str
    text: str
    article_id: int = 0
    review_site: str = ""
    at: str = ""


class NotificationCentre(QObject):
    """``notified`` carries each new Notification; ``chosen`` the one a person clicked (in
    the list or in the tray)."""

    notified = Signal(object)
    chosen = Signal(object)

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.recent: list[Notification] = []
        self.unseen = 0
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()

    def notify(self, notification: Notification) -> None:
        if not notification.at:
            notification = replace(notification, at=shown_clock(self._clock()))
        self.recent.insert(0, notification)
        del self.recent[KEEP:]
        self.unseen += 1
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(
                notification.title,
                notification.text,
                QSystemTrayIcon.MessageIcon.Information,
                TRAY_MS,
            )
        emit(self.notified, notification)

    def seen(self) -> None:
        self.unseen = 0

    def _tray_clicked(self) -> None:
        if self.recent:
            emit(self.chosen, self.recent[0])


class NotificationsButton(QToolButton):
    """The status bar's count of new messages; its menu lists the recent ones."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centre = centre
        self.setAutoRaise(True)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._fill)
        centre.notified.connect(lambda _n: self.update_count())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setToolTip(self.tr("What happened to your articles and the review queue"))
        self.update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def update_count(self) -> None:
        unseen = self._centre.unseen
        self.setText(self.tr("{n} new").format(n=unseen) if unseen else "")
        self.setVisible(bool(self._centre.recent))

    def _fill(self) -> None:
        self.menu_.clear()
        for notification in self._centre.recent:
            text = f"{notification.at}  {notification.title}: {notification.text}"
            if len(text) > MENU_TEXT_CHARS:
                text = text[: MENU_TEXT_CHARS - 1] + "…"
            action = QAction(text, self.menu_)
            action.triggered.connect(
                lambda _checked=False, n=notification: emit(self._centre.chosen, n)
            )
            self.menu_.addAction(action)
        self._centre.seen()
        self.update_count()
