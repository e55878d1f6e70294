"""Compare versions: any two saved versions of an article side by side, the words that differ
marked on each side. It opens on the version the reporter last submitted and the current one,
so an editor's changes are plain to see."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry, content_fingerprint
from newsdesk.core.revision import Revision
from newsdesk.core.workflow import Action
from newsdesk.text.dates import shown_datetime
from newsdesk.ui.clash_view import value_text
from newsdesk.ui.word_diff import Segment, segments_html, word_diff
from newsdesk.ui.words import field_word, status_word

OLDER_MARK = "#ffd7d5"  # words only in the left version
NEWER_MARK = "#c4ecc8"  # words only in the right version
TEXT_FIELDS = ("title", "sapo", "body")
OTHER_FIELDS = ("category", "tags", "bylines", "featured_image", "source", "publish_at")


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def submitted_revision(revisions: list[Revision], entries: list[AuditEntry]) -> Revision | None:
    """The version the reporter last submitted: the one the last submit recorded (by its
    content), else the last one saved by the time of that submit, else the first one saved
    after it (on an editor's desk the article arrives after it was submitted)."""
    submits = [e for e in entries if e.action == Action.SUBMIT.value]
    if not submits or not revisions:
        return None
    last = submits[-1]
    matching = [r for r in revisions if content_fingerprint(r.article) == last.content_sha]
    if matching:
        return matching[-1]
    try:
        at = datetime.fromisoformat(last.at.replace("Z", "+00:00"))
    except ValueError:
        return None
    before = [r for r in revisions if _utc(r.saved_at) <= at]
    if before:
        return before[-1]
    return next((r for r in revisions if _utc(r.saved_at) > at), None)


class CompareDialog(QDialog):
    def __init__(
        self,
        revisions: list[Revision],
        entries: list[AuditEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.revisions = list(revisions)
        self._submitted = submitted_revision(self.revisions, entries)
        self.left_choice = QComboBox()
        self.right_choice = QComboBox()
        self.left_label = QLabel()
        self.right_label = QLabel()
        self.left_label.setBuddy(self.left_choice)
        self.right_label.setBuddy(self.right_choice)
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.segments: dict[str, tuple[list[Segment], list[Segment]]] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.left_label, 0, 0)
        grid.addWidget(self.right_label, 0, 1)
        grid.addWidget(self.left_choice, 1, 0)
        grid.addWidget(self.right_choice, 1, 1)
        grid.addWidget(self.left, 2, 0)
        grid.addWidget(self.right, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)
        # Both sides scroll together: the same place of the article stays side by side.
        self.left.verticalScrollBar().valueChanged.connect(self._follow_left)
        self.right.verticalScrollBar().valueChanged.connect(self._follow_right)
        self.left_choice.currentIndexChanged.connect(self.compare)
        self.right_choice.currentIndexChanged.connect(self.compare)
        self.resize(1180, 760)
        self.retranslateUi()
        self._choose_defaults()

    def retranslateUi(self) -> None:
        title = self.revisions[-1].article.title if self.revisions else ""
        self.setWindowTitle(self.tr("Compare versions: {title}").format(title=title))
        self.intro.setText(
            self.tr(
                "Words only in the older version are marked red on the left; words only in the "
                "newer one green on the right."
            )
        )
        self.left_label.setText(self.tr("&Older version:"))
        self.right_label.setText(self.tr("&Newer version:"))
        for combo in (self.left_choice, self.right_choice):
            current = combo.currentIndex()
            with QSignalBlocker(combo):
                combo.clear()
                for revision in self.revisions:
                    combo.addItem(self._describe(revision), revision.version)
                combo.setCurrentIndex(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.compare()
        super().changeEvent(event)

    def _describe(self, revision: Revision) -> str:
        when = shown_datetime(_utc(revision.saved_at))
        text = self.tr("Version {n}, {time}, {status}").format(
            n=revision.version, time=when, status=status_word(revision.article.status)
        )
        if revision is self._submitted:
            text += self.tr(" (as submitted)")
        if revision is self.revisions[-1]:
            text += self.tr(" (current)")
        return text

    def _choose_defaults(self) -> None:
        if not self.revisions:
            return
        right = len(self.revisions) - 1
        left = self.revisions.index(self._submitted) if self._submitted else 0
        if left == right and right > 0:
            left = right - 1
        self.choose(left, right)

    def choose(self, left: int, right: int) -> None:
        """Compare the versions at positions ``left`` and ``right`` of the list."""
        for combo, index in ((self.left_choice, left), (self.right_choice, right)):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)
        self.compare()

    def chosen(self) -> tuple[Article, Article] | None:
        left, right = self.left_choice.currentIndex(), self.right_choice.currentIndex()
        if left < 0 or right < 0:
            return None
        return self.revisions[left].article, self.revisions[right].article

    def compare(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        older, newer = chosen
        self.segments = {}
        left_parts: list[str] = []
        right_parts: list[str] = []
        for name in TEXT_FIELDS + OTHER_FIELDS:
            old_text = value_text(getattr(older, name))
            new_text = value_text(getattr(newer, name))
            if name in OTHER_FIELDS and old_text == new_text:
                continue
            sides = word_diff(old_text, new_text)
            self.segments[name] = sides
            heading = f"<h3>{html.escape(field_word(name))}</h3>"
            left_parts.append(heading + _block(sides[0], OLDER_MARK))
            right_parts.append(heading + _block(sides[1], NEWER_MARK))
        self.left.setHtml("".join(left_parts))
        self.right.setHtml("".join(right_parts))

    def changed_words(self, field: str) -> tuple[list[str], list[str]]:
        """The marked runs of ``field`` on each side."""
        older, newer = self.segments.get(field, ([], []))
        return [s.text for s in older if s.changed], [s.text for s in newer if s.changed]

    def _follow_left(self, value: int) -> None:
        self._follow(self.left, self.right, value)

    def _follow_right(self, value: int) -> None:
        self._follow(self.right, self.left, value)

    @staticmethod
    def _follow(source: QTextBrowser, other: QTextBrowser, value: int) -> None:
        top = source.verticalScrollBar().maximum()
        bar = other.verticalScrollBar()
        if top > 0 and bar.maximum() > 0:
            with QSignalBlocker(bar):
                bar.setValue(round(value * bar.maximum() / top))


def _block(segments: list[Segment], mark: str) -> str:
    text = segments_html(segments, mark)
    return f"<p>{text}</p>" if text else '<p style="color:#777">—</p>'
