"""The writing panel: title (tít), sapo and the Markdown body with its formatting toolbar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.store import PhotoFolder
from newsdesk.text.count import count_body_words, count_words
from newsdesk.text.normalize import clean_block, clean_line
from newsdesk.ui.actions import FormatActions
from newsdesk.ui.markdown_format import insert_link, prefix_lines, wrap_inline
from newsdesk.ui.nfc_text import NfcLineEdit, NfcPlainTextEdit
from newsdesk.ui.paragraph_places import paragraph_at, paragraph_spans
from newsdesk.ui.photo_inserter import PhotoInserter
from newsdesk.ui.signals import emit

# Newsroom guide lengths, in chữ (syllables): counts above them are shown in red.
TITLE_WORDS = 12
SAPO_WORDS = 50
NOTED_PARAGRAPH = "#fff3c4"  # the background of a paragraph that has notes


def _flag(count: int, limit: int) -> str:
    return f'<span style="color:#b00020">{count}</span>' if count > limit else str(count)


class EditorPanel(QWidget):
    """Emits ``changed`` on every edit a person makes (not when an article is loaded), and
    ``paragraphChanged`` (index) when the body's cursor moves to another paragraph."""

    changed = Signal()
    titleEdited = Signal(str)
    problemFound = Signal(str, str)  # cause, action: shown by the window's error reporter
    paragraphChanged = Signal(int)

    def __init__(self, photos: PhotoFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = NfcLineEdit()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.sapo_label = QLabel()
        self.sapo = NfcPlainTextEdit()
        self.sapo.setTabChangesFocus(True)
        self.sapo.setFixedHeight(self.sapo.fontMetrics().lineSpacing() * 4 + 12)
        self.body = NfcPlainTextEdit(takes_files=True)
        self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.format = FormatActions(self)
        self.toolbar = QToolBar()
        self.toolbar.addActions(list(self.format.all()))
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.sapo_label.setBuddy(self.sapo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.sapo_label)
        layout.addWidget(self.sapo)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counts)

        self._paragraph = -1
        for edit in (self.sapo, self.body):
            edit.textChanged.connect(self._edited)
        self.body.cursorPositionChanged.connect(self._cursor_moved)
        self.photo_inserter = PhotoInserter(self.body, photos, self)
        self.photo_inserter.problemFound.connect(self.problemFound)
        self.title.textChanged.connect(self._title_edited)
        self.format.bold.triggered.connect(lambda: self._wrap("**", self.tr("bold text")))
        self.format.italic.triggered.connect(lambda: self._wrap("*", self.tr("italic text")))
        self.format.heading.triggered.connect(lambda: self._prefix("## "))
        self.format.bullet_list.triggered.connect(lambda: self._prefix("- "))
        self.format.quote.triggered.connect(lambda: self._prefix("> "))
        self.format.link.triggered.connect(self._link)
        self.format.image.triggered.connect(self.photo_inserter.choose)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.title.setPlaceholderText(self.tr("Title"))
        self.sapo_label.setText(self.tr("&Sapo (lead paragraph)"))
        self.sapo.setPlaceholderText(self.tr("Sapo: two or three sentences that sum it up"))
        self.body.setPlaceholderText(
            self.tr("Body text. Markdown: **bold**, *italic*, ## subheading, - list, > quote")
        )
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.format.retranslateUi()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # the article ---------------------------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        """Show ``article`` (None: nothing selected) without emitting ``changed``."""
        blockers = [QSignalBlocker(w) for w in (self.title, self.sapo, self.body)]
        self.title.setText(article.title if article else "")
        self.title.setCursorPosition(0)  # a long title shows its beginning
        self.sapo.setPlainText(article.sapo if article else "")
        self.body.setPlainText(article.body if article else "")
        del blockers
        self.setEnabled(article is not None)
        self._update_counts()
        self._cursor_moved()

    def apply_to(self, article: Article) -> Article:
        """``article`` with the text of this panel, cleaned as it is stored."""
        return article.edited(
            title=clean_line(self.title.text()),
            sapo=clean_block(self.sapo.toPlainText()).strip(),
            body=clean_block(self.body.toPlainText()),
        )

    # paragraphs --------------------------------------------------------------------------

    def cursor_paragraph(self) -> int:
        """The paragraph the body's cursor is in (-1: the body has none)."""
        return paragraph_at(self.body.toPlainText(), self.body.textCursor().position())

    def paragraph_text(self, index: int) -> str:
        spans = paragraph_spans(self.body.toPlainText())
        if not 0 <= index < len(spans):
            return ""
        start, end = spans[index]
        return self.body.toPlainText()[start:end]

    def mark_paragraphs(self, indexes: set[int]) -> None:
        """Give the paragraphs ``indexes`` (those with notes) a background."""
        marked = QTextCharFormat()
        marked.setBackground(QColor(NOTED_PARAGRAPH))
        selections = []
        for index, (start, end) in enumerate(paragraph_spans(self.body.toPlainText())):
            if index not in indexes:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = marked
            selections.append(selection)
        self.body.setExtraSelections(selections)

    def marked_paragraphs(self) -> list[str]:
        """The text of each marked paragraph, in order."""
        return [s.cursor.selectedText() for s in self.body.extraSelections()]

    def go_to_paragraph(self, index: int) -> None:
        spans = paragraph_spans(self.body.toPlainText())
        if not 0 <= index < len(spans):
            return
        cursor = self.body.textCursor()
        cursor.setPosition(spans[index][0])
        self.body.setTextCursor(cursor)
        self.body.centerCursor()
        self.body.setFocus()

    def _cursor_moved(self) -> None:
        paragraph = self.cursor_paragraph()
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            emit(self.paragraphChanged, paragraph)

    # editing -------------------------------------------------------------------------------

    def _edited(self) -> None:
        self._update_counts()
        self._cursor_moved()
        emit(self.changed)

    def _title_edited(self, text: str) -> None:
        emit(self.titleEdited, text)
        self._edited()

    def _update_counts(self) -> None:
        title = count_words(self.title.text())
        sapo = count_words(self.sapo.toPlainText())
        self.counts.setText(
            self.tr("Words: title {title}, sapo {sapo}, body {body}").format(
                title=_flag(title, TITLE_WORDS),
                sapo=_flag(sapo, SAPO_WORDS),
                body=count_body_words(self.body.toPlainText()),
            )
        )
        self.counts.setToolTip(
            self.tr(
                "A news title is usually at most {title} words and a sapo at most {sapo}; "
                "longer ones are shown in red."
            ).format(title=TITLE_WORDS, sapo=SAPO_WORDS)
        )

    def _wrap(self, marker: str, placeholder: str) -> None:
        cursor = self.body.textCursor()
        wrap_inline(cursor, marker, placeholder)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def _prefix(self, prefix: str) -> None:
        cursor = self.body.textCursor()
        prefix_lines(cursor, prefix)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def _link(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Address the selected words link to:"),
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        url = url.strip()
        if not ok or not url or url == "https://":
            return
        cursor = self.body.textCursor()
        insert_link(cursor, url, self.tr("link text"))
        self.body.setTextCursor(cursor)
        self.body.setFocus()
