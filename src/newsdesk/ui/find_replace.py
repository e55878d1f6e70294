"""The find and replace bar under the editor: it searches the title, the sapo and the body, in
that order, and leaves the focus in the bar while it selects each match in its field.

Replacing all is one undo step in each field it changed (Ctrl+Z there takes it back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from newsdesk.text.find import FindOptions, find_all, replace_all
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.nfc_text import NfcLineEdit, NfcPlainTextEdit, utf16_len

Field = NfcLineEdit | NfcPlainTextEdit
Match = tuple[int, int, int]  # field index, start, end (Qt positions)


def _text(field: Field) -> str:
    return field.text() if isinstance(field, NfcLineEdit) else field.toPlainText()


def _selection(field: Field) -> tuple[int, int]:
    if isinstance(field, NfcLineEdit):
        if field.hasSelectedText():
            return field.selectionStart(), field.selectionEnd()
        return field.cursorPosition(), field.cursorPosition()
    cursor = field.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def _select(field: Field, start: int, end: int) -> None:
    if isinstance(field, NfcLineEdit):
        field.setSelection(start, end - start)
        return
    cursor = field.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    field.ensureCursorVisible()


def qt_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (Python indexes in ``text``) as Qt positions (UTF-16 code units)."""
    if all(ord(char) <= 0xFFFF for char in text):
        return spans
    return [(utf16_len(text[:start]), utf16_len(text[:end])) for start, end in spans]


