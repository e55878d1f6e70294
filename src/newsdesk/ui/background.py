"""One job at a time off the GUI thread, and only the latest one waiting behind it.

For work that is asked for again and again as a person types (saving the article, counting
its words): a job asked for while another runs replaces any job still waiting, so the lane
never falls behind the typing. Results come back on the GUI thread through ``done``; errors
through ``failed``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from newsdesk.ui.signals import emit

log = logging.getLogger(__name__)

Job = Callable[[], object]
# A thread running Python code keeps the interpreter until another asks for it and this much
# time has passed (5 ms by default). A keystroke asks for it a dozen times (each slot it runs),
# so while a lane works the GUI thread would wait that long a dozen times per key.
SWITCH_INTERVAL_S = 0.0005


class _Drain(QRunnable):
    def __init__(self, lane: LatestOnlyLane) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._lane = lane

    def run(self) -> None:
        self._lane.drain()


class LatestOnlyLane(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._waiting: Job | None = None
        self._running = False

    def submit(self, job: Job) -> None:
        """Run ``job`` after the one running now; a job still waiting is dropped for it."""
        with self._lock:
            self._waiting = job
            if self._running:
                return
            self._running = True
        self._pool.start(_Drain(self))

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running job and the one waiting behind it have ended."""
        return self._pool.waitForDone(msecs)

    def drain(self) -> None:
        """Run jobs until none waits (on the lane's thread)."""
        while True:
            with self._lock:
                job, self._waiting = self._waiting, None
                if job is None:
                    self._running = False
                    return
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread
                log.debug("background job failed", exc_info=True)
                self._deliver(self.failed, exc)
            else:
                self._deliver(self.done, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            emit(signal, value)
        except RuntimeError:
            log.debug("result of a background job dropped: its owner is gone")
