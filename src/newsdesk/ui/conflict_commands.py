"""What the conflict bar and the merge view do: settle the clashes with a site, then send."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from newsdesk.core.article import Article
from newsdesk.core.changes import Changes
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.merge import Choice
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.merge_dialog import MergeDialog
from newsdesk.ui.signals import emit


class ConflictCommands(QObject):
    """``status`` is a message for the status bar. What a settlement changed reaches the
    window through :class:`~newsdesk.ui.operations.Operations`."""

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
        self.dialog: MergeDialog | None = None  # the merge view while it is open

    def resolve_all(self, choice: Choice) -> None:
        """Settle every clash of the open article with the site the same way, then send."""
        article_id = self._desk.session.article_id
        if not article_id:
            return
        self._desk.session.flush()
        self._desk.operations.run(
            lambda: self._desk.workflow.resolve_all(article_id, choice), then=self._settled
        )

    def compare(self, article_id: int) -> MergeDialog | None:
        """Open the merge view for the article's (first) conflict; None when it has none."""
        self._desk.session.flush()
        conflicts = self._desk.store.conflicts(article_id)
        if not conflicts:
            return None
        conflict = conflicts[0]
        site = self._desk.store.get_site(conflict.site_id)
        mine = self._desk.store.get_article(article_id)
        dialog = MergeDialog(conflict, mine, site.name, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(conflict, dialog.decided()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def apply(self, conflict: PendingConflict, decided: Article) -> None:
        """Keep ``decided``, take the site's version as the new common base, and send."""
        self._desk.operations.run(
            lambda: self._desk.workflow.resolve_conflict(conflict, decided), then=self._settled
        )

    def _closed(self) -> None:
        self.dialog = None

    def _settled(self, _changes: Changes) -> None:
        if self._desk.sync.offline:
            emit(
                self.status,
                self.tr("Your choice is saved; it goes to the site when you work online again."),
            )
        else:
            self._desk.sync.sync(manual=True)
