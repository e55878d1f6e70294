"""The Edit menu: paste as plain text, find and replace, insert a table.

Each command works on the editor's field that has the focus (title, sapo or body), or on the
body when none has it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.find_replace import FindBar
from newsdesk.ui.nfc_text import NfcLineEdit, NfcPlainTextEdit


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
        self.menu: QMenu | None = None

    def actions(self) -> list[QAction]:
        return [self.paste_plain, self.find, self.replace]

    def _open_find(self, *, replacing: bool) -> None:
        if self._editor.isEnabled():
            self.find_bar.open_find(replacing=replacing)

    def add_menu(self, bar: QMenuBar, before: QAction) -> None:
        """The Edit menu, in ``bar`` before the menu of ``before``."""
        self.menu = QMenu(bar)
        self.menu.addAction(self.paste_plain)
        self.menu.addSeparator()
        self.menu.addActions([self.find, self.replace])
        bar.insertMenu(before, self.menu)
        self.retranslateUi()

    def _field(self) -> NfcLineEdit | NfcPlainTextEdit:
        editor = self._editor
        focus = QApplication.focusWidget()
        fields: tuple[NfcLineEdit | NfcPlainTextEdit, ...] = (editor.title, editor.sapo)
        return next((field for field in fields if field is focus), editor.body)

    def paste_plain_text(self) -> None:
        if self._editor.isEnabled():
            self._field().paste_plain_text()

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
