"""Typing and reading back the way a person and the page do."""

from __future__ import annotations

import time

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.ui.preview import PreviewPanel


def commit_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method (Unikey, ibus) does: one committed string.

    qtbot.keyClicks cannot type non-ASCII text; this is also the real path of Vietnamese input.
    """
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_words(widget: QWidget, text: str) -> None:
    """Commit ``text`` word by word, as someone typing it would."""
    words = text.split(" ")
    for index, word in enumerate(words):
        commit_text(widget, word if index == len(words) - 1 else word + " ")


def page_text(qtbot, preview: PreviewPanel, script: str = "document.body.innerText") -> object:
    """The value of ``script`` in the preview page, read back through runJavaScript."""
    view = preview.view
    assert view is not None
    results: list[object] = []
    view.page().runJavaScript(script, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def confirm_move(window, note: str = "") -> None:
    """Answer the question the workflow move asked (a note dialog) as a person would."""
    dialog = window.moves.dialog
    assert dialog is not None
    assert dialog.isVisible()
    if note:
        commit_text(dialog.text, note)
    dialog.confirm.click()
    settle(window)


def settle(window, timeout_s: float = 10.0) -> None:
    """Let the work the window started (operations, sync, reading problems) end and its
    results show, as the event loop would between two clicks."""
    deadline = time.monotonic() + timeout_s
    while True:
        window.tasks.wait(int(timeout_s * 1000))
        QApplication.processEvents()
        if not window.tasks.busy:
            return
        assert time.monotonic() < deadline, "the window's work did not end"
