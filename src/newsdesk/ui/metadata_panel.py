"""Everything about an article besides its text: site, category, tags, bylines, featured
image, slug, source and publish time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.core.site import Site
from newsdesk.store import PhotoFolder
from newsdesk.text.normalize import clean_line
from newsdesk.text.slug import slugify
from newsdesk.ui.bylines_editor import BylinesEditor
from newsdesk.ui.forms import add_rows, set_row_labels
from newsdesk.ui.image_chooser import ImageChooser
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.vietnam_time_edit import VietnamTimeEdit


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from "a, b ,, c": each cleaned, empty ones and duplicates dropped, order kept."""
    tags = (clean_line(part) for part in text.split(","))
    return tuple(dict.fromkeys(t for t in tags if t))


class MetadataPanel(QScrollArea):
    changed = Signal()
    siteChosen = Signal(str)

    def __init__(self, photos: PhotoFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sites: list[Site] = []
        self._title = ""
        self._slug_follows_title = True
        self.site = QComboBox()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setLineEdit(NfcLineEdit())
        self.tags = NfcLineEdit()
        self.bylines = BylinesEditor()
        self.image = ImageChooser(photos)
        self.slug = NfcLineEdit()
        self.propose_slug_button = QToolButton()
        self.source = NfcLineEdit()
        self.scheduled = QCheckBox()
        self.publish_at = VietnamTimeEdit()  # shown in Vietnam time, stored in UTC
        self.publish_at.setEnabled(False)
        self.bylines_label = QLabel()
        self._build_layout()
        self._connect()
        self.retranslateUi()
        self.setEnabled(False)

    def _build_layout(self) -> None:
        slug_row = QHBoxLayout()
        slug_row.addWidget(self.slug, 1)
        slug_row.addWidget(self.propose_slug_button)
        time_row = QHBoxLayout()
        time_row.addWidget(self.scheduled)
        time_row.addWidget(self.publish_at, 1)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add_rows(self.form, (self.site, self.category, self.tags, slug_row, self.source, time_row))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self.form)
        layout.addWidget(self.bylines_label)
        layout.addWidget(self.bylines)
        layout.addWidget(self.image)
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)

    def _connect(self) -> None:
        self.site.activated.connect(self._site_activated)
        self.category.currentTextChanged.connect(self.changed)
        for edit in (self.tags, self.source):
            edit.textChanged.connect(self.changed)
        self.slug.textEdited.connect(self._slug_edited)
        self.slug.textChanged.connect(self.changed)
        self.propose_slug_button.clicked.connect(self._propose_slug_clicked)
        self.scheduled.toggled.connect(self._scheduled_toggled)
        self.publish_at.dateTimeChanged.connect(self.changed)
        self.bylines.changed.connect(self.changed)
        self.image.changed.connect(self.changed)

    def retranslateUi(self) -> None:
        labels = (
            self.tr("Site:"),
            self.tr("Category:"),
            self.tr("Tags:"),
            self.tr("Slug:"),
            self.tr("Source:"),
            self.tr("Publish time:"),
        )
        set_row_labels(self.form, labels)
        self.site.setToolTip(self.tr("The site the article goes to; its categories are offered"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self._show_slug_proposal()
        self.propose_slug_button.setText(self.tr("From title"))
        self.propose_slug_button.setToolTip(self.tr("Make the slug from the title"))
        self.source.setPlaceholderText(self.tr("e.g. Theo TTXVN"))
        self.scheduled.setText(self.tr("Schedule"))
        self.bylines_label.setText(self.tr("Bylines"))
        self._fill_site_names()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # sites ---------------------------------------------------------------------------------

    def set_sites(self, sites: list[Site], chosen: str) -> None:
        self._sites = list(sites)
        self._fill_site_names(chosen)

    def chosen_site(self) -> Site | None:
        index = self.site.currentIndex()
        return self._sites[index] if 0 <= index < len(self._sites) else None

    def _fill_site_names(self, chosen: str | None = None) -> None:
        current = chosen if chosen is not None else self.site.currentText()
        with QSignalBlocker(self.site):
            self.site.clear()
            for site in self._sites:
                self.site.addItem(site.name)
            if not self._sites:
                self.site.addItem(self.tr("(no site yet: add one under Sites…)"))
            index = self.site.findText(current)
            self.site.setCurrentIndex(max(index, 0))
        self._fill_categories()

    def _site_activated(self, _index: int) -> None:
        self._fill_categories()
        site = self.chosen_site()
        if site is not None:
            emit(self.siteChosen, site.name)

    def _fill_categories(self) -> None:
        site = self.chosen_site()
        current = self.category.currentText()
        with QSignalBlocker(self.category):
            self.category.clear()
            self.category.addItem("")
            for term in site.categories if site else ():
                self.category.addItem(term.name)
            self.category.setCurrentText(current)

    # the article ---------------------------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        """Show ``article``'s details without emitting ``changed``."""
        widgets = (self.category, self.tags, self.slug, self.source, self.publish_at)
        blockers = [QSignalBlocker(w) for w in (*widgets, self.scheduled)]
        self.category.setCurrentText(article.category if article else "")
        self.tags.setText(", ".join(article.tags) if article else "")
        self.slug.setText(article.slug if article else "")
        self.source.setText(article.source if article else "")
        when = article.publish_at if article else None
        self.scheduled.setChecked(when is not None)
        self.publish_at.setEnabled(when is not None)
        moment = when or datetime.now(UTC)
        self.publish_at.set_moment(moment)
        del blockers
        with QSignalBlocker(self.bylines), QSignalBlocker(self.image):
            self.bylines.set_bylines(article.bylines if article else ())
            self.image.set_image(article.featured_image if article else None)
        self._title = article.title if article else ""
        self._slug_follows_title = article is not None and article.slug in (
            "",
            slugify(article.title),
        )
        self._show_slug_proposal()
        self.setEnabled(article is not None)

    def apply_to(self, article: Article) -> Article:
        publish_at = None
        if self.scheduled.isChecked():
            publish_at = self.publish_at.moment()
        return article.edited(
            category=clean_line(self.category.currentText()),
            tags=split_tags(self.tags.text()),
            bylines=self.bylines.bylines(),
            featured_image=self.image.image(),
            slug=clean_line(self.slug.text()),
            source=clean_line(self.source.text()),
            publish_at=publish_at,
        )

    # slug ----------------------------------------------------------------------------------

    def follow_title(self, title: str) -> None:
        """The title changed: propose the slug from it unless the person wrote their own."""
        self._title = title
        if self._slug_follows_title:
            self.slug.setText(slugify(title))
        self._show_slug_proposal()

    def _show_slug_proposal(self) -> None:
        """An empty slug shows what the site will make from the title."""
        proposal = slugify(self._title)
        self.slug.setPlaceholderText(proposal or self.tr("web address of the article"))

    def _slug_edited(self, text: str) -> None:
        self._slug_follows_title = not text

    def _propose_slug_clicked(self) -> None:
        self._slug_follows_title = True
        self.slug.setText(slugify(self._title))

    def _scheduled_toggled(self, on: bool) -> None:
        self.publish_at.setEnabled(on)
        emit(self.changed)
