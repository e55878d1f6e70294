"""Counting the requests a benchmark run makes, and how long each kind took, client side."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests


@dataclass
class Census:
    """How many requests of each kind a run made and how long they took, client side."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.seconds[kind] = self.seconds.get(kind, 0.0) + seconds

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@contextmanager
def counting(census: Census, kind_of: Callable[[requests.PreparedRequest], str]) -> Iterator[None]:
    """Every request made through ``requests`` in the block is noted in ``census`` under
    ``kind_of(request)``."""
    original = requests.Session.send

    def send(self: requests.Session, request: requests.PreparedRequest, **kw: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, request, **kw)
        finally:
            census.add(kind_of(request), time.perf_counter() - start)

    setattr(requests.Session, "send", send)  # noqa: B010 - replacing a method for the block
    try:
        yield
    finally:
        setattr(requests.Session, "send", original)  # noqa: B010
