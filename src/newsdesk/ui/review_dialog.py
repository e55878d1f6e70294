"""Review queue: everything submitted on a site, waiting for an editor. Who sent it, when (in
Vietnam time), its category, its length in chữ and how long it has waited; filter by category
and words, sort by any column; Open brings the article here for editing."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import DeskRole, Site
from newsdesk.desk import Desk
from newsdesk.sites.base import RemotePost
from newsdesk.sites.mapping import bylines_from_json
from newsdesk.text.count import count_body_words, count_words
from newsdesk.text.dates import shown_datetime
from newsdesk.text.fold import fold
from newsdesk.ui.nfc_text import NfcLineEdit
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import message_word

TITLE, WHO, SUBMITTED, CATEGORY, LENGTH, WAITING = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORIES_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
_TAG = re.compile(r"<[^>]+>")
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def submitted_at(post: RemotePost) -> datetime | None:
    """When the post was submitted, from the site's GMT date; None when it has none."""
    try:
        moment = datetime.fromisoformat(post.date_gmt)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def shown_author(post: RemotePost) -> str:
    """The site's author name; else the bylines the reporter wrote into the article."""
    if post.author_name:
        return post.author_name
    return ", ".join(b.name for b in bylines_from_json(post.meta.bylines_json))


def post_words(post: RemotePost) -> int:
    """The article's length in chữ: its Markdown when the post carries it, else its HTML."""
    if post.meta.markdown:
        return count_body_words(post.meta.markdown)
    return count_words(html.unescape(_TAG.sub(" ", post.content_html)))


def category_names(post: RemotePost, site: Site | None) -> tuple[str, ...]:
    names = {term.id: term.name for term in site.categories} if site else {}
    return tuple(names.get(i, f"#{i}") for i in post.category_ids)


