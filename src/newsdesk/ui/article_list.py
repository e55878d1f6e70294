"""The article list: search, a status filter and one row per article with its sync state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import SyncState, WorkflowStatus
from newsdesk.store import ArticleSummary
from newsdesk.text.dates import shown_datetime
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.words import message_word, status_word, sync_word

SEARCH_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole
SYNC_COLOURS = {SyncState.FAILED: "#b00020", SyncState.QUEUED: "#8a6d00", SyncState.SENT: "#1b6e20"}


class ArticleListPanel(QWidget):
    """``filterChanged`` asks the window for a new list; ``articleSelected`` carries an id
    (or 0 when nothing is selected)."""

    filterChanged = Signal()
    articleSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: list[ArticleSummary] = []
        self.search = NfcLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(3)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)

        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.filterChanged)
        self.status.currentIndexChanged.connect(self.filterChanged)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search title, sapo and text"))
        with QSignalBlocker(self.status):
            index = max(self.status.currentIndex(), 0)
            self.status.clear()
            self.status.addItem(self.tr("All articles"), "")
            for status in WorkflowStatus:
                self.status.addItem(status_word(status), status.value)
            self.status.setCurrentIndex(index)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Status"), self.tr("Sync")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # filter --------------------------------------------------------------------------------

    def status_filter(self) -> WorkflowStatus | None:
        value = self.status.currentData()
        return WorkflowStatus(value) if value else None

    def set_status_filter(self, status: WorkflowStatus | None) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status.value if status else ""), 0))

    def query(self) -> str:
        return self.search.text().strip()

    # rows ----------------------------------------------------------------------------------

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show ``summaries``, keeping the selected article selected if it is still there.

        An article the filter no longer lists stays open in the editor: the list never
        changes the article under a person's hands.
        """
        self._summaries = list(summaries)
        self._fill()

    def current_id(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else 0

    def select(self, article_id: int) -> bool:
        """Select ``article_id`` (emits ``articleSelected``); False when it is not listed."""
        for item in self._items():
            if item.data(0, ID_ROLE) == article_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_first(self) -> None:
        items = self._items()
        if items:
            self.tree.setCurrentItem(items[0])

    def visible_titles(self) -> list[str]:
        return [item.text(0) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _fill(self) -> None:
        selected = self.current_id()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for summary in self._summaries:
                item = self._item(summary)
                self.tree.addTopLevelItem(item)
                if summary.id == selected:
                    self.tree.setCurrentItem(item)

    def _item(self, summary: ArticleSummary) -> QTreeWidgetItem:
        title = summary.title or self.tr("(untitled)")
        item = QTreeWidgetItem([title, status_word(summary.status), sync_word(summary.sync_state)])
        item.setData(0, ID_ROLE, summary.id)
        updated = shown_datetime(summary.updated_at)
        item.setToolTip(
            0, self.tr("{title}\nLast change: {when}").format(title=title, when=updated)
        )
        tip = sync_word(summary.sync_state)
        if summary.sync_reason:
            tip = self.tr("{state}: {reason}").format(
                state=tip, reason=message_word(summary.sync_reason)
            )
        item.setToolTip(2, tip)
        colour = SYNC_COLOURS.get(summary.sync_state)
        if colour:
            item.setForeground(2, QBrush(QColor(colour)))
        return item

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        emit(self.articleSelected, int(current.data(0, ID_ROLE)) if current is not None else 0)
