"""What the Article menu does besides the workflow moves: create, delete, retry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.core.article import Article
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.signals import emit


class ArticleCommands(QObject):
    """``status`` is a message for the status bar. What a command changed reaches the window
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

    def create(self) -> Article:
        """A new empty draft, stored at once (here: it is opened and typed into next)."""
        self._desk.session.flush()
        article, changes = self._desk.workflow.create_article()
        self._desk.operations.show(changes)
        return article

    def delete(self) -> None:
        article = self._desk.session.current()
        if article is None or article.id is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete article"),
            self.tr(
                "Delete “{title}” from this computer? Copies already sent to a site stay there."
            ).format(title=article.title or self.tr("(untitled)")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._desk.session.open(0)
        article_id = article.id
        self._desk.operations.run(lambda: self._desk.workflow.delete_article(article_id))

    def retry(self, article_id: int) -> None:
        """Queue again what failed for the article (0: none), then sync if online."""
        if not article_id:
            self._queued()
            return
        self._desk.session.flush()
        self._desk.operations.run(
            lambda: self._desk.workflow.retry(article_id), then=lambda _changes: self._queued()
        )

    def _queued(self) -> None:
        if self._desk.sync.offline:
            emit(self.status, self.tr("Queued again; it goes out when you work online again."))
        else:
            self._desk.sync.sync(manual=True)
