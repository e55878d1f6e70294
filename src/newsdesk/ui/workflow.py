"""The desk's moves from the window: which site an article belongs to, which moves it allows
there, and queueing them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from newsdesk.core.article import Article
from newsdesk.core.changes import Changes
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.errors import NewsdeskError
from newsdesk.core.merge import Choice
from newsdesk.core.site import Site
from newsdesk.core.workflow import Action
from newsdesk.desk import Desk
from newsdesk.desk.rules import desk_moves
from newsdesk.settings import Settings


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the window's actions need to know of the open article: read once when it or the
    sites change, not each time an action's state is shown."""

    article: Article | None = None
    site: Site | None = None
    allowed: tuple[Action, ...] = ()
    conflicts: bool = False


class Workflow(QObject):
    """Queues work in the outbox (a quick local write); the sync sends it."""

    def __init__(self, desk: Desk, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._settings = settings
        self._window = window
        self._state = ArticleState()

    @property
    def state(self) -> ArticleState:
        """The open article's state as last read (:meth:`read_state`)."""
        return self._state

    def read_state(self, article: Article | None) -> ArticleState:
        """Read again what the actions need of ``article`` (the open one, or None)."""
        if article is None or article.id is None:
            self._state = ArticleState()
        else:
            self._state = ArticleState(
                article=article,
                site=self.site_for(article.id),
                allowed=tuple(self.allowed(article)),
                conflicts=bool(self._desk.store.conflicts(article.id)),
            )
        return self._state

    def default_site(self) -> Site | None:
        """The site chosen in the settings, or the only site there is."""
        sites = self._desk.store.list_sites()
        chosen = [s for s in sites if s.name == self._settings.default_site]
        if chosen:
            return chosen[0]
        return sites[0] if len(sites) == 1 else None

    def site_for(self, article_id: int) -> Site | None:
        """The site the article is on (the chosen one first, if it is on several); for an
        article on no site yet, the site it would go to."""
        sites = self._desk.store.list_sites()
        known = (
            {ref.site_id for ref in self._desk.store.remotes(article_id)} if article_id else set()
        )
        holding = [s for s in sites if s.pk in known]
        if holding:
            chosen = [s for s in holding if s.name == self._settings.default_site]
            return (chosen or holding)[0]
        return self.default_site()

    def allowed(self, article: Article | None) -> list[Action]:
        """The moves the article allows this desk: the user's role on its site, and whether a
        returned article was returned to this user."""
        if article is None or article.id is None:
            return []
        site = self.site_for(article.id)
        if site is None:
            return []
        entries = self._desk.store.audit(article.id)
        return desk_moves(site, article, entries)

    def submit_target(self, article_id: int) -> Site | None:
        """The site to submit to: the one the article is on, else the chosen one (asking
        when it is not clear); None if cancelled."""
        if self._desk.store.remotes(article_id):
            return self.site_for(article_id)
        return self._choose_site()

    def submit(self, article_id: int, site: Site, note: str = "") -> Changes:
        """Queue ``article_id`` for review on ``site``, with a note for the editor."""
        return self._desk.submit(article_id, site.name, note)

    def act(
        self,
        article_id: int,
        site: Site,
        action: Action,
        note: str = "",
        at: datetime | None = None,
    ) -> Changes:
        """Make the move (checked by the workflow and the site's checklist) and queue it."""
        return self._desk.act(article_id, site.name, action, note=note, at=at)

    def add_note(self, article_id: int, text: str, *, paragraph: int, parent: str = "") -> Changes:
        """A note on paragraph ``paragraph`` (-1: the whole article), signed on its site."""
        site = self.site_for(article_id)
        if site is None:
            raise self._no_site()
        return self._desk.add_note(article_id, site.name, text, paragraph=paragraph, parent=parent)

    def create_article(self) -> tuple[Article, Changes]:
        return self._desk.create_article()

    def delete_article(self, article_id: int) -> Changes:
        return self._desk.delete_article(article_id)

    def retry(self, article_id: int) -> Changes:
        """Queue again whatever failed for the article."""
        return self._desk.retry(article_id)

    def resolve_conflict(self, conflict: PendingConflict, decided: Article) -> Changes:
        return self._desk.resolve_conflict(conflict, decided)

    def resolve_all(self, article_id: int, choice: Choice) -> Changes:
        return self._desk.resolve_all(article_id, choice)

    def _choose_site(self) -> Site | None:
        sites = self._desk.store.list_sites()
        if not sites:
            raise self._no_site()
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

    def _no_site(self) -> NewsdeskError:
        return NewsdeskError(
            self.tr("There is no site to send the article to."),
            self.tr("Add your site under Sites…, then try again."),
        )
