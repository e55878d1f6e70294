"""Review queue: the articles reporters have submitted on a site; Open brings one here."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.article import Article
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import DeskRole
from newsdesk.sites.base import RemotePost
from newsdesk.sites.mapping import bylines_from_json
from newsdesk.sync.desk import Desk
from newsdesk.text.dates import to_vietnam_time
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole


def shown_date(date_gmt: str) -> str:
    """A site's GMT date ("2020-12-25T03:00:00") in Vietnam time ("25/12/2020 10:00")."""
    try:
        moment = datetime.fromisoformat(date_gmt)
    except ValueError:
        return date_gmt
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_vietnam_time(moment).strftime("%d/%m/%Y %H:%M")


def shown_author(post: RemotePost) -> str:
    """The site's author name; else the bylines the reporter wrote into the article."""
    if post.author_name:
        return post.author_name
    return ", ".join(b.name for b in bylines_from_json(post.meta.bylines_json))


class ReviewDialog(QDialog):
    articleOpened = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self.site = QComboBox()
        self.site_label = QLabel()
        self.site_label.setBuddy(self.site)
        self.posts = QTreeWidget()
        self.posts.setRootIsDecorated(False)
        self.posts.setColumnCount(3)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.open_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addWidget(self.site, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.posts, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for site in desk.store.list_sites():
            if site.desk_role is DeskRole.EDITOR:
                self.site.addItem(site.name)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self._open)
        self.posts.itemDoubleClicked.connect(lambda *_: self._open())
        self.posts.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.site.currentIndexChanged.connect(self.refresh)
        self.resize(760, 440)
        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Review queue"))
        self.site_label.setText(self.tr("&Site:"))
        self.posts.setHeaderLabels([self.tr("Title"), self.tr("Author"), self.tr("Submitted")])
        self.refresh_button.setText(self.tr("&Refresh"))
        self.open_button.setText(self.tr("&Open"))
        if self.site.count() == 0:
            self.status.setText(
                self.tr("None of your sites lets you review: only editors see the queue.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refresh(self) -> None:
        name = self.site.currentText()
        if not name:
            return
        self._busy(self.tr("Reading the queue from “{site}”…").format(site=name))
        self._tasks.run(lambda: self._desk.review_queue(name), self._show_posts, self._fail)

    def _show_posts(self, posts: list[RemotePost]) -> None:
        self.posts.clear()
        for post in posts:
            item = QTreeWidgetItem([post.title, shown_author(post), shown_date(post.date_gmt)])
            item.setData(0, ID_ROLE, post.id)
            self.posts.addTopLevelItem(item)
        for column in range(2):
            self.posts.resizeColumnToContents(column)
        self.status.setText(
            self.tr("{n} articles wait for review.").format(n=len(posts))
            if posts
            else self.tr("Nothing waits for review.")
        )
        self._update_buttons()

    def _open(self) -> None:
        item = self.posts.currentItem()
        if item is None:
            return
        name, remote_id = self.site.currentText(), int(item.data(0, ID_ROLE))
        self._busy(self.tr("Opening “{title}”…").format(title=item.text(0)))
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
            self.status.setText(f"<b>{html.escape(error.cause)}</b><br>{html.escape(error.action)}")
        else:
            self.status.setText(html.escape(str(error)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_site = self.site.count() > 0
        self.refresh_button.setEnabled(has_site)
        self.open_button.setEnabled(has_site and self.posts.currentItem() is not None)
