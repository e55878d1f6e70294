"""Emitting signals must not wear out ``True`` (PySide6 6.12.0 takes a reference per emit)."""

from __future__ import annotations

import ctypes
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from newsdesk.store import PhotoFolder
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.signals import emit, emit_borrows_true

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True is immortal: its count means nothing"
)


TRUE = True


def true_refs() -> int:
    return sys.getrefcount(TRUE)


class Source(QObject):
    plain = Signal()
    with_value = Signal(object)


def test_emit_leaves_the_reference_count_of_true_alone(qtbot):
    source = Source()
    received: list[object] = []
    source.with_value.connect(received.append)
    emit(source.plain)  # the first emit checks (once) what this PySide6 does
    before = true_refs()
    for n in range(500):
        emit(source.plain)
        emit(source.with_value, n)
    assert true_refs() == before
    assert received == list(range(500))


def test_the_unprotected_emit_of_this_pyside_is_what_the_check_says(qtbot):
    source = Source()
    before = true_refs()
    for _ in range(10):
        source.plain.emit()
    lost = before - true_refs()
    for _ in range(lost):  # give back what the plain emits took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(TRUE))
    assert lost == (10 if emit_borrows_true() else 0)


def test_typing_in_the_editor_does_not_wear_out_true(qtbot):
    panel = EditorPanel(PhotoFolder(Path(tempfile.gettempdir()) / "unused-photos"))
    qtbot.addWidget(panel)
    panel.setEnabled(True)
    panel.body.insertPlainText("0 ")
    before = true_refs()
    for n in range(300):
        panel.body.insertPlainText(f"{n} ")
    assert true_refs() == before
