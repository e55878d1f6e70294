"""The merge view: every place where this desk and the site changed the article differently,
side by side, a choice for each, and the article as it will be."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.merge import Choice, Clash, MergeResult, merge3, paragraphs, resolve
from newsdesk.ui.clash_view import ClashView, value_text
from newsdesk.ui.words import field_word

CHOSEN_MARK = "#fff1b8"  # in the preview: text that came from a choice


class MergeDialog(QDialog):
    """Accepting means "apply": :meth:`decided` is then the article to keep."""

    def __init__(
        self,
        conflict: PendingConflict,
        mine: Article,
        site_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.site_name = site_name
        self.merge: MergeResult = merge3(conflict.base, mine, conflict.theirs)
        self._paragraphs = _paragraph_numbers(self.merge)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.clash_views = [ClashView(clash, "") for clash in self.merge.clashes]
        clashes = QWidget()
        column = QVBoxLayout(clashes)
        for view in self.clash_views:
            column.addWidget(view)
            view.choiceChanged.connect(self._update_preview)
        column.addStretch(1)
        self.clash_area = QScrollArea()
        self.clash_area.setWidgetResizable(True)
        self.clash_area.setWidget(clashes)
        self.preview_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        result_box = QWidget()
        result_column = QVBoxLayout(result_box)
        result_column.setContentsMargins(0, 0, 0, 0)
        result_column.addWidget(self.preview_label)
        result_column.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.clash_area)
        self.splitter.addWidget(result_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.apply_button = QPushButton()
        self.apply_button.setDefault(True)
        self.apply_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 800)
        self.retranslateUi()

    def choices(self) -> dict[int, Choice]:
        return {view.clash.index: view.choice() for view in self.clash_views}

    def decided(self) -> Article:
        """The article with every clash settled as chosen."""
        return resolve(self.merge, self.choices())

    def view_for(self, field: str) -> list[ClashView]:
        return [view for view in self.clash_views if view.clash.field == field]

    def heading(self, clash: Clash) -> str:
        if clash.field != "body":
            return field_word(clash.field)
        first, last = self._paragraphs[clash.index]
        if first == last:
            return self.tr("Body, paragraph {n}").format(n=first)
        return self.tr("Body, paragraphs {first}–{last}").format(first=first, last=last)

    def retranslateUi(self) -> None:
        title = self.merge.merged.title or self.tr("(untitled)")
        self.setWindowTitle(self.tr("Compare versions: {title}").format(title=title))
        if self.merge.clashes:
            self.intro.setText(
                self.tr(
                    "“{title}” was changed here and on “{site}” in the same places. For each "
                    "place, choose the version to keep; the words that differ are highlighted. "
                    "Changes made on only one side are already in the result."
                ).format(title=title, site=self.site_name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "The versions no longer clash: the changes made here and on “{site}” fit "
                    "together. Apply keeps both and sends the result."
                ).format(site=self.site_name)
            )
        for view in self.clash_views:
            view.setTitle(self.heading(view.clash))
        self.preview_label.setText(self.tr("The article after your choices"))
        self.apply_button.setText(self.tr("&Apply and send"))
        self.apply_button.setToolTip(
            self.tr("Keep the chosen versions and send the article to the site")
        )
        self._update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # preview -------------------------------------------------------------------------------

    def _update_preview(self) -> None:
        choices = self.choices()
        decided = resolve(self.merge, choices)
        chosen = {clash.field for clash in self.merge.clashes}
        parts = [f"<h2>{_mark(decided.title, marked='title' in chosen)}</h2>"]
        if decided.sapo:
            parts.append(f"<p><b>{_mark(decided.sapo, marked='sapo' in chosen)}</b></p>")
        for field in sorted(chosen - {"title", "sapo", "body"}):
            value = value_text(getattr(decided, field))
            parts.append(
                f"<p><i>{html.escape(field_word(field))}:</i> {_mark(value, marked=True)}</p>"
            )
        for part in self.merge.body_parts:
            if isinstance(part, str):
                parts.append(f"<p>{_mark(part, marked=False)}</p>")
                continue
            choice = choices.get(part.index, Choice.OURS)
            for text in _picked(part, choice):
                parts.extend(f"<p>{_mark(p, marked=True)}</p>" for p in paragraphs(text))
        self.preview.setHtml("".join(parts))


def _picked(clash: Clash, choice: Choice) -> list[str]:
    """The texts a body clash leaves in the article, as :func:`resolve` assembles them."""
    if choice is Choice.THEIRS:
        return [str(clash.theirs)]
    if choice is Choice.BOTH:
        return [str(clash.ours), str(clash.theirs)]
    return [str(clash.ours)]


def _mark(text: str, *, marked: bool) -> str:
    escaped = html.escape(text).replace("\n", "<br>")
    if marked and escaped:
        return f'<span style="background-color:{CHOSEN_MARK}">{escaped}</span>'
    return escaped


def _paragraph_numbers(result: MergeResult) -> dict[int, tuple[int, int]]:
    """For each body clash, the numbers of its first and last paragraph in your version."""
    numbers: dict[int, tuple[int, int]] = {}
    number = 1
    for part in result.body_parts:
        if isinstance(part, str):
            number += 1
            continue
        count = max(len(paragraphs(str(part.ours))), 1)
        numbers[part.index] = (number, number + count - 1)
        number += count
    return numbers
