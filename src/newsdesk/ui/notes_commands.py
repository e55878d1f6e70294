"""What the notes panel does: add a note on the paragraph under the cursor, reply, and keep
the panel and the editor's marks in step with the text as it changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.core.changes import Changes
from newsdesk.ui.desk_services import DeskServices
from newsdesk.ui.editor import EditorPanel
from newsdesk.ui.notes_panel import NotesPanel
from newsdesk.ui.signals import emit

PLACE_DELAY_MS = 400  # notes are placed again this long after the last keystroke


class NotesCommands(QObject):
    """``status`` is a message for the status bar."""

    status = Signal(str)

    def __init__(
        self,
        services: DeskServices,
        *,
        editor: EditorPanel,
        panel: NotesPanel,
    ) -> None:
        super().__init__(panel)
        self._desk = services
        self._editor = editor
        self._panel = panel
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PLACE_DELAY_MS)
        self._timer.timeout.connect(self.show)

    def show(self) -> None:
        """Read the open article's notes and place them on its text as it stands."""
        self._timer.stop()
        article_id = self._desk.session.article_id
        notes = self._desk.store.notes(article_id) if article_id else []
        self._panel.set_notes(notes, self._editor.body_text())
        self._editor.mark_paragraphs(set(self._panel.groups.by_paragraph))
        self._panel.setEnabled(bool(article_id))
        self.follow_cursor(self._editor.cursor_paragraph())

    def text_edited(self) -> None:
        """Paragraphs may have moved: place the notes again once typing pauses."""
        self._timer.start()

    def follow_cursor(self, paragraph: int) -> None:
        self._panel.set_paragraph(paragraph, self._editor.paragraph_text(paragraph))

    def add(self, paragraph: int, text: str) -> None:
        self._write(text, paragraph=paragraph)

    def reply(self, parent: str, text: str) -> None:
        self._write(text, paragraph=-1, parent=parent)

    def _write(self, text: str, *, paragraph: int, parent: str = "") -> None:
        article_id = self._desk.session.article_id
        if not article_id:
            return
        self._desk.session.flush()  # the note quotes the paragraph as it is stored
        self._desk.operations.run(
            lambda: self._desk.workflow.add_note(
                article_id, text, paragraph=paragraph, parent=parent
            ),
            then=self._written,
        )

    def _written(self, _changes: Changes) -> None:
        self._panel.clear_text()
        if self._desk.sync.offline:
            emit(self.status, self.tr("Note kept; it goes out when you work online again."))
        else:
            self._desk.sync.sync(manual=False)
