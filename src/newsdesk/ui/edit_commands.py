"""The Edit menu: paste as plain text, find and replace, tables."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.find_replace import FindBar
from newsdesk.ui.nfc_text import NfcLineEdit, NfcPlainTextEdit
from newsdesk.ui.table_dialog import TableCommands


def _action(owner: QWidget, shortcut: str | QKeySequence.StandardKey) -> QAction:
    action = QAction(owner)
    action.setShortcut(QKeySequence(shortcut))
    return action


class EditCommands(QObject):
    def __init__(self, editor: EditorPanel, window: QWidget) -> None:
        super().__init__(window)
        self._editor = editor
        self.paste_plain = _action(window, "Ctrl+Shift+V")
        self.paste_plain.triggered.connect(self.paste_plain_text)
        self.find_bar = FindBar(editor)
        self.find = _action(window, QKeySequence.StandardKey.Find)
        self.find.triggered.connect(lambda: self._open_find(replacing=False))
        self.replace = _action(window, "Ctrl+H")
        self.replace.triggered.connect(lambda: self._open_find(replacing=True))
        self.tables = TableCommands(editor.body, self)
        self.insert_table = QAction(window)
        self.insert_table.triggered.connect(self._insert_table)
        self.add_row = QAction(window)
        self.add_row.triggered.connect(self.tables.add_row)
        self.remove_row = QAction(window)
        self.remove_row.triggered.connect(self.tables.remove_row)
        self.add_column = QAction(window)
        self.add_column.triggered.connect(self.tables.add_column)
        self.remove_column = QAction(window)
        self.remove_column.triggered.connect(self.tables.remove_column)
        self.tidy_table = QAction(window)
        self.tidy_table.triggered.connect(self.tables.tidy)
        editor.body.cursorPositionChanged.connect(self._follow_cursor)
        self._follow_cursor()
        self.menu: QMenu | None = None
        self.table_menu: QMenu | None = None

    def actions(self) -> list[QAction]:
        return [self.paste_plain, self.find, self.replace]

    def table_actions(self) -> list[QAction]:
        return [self.insert_table, self.add_row, self.remove_row, self.add_column,
                self.remove_column, self.tidy_table]  # fmt: skip

    def _insert_table(self) -> None:
        if self._editor.isEnabled():
            self.tables.insert()

    def _follow_cursor(self) -> None:
        """The row and column commands, offered when the body's cursor is in a table."""
        in_table = self.tables.in_table()
        for action in self.table_actions()[1:]:
            action.setEnabled(in_table)

    def _open_find(self, *, replacing: bool) -> None:
        if self._editor.isEnabled():
            self.find_bar.open_find(replacing=replacing)

    def add_menu(self, bar: QMenuBar, before: QAction) -> None:
        """The Edit menu, in ``bar`` before the menu of ``before``."""
        self.menu = QMenu(bar)
        self.menu.addAction(self.paste_plain)
        self.menu.addSeparator()
        self.menu.addActions([self.find, self.replace])
        self.menu.addSeparator()
        self.table_menu = self.menu.addMenu("")
        self.table_menu.addActions(self.table_actions())
        bar.insertMenu(before, self.menu)
        self.retranslateUi()

    def paste_plain_text(self) -> None:
        """Into the text field that has the focus (the title, the sapo, the find bar…), or
        the body when none has it."""
        focus = QApplication.focusWidget()
        if isinstance(focus, NfcLineEdit | NfcPlainTextEdit):
            if focus.isEnabled() and not focus.isReadOnly():
                focus.paste_plain_text()
        elif self._editor.isEnabled():
            self._editor.body.paste_plain_text()

    def retranslateUi(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(self.tr("&Edit"))
        self.paste_plain.setText(self.tr("Paste as plain &text"))
        self.paste_plain.setStatusTip(
            self.tr("Paste the copied text without its bold, italic, lists or links")
        )
        self.find.setText(self.tr("&Find…"))
        self.find.setStatusTip(self.tr("Find words in the title, sapo and body"))
        self.replace.setText(self.tr("&Replace…"))
        self.replace.setStatusTip(
            self.tr("Find words in the title, sapo and body and replace them")
        )
        self.find_bar.retranslateUi()
        if self.table_menu is not None:
            self.table_menu.setTitle(self.tr("T&able"))
        self.insert_table.setText(self.tr("&Insert a table…"))
        self.insert_table.setStatusTip(
            self.tr("Insert a table (rows, columns, header row) at the cursor")
        )
        self.add_row.setText(self.tr("Add a &row below"))
        self.remove_row.setText(self.tr("Remove this r&ow"))
        self.add_column.setText(self.tr("Add a &column to the right"))
        self.remove_column.setText(self.tr("Remove this co&lumn"))
        self.tidy_table.setText(self.tr("&Tidy this table"))
        self.tidy_table.setStatusTip(self.tr("Line up the columns of the table under the cursor"))
