"""The Problems panel: every sync failure, waiting article, conflict and notice, with what
to do about each, and the status bar's count of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui.signals import emit
from newsdesk.ui.sync_problems import Problem, ProblemKind
from newsdesk.ui.words import message_word

ROW_ROLE = Qt.ItemDataRole.UserRole
ICONS = {
    ProblemKind.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ProblemKind.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    ProblemKind.WAITING: QStyle.StandardPixmap.SP_BrowserReload,
    ProblemKind.NOTICE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class ProblemsPanel(QWidget):
    """Each request carries an article id; 0 for a row about no article (Retry then means
    "sync again")."""

    retryRequested = Signal(int)
    openRequested = Signal(int)
    compareRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 260)
        self.retry_button = QPushButton()
        self.open_button = QPushButton()
        self.compare_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.open_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._activated)
        self.retry_button.clicked.connect(lambda: self._request(self.retryRequested))
        self.open_button.clicked.connect(lambda: self._request(self.openRequested))
        self.compare_button.clicked.connect(lambda: self._request(self.compareRequested))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("Article"), self.tr("Site"), self.tr("Problem")])
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Queue the article again and sync now"))
        self.open_button.setText(self.tr("&Open article"))
        self.open_button.setToolTip(self.tr("Show the article in the editor"))
        self.compare_button.setText(self.tr("&Compare…"))
        self.compare_button.setToolTip(
            self.tr("See your version and the site's side by side and choose what to keep")
        )
        self._fill(self.current())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # rows ----------------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        previous = self.current()
        self._problems = list(problems)
        self._fill(previous)

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def select(self, article_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and self._problem(item).article_id == article_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def current(self) -> Problem | None:
        item = self.tree.currentItem()
        return self._problem(item) if item is not None else None

    def describe(self, problem: Problem) -> str:
        """The row's message: what happened and what to do."""
        if problem.kind is ProblemKind.CONFLICT:
            return self.tr(
                "Changed here and on the site in the same places. "
                "Compare the two versions and choose what to keep."
            )
        if problem.kind is ProblemKind.WAITING:
            return self.tr("Will retry at the next sync. Last error: {error}").format(
                error=message_word(problem.message)
            )
        return message_word(problem.message)

    def _problem(self, item: QTreeWidgetItem) -> Problem:
        return self._problems[int(item.data(0, ROW_ROLE))]

    def _fill(self, previous: Problem | None = None) -> None:
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for index, problem in enumerate(self._problems):
                item = self._item(index, problem)
                self.tree.addTopLevelItem(item)
                if problem == previous:
                    self.tree.setCurrentItem(item)
            first = self.tree.topLevelItem(0)
            if self.tree.currentItem() is None and first is not None:
                self.tree.setCurrentItem(first)
        self._update_buttons()

    def _item(self, index: int, problem: Problem) -> QTreeWidgetItem:
        title = problem.title or (self.tr("(untitled)") if problem.article_id else "—")
        message = self.describe(problem)
        item = QTreeWidgetItem([title, problem.site or "—", message])
        item.setData(0, ROW_ROLE, index)
        item.setIcon(0, self.style().standardIcon(ICONS[problem.kind]))
        item.setToolTip(0, title)
        item.setToolTip(2, message)
        return item

    def _update_buttons(self) -> None:
        problem = self.current()
        kind = problem.kind if problem is not None else None
        has_article = problem is not None and problem.article_id > 0
        self.retry_button.setEnabled(kind in {ProblemKind.FAILED, ProblemKind.WAITING})
        self.open_button.setEnabled(has_article)
        self.compare_button.setEnabled(kind is ProblemKind.CONFLICT)

    def _request(self, signal: SignalInstance) -> None:
        problem = self.current()
        if problem is not None:
            emit(signal, problem.article_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        problem = self._problem(item)
        if problem.kind is ProblemKind.CONFLICT:
            emit(self.compareRequested, problem.article_id)
        elif problem.article_id:
            emit(self.openRequested, problem.article_id)


class ProblemsIndicator(QToolButton):
    """The status bar's "N problems", hidden while there are none; a click shows the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self._count = 0
        self.retranslateUi()
        self.hide()

    def set_count(self, count: int) -> None:
        self._count = count
        self.retranslateUi()
        self.setVisible(count > 0)

    def retranslateUi(self) -> None:
        if self._count == 1:
            self.setText(self.tr("1 problem"))
        else:
            self.setText(self.tr("{n} problems").format(n=self._count))
        self.setToolTip(self.tr("Show what went wrong with the sync and what to do"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
