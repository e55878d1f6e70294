"""Small helpers for form layouts whose labels are set again on every language change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def add_rows(form: QFormLayout, fields: Sequence[QWidget | QLayout]) -> None:
    """One row per field, each with an (empty, for now) label that is its buddy."""
    for field in fields:
        label = QLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
            form.addRow(label, field)
        else:
            first = field.itemAt(0)
            widget = first.widget() if first is not None else None
            if widget is not None:
                label.setBuddy(widget)
            form.addRow(label, field)


def set_row_labels(form: QFormLayout, texts: Sequence[str]) -> None:
    """Put ``texts`` on the form's row labels, in row order."""
    for row, text in enumerate(texts):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)
