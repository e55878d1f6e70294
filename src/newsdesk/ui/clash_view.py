"""One clash of the merge view: your version and the site's side by side, the words that
differ highlighted, the version both started from folded away, and the choice."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Byline, FeaturedImage
from newsdesk.core.merge import TEXT_FIELDS, Choice, Clash
from newsdesk.text.dates import shown_datetime
from newsdesk.ui.signals import emit
from newsdesk.ui.word_diff import segments_html, word_diff

MINE_COLOUR = "#1f5fbf"
SITE_COLOUR = "#1b7a2f"
MINE_MARK = "#c6dcff"  # words that differ, on your side
SITE_MARK = "#c4ecc8"  # and on the site's
TEXT_STYLE = (
    "QLabel {{ background: white; color: {}; border: 1px solid #c8c8c8;"
    " border-left: 4px solid {}; padding: 6px; }}"
)
SET_ASIDE = "#8a8a8a"  # text and edge of a version that will not be kept
BASE_STYLE = (
    "QLabel { background: #f4f4f4; color: #555; border: 1px dashed #c8c8c8; padding: 6px; }"
)


def value_text(value: object) -> str:
    """A field's value as a person reads it (bylines, times and photos included)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return shown_datetime(value)
    if isinstance(value, FeaturedImage):
        name = value.path.replace("\\", "/").rsplit("/", 1)[-1]
        words = " — ".join(p for p in (value.caption, value.credit) if p)
        return f"{name} ({words})" if words else name
    if isinstance(value, tuple):
        return ", ".join(value_text(item) for item in value)
    if isinstance(value, Byline):
        return f"{value.role}: {value.name}" if value.role else value.name
    return str(value)


def _empty_html() -> str:
    words = QCoreApplication.translate("ClashView", "(empty)")
    return f'<i style="color:#777">{html.escape(words)}</i>'


def _text_label(style: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.setStyleSheet(style)
    return label


class ClashView(QGroupBox):
    """``choiceChanged`` follows the radio buttons; :meth:`choice` reads them."""

    choiceChanged = Signal()

    def __init__(self, clash: Clash, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(heading, parent)
        self.setStyleSheet("QGroupBox { font-weight: bold; }")  # the heading; not its contents
        self.clash = clash
        mine_text, site_text = value_text(clash.ours), value_text(clash.theirs)
        mine_segments, site_segments = word_diff(mine_text, site_text)
        self.mine_caption = QLabel()
        self.site_caption = QLabel()
        self.mine_caption.setStyleSheet(f"color: {MINE_COLOUR}; font-weight: bold;")
        self.site_caption.setStyleSheet(f"color: {SITE_COLOUR}; font-weight: bold;")
        self.mine = _text_label()
        self.site = _text_label()
        self.mine.setText(segments_html(mine_segments, MINE_MARK) or _empty_html())
        self.site.setText(segments_html(site_segments, SITE_MARK) or _empty_html())
        self.base_toggle = QToolButton()
        self.base_toggle.setCheckable(True)
        self.base_toggle.setAutoRaise(True)
        self.base_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.base_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.base = _text_label(BASE_STYLE)
        base_text = value_text(clash.base)
        self.base.setText(
            html.escape(base_text).replace("\n", "<br>") if base_text else _empty_html()
        )
        self.base.hide()
        self.keep_mine = QRadioButton()
        self.take_site = QRadioButton()
        self.keep_both = QRadioButton()
        self.keep_both.setEnabled(clash.field in TEXT_FIELDS)
        self._group = QButtonGroup(self)
        self._choices = {
            Choice.OURS: self.keep_mine,
            Choice.THEIRS: self.take_site,
            Choice.BOTH: self.keep_both,
        }
        for button in self._choices.values():
            self._group.addButton(button)
        self.keep_mine.setChecked(True)
        self._show_choice()

        sides = QGridLayout()
        sides.addWidget(self.mine_caption, 0, 0)
        sides.addWidget(self.site_caption, 0, 1)
        sides.addWidget(self.mine, 1, 0)
        sides.addWidget(self.site, 1, 1)
        sides.setColumnStretch(0, 1)
        sides.setColumnStretch(1, 1)
        radios = QHBoxLayout()
        for button in self._choices.values():
            radios.addWidget(button)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(sides)
        layout.addWidget(self.base_toggle)
        layout.addWidget(self.base)
        layout.addLayout(radios)

        self.base_toggle.toggled.connect(self._show_base)
        self._group.buttonToggled.connect(self._toggled)
        self.retranslateUi()

    def choice(self) -> Choice:
        return next(c for c, b in self._choices.items() if b.isChecked())

    def set_choice(self, choice: Choice) -> None:
        self._choices[choice].setChecked(True)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._show_choice()
            emit(self.choiceChanged)

    def _show_choice(self) -> None:
        """The version that will not be kept turns grey."""
        choice = self.choice()
        for label, colour, kept in (
            (self.mine, MINE_COLOUR, choice in {Choice.OURS, Choice.BOTH}),
            (self.site, SITE_COLOUR, choice in {Choice.THEIRS, Choice.BOTH}),
        ):
            label.setStyleSheet(
                TEXT_STYLE.format("black", colour)
                if kept
                else TEXT_STYLE.format(SET_ASIDE, SET_ASIDE)
            )

    def _show_base(self, shown: bool) -> None:
        self.base.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.base_toggle.setArrowType(arrow)

    def retranslateUi(self) -> None:
        self.mine_caption.setText(self.tr("Your version"))
        self.site_caption.setText(self.tr("The site's version"))
        self.base_toggle.setText(self.tr("The version before both changes"))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_site.setText(self.tr("Take the site's"))
        self.keep_both.setText(self.tr("Keep both"))
        if self.keep_both.isEnabled():
            self.keep_both.setToolTip(self.tr("Yours first, then the site's"))
        else:
            self.keep_both.setToolTip(self.tr("Only text can keep both versions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
