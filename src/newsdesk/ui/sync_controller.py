"""Sync in the background: on a timer, on request, never two at once, never while offline."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from newsdesk.sync.desk import Desk
from newsdesk.sync.report import SyncReport
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner


class SyncController(QObject):
    """``finished`` carries the SyncReport; ``failed`` the error and whether a person asked."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(object, bool)

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        interval_seconds: int,
        offline: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._offline = offline
        self._running = False
        self._again = False
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.sync(manual=False))
        self.set_interval(interval_seconds)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def offline(self) -> bool:
        return self._offline

    @property
    def scheduled(self) -> bool:
        """Whether syncs run by themselves every interval."""
        return self._timer.isActive()

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(seconds, 10) * 1000)
        self._update_timer()

    def set_offline(self, offline: bool) -> None:
        self._offline = offline
        self._update_timer()

    def sync(self, *, manual: bool = True) -> bool:
        """Start a sync; False when offline or stopped. A request during a run queues one."""
        if self._offline or self._cancelled:
            return False
        if not manual and not self._desk.store.list_sites():
            return False  # nothing to talk to; say nothing every minute
        if self._running:
            self._again = self._again or manual
            return True
        self._running = True
        emit(self.started)
        self._tasks.run(
            lambda: self._desk.sync(None, cancel=lambda: self._cancelled),
            self._done,
            lambda error: self._failed(error, manual),
        )
        return True

    def stop(self) -> None:
        """Ask a running sync to stop at its next check, and sync no more."""
        self._cancelled = True
        self._timer.stop()

    def _done(self, report: object) -> None:
        self._running = False
        emit(self.finished, report)
        self._maybe_again()

    def _failed(self, error: BaseException, manual: bool) -> None:
        self._running = False
        emit(self.failed, error, manual)
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync(manual=True)

    def _update_timer(self) -> None:
        if self._offline or self._cancelled:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def describe(self, report: SyncReport) -> str:
        """The status bar's words for a finished sync."""
        waiting = sum(1 for p in report.problems if p.will_retry)
        failed = len(report.problems) - waiting
        text = self.tr("Synced at {time}: {sent} sent, {updated} updated from the site").format(
            time=QTime.currentTime().toString("HH:mm"),
            sent=len(report.sent),
            updated=len(report.updated_from_site),
        )
        if waiting:
            text += self.tr(", {n} waiting for the site").format(n=waiting)
        if failed:
            text += self.tr(", {n} failed (see the list)").format(n=failed)
        if report.cancelled:
            text += self.tr(", stopped")
        if report.notices:
            text += " — " + " ".join(report.notices)
        return text