class FindBar(QWidget):
    """Find (Ctrl+F) and find and replace (Ctrl+H) over the editor's three fields."""

    def __init__(self, editor: EditorPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._field = 2  # the field searching goes on from: the body, until one is chosen
        self.query = NfcLineEdit()
        self.replacement = NfcLineEdit()
        self.match_case = QCheckBox()
        self.whole_word = QCheckBox()
        self.ignore_accents = QCheckBox()
        self.previous = QToolButton()
        self.next = QToolButton()
        self.replace_one = QPushButton()
        self.replace_every = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.status = QLabel()
        self.replace_label = QLabel()
        self.find_label = QLabel()
        self.find_label.setBuddy(self.query)
        self.replace_label.setBuddy(self.replacement)
        self.query.setMinimumWidth(160)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 2)
        grid.setVerticalSpacing(2)
        for column, widget in enumerate(
            (self.find_label, self.query, self.previous, self.next, self.status, self.close_button)
        ):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replacement, 1, 1)
        grid.addWidget(self.replace_one, 1, 2, 1, 3)
        grid.addWidget(self.replace_every, 1, 5)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.ignore_accents):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 1, 1, 5)
        grid.setColumnStretch(1, 1)
        self._connect()
        self.retranslateUi()
        self.hide()

    def _connect(self) -> None:
        self.query.returnPressed.connect(self.find_next)
        self.query.textChanged.connect(lambda _text: self._count())
        self.replacement.returnPressed.connect(self.replace)
        for box in (self.match_case, self.whole_word, self.ignore_accents):
            box.toggled.connect(lambda _on: self._count())
        self.next.clicked.connect(self.find_next)
        self.previous.clicked.connect(self.find_previous)
        self.replace_one.clicked.connect(self.replace)
        self.replace_every.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.query, self.find_previous)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslateUi(self) -> None:
        self.find_label.setText(self.tr("F&ind:"))
        self.replace_label.setText(self.tr("Re&place with:"))
        self.query.setPlaceholderText(self.tr("Words in the title, sapo and body"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_word.setText(self.tr("&Whole words"))
        self.ignore_accents.setText(self.tr("Ignore acce&nts"))
        self.ignore_accents.setToolTip(self.tr("“Quang Tri” also finds “Quảng Trị”"))
        self.previous.setText("▲")
        self.previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next.setText("▼")
        self.next.setToolTip(self.tr("Next match (Enter)"))
        self.replace_one.setText(self.tr("&Replace"))
        self.replace_every.setText(self.tr("Replace a&ll"))
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # opening and closing -------------------------------------------------------------------

    def fields(self) -> tuple[Field, Field, Field]:
        return self._editor.title, self._editor.sapo, self._editor.body

    def current_field(self) -> Field:
        """The field searching goes on from (where the last match was shown)."""
        return self.fields()[self._field]

    def open_find(self, *, replacing: bool = False) -> None:
        """Show the bar (with the replace row when ``replacing``), the words selected in the
        field being edited put in as what to find."""
        focus = QApplication.focusWidget()
        for index, field in enumerate(self.fields()):
            if field is focus:
                self._field = index
        field = self.fields()[self._field]
        selected = (
            field.selectedText()
            if isinstance(field, NfcLineEdit)
            else field.textCursor().selectedText()
        )
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        for widget in (self.replace_label, self.replacement, self.replace_one, self.replace_every):
            widget.setVisible(replacing)
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self._count()

    def close_bar(self) -> None:
        self.hide()
        field = self.fields()[self._field]
        if self._editor.isEnabled():
            field.setFocus()

    # finding -------------------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(
            match_case=self.match_case.isChecked(),
            whole_word=self.whole_word.isChecked(),
            ignore_accents=self.ignore_accents.isChecked(),
        )

    def _field_matches(self, index: int) -> list[tuple[int, int]]:
        text = _text(self.fields()[index])
        return qt_spans(text, find_all(text, self.query.text(), self.options()))

    def matches(self) -> list[Match]:
        """Every match, in the order of the fields and of the text."""
        return [
            (index, start, end)
            for index in range(len(self.fields()))
            for start, end in self._field_matches(index)
        ]

    def _count(self, current: Match | None = None) -> None:
        if not self.query.text():
            self.status.clear()
            return
        found = self.matches()
        if not found:
            self.status.setText(self.tr("Not found"))
        elif current in found:
            self.status.setText(
                self.tr("{n} of {total}").format(n=found.index(current) + 1, total=len(found))
            )
        else:
            self.status.setText(self.tr("{total} found").format(total=len(found)))

    def _show(self, match: Match) -> None:
        index, start, end = match
        if index != self._field:  # one selection shown at a time
            left = self.fields()[self._field]
            _select(left, *(_selection(left)[1],) * 2)
        self._field = index
        _select(self.fields()[index], start, end)
        self._count(match)

    def find_next(self) -> Match | None:
        """Select the next match after the selection of the field searched last (from the
        start again after the last)."""
        found = self.matches()
        if not found:
            self._count()
            return None
        _start, end = _selection(self.fields()[self._field])
        here = (self._field, end)
        match = next((m for m in found if (m[0], m[1]) >= here), found[0])
        self._show(match)
        return match

    def find_previous(self) -> Match | None:
        found = self.matches()
        if not found:
            self._count()
            return None
        start, _end = _selection(self.fields()[self._field])
        here = (self._field, start)
        match = next((m for m in reversed(found) if (m[0], m[2]) <= here), found[-1])
        self._show(match)
        return match

    # replacing -----------------------------------------------------------------------------

    def replace(self) -> None:
        """Replace the selected match, and go on to the next."""
        field = self.fields()[self._field]
        selected = (self._field, *_selection(field))
        if selected in self.matches():
            if isinstance(field, NfcLineEdit):
                field.insert(self.replacement.text())
            else:
                field.textCursor().insertText(self.replacement.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in the three fields; how many were replaced."""
        if not self._editor.isEnabled():
            return 0  # no article open
        replaced = 0
        for index, field in enumerate(self.fields()):
            spans = self._field_matches(index)
            if spans:
                self._replace_in(field, spans)
                replaced += len(spans)
        self.status.setText(self.tr("{n} replaced").format(n=replaced))
        return replaced

    def _replace_in(self, field: Field, spans: list[tuple[int, int]]) -> None:
        replacement = self.replacement.text()
        if isinstance(field, NfcLineEdit):
            # A one-line field undoes the insertion of a whole new text in one step.
            text, _count = replace_all(field.text(), self.query.text(), replacement, self.options())
            field.selectAll()
            field.insert(text)
            return
        cursor = QTextCursor(field.document())
        cursor.beginEditBlock()
        for start, end in reversed(spans):  # earlier positions stay valid
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
