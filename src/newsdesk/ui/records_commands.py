"""The open article's records: its versions compared side by side, and its history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from newsdesk.store import Store
from newsdesk.ui.article_session import ArticleSession
from newsdesk.ui.compare_dialog import CompareDialog
from newsdesk.ui.history_dialog import HistoryDialog


class RecordsCommands(QObject):
    def __init__(self, store: Store, *, session: ArticleSession, window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._session = session
        self._window = window
        self.dialog: QDialog | None = None  # the last dialog opened, while it is open

    def compare(self) -> CompareDialog | None:
        article_id = self._session.article_id
        if not article_id:
            return None
        self._session.flush()
        dialog = CompareDialog(
            self._store.revisions(article_id), self._store.audit(article_id), self._window
        )
        self._open(dialog)
        return dialog

    def history(self) -> HistoryDialog | None:
        article_id = self._session.article_id
        if not article_id:
            return None
        self._session.flush()
        entries, broken = self._store.audit_record(article_id)
        title = self._store.get_article(article_id).title
        dialog = HistoryDialog(title, entries, broken, self._window)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.show()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
