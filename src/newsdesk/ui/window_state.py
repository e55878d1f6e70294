"""Window geometry, toolbars and splitters between runs (QSettings, beside the data)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


def restore_window_state(store: QSettings, window: QMainWindow, splitter: QSplitter) -> bool:
    """Put things back as they were; False when there was no saved geometry (first run)."""
    geometry = store.value("window/geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    state = store.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = store.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    return restored


def save_window_state(store: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.sync()


def fit_to_screen(window: QMainWindow) -> None:
    """The first run: most of the screen, centred."""
    screen = window.screen().availableGeometry()
    window.resize(min(1380, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
    window.move(screen.center() - window.rect().center())
