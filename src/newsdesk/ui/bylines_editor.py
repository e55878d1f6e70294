"""Bylines (tác giả) as an ordered list of name + role rows; the order is the printed order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import BYLINE_ROLES, Byline
from newsdesk.text.normalize import clean_line
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit

# The roles offered first, in the newsroom's own words; any other role can be typed.
_FIRST = ("Bài", "Ảnh", "Bài và ảnh")
OFFERED_ROLES = (*_FIRST, *(r for r in BYLINE_ROLES if r and r not in _FIRST))


class BylineRow(QWidget):
    changed = Signal()
    removeRequested = Signal(object)
    moveRequested = Signal(object, int)  # the row, -1 up / +1 down

    def __init__(self, byline: Byline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = NfcLineEdit()
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setLineEdit(NfcLineEdit())
        self.role.addItems(["", *OFFERED_ROLES])
        self.role.setCurrentText(byline.role)
        self.name.setText(byline.name)
        style = self.style()
        self.up = QToolButton()
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down = QToolButton()
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.remove = QToolButton()
        self.remove.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 3)
        layout.addWidget(self.role, 2)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)
        self.name.textChanged.connect(self.changed)
        self.role.currentTextChanged.connect(self.changed)
        self.up.clicked.connect(lambda: emit(self.moveRequested, self, -1))
        self.down.clicked.connect(lambda: emit(self.moveRequested, self, 1))
        self.remove.clicked.connect(lambda: emit(self.removeRequested, self))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.name.setPlaceholderText(self.tr("Name"))
        line = self.role.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Role"))
        self.role.setToolTip(self.tr("What this person did: Bài (text), Ảnh (photos)…"))
        self.up.setToolTip(self.tr("Move up"))
        self.down.setToolTip(self.tr("Move down"))
        self.remove.setToolTip(self.tr("Remove this byline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def byline(self) -> Byline:
        return Byline(name=clean_line(self.name.text()), role=clean_line(self.role.currentText()))


class BylinesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BylineRow] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("&Add byline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def rows(self) -> tuple[BylineRow, ...]:
        return tuple(self._rows)

    def set_bylines(self, bylines: tuple[Byline, ...]) -> None:
        """Show ``bylines`` without emitting ``changed``."""
        for row in self._rows:
            self._list.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for byline in bylines:
            self._append(byline)
        self._update_buttons()

    def bylines(self) -> tuple[Byline, ...]:
        """The rows with a name, in order."""
        return tuple(b for b in (row.byline() for row in self._rows) if b.name)

    def add_byline(self, byline: Byline | None = None) -> BylineRow:
        row = self._append(byline or Byline(""))
        self._update_buttons()
        emit(self.changed)
        return row

    def _add_clicked(self) -> None:
        self.add_byline(Byline("", "Bài")).name.setFocus()

    def _append(self, byline: Byline) -> BylineRow:
        row = BylineRow(byline, self)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self._remove)
        row.moveRequested.connect(self._move)
        self._rows.append(row)
        self._list.addWidget(row)
        return row

    def _remove(self, row: BylineRow) -> None:
        self._rows.remove(row)
        self._list.removeWidget(row)
        row.deleteLater()
        self._update_buttons()
        emit(self.changed)

    def _move(self, row: BylineRow, step: int) -> None:
        index = self._rows.index(row)
        target = index + step
        if not 0 <= target < len(self._rows):
            return
        self._rows[index], self._rows[target] = self._rows[target], self._rows[index]
        self._list.removeWidget(row)
        self._list.insertWidget(target, row)
        self._update_buttons()
        emit(self.changed)

    def _update_buttons(self) -> None:
        for index, row in enumerate(self._rows):
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(self._rows) - 1)
