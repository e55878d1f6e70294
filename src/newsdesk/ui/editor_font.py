"""The editor's font family and size, from the settings, applied to the title, sapo and body."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from newsdesk.ui.editor import EditorPanel

TITLE_SCALE = 1.35  # the title is larger than the text, and bold
SAPO_LINES = 4


def editor_font(family: str, size: int) -> QFont:
    """The font of the text: the application's, with ``family`` and ``size`` (points) where
    they are given ("" and 0 keep the application's)."""
    font = QFont(QApplication.font())
    if family:
        font.setFamily(family)
    if size > 0:
        font.setPointSize(size)
    return font


def apply_editor_font(editor: EditorPanel, family: str, size: int) -> None:
    font = editor_font(family, size)
    editor.body.setFont(font)
    editor.sapo.setFont(font)
    editor.sapo.setFixedHeight(editor.sapo.fontMetrics().lineSpacing() * SAPO_LINES + 12)
    title = QFont(font)
    if font.pointSizeF() > 0:
        title.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    else:  # a font sized in pixels
        title.setPixelSize(round(font.pixelSize() * TITLE_SCALE))
    title.setBold(True)
    editor.title.setFont(title)
    editor.highlighter.rehighlight_all()  # headings are sized from the body's font
