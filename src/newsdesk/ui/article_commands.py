"""What the Article menu does besides the workflow moves: create, delete, retry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.core.article import Article, new_article
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.signals import emit


class ArticleCommands(QObject):
    """``listChanged`` asks for the article list to be read again; ``status`` is a message
    for the status bar."""

    listChanged = Signal()
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
        """A new empty draft, stored at once."""
        self._desk.session.flush()
        article = self._desk.store.create_article(new_article())
        emit(self.listChanged)
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
        self._desk.store.delete_article(article.id)
        emit(self.listChanged)

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
