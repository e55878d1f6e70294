"""An overall deadline for one request, across connecting and every read.

Socket timeouts bound each wait, not the whole: a server sending one byte every few seconds
(in the headers or the body) keeps a request alive for ever. A :class:`Deadline` shuts down
the sockets its request uses when the time is up, which ends any read blocked on them; the
client then sees :attr:`Deadline.expired`.

Sockets are registered by the connection classes of :class:`DeadlineAdapter`, for the request
running on the same thread: a new connection when it is made, a kept-alive one when the pool
hands it out.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from types import TracebackType
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

_running = threading.local()


class _Watchdog:
    """One thread for every deadline of the process: it sleeps until the earliest one and
    cuts the sockets of a request still running then. (A timer thread per request costs a
    thread start per call, a fair share of a fast site's answer time.)"""

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._due: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: Deadline, seconds: float) -> None:
        with self._wake:
            heapq.heappush(self._due, (time.monotonic() + seconds, next(self._order), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="newsdesk-deadlines", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def _next_expired(self) -> Deadline:
        with self._wake:
            while True:
                while self._due and self._due[0][2].finished:
                    heapq.heappop(self._due)
                if not self._due:
                    self._wake.wait()
                    continue
                wait = self._due[0][0] - time.monotonic()
                if wait <= 0:
                    return heapq.heappop(self._due)[2]
                self._wake.wait(wait)

    def _run(self) -> None:
        while True:
            self._next_expired().expire()


_WATCHDOG = _Watchdog()


class Deadline:
    """Used as ``with Deadline(seconds) as deadline:`` around one request and its reading."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.finished = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []

    def __enter__(self) -> Deadline:
        _running.deadline = self
        _WATCHDOG.watch(self, self.seconds)
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        _running.deadline = None
        with self._lock:
            self.finished = True
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if not self.expired:
                return
        _shut(sock)

    def expire(self) -> None:
        """The time is up: cut the request's sockets (nothing, once it has finished)."""
        with self._lock:
            if self.finished:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


def _watch(sock: socket.socket | None) -> None:
    deadline: Deadline | None = getattr(_running, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch(sock)
        return sock


class _WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch(sock)
        return sock


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection

    def _get_conn(self, timeout: float | None = None) -> Any:
        conn = super()._get_conn(timeout)
        _watch(getattr(conn, "sock", None))
        return conn


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection

    def _get_conn(self, timeout: float | None = None) -> Any:
        conn = super()._get_conn(timeout)
        _watch(getattr(conn, "sock", None))
        return conn


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """The transport adapter whose connections a :class:`Deadline` can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager
