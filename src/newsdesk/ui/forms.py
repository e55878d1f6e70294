"""Small helpers for form layouts whose labels are set again on every language change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel


def set_row_labels(form: QFormLayout, texts: Sequence[str]) -> None:
    """Put ``texts`` on the form's row labels, in row order."""
    for row, text in enumerate(texts):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)
