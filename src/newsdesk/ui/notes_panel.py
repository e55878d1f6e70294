"""Notes beside the editor: threads grouped by the paragraph they are about, replies under
the note they answer, and notes whose paragraph was deleted under "On removed text" with the
words they were about.

The notes are drawn as rich text, so long notes wrap in a narrow panel; a paragraph's heading
links to the paragraph, and each note has a Reply link.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from newsdesk.core.merge import paragraphs
from newsdesk.core.notes import Note, locate, threads
from newsdesk.ui.nfc_text import NfcPlainTextEdit
from newsdesk.ui.returned_banner import shown_time
from newsdesk.ui.signals import emit

QUOTE_CHARS = 90
NOTE_LINES = 4  # height of the box a new note is written in


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(slots=True)
class NoteGroups:
    """An article's threads by where they point now."""

    whole: list[list[Note]] = field(default_factory=list)
    by_paragraph: dict[int, list[list[Note]]] = field(default_factory=dict)
    removed: list[list[Note]] = field(default_factory=list)


def group_notes(notes: list[Note], body: str) -> NoteGroups:
    groups = NoteGroups()
    for thread in threads(notes):
        anchor = thread[0].anchor
        if anchor.index < 0:
            groups.whole.append(thread)
            continue
        where = locate(anchor, body)
        if where is None:
            groups.removed.append(thread)
        else:
            groups.by_paragraph.setdefault(where, []).append(thread)
    return groups


