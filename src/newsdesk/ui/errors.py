"""One way to tell a person that something went wrong: what happened and what to do next."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from newsdesk.core.errors import NewsdeskError, NotFoundError, ValidationError
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
from newsdesk.ui.words import message_word

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 20_000


class ErrorReporter(QObject):
    """Shows errors in the status bar and, unless quiet, in the window's one error dialog
    (a second error while it is open replaces the text instead of stacking dialogs)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._dialog: QMessageBox | None = None

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
        return (
            self.tr("Something went wrong inside Newsdesk ({error}).").format(
                error=f"{type(error).__name__}: {error}"
            ),
            self.tr("Your work is saved. Try again; if it happens again, report this message."),
        )

    def report(self, error: BaseException, *, quiet: bool = False) -> None:
        if isinstance(error, NewsdeskError):
            log.warning("%s", error)
        else:
            log.error("unexpected error", exc_info=error)
        self.problem(*self.describe(error), quiet=quiet, headline=self.headline(error))

    def problem(self, cause: str, action: str, *, quiet: bool = False, headline: str = "") -> None:
        self._window.statusBar().showMessage(f"{cause} {action}".strip(), STATUS_MESSAGE_MS)
        if quiet:
            return
        if self._dialog is None:
            self._dialog = QMessageBox(self._window)
            self._dialog.setIcon(QMessageBox.Icon.Warning)
        self._dialog.setWindowTitle(headline or self.tr("Newsdesk: a problem"))
        self._dialog.setText(cause)
        self._dialog.setInformativeText(action)
        self._dialog.open()

    @property
    def dialog(self) -> QMessageBox | None:
        """The error dialog, once one has been shown."""
        return self._dialog
