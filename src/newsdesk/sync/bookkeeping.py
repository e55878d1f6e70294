"""One thread for the local work around sending: recording answers, preparing the next post."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

# Work handed over starts this much later, so that the sender that handed it over gets its
# next request onto the wire first instead of queueing for the interpreter lock behind it.
HEAD_START_S = 0.003


class Bookkeeper:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="newsdesk-sync-local")

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        due = time.monotonic() + HEAD_START_S

        def run() -> T:
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            return fn(*args, **kwargs)

        return self._pool.submit(run)

    def __enter__(self) -> Bookkeeper:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True)