class NotesPanel(QWidget):
    """``addRequested`` carries (paragraph index, text); ``replyRequested`` (note id, text);
    ``paragraphChosen`` a paragraph index to show in the editor."""

    addRequested = Signal(int, str)
    replyRequested = Signal(str, str)
    paragraphChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paragraph = -1
        self._quote = ""
        self._notes: list[Note] = []
        self._body = ""
        self._replying: Note | None = None
        self.groups = NoteGroups()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.text = NfcPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * NOTE_LINES + 12)
        self.target.setBuddy(self.text)
        self.add_button = QPushButton()
        self.reply_button = QPushButton()
        # One above the other: the panel stays narrow beside the editor.
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.target)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

        self.text.textChanged.connect(self._update_buttons)
        self.view.anchorClicked.connect(self.follow_link)
        self.add_button.clicked.connect(self._add)
        self.reply_button.clicked.connect(self._reply)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("Add &note on this paragraph"))
        self.add_button.setToolTip(self.tr("A note on the paragraph where the cursor is"))
        self.reply_button.setText(self.tr("Re&ply"))
        self.reply_button.setToolTip(self.tr("Answer the note chosen with its Reply link"))
        self.text.setPlaceholderText(self.tr("Write a note…"))
        self._show_target()
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # content -------------------------------------------------------------------------------

    def set_notes(self, notes: list[Note], body: str) -> None:
        """Show ``notes`` placed on the paragraphs of ``body`` as it is now."""
        self._notes, self._body = list(notes), body
        self.groups = group_notes(self._notes, body)
        if self._replying is not None:
            self._replying = next((n for n in notes if n.id == self._replying.id), None)
        self._draw()
        self._show_target()
        self._update_buttons()

    def set_paragraph(self, index: int, quote: str) -> None:
        """The paragraph a new note will be about (-1: the article has none)."""
        self._paragraph, self._quote = index, quote
        self._show_target()
        self._update_buttons()

    def clear_text(self) -> None:
        self.text.clear()
        self._replying = None
        self._draw()
        self._show_target()

    def reply_to(self, note_id: str) -> None:
        """Make the note ``note_id`` the one Reply answers."""
        self._replying = next((n for n in self._notes if n.id == note_id), None)
        self._draw()
        self._show_target()
        self._update_buttons()
        self.text.setFocus()

    def replying_to(self) -> str:
        return self._replying.id if self._replying else ""

    def shown_text(self) -> str:
        """The notes as the panel shows them, as plain text."""
        return self.view.toPlainText()

    def follow_link(self, url: QUrl) -> None:
        kind, _colon, value = url.toString().partition(":")
        if kind == "note":
            self.reply_to(value)
        elif kind == "paragraph" and value.isdigit():
            emit(self.paragraphChosen, int(value))

    # drawing -------------------------------------------------------------------------------

    def _draw(self) -> None:
        scroll = self.view.verticalScrollBar().value()
        if not self._notes:
            self.view.setHtml(
                "<p style='color:#666'>"
                + html.escape(
                    self.tr(
                        "No notes yet. Put the cursor in a paragraph, write a note below and "
                        "add it. Notes go to everyone working on the article, never to readers."
                    )
                )
                + "</p>"
            )
            return
        parts = paragraphs(self._body)
        out: list[str] = []
        groups = self.groups
        if groups.whole:
            out.append(_heading(self.tr("The whole article")))
            out.extend(self._thread(thread) for thread in groups.whole)
        for index in sorted(groups.by_paragraph):
            quote = short_quote(parts[index]) if index < len(parts) else ""
            title = self.tr("Paragraph {n}").format(n=index + 1)
            out.append(_heading(title, f"paragraph:{index}", quote))
            out.extend(self._thread(thread) for thread in groups.by_paragraph[index])
        if groups.removed:
            out.append(_heading(self.tr("On removed text")))
            for thread in groups.removed:
                was = self.tr("Was: “{quote}”").format(quote=short_quote(thread[0].anchor.quote))
                out.append(f"<p style='margin:2px 0 0 8px; color:#7a4b00'><i>{_e(was)}</i></p>")
                out.append(self._thread(thread))
        self.view.setHtml("".join(out))
        self.view.verticalScrollBar().setValue(scroll)

    def _thread(self, thread: list[Note]) -> str:
        depth = {thread[0].id: 0}
        out = []
        for note in thread:
            level = 0 if note is thread[0] else depth.get(note.parent, 0) + 1
            depth[note.id] = level
            out.append(self._note(note, level))
        return "".join(out)

    def _note(self, note: Note, level: int) -> str:
        who = note.author_name or note.author
        stamp = f"{who} · {shown_time(note.created_at)}"
        if not note.sent:
            stamp += " · " + self.tr("not sent yet")
        chosen = self._replying is not None and self._replying.id == note.id
        background = "background-color:#e3eefc;" if chosen else ""
        text = _e(note.text).replace("\n", "<br>")
        reply = self.tr("Reply")
        return (
            f"<p style='margin:4px 0 2px {8 + 16 * level}px; {background}'>"
            f"<span style='color:#666; font-size:small'>{_e(stamp)}</span><br>{text} "
            f"<a href='note:{_e(note.id)}'>{_e(reply)}</a></p>"
        )

    def _show_target(self) -> None:
        if self._replying is not None:
            self.target.setText(
                self.tr("Reply to {who}: “{quote}”").format(
                    who=self._replying.author_name or self._replying.author,
                    quote=short_quote(self._replying.text, 60),
                )
            )
        elif self._paragraph < 0:
            self.target.setText(self.tr("The article has no paragraph to note yet."))
        else:
            self.target.setText(
                self.tr("New note on paragraph {n}: “{quote}”").format(
                    n=self._paragraph + 1, quote=short_quote(self._quote, 60)
                )
            )

    def _update_buttons(self) -> None:
        written = bool(self.text.toPlainText().strip())
        self.add_button.setEnabled(written and self._paragraph >= 0)
        self.reply_button.setEnabled(written and self._replying is not None)

    # requests ------------------------------------------------------------------------------

    def _add(self) -> None:
        text = self.text.toPlainText().strip()
        if text and self._paragraph >= 0:
            emit(self.addRequested, self._paragraph, text)

    def _reply(self) -> None:
        text = self.text.toPlainText().strip()
        if text and self._replying is not None:
            emit(self.replyRequested, self._replying.id, text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _heading(title: str, link: str = "", quote: str = "") -> str:
    shown = f"<a href='{link}'>{_e(title)}</a>" if link else _e(title)
    after = f": <i>“{_e(quote)}”</i>" if quote else ""
    return f"<p style='margin:10px 0 0 0'><b>{shown}</b>{after}</p>"
