"""Retrying what may heal by itself: exponential backoff with full jitter, Retry-After
honoured, and a cancel check between waits."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from newsdesk.sites.errors import RateLimited, SiteError

T = TypeVar("T")


class Cancelled(Exception):
    """The user pressed Cancel; work stopped between two requests."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3  # tries of one step within one run; the outbox keeps it for the next
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a longer Retry-After waits for the next run instead

    def delay(self, attempt: int, error: SiteError, rng: Callable[[], float]) -> float | None:
        """Seconds to wait before try ``attempt + 1``; None when it should not be retried now."""
        if not error.retryable or attempt >= self.attempts:
            return None
        if isinstance(error, RateLimited) and error.retry_after:
            return error.retry_after if error.retry_after <= self.max_retry_after else None
        return rng() * min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))


@dataclass(slots=True)
class Retrier:
    policy: RetryPolicy
    cancel: Callable[[], bool]
    sleep: Callable[[float], None] = time.sleep
    rng: Callable[[], float] = random.random

    def __call__(self, step: Callable[[], T]) -> T:
        attempt = 1
        while True:
            if self.cancel():
                raise Cancelled
            try:
                return step()
            except SiteError as exc:
                wait = self.policy.delay(attempt, exc, self.rng)
                if wait is None:
                    raise
            self._pause(wait)
            attempt += 1

    def _pause(self, seconds: float) -> None:
        """Sleep in short slices so Cancel is felt within a fraction of a second."""
        left = seconds
        while left > 0:
            if self.cancel():
                raise Cancelled
            step = min(left, 0.2)
            self.sleep(step)
            left -= step
