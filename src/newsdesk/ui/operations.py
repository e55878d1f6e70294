"""Running the desk's operations from the window: off the GUI thread on the one lane of
writes, then what each changed goes to the window (:attr:`Operations.changed`), which shows it.
A refusal the desk explains goes to the command that asked, or to the error dialog; anything
unexpected always goes to the error dialog and the log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from newsdesk.core.changes import Changes
from newsdesk.core.errors import NewsdeskError
from newsdesk.ui.errors import ErrorReporter
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner

Operation = Callable[[], Changes]
Then = Callable[[Changes], None]
# Handles a refusal the command can explain better itself (a checklist); False: not handled.
Refused = Callable[[NewsdeskError], bool]


class Operations(QObject):
    """``changed`` carries the :class:`Changes` of each operation that ended."""

    changed = Signal(object)

    def __init__(self, tasks: TaskRunner, errors: ErrorReporter, parent: QObject) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._errors = errors

    def run(
        self, operation: Operation, *, then: Then | None = None, refused: Refused | None = None
    ) -> None:
        """Run ``operation``; afterwards the window shows what it changed, then ``then(changes)``
        runs (both on the GUI thread)."""
        self._tasks.write(
            operation, lambda changes: self._done(changes, then), lambda e: self._failed(e, refused)
        )

    def show(self, changes: Changes) -> None:
        """Hand the window what an operation run here, on the GUI thread, changed."""
        emit(self.changed, changes)

    def _done(self, changes: Changes, then: Then | None) -> None:
        emit(self.changed, changes)
        if then is not None:
            then(changes)

    def _failed(self, error: BaseException, refused: Refused | None) -> None:
        if isinstance(error, NewsdeskError) and refused is not None and refused(error):
            return
        self._errors.report(error)
