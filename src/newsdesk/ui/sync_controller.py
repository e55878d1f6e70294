"""Sync in the background: on a timer, on request, never two at once, never while offline."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from newsdesk.desk import Desk
from newsdesk.sync.report import SyncReport
from newsdesk.text.dates import shown_clock
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import message_word


class SyncController(QObject):
    """``finished`` carries the SyncReport; ``failed`` the error and whether a person asked;
    ``progressed`` (done, total) comes on the GUI thread while items are sent."""

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, bool)
    # From the sync's thread to this object's: (run number, done, total).
    workerProgressed = Signal(int, int, int)

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        interval_seconds: int,
        offline: bool,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """``clock`` gives the time a finished sync is said to end (UTC)."""
        super().__init__(parent)
        self._clock = clock
        self._desk = desk
        self._tasks = tasks
        self._offline = offline
        self._running = False
        self._again = False
        self._stopped = False
        self._run = 0
        self._cancel = threading.Event()
        self.workerProgressed.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
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

    @property
    def cancelling(self) -> bool:
        """Whether the running sync was asked to stop."""
        return self._running and self._cancel.is_set()

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(seconds, 10) * 1000)
        self._update_timer()

    def set_offline(self, offline: bool) -> None:
        """Offline stops a running sync and the timer; back online, what waits goes out now."""
        was_offline = self._offline
        self._offline = offline
        self._update_timer()
        if offline:
            self.cancel()
        elif was_offline:
            self.sync(manual=False)

    def sync(self, *, manual: bool = True) -> bool:
        """Start a sync; False when offline or stopped. A request during a run queues one."""
        if self._offline or self._stopped:
            return False
        if not manual and not self._desk.store.list_sites():
            return False  # nothing to talk to; say nothing every minute
        if self._running:
            self._again = self._again or manual
            return True
        self._running = True
        self._run += 1
        run = self._run
        self._cancel = threading.Event()  # one flag per run: a cancel stops this run only
        cancel = self._cancel

        def progress(done: int, total: int) -> None:
            # If the window is gone the emit fails; the sync still ends properly.
            with contextlib.suppress(RuntimeError):
                emit(self.workerProgressed, run, done, total)

        emit(self.started)
        self._tasks.run(
            lambda: self._desk.sync(None, cancel=cancel.is_set, progress=progress),
            self._done,
            lambda error: self._failed(error, manual),
        )
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop at its next check; what is not sent stays queued."""
        self._again = False
        if self._running:
            self._cancel.set()

    def stop(self) -> None:
        """Ask a running sync to stop at its next check, and sync no more."""
        self._stopped = True
        self._cancel.set()
        self._timer.stop()

    @Slot(int, int, int)
    def _relay_progress(self, run: int, done: int, total: int) -> None:
        if run == self._run and self._running:
            emit(self.progressed, done, total)

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
        if self._offline or self._stopped:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def describe(self, report: SyncReport) -> str:
        """The status bar's words for a finished sync."""
        # Counted as the Problems panel lists them: one row per article and site.
        waiting, failed = len(report.waiting()), len(report.failed())
        text = self.tr("Synced at {time}: {sent} sent, {updated} updated from the site").format(
            time=shown_clock(self._clock()),
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
            text += " — " + " ".join(message_word(notice) for notice in report.notices)
        return text