def waiting_text(waited: timedelta) -> str:
    """How long something has waited, in the largest two units that matter."""
    minutes = max(int(waited.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("ReviewDialog", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("ReviewDialog", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("ReviewDialog", "{m} min").format(m=mins)


@dataclass(frozen=True, slots=True)
class QueueRow:
    post_id: int
    title: str
    who: str
    submitted: datetime | None
    categories: tuple[str, ...]
    words: int
    photos_waiting: int = 0  # the reporter's photos the site keeps until an editor approves

    @classmethod
    def of(cls, post: RemotePost, site: Site | None) -> QueueRow:
        return cls(
            post.id,
            post.title,
            shown_author(post),
            submitted_at(post),
            category_names(post, site),
            post_words(post),
            (post.held_photo is not None) + len(post.held_body_photos),
        )


class QueueFilter(QSortFilterProxyModel):
    """Rows of one category (or any) whose title or author hold the words typed, accents and
    case ignored ("thuy" finds "Thủy")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_category(self, name: str) -> None:
        self._begin()
        self._category = name
        self._end()

    def set_text(self, text: str) -> None:
        self._begin()
        self._words = fold(text).split()
        self._end()

    # Qt 6.9 brackets a filter change; earlier versions are told afterwards.
    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        first = model.index(source_row, TITLE, source_parent)
        if self._category:
            categories = model.data(first, CATEGORIES_ROLE) or ()
            if self._category not in categories:
                return False
        haystack = str(model.data(first, SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class ReviewDialog(QDialog):
    """``articleOpened`` carries the local id of a submission brought in by Open."""

    articleOpened = Signal(int)

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        clock: Clock = _utc_now,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._clock = clock
        self._asked = 0  # answers to older requests are dropped
        self.site = QComboBox()
        self.site_label = QLabel()
        self.site_label.setBuddy(self.site)
        self.category = QComboBox()
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        self.search = NfcLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 6, self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.sortByColumn(SUBMITTED, Qt.SortOrder.AscendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (WHO, SUBMITTED, CATEGORY, LENGTH, WAITING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        for site in desk.store.list_sites():
            if site.desk_role is DeskRole.EDITOR:
                self.site.addItem(site.name)
        self._build_layout()
        self._connect()
        self.resize(980, 480)
        self.retranslateUi()
        self._update_buttons()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addWidget(self.site)
        top.addSpacing(12)
        top.addWidget(self.category_label)
        top.addWidget(self.category)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self._open)
        self.view.doubleClicked.connect(lambda *_: self._open())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.site.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.search.textChanged.connect(self._search_changed)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Review queue"))
        self.site_label.setText(self.tr("&Site:"))
        self.category_label.setText(self.tr("&Category:"))
        self.search.setPlaceholderText(self.tr("Filter by title or reporter"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Reporter"),
                self.tr("Submitted"),
                self.tr("Category"),
                self.tr("Length"),
                self.tr("Waiting"),
            ]
        )
        self.model.setHeaderData(
            SUBMITTED,
            Qt.Orientation.Horizontal,
            self.tr("When it was submitted, in Vietnam time"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.model.setHeaderData(
            LENGTH,
            Qt.Orientation.Horizontal,
            self.tr("Length of the text in words (chữ: syllables, as the newsroom counts)"),
            Qt.ItemDataRole.ToolTipRole,
        )
        with QSignalBlocker(self.category):
            if self.category.count() == 0:
                self.category.addItem("", "")
            self.category.setItemText(0, self.tr("All categories"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Bring the article here to edit and review it"))
        if self.site.count() == 0:
            self.status.setText(
                self.tr("None of your sites lets you review: only editors see the queue.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # reading the queue ---------------------------------------------------------------------

    def refresh(self) -> None:
        name = self.site.currentText()
        if not name:
            return
        self._asked += 1
        asked = self._asked
        self._busy(self.tr("Reading the queue from “{site}”…").format(site=name))
        self._tasks.run(
            lambda: self._desk.review_queue(name),
            lambda posts: self._answered(asked, name, posts),
            self._fail,
        )

    def _answered(self, asked: int, site_name: str, posts: list[RemotePost]) -> None:
        if asked == self._asked:
            self.show_posts(site_name, posts)

    def show_posts(self, site_name: str, posts: list[RemotePost]) -> None:
        """Show the queue of ``site_name`` (a newer reading replaces the rows)."""
        if site_name != self.site.currentText():
            return
        site = self._desk.store.find_site(site_name)
        now = self._clock()
        current = self._current_post()
        self.model.removeRows(0, self.model.rowCount())
        for post in posts:
            self.model.appendRow(self._row(QueueRow.of(post, site), now))
        self._fill_categories(site)
        self.view.resizeColumnToContents(WHO)
        self._select_post(current[0] if current else 0)
        self._update_buttons()
        self._show_count()

    def _row(self, row: QueueRow, now: datetime) -> list[QStandardItem]:
        def cell(text: str, key: object) -> QStandardItem:
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            item.setEditable(False)
            return item

        waited = now - row.submitted if row.submitted else None
        title = cell(row.title, fold(row.title))
        title.setData(row.post_id, ID_ROLE)
        title.setData(row.categories, CATEGORIES_ROLE)
        title.setData(fold(f"{row.title} {row.who}"), SEARCH_ROLE)
        title.setToolTip(row.title)
        if row.photos_waiting:
            title.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView))
            title.setToolTip(
                self.tr(
                    "{title}\n{n} photo(s) from the reporter wait for your approval: open the "
                    "article to see them; approving it here puts them in."
                ).format(title=row.title, n=row.photos_waiting)
            )
        submitted = row.submitted.isoformat() if row.submitted else ""
        length = cell(self.tr("{n} words").format(n=row.words), row.words)
        length.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [
            title,
            cell(row.who, fold(row.who)),
            cell(
                shown_datetime(row.submitted) if row.submitted else "",
                submitted,
            ),
            cell(", ".join(row.categories), fold(", ".join(row.categories))),
            length,
            cell(
                waiting_text(waited) if waited is not None else "",
                waited.total_seconds() if waited is not None else -1.0,
            ),
        ]

    def _fill_categories(self, site: Site | None) -> None:
        chosen = self.category.currentData() or ""
        names: list[str] = [term.name for term in site.categories] if site else []
        for row in range(self.model.rowCount()):
            for name in self.model.item(row, TITLE).data(CATEGORIES_ROLE) or ():
                if name not in names:
                    names.append(name)
        with QSignalBlocker(self.category):
            while self.category.count() > 1:
                self.category.removeItem(1)
            for name in names:
                self.category.addItem(name, name)
            self.category.setCurrentIndex(max(self.category.findData(chosen), 0))
        self.proxy.set_category(self.category.currentData() or "")

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.status.setText(self.tr("Nothing waits for review."))
        elif shown == total:
            self.status.setText(self.tr("{n} articles wait for review.").format(n=total))
        else:
            self.status.setText(
                self.tr("{shown} of {n} articles waiting for review are shown.").format(
                    shown=shown, n=total
                )
            )

    # filter --------------------------------------------------------------------------------

    def _category_chosen(self) -> None:
        self.proxy.set_category(self.category.currentData() or "")
        self._show_count()
        self._update_buttons()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_count()
        self._update_buttons()

    def visible_rows(self) -> list[list[str]]:
        """The rows as shown, in the order shown."""
        return [
            [str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]

    def _select_post(self, post_id: int) -> None:
        """Keep the same submission selected; else the first, ready for Open."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, TITLE).data(ID_ROLE) == post_id:
                self.select_row(row)
                return
        if self.proxy.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.proxy.index(row, TITLE))

    # opening -------------------------------------------------------------------------------

    def _current_post(self) -> tuple[int, str] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(TITLE)
        return int(first.data(ID_ROLE)), str(first.data() or "")

    def _open(self) -> None:
        current = self._current_post()
        if current is None:
            return
        remote_id, title = current
        name = self.site.currentText()
        self._busy(self.tr("Opening “{title}”…").format(title=title))
        self._tasks.run(
            lambda: self._desk.open_submission(name, remote_id), self._opened, self._fail
        )

    def _opened(self, article: Article) -> None:
        self.status.setText(self.tr("Opened “{title}”.").format(title=article.title))
        self._update_buttons()
        if article.id is not None:
            emit(self.articleOpened, article.id)

    def _busy(self, message: str) -> None:
        self.status.setText(message)
        self.refresh_button.setEnabled(False)
        self.open_button.setEnabled(False)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, NewsdeskError):
            cause, action = message_word(error.cause), message_word(error.action)
            self.status.setText(f"<b>{html.escape(cause)}</b><br>{html.escape(action)}")
        else:
            self.status.setText(html.escape(str(error)))
            emit(self._tasks.failed, error)  # a fault of the desk: the log and the dialog
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_site = self.site.count() > 0
        self.refresh_button.setEnabled(has_site)
        self.open_button.setEnabled(has_site and self._current_post() is not None)
