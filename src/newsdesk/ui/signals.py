"""Emitting Qt signals from Python without wearing out ``True``.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference to
it, so every emit made from Python takes one reference away from ``True``. On Python 3.11,
where ``True`` is not immortal, a long editing session (one emit per keystroke) or the clean-up
at exit brings the count to zero and Python aborts with "bool_dealloc". :func:`emit` gives the
reference back on the versions that take it; elsewhere it is a plain ``emit``.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

_TRUE = True  # the object whose references are counted


class _Probe(QObject):
    ping = Signal()


def _give_back_true() -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_TRUE))


@functools.cache
def emit_borrows_true() -> bool:
    """Whether this PySide6 hands out ``True`` from ``emit()`` without a reference."""
    if sys.version_info >= (3, 12):
        return False  # True is immortal there: nothing can wear it out
    probe = _Probe()
    send: Callable[[], object] = probe.ping.emit  # typed as returning None; 6.12 returns True
    before = sys.getrefcount(_TRUE)
    result = send()
    borrowed = result is True and sys.getrefcount(_TRUE) == before
    del result
    if borrowed:
        _give_back_true()
    return borrowed


def emit(signal: SignalInstance, *args: object) -> None:
    """``signal.emit(*args)``, leaving the reference count of ``True`` as it was."""
    send: Callable[..., object] = signal.emit
    result = send(*args)
    if result is True and emit_borrows_true():
        _give_back_true()
