"""Help > Keyboard shortcuts: every key the window answers to, read from the actions
themselves (so the list cannot drift from the keys), and the keys of the body's lists."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def _key_text(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    return QKeySequence(sequence).toString(NATIVE)


def _what(action: QAction) -> str:
    return action.statusTip() or action.text().replace("&&", "\0").replace("&", "").replace(
        "\0", "&"
    )


def _listed(action: QAction) -> bool:
    """Whether the list names ``action``: it has a key and this desk shows it (an editor's
    moves are hidden on a reporter's desk)."""
    return not action.shortcut().isEmpty() and action.isVisible()


class ShortcutsDialog(QDialog):
    """Three groups: formatting the body (its toolbar's actions), writing lists and quotes
    (Enter, Tab, undo), and the window's commands."""

    def __init__(
        self,
        formatting: Iterable[QAction],
        commands: Iterable[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._formatting = [a for a in formatting if _listed(a)]
        self._commands = [a for a in commands if _listed(a)]
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.retranslateUi()

    def rows(self) -> list[tuple[str, str]]:
        """(key, what it does) of every line of the list, group titles with an empty key."""
        found: list[tuple[str, str]] = []
        for group, rows in self._shown:
            found.append(("", group))
            found.extend(rows)
        return found

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.tree.clear()
        self._shown: list[tuple[str, list[tuple[str, str]]]] = []
        self._group(
            self.tr("Formatting the text"),
            [(_key_text(a.shortcut()), _what(a)) for a in self._formatting],
        )
        self._group(
            self.tr("Lists, quotes and undo"),
            [
                (
                    _key_text("Enter"),
                    self.tr(
                        "In a list or a quote: start the next item (1. is followed by 2.) or "
                        "quoted line"
                    ),
                ),
                (
                    _key_text("Enter"),
                    self.tr("On an empty item: end the list and start a new paragraph"),
                ),
                (_key_text("Tab"), self.tr("In a list: move the item one level in")),
                (_key_text("Shift+Tab"), self.tr("In a list: move the item one level out")),
                (_key_text(QKeySequence.StandardKey.Undo), self.tr("Undo the last change")),
                (_key_text(QKeySequence.StandardKey.Redo), self.tr("Redo what was undone")),
            ],
        )
        self._group(
            self.tr("Articles and the window"),
            [(_key_text(a.shortcut()), _what(a)) for a in self._commands],
        )
        self.tree.expandAll()

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        self._shown.append((title, rows))
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for key, what in rows:
            QTreeWidgetItem(group, [key, what])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
