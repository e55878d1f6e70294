"""Submit and publish: which site an article goes to, and queueing it there."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from newsdesk.core.article import Article
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.site import DeskRole, Site
from newsdesk.settings import Settings
from newsdesk.sync.desk import Desk


class Workflow(QObject):
    """Queues work in the outbox (a quick local write); the sync sends it."""

    def __init__(self, desk: Desk, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._settings = settings
        self._window = window

    def default_site(self) -> Site | None:
        """The site chosen in the settings, or the only site there is."""
        sites = self._desk.store.list_sites()
        chosen = [s for s in sites if s.name == self._settings.default_site]
        if chosen:
            return chosen[0]
        return sites[0] if len(sites) == 1 else None

    def can_publish(self) -> bool:
        site = self.default_site()
        return site is not None and site.desk_role is DeskRole.EDITOR

    def submit(self, article_id: int) -> Site | None:
        """Queue ``article_id`` for review; the site it goes to, or None if cancelled."""
        site = self._target(editors_only=False)
        if site is not None:
            self._desk.submit(article_id, site.name)
        return site

    def publish(self, article_id: int) -> Site | None:
        site = self._target(editors_only=True)
        if site is not None:
            self._desk.publish(article_id, site.name)
        return site

    def retry(self, article_id: int) -> None:
        """Queue again whatever failed for the article."""
        self._desk.retry(article_id)

    def resolve_conflict(self, conflict: PendingConflict, decided: Article) -> None:
        self._desk.resolve_conflict(conflict, decided)

    def _target(self, *, editors_only: bool) -> Site | None:
        sites = self._desk.store.list_sites()
        if editors_only:
            sites = [s for s in sites if s.desk_role is DeskRole.EDITOR]
        if not sites:
            if editors_only:
                raise NewsdeskError(
                    self.tr("None of your sites lets you publish."),
                    self.tr("Submit the article for review instead; an editor will publish it."),
                )
            raise NewsdeskError(
                self.tr("There is no site to send the article to."),
                self.tr("Add your site under Sites…, then try again."),
            )
        default = self.default_site()
        if default is not None and default in sites:
            return default
        if len(sites) == 1:
            return sites[0]
        names = [s.name for s in sites]
        name, ok = QInputDialog.getItem(
            self._window,
            self.tr("Choose the site"),
            self.tr("Send the article to:"),
            names,
            0,
            editable=False,
        )
        return next((s for s in sites if s.name == name), None) if ok else None
