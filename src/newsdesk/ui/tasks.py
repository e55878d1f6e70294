"""The one place where work leaves the GUI thread.

Network work (sync, testing a connection, reading the review queue) and rendering run in a
small thread pool; the desk's operations (a move, a note, a resolved conflict) run one at a
time on their own lane, in the order they were started. Results come back to the GUI thread
by a queued signal, so callbacks may touch widgets. The autosave of the open article stays on
the GUI thread: the store serialises writers and a save takes milliseconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from newsdesk.ui.signals import emit

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the queued slots run the callbacks here."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, on_done: Done | None, on_error: Failed | None) -> None:
        # A child of the runner: when the window goes, results still queued go nowhere.
        super().__init__(runner)
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            if self._on_done is not None:
                self._on_done(result)
        except Exception as exc:  # noqa: BLE001 (a callback bug must still reach the dialog)
            emit(self._runner.failed, exc)
        finally:
            self._runner.forget(self)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            if self._on_error is not None and isinstance(error, BaseException):
                self._on_error(error)
            else:
                emit(self._runner.failed, error)
        finally:
            self._runner.forget(self)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            log.debug("background task failed", exc_info=True)
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            emit(signal, value)
        except RuntimeError:
            log.debug("result of a background task dropped: its window is gone")


class TaskRunner(QObject):
    """Runs callables in a thread pool and hands results back on the GUI thread.

    ``failed`` carries the errors of tasks started without ``on_error`` (and of callbacks that
    raised); the main window shows them in its one error dialog.
    """

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._writes = QThreadPool(self)  # one lane: operations run in the order started
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Run ``work`` in the pool; ``on_done(result)`` or ``on_error(error)`` run on the GUI
        thread afterwards."""
        relay = _Relay(self, on_done, on_error)
        self._relays.add(relay)
        self._pool.start(_Job(work, relay))

    def write(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Like :meth:`run`, on the one lane of operations that write: each starts after the
        one before it ended."""
        relay = _Relay(self, on_done, on_error)
        self._relays.add(relay)
        self._writes.start(_Job(work, relay))

    def forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Block until running tasks end (their callbacks run later, from the event loop)."""
        writes_done = self._writes.waitForDone(msecs)
        return self._pool.waitForDone(msecs) and writes_done
