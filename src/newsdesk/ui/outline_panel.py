"""The outline dock: the body's headings, read again once typing pauses; a click goes there."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.text.outline import Heading, headings

OUTLINE_DELAY_MS = 600  # headings are read again once typing pauses this long
LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QWidget):
    """The headings of ``body``'s Markdown, nested by level; the one the cursor is under is
    selected. Choosing one puts the body's cursor on it, at the top of the view."""

    def __init__(self, body: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.headings: list[Heading] = []
        self._lines: list[int] = []
        self._items: list[QTreeWidgetItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OUTLINE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        body.document().contentsChanged.connect(self._timer.start)
        body.cursorPositionChanged.connect(self._follow_cursor)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.empty.setText(
            self.tr("No subheadings yet. Lines that start with # or ## are listed here.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def pending(self) -> bool:
        """Whether an edit has not been read yet."""
        return self._timer.isActive()

    def refresh(self) -> None:
        """Read the headings again; the tree is rebuilt only when they changed."""
        self._timer.stop()
        found = headings(self.body.toPlainText())
        if found == self.headings:
            return
        self.headings = found
        self._lines = [h.line for h in found]
        self._items = []
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []  # (level, item) of the open branches
        for heading in found:
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem([heading.text or "#" * heading.level])
            item.setData(0, LINE_ROLE, heading.line)
            item.setToolTip(0, heading.text)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append((heading.level, item))
            self._items.append(item)
        self.tree.expandAll()
        del blocker
        self.empty.setVisible(not found)
        self.tree.setVisible(bool(found))
        self._follow_cursor()

    def _follow_cursor(self) -> None:
        if not self._items:
            return
        index = bisect_right(self._lines, self.body.textCursor().blockNumber()) - 1
        blocker = QSignalBlocker(self.tree)
        if index >= 0:
            self.tree.setCurrentItem(self._items[index])
        else:
            self.tree.clearSelection()
        del blocker

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, LINE_ROLE)
        if isinstance(line, int):
            self.go_to_line(line)

    def go_to_line(self, line: int) -> None:
        """The body's cursor at the start of ``line``, shown at the top of the view."""
        block = self.body.document().findBlockByNumber(line)
        if not block.isValid():
            return
        cursor = self.body.textCursor()
        cursor.setPosition(block.position())
        scroll = self.body.verticalScrollBar()
        scroll.setValue(scroll.maximum())  # from the bottom, showing the cursor scrolls it up
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self.body.setFocus()


def add_outline_dock(window: QMainWindow, body: QPlainTextEdit) -> QDockWidget:
    """The outline as a dock on the window's left, hidden until asked for."""
    dock = QDockWidget(window)
    dock.setObjectName("outlineDock")
    dock.setWidget(OutlinePanel(body))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.setShortcut("Ctrl+Shift+O")
    return dock
