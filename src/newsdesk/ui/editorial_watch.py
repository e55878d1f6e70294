"""What each sync brought that a person should hear about: their articles approved,
returned, scheduled or published by an editor; new submissions for editors; moves the site
kept from someone else (two editors approving at once)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from newsdesk.core.article import WorkflowStatus
from newsdesk.core.audit import AuditEntry
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.returns import last_of, returned_to_desk
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action
from newsdesk.desk import Desk
from newsdesk.sites.base import RemotePost
from newsdesk.store import Store
from newsdesk.sync.report import SyncReport
from newsdesk.text.dates import shown_datetime
from newsdesk.ui.notifications import Notification, NotificationCentre
from newsdesk.ui.review_dialog import shown_author
from newsdesk.ui.signals import emit
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.words import message_word

log = logging.getLogger(__name__)
SNAPSHOT_LIMIT = 100_000
TOLD = frozenset(
    {
        WorkflowStatus.APPROVED,
        WorkflowStatus.CHANGES_REQUESTED,
        WorkflowStatus.SCHEDULED,
        WorkflowStatus.PUBLISHED,
    }
)


class EditorialWatch(QObject):
    """``queueRead`` carries (site name, posts) each time a review queue is read."""

    queueRead = Signal(str, object)

    def __init__(
        self, desk: Desk, tasks: TaskRunner, centre: NotificationCentre, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._centre = centre
        self._before: dict[int, WorkflowStatus] = {}
        self._queues: dict[str, set[int]] = {}  # post ids each editor site's queue held

    @property
    def _store(self) -> Store:
        return self._desk.store

    def before_sync(self) -> None:
        self._before = {s.id: s.status for s in self._store.list_articles(limit=SNAPSHOT_LIMIT)}

    def after_sync(self, report: SyncReport) -> None:
        """Tell what the sites changed, then read the editors' queues."""
        for article_id in dict.fromkeys(report.updated_from_site):
            try:
                article = self._store.get_article(article_id)
            except NewsdeskError:
                continue
            before = self._before.get(article_id)
            if article.status is not before and article.status in TOLD:
                self._centre.notify(self._moved(article_id, article.status, article.title))
        for notice in report.notices:
            self._centre.notify(Notification(self.tr("After the sync"), message_word(notice)))
        self.read_queues()

    def _moved(self, article_id: int, status: WorkflowStatus, title: str) -> Notification:
        title = title or self.tr("(untitled)")
        if status is WorkflowStatus.APPROVED:
            return Notification(
                self.tr("Approved"),
                self.tr("“{title}” was approved.").format(title=title),
                article_id,
            )
        if status is WorkflowStatus.CHANGES_REQUESTED:
            return Notification(self.tr("Returned"), self._returned(article_id, title), article_id)
        if status is WorkflowStatus.SCHEDULED:
            publish_at = self._store.get_article(article_id).publish_at
            text = (
                self.tr("“{title}” will be published at {time} (Vietnam time).").format(
                    title=title, time=shown_datetime(publish_at)
                )
                if publish_at is not None
                else self.tr("“{title}” is scheduled; the site has not said when.").format(
                    title=title
                )
            )
            return Notification(self.tr("Scheduled"), text, article_id)
        return Notification(
            self.tr("Published"),
            self.tr("“{title}” is on the site now.").format(title=title),
            article_id,
        )

    def _returned(self, article_id: int, title: str) -> str:
        """Told to the person it went back to as theirs to revise; to any other desk (an
        editor) as gone back to the reporter."""
        entries = self._store.audit(article_id)
        last = last_of(entries, Action.RETURN)
        note = last.note if last is not None else ""
        if self._returned_here(article_id, entries):
            if note:
                return self.tr("“{title}” was returned: {note}").format(title=title, note=note)
            return self.tr("“{title}” was returned to you.").format(title=title)
        if note:
            return self.tr("“{title}” was returned to the reporter: {note}").format(
                title=title, note=note
            )
        return self.tr("“{title}” was returned to the reporter.").format(title=title)

    def _returned_here(self, article_id: int, entries: list[AuditEntry]) -> bool:
        sites = self._store.list_sites()
        held = {ref.site_id for ref in self._store.remotes(article_id)}
        on = [s for s in sites if s.pk in held] or sites
        return not on or any(returned_to_desk(entries, s.desk_role, s.user_login) for s in on)

    # the editors' queues -------------------------------------------------------------------

    def read_queues(self) -> None:
        for site in self._store.list_sites():
            if site.desk_role is DeskRole.EDITOR:
                self._read_queue(site.name)

    def _read_queue(self, name: str) -> None:
        self._tasks.run(
            lambda: self._desk.review_queue(name),
            lambda posts: self.queue_read(name, posts),
            lambda error: self._not_read(name, error),
        )

    def _not_read(self, name: str, error: BaseException) -> None:
        if isinstance(error, NewsdeskError):
            log.info("review queue of %s not read: %s", name, error)  # read again next sync
        else:
            emit(self._tasks.failed, error)  # a fault of the desk: the log and the dialog

    def queue_read(self, site_name: str, posts: list[RemotePost]) -> None:
        """Tell about submissions not seen before (the first reading: how many wait)."""
        ids = {post.id for post in posts}
        known = self._queues.get(site_name)
        self._queues[site_name] = ids
        if known is None:
            if posts:
                self._centre.notify(
                    Notification(
                        self.tr("Review queue"),
                        self.tr("{n} articles wait for review on “{site}”.").format(
                            n=len(posts), site=site_name
                        ),
                        review_site=site_name,
                    )
                )
        else:
            for post in posts:
                if post.id not in known:
                    self._centre.notify(
                        Notification(
                            self.tr("New submission"),
                            self.tr("“{title}” by {who}, on “{site}”.").format(
                                title=post.title, who=shown_author(post), site=site_name
                            ),
                            review_site=site_name,
                        )
                    )
        emit(self.queueRead, site_name, posts)
