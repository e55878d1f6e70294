"""One way to tell a person that something went wrong: what happened and what to do next."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from newsdesk.core.errors import NewsdeskError, NotFoundError, ValidationError
from newsdesk.logs import hide_secrets
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    PermissionDenied,
    RateLimited,
    ServerError,
    Unreachable,
)
from newsdesk.sync.errors import DecisionNeeded
from newsdesk.ui.signals import emit
from newsdesk.ui.words import message_word

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 20_000


class ErrorReporter(QObject):
    """Shows errors in the status bar and, unless quiet, in the window's one error dialog
    (a second error while it is open replaces the text instead of stacking dialogs).

    Every error is logged; an unexpected one (not a :class:`NewsdeskError`) with its
    traceback, and it is always shown, with the log file named. ``raised`` takes errors from
    any thread (:func:`install_exception_hooks`) to the dialog on the GUI thread."""

    raised = Signal(object)

    def __init__(self, window: QMainWindow, log_file: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._log_file = log_file
        self._dialog: QMessageBox | None = None
        self.raised.connect(self._raised)

    @property
    def log_file(self) -> Path | None:
        """Where the details of unexpected errors are written (None: not to a file)."""
        return self._log_file

    def headline(self, error: BaseException) -> str:
        """The kind of problem, in the interface's language, as the dialog's title. The details
        below it (:meth:`describe`) are in the interface's language too, except what the site
        itself said, which is quoted as it came."""
        kinds: list[tuple[type[BaseException], str]] = [
            (Unreachable, self.tr("The site cannot be reached now. Your work is kept.")),
            (AuthError, self.tr("The site did not accept your user name or password.")),
            (PermissionDenied, self.tr("Your role on the site does not allow this.")),
            (DecisionNeeded, self.tr("Someone on the site changed the same part of this article.")),
            (Conflict, self.tr("Someone on the site changed this article too.")),
            (NotASite, self.tr("Newsdesk cannot publish to this address.")),
            (ServerError, self.tr("The site had a problem. Newsdesk will try again.")),
            (RateLimited, self.tr("The site asked Newsdesk to slow down.")),
            (InvalidRequest, self.tr("The site refused the article as it is.")),
            (ValidationError, self.tr("The article is not ready for this.")),
            (NotFoundError, self.tr("That is no longer there.")),
        ]
        for kind, words in kinds:
            if isinstance(error, kind):
                return words
        return self.tr("Something went wrong.")

    def describe(self, error: BaseException) -> tuple[str, str]:
        """What happened and what to do next, in the interface's language."""
        if isinstance(error, NewsdeskError):
            return message_word(error.cause), message_word(error.action)
        cause = self.tr("Something went wrong inside Newsdesk ({error}).").format(
            error=hide_secrets(f"{type(error).__name__}: {error}")
        )
        if self._log_file is None:
            return cause, self.tr(
                "Your work is saved. Try again; if it happens again, report this message."
            )
        return cause, self.tr(
            "Your work is saved. Try again; if it happens again, report this message and send "
            "the log file: {path}"
        ).format(path=self._log_file)

    @Slot(object)
    def _raised(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.report(error)

    def report(self, error: BaseException, *, quiet: bool = False) -> None:
        """Log ``error`` and show it; ``quiet`` keeps an expected one to the status bar."""
        details = ""
        if isinstance(error, NewsdeskError):
            log.warning("%s", error)
        else:
            log.error("unexpected error", exc_info=error)
            quiet = False  # a bug is never only a line in the status bar
            details = hide_secrets("".join(traceback.format_exception(error)))
        self.problem(
            *self.describe(error), quiet=quiet, headline=self.headline(error), details=details
        )

    def problem(
        self,
        cause: str,
        action: str,
        *,
        quiet: bool = False,
        headline: str = "",
        details: str = "",
    ) -> None:
        self._window.statusBar().showMessage(f"{cause} {action}".strip(), STATUS_MESSAGE_MS)
        if quiet:
            return
        if self._dialog is None:
            self._dialog = QMessageBox(self._window)
            self._dialog.setIcon(QMessageBox.Icon.Warning)
        self._dialog.setWindowTitle(headline or self.tr("Newsdesk: a problem"))
        self._dialog.setText(cause)
        self._dialog.setInformativeText(action)
        self._dialog.setDetailedText(details)
        self._dialog.open()

    @property
    def dialog(self) -> QMessageBox | None:
        """The error dialog, once one has been shown."""
        return self._dialog


Restore = Callable[[], None]


def install_exception_hooks(errors: ErrorReporter) -> Restore:
    """Send every exception nothing else caught (in a Qt slot, on the GUI thread, in any
    other thread) to the log and the error dialog; returns what puts the old hooks back."""
    previous, previous_thread = sys.excepthook, threading.excepthook

    def on_exception(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        emit(errors.raised, error.with_traceback(trace))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            previous_thread(args)
            return
        emit(errors.raised, args.exc_value)

    sys.excepthook, threading.excepthook = on_exception, on_thread_exception

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return restore
