"""The Edit menu: paste as plain text, find and replace, insert a table.

Each command works on the editor's field that has the focus (title, sapo or body), or on the
body when none has it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from newsdesk.ui.editor import EditorPanel
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
        self.menu: QMenu | None = None

    def actions(self) -> list[QAction]:
        return [self.paste_plain]

    def add_menu(self, bar: QMenuBar, before: QAction) -> None:
        """The Edit menu, in ``bar`` before the menu of ``before``."""
        self.menu = QMenu(bar)
        self.menu.addActions(self.actions())
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
