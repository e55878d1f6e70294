"""The counts of the paragraph under the body's cursor, for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.text.count import count_body_words
from newsdesk.ui.editor import COUNT_DELAY_MS, EditorPanel


class ParagraphCounts(QLabel):
    """Words (chữ) and characters of the paragraph the cursor is in: read again when the
    cursor moves to another paragraph, and once typing pauses."""

    def __init__(self, editor: EditorPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.words = 0
        self.characters = 0
        self._shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        editor.paragraphChanged.connect(self.refresh)
        editor.body.textChanged.connect(self._timer.start)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._timer.stop()
        index = self.editor.cursor_paragraph()
        text = self.editor.paragraph_text(index)
        self._shown = index >= 0 and self.editor.isEnabled()
        self.words = count_body_words(text)
        self.characters = len(text.replace("\n", ""))
        self._show()

    def _show(self) -> None:
        if not self._shown:
            self.clear()
            return
        locale = QLocale()
        self.setText(
            self.tr("Paragraph: {words} words, {characters} characters").format(
                words=locale.toString(self.words), characters=locale.toString(self.characters)
            )
        )
        self.setToolTip(self.tr("Counts of the paragraph the cursor is in"))
