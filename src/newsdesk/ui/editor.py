"""The writing panel: title (tít), sapo and the Markdown body, shown formatted as it is typed
(see markdown_highlighter), with its formatting toolbar and the keys of a word processor."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.store import PhotoFolder
from newsdesk.text.count import count_body_words, count_words
from newsdesk.text.normalize import clean_line
from newsdesk.ui.actions import FormatActions
from newsdesk.ui.background import LatestOnlyLane
from newsdesk.ui.editing_keys import EditingKeys
from newsdesk.ui.markdown_format import insert_link, prefix_lines, toggle_list, wrap_inline
from newsdesk.ui.markdown_highlighter import MarkdownHighlighter
from newsdesk.ui.nfc_text import (
    MAX_PASTE_CHARS,
    NfcLineEdit,
    NfcPlainTextEdit,
    clean_block_in_pieces,
    document_text,
)
from newsdesk.ui.paragraph_places import paragraph_spans
from newsdesk.ui.photo_inserter import PhotoInserter
from newsdesk.ui.signals import emit

# Newsroom guide lengths, in chữ (syllables): counts above them are shown in red.
TITLE_WORDS = 12
SAPO_WORDS = 50
NOTED_PARAGRAPH = "#fff3c4"  # the background of a paragraph that has notes
COUNT_DELAY_MS = 300  # words are counted again once typing pauses this long


@dataclass(frozen=True, slots=True)
class Counts:
    title: int
    sapo: int
    body: int


def count_texts(title: str, sapo: str, body: str) -> Counts:
    """The counts shown under the editor. The body is counted a paragraph at a time (photos
    and links never span a blank line), and a paragraph already counted is not counted again:
    after a pause in typing only the paragraphs that changed are. Counting 2 MB whole took
    0.9 s of processor and held the interpreter 70 ms at a stretch, a frozen window for
    whoever types meanwhile."""
    body_words = sum(_paragraph_words(paragraph) for paragraph in body.split("\n\n"))
    return Counts(count_words(title), count_words(sapo), body_words)


@lru_cache(maxsize=8192)
def _paragraph_words(paragraph: str) -> int:
    return count_body_words(paragraph)


def stored_text(article: Article) -> Article:
    """``article`` with its title, sapo and body cleaned as they are stored; the work grows
    with the text's length, so the window does it off the GUI thread."""
    return article.edited(
        title=clean_line(article.title),
        sapo=clean_block_in_pieces(article.sapo).strip(),
        body=clean_block_in_pieces(article.body),
    )


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of ``edit`` as typed, no-break spaces kept (:func:`document_text`)."""
    return document_text(edit.document())


def _blank(block: QTextBlock) -> bool:
    return not block.text().strip()


def _flag(count: int, limit: int) -> str:
    return f'<span style="color:#b00020">{count}</span>' if count > limit else str(count)


class EditorPanel(QWidget):
    """Emits ``changed`` on every edit a person makes (not when an article is loaded), and
    ``paragraphChanged`` (index) when the body's cursor moves to another paragraph.

    A keystroke costs work in proportion to what it changed, never to the article: the word
    counts are made again off the GUI thread once typing pauses, and the paragraph under the
    cursor is looked for again only when the lines around it changed shape.
    """

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
        self.highlighter = MarkdownHighlighter(self.body.document(), quiet=self.body)
        self.editing_keys = EditingKeys(self.body)
        self.format = FormatActions(self)
        self.toolbar = QToolBar()
        self.toolbar.addActions(list(self.format.all()))
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.sapo_label.setBuddy(self.sapo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.title, self.sapo_label, self.sapo, self.toolbar, self.body):
            layout.addWidget(widget)
        layout.setStretchFactor(self.body, 1)
        layout.addWidget(self.counts)

        self._paragraph = -1
        # Where the paragraph was last looked for: (block number, blocks, blank line); None
        # when an edit touched another line since.
        self._paragraph_place: tuple[int, int, bool] | None = None
        self._paragraphs: tuple[str, list[tuple[int, int]]] | None = None  # None: read again
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._counter = LatestOnlyLane(self)
        self._counts = Counts(0, 0, 0)
        self._counts_asked = 0
        self.photo_inserter = PhotoInserter(self.body, photos, self)
        self._connect()
        self.retranslateUi()
        self.setEnabled(False)

    def _connect(self) -> None:
        self._count_timer.timeout.connect(self._count)
        self._counter.done.connect(self._counted)
        for edit in (self.sapo, self.body):
            edit.textChanged.connect(self._edited)
            edit.pasteRefused.connect(self._paste_refused)
        self.body.document().contentsChange.connect(self._body_changed)
        self.body.cursorPositionChanged.connect(self._cursor_moved)
        self.body.cursorPositionChanged.connect(self._follow_cursor)
        self.photo_inserter.problemFound.connect(self.problemFound)
        self.title.textChanged.connect(self._title_edited)
        self.format.bold.triggered.connect(lambda: self._wrap("**", self.tr("bold text")))
        self.format.italic.triggered.connect(lambda: self._wrap("*", self.tr("italic text")))
        self.format.heading.triggered.connect(lambda: self._prefix("## "))
        self.format.numbered_list.triggered.connect(lambda: self._list(ordered=True))
        self.format.bullet_list.triggered.connect(lambda: self._list(ordered=False))
        self.format.quote.triggered.connect(lambda: self._prefix("> "))
        self.format.link.triggered.connect(self._link)
        self.format.image.triggered.connect(self.photo_inserter.choose)

    def retranslateUi(self) -> None:
        self.title.setPlaceholderText(self.tr("Title"))
        self.sapo_label.setText(self.tr("&Sapo (lead paragraph)"))
        self.sapo.setPlaceholderText(self.tr("Sapo: two or three sentences that sum it up"))
        self.body.setPlaceholderText(
            self.tr(
                "Write the article here. Select words and use the buttons above (or Ctrl+B, "
                "Ctrl+I, Ctrl+K) for bold, italic and links; Help lists every key."
            )
        )
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.format.retranslateUi()
        self._show_counts()

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
        self.highlighter.forget_cursor()
        self.body.setPlainText(article.body if article else "")
        del blockers
        self._follow_cursor()
        self.setEnabled(article is not None)
        self._count()
        self._paragraph_place = None
        self._cursor_moved()

    def copy_to(self, article: Article) -> Article:
        """``article`` with the text of this panel as it stands (see :func:`stored_text`)."""
        return article.edited(
            title=self.title.text(), sapo=plain_text(self.sapo), body=plain_text(self.body)
        )

    def apply_to(self, article: Article) -> Article:
        """``article`` with the text of this panel, cleaned as it is stored."""
        return stored_text(self.copy_to(article))

    # paragraphs --------------------------------------------------------------------------

    def _body_paragraphs(self) -> tuple[str, list[tuple[int, int]]]:
        """The body's text and its paragraphs' spans, read once per edit however often they
        are asked for (the cursor, the notes and their marks all ask)."""
        if self._paragraphs is None:
            text = plain_text(self.body)
            self._paragraphs = (text, paragraph_spans(text))
        return self._paragraphs

    def body_text(self) -> str:
        """The body as typed (see :func:`plain_text`), read once per edit."""
        return self._body_paragraphs()[0]

    def cursor_paragraph(self) -> int:
        """The paragraph the body's cursor is in (-1: the body has none)."""
        _text, spans = self._body_paragraphs()
        if not spans:
            return -1
        # As paragraph_at counts: the paragraphs that end before the cursor.
        before = bisect_left([end for _start, end in spans], self.body.textCursor().position())
        return min(before, len(spans) - 1)

    def paragraph_text(self, index: int) -> str:
        text, spans = self._body_paragraphs()
        if not 0 <= index < len(spans):
            return ""
        start, end = spans[index]
        return text[start:end]

    def mark_paragraphs(self, indexes: set[int]) -> None:
        """Give the paragraphs ``indexes`` (those with notes) a background."""
        if not indexes and not self.body.extraSelections():
            return  # nothing to mark, nothing marked: the body need not be read
        marked = QTextCharFormat()
        marked.setBackground(QColor(NOTED_PARAGRAPH))
        selections = []
        for index, (start, end) in enumerate(self._body_paragraphs()[1]):
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
        spans = self._body_paragraphs()[1]
        if not 0 <= index < len(spans):
            return
        cursor = self.body.textCursor()
        cursor.setPosition(spans[index][0])
        self.body.setTextCursor(cursor)
        self.body.centerCursor()
        self.body.setFocus()

    def _body_changed(self, position: int, removed: int, added: int) -> None:
        """An edit outside the cursor's line may move paragraphs: look again."""
        self._paragraphs = None
        block = self.body.textCursor().block()
        start, end = block.position(), block.position() + block.length()
        if not (start <= position and position + max(removed, added) <= end):
            self._paragraph_place = None

    def _cursor_moved(self) -> None:
        block = self.body.textCursor().block()
        place = (block.blockNumber(), self.body.document().blockCount(), _blank(block))
        if place == self._paragraph_place:
            return  # same line, same lines around it: same paragraph
        self._paragraph_place = place
        paragraph = self.cursor_paragraph()
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            emit(self.paragraphChanged, paragraph)

    def _follow_cursor(self) -> None:
        self.highlighter.follow_cursor(self.body.textCursor().block())

    # editing -------------------------------------------------------------------------------

    def _edited(self) -> None:
        self._count_timer.start()
        self._cursor_moved()
        emit(self.changed)

    def _title_edited(self, text: str) -> None:
        emit(self.titleEdited, text)
        self._edited()

    def _paste_refused(self, length: int) -> None:
        emit(
            self.problemFound,
            self.tr(
                "The text you pasted is too long: {length} characters, and at most {limit} "
                "can be pasted at once."
            ).format(length=QLocale().toString(length), limit=QLocale().toString(MAX_PASTE_CHARS)),
            self.tr(
                "Nothing was changed and the text is still on the clipboard: paste it in "
                "smaller parts, or shorten it first."
            ),
        )

    @property
    def counts_pending(self) -> bool:
        """Whether the counts shown may not yet be those of the text."""
        return self._count_timer.isActive() or self._counter.busy

    def _count(self) -> None:
        """Count the words of the text as it stands, off the GUI thread."""
        self._count_timer.stop()
        self._counts_asked += 1
        asked = self._counts_asked
        title, sapo, body = self.title.text(), plain_text(self.sapo), plain_text(self.body)
        self._counter.submit(lambda: (asked, count_texts(title, sapo, body)))

    def _counted(self, result: object) -> None:
        asked, counts = cast("tuple[int, Counts]", result)
        if asked == self._counts_asked:
            self._counts = counts
            self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        self.counts.setText(
            self.tr("Words: title {title}, sapo {sapo}, body {body}").format(
                title=_flag(counts.title, TITLE_WORDS),
                sapo=_flag(counts.sapo, SAPO_WORDS),
                body=counts.body,
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

    def _list(self, *, ordered: bool) -> None:
        cursor = self.body.textCursor()
        toggle_list(cursor, ordered=ordered)
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
