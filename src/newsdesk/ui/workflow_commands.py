"""What the workflow actions do to the open article: ask what a move needs (a note, a time,
a confirmation), check the site's checklist first, make the move, then sync.

Every question is a window-modal dialog opened without blocking; :attr:`dialog` is the one
open now. A move the site later refuses is reported when the sync that sent it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.changes import Changes
from newsdesk.core.checklist import ChecklistError
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import Site
from newsdesk.core.workflow import Action
from newsdesk.desk.rules import UNDER_REVIEW, missing_for, offered
from newsdesk.sync.report import SyncReport
from newsdesk.sync.validation import check_ready_to_send
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.signals import emit
from newsdesk.ui.words import message_word
from newsdesk.ui.workflow_dialogs import NoteDialog, ScheduleDialog, checklist_message


class WorkflowCommands(QObject):
    """``status`` is a message for the status bar. What a move changed reaches the window
    through :class:`~newsdesk.ui.operations.Operations`."""

    status = Signal(str)

    def __init__(
        self,
        services: DeskServices,
        *,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._desk = services
        self._window = window
        self._sent: dict[int, Action] = {}  # moves waiting for the site's answer
        self.dialog: QDialog | None = None

    # what is possible ----------------------------------------------------------------------

    def can(self, action: Action) -> bool:
        """Whether ``action`` makes sense for the open article (the workflow and the role on
        its site). Submit stays possible without a site, so the person learns why not."""
        state = self._desk.workflow.state
        if state.article is None:
            return False
        return offered(action, state.article.status, state.site, list(state.allowed))

    # moves ---------------------------------------------------------------------------------

    def run(self, action: Action) -> None:
        """Start ``action`` on the open article: questions first, then the move."""
        if self._desk.session.article is None:
            return
        self._desk.session.flush()
        article = self._desk.store.get_article(self._desk.session.article_id)
        try:
            if action is Action.SUBMIT:
                self._submit(article)
            else:
                self._editorial(article, action)
        except NewsdeskError as error:
            self._desk.errors.report(error)

    def _submit(self, article: Article) -> None:
        check_ready_to_send(article)
        site = self._desk.workflow.submit_target(article.pk)
        if site is None:
            return
        if article.status in UNDER_REVIEW:
            self._apply(article, site, Action.SUBMIT, lambda: self._send_update(article, site))
            return
        resubmit = article.status is WorkflowStatus.CHANGES_REQUESTED
        dialog = NoteDialog(
            self.tr("Submit again") if resubmit else self.tr("Submit for review"),
            self.tr(
                "“{title}” goes to the editors of “{site}”. A note for them (optional), e.g. "
                "what you changed:"
            ).format(title=article.title, site=site.name)
            if resubmit
            else self.tr(
                "“{title}” goes to the editors of “{site}”. A note for them (optional):"
            ).format(title=article.title, site=site.name),
            self.tr("&Submit"),
            required=False,
            parent=self._window,
        )
        self._ask(dialog, lambda: self._submit_with(article, site, dialog.note()))

    def _submit_with(self, article: Article, site: Site, note: str) -> None:
        self._apply(
            article,
            site,
            Action.SUBMIT,
            lambda: self._desk.workflow.submit(article.pk, site, note),
        )

    def _send_update(self, article: Article, site: Site) -> Changes:
        return self._desk.workflow.submit(article.pk, site)

    def _editorial(self, article: Article, action: Action) -> None:
        site = self._desk.workflow.site_for(article.pk)
        if site is None:
            raise NewsdeskError(
                self.tr("“{title}” is on no site yet.").format(title=article.title),
                self.tr("Add your site under Sites…, then try again."),
            )
        missing = missing_for(site, article, action)
        if missing:
            self._blocked(article, missing)
            return
        title = article.title or self.tr("(untitled)")
        if action is Action.RETURN:
            dialog = NoteDialog(
                self.tr("Return to the reporter"),
                self.tr("Why is “{title}” going back? The reporter sees this note:").format(
                    title=title
                ),
                self.tr("&Return"),
                required=True,
                parent=self._window,
            )
            self._ask(dialog, lambda: self._move(article, site, action, note=dialog.note()))
        elif action is Action.SCHEDULE:
            schedule = ScheduleDialog(title, parent=self._window)
            self._ask(schedule, lambda: self._move(article, site, action, at=schedule.moment()))
        elif action is Action.CORRECT:
            dialog = NoteDialog(
                self.tr("Publish a correction"),
                self.tr(
                    "The corrected “{title}” replaces the published one; the earlier version "
                    "is kept. What was corrected (kept in the record):"
                ).format(title=title),
                self.tr("&Publish correction"),
                required=False,
                parent=self._window,
            )
            self._ask(dialog, lambda: self._move(article, site, action, note=dialog.note()))
        elif action in {Action.PUBLISH, Action.UNPUBLISH}:
            self._confirm(article, site, action)
        else:
            self._move(article, site, action)

    def _confirm(self, article: Article, site: Site, action: Action) -> None:
        title = article.title or self.tr("(untitled)")
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if action is Action.PUBLISH:
            box.setWindowTitle(self.tr("Publish now"))
            box.setText(
                self.tr("Publish “{title}” on “{site}” now? Readers see it at once.").format(
                    title=title, site=site.name
                )
            )
        else:
            box.setWindowTitle(self.tr("Unpublish"))
            box.setText(
                self.tr(
                    "Take “{title}” off “{site}”? Readers no longer see it; it stays here and "
                    "in the record."
                ).format(title=title, site=site.name)
            )
        self._ask(box, lambda: self._move(article, site, action))

    def _ask(self, dialog: QDialog, then: Callable[[], None]) -> None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answered(dialog, result, then))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: QDialog, result: int, then: Callable[[], None]) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result in (QDialog.DialogCode.Accepted.value, QMessageBox.StandardButton.Yes.value):
            then()

    def _move(
        self,
        article: Article,
        site: Site,
        action: Action,
        *,
        note: str = "",
        at: datetime | None = None,
    ) -> None:
        self._apply(
            article,
            site,
            action,
            lambda: self._desk.workflow.act(article.pk, site, action, note=note, at=at),
        )

    def _apply(
        self, article: Article, site: Site, action: Action, move: Callable[[], Changes]
    ) -> None:
        self._desk.session.flush()
        self._desk.operations.run(
            move,
            then=lambda _changes: self._moved(article, site, action),
            refused=lambda error: self._refused(article, error),
        )

    def _refused(self, article: Article, error: NewsdeskError) -> bool:
        if isinstance(error, ChecklistError):
            self._blocked(article, error.missing)
            return True
        return False

    def _moved(self, article: Article, site: Site, action: Action) -> None:
        self._sent[article.pk] = action
        if self._desk.sync.offline:
            emit(
                self.status,
                self.tr("Done here; it goes to “{site}” when you work online again.").format(
                    site=site.name
                ),
            )
        else:
            emit(self.status, self.tr("Sending to “{site}”…").format(site=site.name))
            self._desk.sync.sync(manual=True)

    def _blocked(self, article: Article, missing: Sequence[str]) -> None:
        box = checklist_message(article.title or self.tr("(untitled)"), missing, self._window)
        self._ask(box, lambda: None)

    # the site's answer ---------------------------------------------------------------------

    def after_sync(self, report: SyncReport) -> None:
        """Say so when the site refused a move made here (e.g. the role was lowered there)."""
        refused = [p for p in report.problems if p.article_id in self._sent and not p.will_retry]
        done = set(report.sent) | {p.article_id for p in refused}
        for problem in refused:
            action = self._sent[problem.article_id]
            try:
                title = self._desk.store.get_article(problem.article_id).title
            except NewsdeskError:
                title = ""
            self._desk.errors.problem(
                self.tr("The site did not accept “{title}”: {move} was refused.").format(
                    title=title or self.tr("(untitled)"), move=self._move_word(action)
                ),
                message_word(problem.message),
            )
        for article_id in done:
            self._sent.pop(article_id, None)

    def _move_word(self, action: Action) -> str:
        words = {
            Action.SUBMIT: self.tr("the submission"),
            Action.RETURN: self.tr("returning it"),
            Action.APPROVE: self.tr("the approval"),
            Action.SCHEDULE: self.tr("scheduling it"),
            Action.PUBLISH: self.tr("publishing it"),
            Action.UNPUBLISH: self.tr("unpublishing it"),
            Action.CORRECT: self.tr("the correction"),
        }
        return words[action]
