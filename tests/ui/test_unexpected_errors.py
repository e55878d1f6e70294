"""An exception nobody expected is never swallowed: it is written to the log file with its
traceback (secrets masked) and shown in the one error dialog, which names the log file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from newsdesk import cli
from newsdesk.logs import log_file, start_logging, stop_logging
from newsdesk.ui.errors import install_exception_hooks
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.signals import emit
from tests.ui.helpers import settle


class Broken(RuntimeError):
    pass


@pytest.fixture
def logged(data_dir: Path) -> Iterator[Path]:
    path = start_logging(data_dir)
    yield path
    stop_logging()


@pytest.fixture
def logging_window(qtbot, ctx, english, logged: Path) -> Iterator[MainWindow]:
    main = MainWindow(ctx, english, log_file=logged)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    restore = install_exception_hooks(main.errors)
    yield main
    restore()
    main.close()


def shown(window: MainWindow, logged: Path) -> str:
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert str(logged) in dialog.informativeText()
    return dialog.text()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, logging_window, logged) -> None:
    def slot() -> None:
        raise Broken("the list could not be drawn (password=hunter2)")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: logging_window.errors.dialog is not None)

    assert "Broken: the list could not be drawn" in shown(logging_window, logged)
    written = logged.read_text(encoding="utf-8")
    assert "Traceback" in written
    assert "Broken: the list could not be drawn (password=***)" in written
    assert "hunter2" not in written
    assert "hunter2" not in logging_window.errors.dialog.detailedText()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_another_thread_is_shown_on_the_window(
    qtbot, logging_window, logged
) -> None:
    def work() -> None:
        raise Broken("a thread of the desk stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: logging_window.errors.dialog is not None)
    assert "a thread of the desk stopped" in shown(logging_window, logged)
    assert "a thread of the desk stopped" in logged.read_text(encoding="utf-8")


def test_a_failed_background_task_reaches_the_dialog_and_the_log(
    qtbot, logging_window, logged
) -> None:
    def work() -> None:
        raise Broken("rendering failed")

    logging_window.tasks.run(work)
    settle(logging_window)
    assert "rendering failed" in shown(logging_window, logged)
    assert "Broken: rendering failed" in logged.read_text(encoding="utf-8")


def test_a_bug_in_an_automatic_sync_is_not_kept_to_the_status_bar(
    qtbot, logging_window, logged
) -> None:
    manual = False  # the sync started by the timer, whose expected failures stay quiet
    emit(logging_window.sync.failed, Broken("the report could not be read"), manual)
    assert "the report could not be read" in shown(logging_window, logged)


def test_the_command_line_names_the_log_file_of_an_unexpected_error(
    data_dir: Path, monkeypatch, capsys
) -> None:
    def broken(_ctx, _args) -> int:
        raise Broken("the outbox could not be read")

    monkeypatch.setattr(cli, "_sync", broken)
    try:
        assert cli.main(["--data-dir", str(data_dir), "sync"]) == 2
    finally:
        stop_logging()
    path = log_file(data_dir.resolve())
    err = capsys.readouterr().err
    assert "Broken: the outbox could not be read" in err
    assert str(path) in err
    assert "Traceback" in path.read_text(encoding="utf-8")
