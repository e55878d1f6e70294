"""The store's one writer: a lock, and the unit of work each thread has open.

A unit of work (:meth:`Writer.transaction`) holds the lock and one session until it ends, and
is committed once or rolled back whole. Every store write made on the same thread while it is
open joins it, each inside a savepoint: a write that fails leaves the others of the unit as
they were, and the unit itself decides whether to go on.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.store.database import writer


class Writer:
    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._sessions = sessionmaker(writer(engine), expire_on_commit=False)
        self._open = threading.local()

    def current(self) -> Session | None:
        """The session of the unit of work open on this thread, if there is one."""
        session: Session | None = getattr(self._open, "session", None)
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work, or a savepoint inside the one already open on this thread."""
        session = self.current()
        if session is not None:
            with session.begin_nested():
                yield session
            return
        with self._lock, self._sessions.begin() as session:
            self._open.session = session
            try:
                yield session
            finally:
                self._open.session = None
