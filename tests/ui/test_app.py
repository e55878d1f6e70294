"""The entry point: environment, window state between runs, exit code."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from newsdesk import app
from newsdesk.ui.main_window import MainWindow


def test_no_sandbox_is_added_only_for_root(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    app._allow_web_engine_as_root()
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--disable-gpu"
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    app._allow_web_engine_as_root()
    app._allow_web_engine_as_root()
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--disable-gpu --no-sandbox"


def run_once(data_dir: Path, action) -> int:
    def act_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        assert len(shown) == 1
        action(shown[0])
        shown[0].close()

    QTimer.singleShot(300, act_then_close)
    return app.main(["--data-dir", str(data_dir)])


def test_the_window_comes_back_as_it_was_left(qtbot, tmp_path):
    data_dir = tmp_path / "desk"
    seen: list[tuple[QSize, str]] = []

    def write_and_resize(window: MainWindow) -> None:
        window.new_article()
        window.editor.title.setText("Bài đang viết")
        window.resize(700, 500)  # within the 800x600 offscreen screen

    assert run_once(data_dir, write_and_resize) == 0
    assert (data_dir / "newsdesk.sqlite3").exists()
    assert (data_dir / "window.ini").exists()
    assert run_once(data_dir, lambda w: seen.append((w.size(), w.editor.title.text()))) == 0
    assert seen == [(QSize(700, 500), "Bài đang viết")]
