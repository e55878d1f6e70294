"""Tables in the body: a small dialog to insert one at the cursor, commands that add or
remove the row or the column the cursor is in, and one that lines up the table's columns
again after typing. Each change is one undo step, and leaves the table lined up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.text.tables import (
    TablePlace,
    add_column,
    add_row,
    new_table,
    remove_column,
    remove_row,
    split_row,
    table_at,
    tidy_table,
)
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.nfc_text import NfcPlainTextEdit, index_from_utf16, utf16_len
from newsdesk.ui.paste_markdown import insert_markdown

MAX_COLUMNS = 12
MAX_ROWS = 200


class TableDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = QSpinBox()
        self.columns.setRange(1, MAX_COLUMNS)
        self.columns.setValue(3)
        self.rows = QSpinBox()
        self.rows.setRange(1, MAX_ROWS)
        self.rows.setValue(3)
        self.header = QCheckBox()
        self.header.setChecked(True)
        self.form = QFormLayout()
        add_rows(self.form, (self.columns, self.rows, self.header))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Insert a table"))
        set_row_labels(self.form, (self.tr("&Columns:"), self.tr("&Rows:"), ""))
        self.header.setText(self.tr("First row is a &header (column names)"))
        self.rows.setToolTip(self.tr("Rows under the header row"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def markdown(self) -> str:
        """The table asked for: column names to type over, empty rows under them."""
        columns = self.columns.value()
        header = (
            [self.tr("Column {n}").format(n=n + 1) for n in range(columns)]
            if self.header.isChecked()
            else None
        )
        return new_table(columns, self.rows.value(), header)


class TableCommands(QObject):
    """What the table commands do to the body."""

    def __init__(self, body: NfcPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._body = body

    def insert(self) -> None:
        dialog = TableDialog(self._body)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.insert_table(dialog.markdown())

    def insert_table(self, markdown: str) -> None:
        """``markdown`` at the cursor as a paragraph of its own; its first cell selected."""
        cursor = self._body.textCursor()
        insert_markdown(cursor, markdown)
        end = cursor.position()
        start = end - utf16_len(markdown)
        first_cell = split_row(markdown.split("\n", maxsplit=1)[0])[0]
        cursor.setPosition(start + 2)
        cursor.setPosition(start + 2 + utf16_len(first_cell), QTextCursor.MoveMode.KeepAnchor)
        self._body.setTextCursor(cursor)
        self._body.setFocus()

    def place(self) -> tuple[list[str], TablePlace, int] | None:
        """The table the cursor is in, if it is in one: the lines of the table and those
        around it that may belong to it, where in them the cursor is, and the body's line
        number of the first of them. Only those lines are read, however long the body."""
        cursor = self._body.textCursor()
        block = cursor.block()
        if not block.text().lstrip().startswith("|"):
            return None  # the usual case, seen at once
        first = block
        while first.previous().isValid() and first.previous().text().lstrip().startswith("|"):
            first = first.previous()
        lines = []
        line = first
        while line.isValid() and (line == first or line.text().lstrip().startswith("|")):
            lines.append(line.text())
            line = line.next()
        column = index_from_utf16(block.text(), cursor.positionInBlock())
        found = table_at(lines, block.blockNumber() - first.blockNumber(), column)
        return (lines, found, first.blockNumber()) if found else None

    def in_table(self) -> bool:
        return self.place() is not None

    def add_row(self) -> None:
        """An empty row under the cursor's; the cursor goes to it."""
        self._change(add_row, lambda place: (max(place.row, 1) + 1, place.column))

    def remove_row(self) -> None:
        self._change(remove_row, lambda place: (place.row, place.column))

    def add_column(self) -> None:
        """An empty column right of the cursor's; the cursor goes to it."""
        self._change(add_column, lambda place: (place.row, place.column + 1))

    def remove_column(self) -> None:
        self._change(remove_column, lambda place: (place.row, max(place.column - 1, 0)))

    def tidy(self) -> None:
        """The table under the cursor with its columns lined up; the cursor stays in its
        cell."""
        self._change(tidy_table, lambda place: (place.row, place.column))

    def _change(
        self,
        edit: Callable[[list[str], TablePlace], list[str] | None],
        cell_after: Callable[[TablePlace], tuple[int, int]],
    ) -> None:
        """The table under the cursor changed by ``edit`` (one undo step), the cursor put in
        the cell ``cell_after`` names (row, column)."""
        found = self.place()
        if found is None:
            return
        lines, place, offset = found
        changed = edit(lines, place)
        if changed is None or changed == lines[place.first : place.end]:
            return  # nothing to do: no empty undo step
        document = self._body.document()
        first = document.findBlockByNumber(offset + place.first)
        last = document.findBlockByNumber(offset + place.end - 1)
        cursor = QTextCursor(document)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText("\n".join(changed))
        cursor.endEditBlock()
        row, column = cell_after(place)
        row = 0 if row >= len(changed) and len(changed) == 2 else min(row, len(changed) - 1)
        self._go_to_cell(offset + place.first + row, column)

    def _go_to_cell(self, line: int, column: int) -> None:
        block = self._body.document().findBlockByNumber(line)
        text = block.text()
        pipes = [index for index, char in enumerate(text) if char == "|"]
        column = min(column, max(len(pipes) - 2, 0))
        at = pipes[column] + 2 if column < len(pipes) else 0
        cursor = self._body.textCursor()
        cursor.setPosition(block.position() + utf16_len(text[: min(at, len(text))]))
        self._body.setTextCursor(cursor)
