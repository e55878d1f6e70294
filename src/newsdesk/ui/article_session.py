"""The article being edited, saved within the autosave delay of the last change.

There is no Save button: :meth:`edited` restarts a short timer and the timer saves; leaving an
article, sending it and closing the window save at once. The store keeps a revision for every
save that changed something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.core.article import Article
from newsdesk.core.errors import NotFoundError
from newsdesk.store import Store
from newsdesk.ui.signals import emit

Collect = Callable[[Article], Article]
# Whatever the settings say, an edit is in the database within two seconds.
MAX_DELAY_MS = 1500


class ArticleSession(QObject):
    """``loaded`` carries the article the panels must show (or None); ``saved`` each stored
    version; ``failed`` any error from the store."""

    loaded = Signal(object)
    saved = Signal(object)
    failed = Signal(object)

    def __init__(self, store: Store, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._article: Article | None = None
        self._collect: Collect = lambda article: article
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(min(delay_ms, MAX_DELAY_MS))
        self._timer.timeout.connect(self.flush)

    def set_collector(self, collect: Collect) -> None:
        """``collect(stored)`` returns the stored article with the panels' edits applied."""
        self._collect = collect

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(min(delay_ms, MAX_DELAY_MS))

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    @property
    def article(self) -> Article | None:
        """The stored article being edited (edits not yet saved are not in it)."""
        return self._article

    @property
    def article_id(self) -> int:
        return (self._article.id or 0) if self._article else 0

    def current(self) -> Article | None:
        """The article as it stands in the panels, saved or not."""
        return self._collect(self._article) if self._article else None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def open(self, article_id: int) -> None:
        """Save the article being left, then load ``article_id`` (0: none)."""
        if article_id == self.article_id:
            return
        self.flush()
        if not article_id:
            self._show(None)
            return
        try:
            self._show(self._store.get_article(article_id))
        except NotFoundError as exc:
            emit(self.failed, exc)
            self._show(None)

    def edited(self) -> None:
        if self._article is not None:
            self._timer.start()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self._timer.stop()
        if self._article is None:
            return
        current = self._collect(self._article)
        if current.content_key() == self._article.content_key():
            return
        try:
            saved = self._store.save_edits(current)
        except Exception as exc:  # noqa: BLE001 (reported; the text stays in the widgets)
            emit(self.failed, exc)
            return
        self._article = saved
        emit(self.saved, saved)

    def refresh(self) -> None:
        """Read the article back after something else (a send, a sync) changed it in the
        store; the panels are reloaded only when they no longer show what is stored."""
        if self._article is None or self._article.id is None:
            return
        self.flush()
        try:
            stored = self._store.get_article(self._article.id)
        except NotFoundError:
            self._show(None)
            return
        self._article = stored
        if self._collect(stored).content_key() != stored.content_key():
            emit(self.loaded, stored)

    def _show(self, article: Article | None) -> None:
        self._timer.stop()
        self._article = article
        emit(self.loaded, article)
