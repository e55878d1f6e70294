"""The desk's operations, shared by the window and the command line: each use case a person
starts, as one unit of work that returns what it changed (:class:`Changes`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol, runtime_checkable

from newsdesk.core.article import Article, new_article
from newsdesk.core.audit import AuditEntry, ChainBreak
from newsdesk.core.changes import NOTHING, Changes, article_changed
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.errors import NotFoundError, ValidationError
from newsdesk.core.merge import Choice, merge3, resolve
from newsdesk.core.messages import Message
from newsdesk.core.outbox import OutboxAction, OutboxState
from newsdesk.core.site import Site, SiteKind
from newsdesk.core.workflow import Action, allowed_actions
from newsdesk.desk.moves import record_move
from newsdesk.desk.rules import check_role
from newsdesk.sites.base import RemotePost, SiteConnector, SiteUser
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.discovery import DiscoveredSite, discover_site
from newsdesk.sites.nukeviet import CategoryRights
from newsdesk.sites.nv_discovery import nukeviet_root
from newsdesk.sites.registry import ConnectorFactory, make_connector
from newsdesk.sites.wp_discovery import normalise_site_url
from newsdesk.store import Store
from newsdesk.sync.editorial import write_note
from newsdesk.sync.engine import Progress, SyncEngine
from newsdesk.sync.report import SyncReport
from newsdesk.sync.submissions import Submissions
from newsdesk.sync.validation import check_ready_to_send

_FOUND_KINDS = {
    "wordpress-rest": SiteKind.WORDPRESS,
    "xmlrpc": SiteKind.METAWEBLOG,
    "nukeviet": SiteKind.NUKEVIET,
}


@dataclass(frozen=True, slots=True)
class SiteAccess:
    """What signing in showed: the site as its user sees it, who the user is and, on a site
    that grants rights per category (NukeViet), those rights (else empty)."""

    site: Site
    user: SiteUser
    rights: tuple[CategoryRights, ...] = ()


@runtime_checkable
class _RightsPerCategory(Protocol):
    def rights(self) -> tuple[CategoryRights, ...]: ...


class Desk:
    def __init__(self, store: Store, credentials: Credentials) -> None:
        self.store = store
        self.credentials = credentials
        self.connect = ConnectorFactory(credentials)
        self.engine = SyncEngine(store, self.connect)
        self.submissions = Submissions(store, self.connect)

    # sites --------------------------------------------------------------------------------

    def site(self, name: str) -> Site:
        site = self.store.find_site(name)
        if site is None:
            raise NotFoundError(
                Message("There is no site named “{name}”.", name=name),
                Message("Add it first (`newsdesk site add`)."),
            )
        return site

    def check_site(
        self, url: str, username: str, password: str, *, kind: SiteKind | None = None
    ) -> tuple[Site, SiteUser]:
        """Find what the site speaks from its home page (unless ``kind`` says it), sign in,
        read who the user is and the site's terms. Stores nothing."""
        access = self.sign_in(url, username, password, kind=kind)
        return access.site, access.user

    def site_kind(self, url: str) -> SiteKind:
        """What the site at ``url`` runs, from its home page; nothing is signed in."""
        return _FOUND_KINDS[discover_site(url).kind]

    def sign_in(
        self, url: str, username: str, password: str, *, kind: SiteKind | None = None
    ) -> SiteAccess:
        """:meth:`check_site`, with the user's rights per category where the site has them."""
        site = _site_at(url, username.strip(), kind)
        return _as_signed_in(site, make_connector(site, password))

    def add_site(
        self,
        name: str,
        url: str,
        username: str,
        password: str,
        *,
        kind: SiteKind | None = None,
    ) -> Site:
        """Check the site and store it; the password (a NukeViet API secret) goes to the
        keyring only."""
        name = name.strip()
        if not name:
            raise ValidationError(
                Message("The site needs a name."), Message("Give it a short name, e.g. “portal”.")
            )
        if self.store.find_site(name) is not None:
            raise ValidationError(
                Message("A site named “{name}” already exists.", name=name),
                Message("Choose another name or remove it."),
            )
        checked, _user = self.check_site(url, username, password, kind=kind)
        site = self.store.add_site(checked.edited(name=name))
        self.credentials.set(site.key, password)
        return site

    def refresh_site(self, name: str) -> tuple[Site, SiteUser]:
        """Test the connection with the stored password; keep roles and terms current."""
        access = self.test_site(name)
        return access.site, access.user

    def test_site(self, name: str) -> SiteAccess:
        """:meth:`refresh_site`, with the user's rights per category where the site has them."""
        site = self.site(name)
        access = _as_signed_in(site, self.connect(site))
        return replace(access, site=self.store.update_site(access.site))

    def remove_site(self, name: str) -> None:
        site = self.site(name)
        self.credentials.delete(site.key)
        self.store.remove_site(site.pk)

    # articles -----------------------------------------------------------------------------

    def create_article(self) -> tuple[Article, Changes]:
        """A new empty draft, stored at once."""
        article = self.store.create_article(new_article())
        return article, article_changed(article.pk)

    def delete_article(self, article_id: int) -> Changes:
        """Delete the article here (copies already on a site stay there)."""
        self.store.delete_article(article_id)
        return article_changed(article_id, records=True, outbox=True)

    # workflow -----------------------------------------------------------------------------

    def submit(self, article_id: int, site_name: str, note: str = "") -> Changes:
        """Send the article for review; an article already under review sends its changes."""
        site = self.site(site_name)
        article = self.store.get_article(article_id)
        check_ready_to_send(article)
        check_role(site, Action.SUBMIT)
        if Action.SUBMIT in allowed_actions(article.status, site.desk_role):
            record_move(self.store, site, article, Action.SUBMIT, note=note)
            return article_changed(article.pk, records=True, outbox=True)
        self.store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
        return Changes(list=True, outbox=frozenset({article.pk}))

    def publish(self, article_id: int, site_name: str) -> Changes:
        return self.act(article_id, site_name, Action.PUBLISH)

    def act(
        self,
        article_id: int,
        site_name: str,
        action: Action,
        *,
        note: str = "",
        at: datetime | None = None,
    ) -> Changes:
        """Move the article in the workflow (the rules are :mod:`newsdesk.desk.rules`')."""
        site = self.site(site_name)
        check_role(site, action)
        article = self.store.get_article(article_id)
        record_move(self.store, site, article, action, note=note, at=at)
        return article_changed(article.pk, records=True, outbox=True)

    def add_note(
        self, article_id: int, site_name: str, text: str, *, paragraph: int, parent: str = ""
    ) -> Changes:
        """A note on paragraph ``paragraph`` (-1: the whole article), queued for the site
        when the article is there."""
        site = self.site(site_name)
        ids = frozenset({article_id})
        with self.store.transaction() as tx:
            article = tx.get_article(article_id)
            write_note(tx, site, article, text, paragraph=paragraph, parent=parent)
            if tx.get_remote(article.pk, site.pk) is None:
                return Changes(records=ids)
            tx.enqueue(article.pk, site.pk, OutboxAction.NOTE)
            return Changes(list=True, records=ids, outbox=ids)

    def history(self, article_id: int) -> tuple[list[AuditEntry], ChainBreak | None]:
        return self.store.audit_record(article_id)

    def sync(
        self,
        site_name: str | None = None,
        *,
        cancel: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> SyncReport:
        site_id = self.site(site_name).id if site_name else None
        if cancel is None:
            return self.engine.run(site_id, progress=progress)
        return self.engine.run(site_id, cancel=cancel, progress=progress)

    def retry(self, article_id: int) -> Changes:
        """Queue again whatever failed for this article (after the cause was fixed); nothing
        changes when nothing had failed."""
        with self.store.transaction() as tx:
            failed = [i for i in tx.outbox_for_article(article_id) if i.state is OutboxState.FAILED]
            latest = {(i.site_id, i.action): i for i in failed}
            for site_id, action in latest:
                tx.enqueue(article_id, site_id, action)
        return Changes(list=True, outbox=frozenset({article_id})) if latest else NOTHING

    def resolve_conflict(self, conflict: PendingConflict, decided: Article) -> Changes:
        """Keep what the person chose, agree with the site's version as the new base, and
        send the decision."""
        with self.store.transaction() as tx:
            self._settle(tx, conflict, decided)
        return _settled(conflict.article_id)

    def resolve_all(self, article_id: int, choice: Choice) -> Changes:
        """Settle every clash of the article with its sites the same way, in one unit."""
        with self.store.transaction() as tx:
            conflicts = tx.conflicts(article_id)
            for conflict in conflicts:
                result = merge3(conflict.base, tx.get_article(article_id), conflict.theirs)
                decided = resolve(result, dict.fromkeys((c.index for c in result.clashes), choice))
                self._settle(tx, conflict, decided)
        return _settled(article_id) if conflicts else NOTHING

    @staticmethod
    def _settle(tx: Store, conflict: PendingConflict, decided: Article) -> None:
        article = tx.save_article(decided)
        ref = tx.get_remote(conflict.article_id, conflict.site_id)
        if ref is not None:
            tx.set_remote(
                conflict.article_id,
                replace(
                    ref,
                    base=conflict.theirs,
                    remote_version=conflict.remote_version,
                    content_sha="",
                ),
            )
        tx.drop_conflict(conflict.id)
        actions = [
            i.action for i in tx.outbox_for_article(article.pk) if i.site_id == conflict.site_id
        ]
        action = actions[-1] if actions else OutboxAction.SUBMIT
        tx.enqueue(article.pk, conflict.site_id, action)

    def review_queue(self, site_name: str) -> list[RemotePost]:
        return self.submissions.review_queue(self.site(site_name))

    def open_submission(self, site_name: str, remote_id: int) -> Article:
        site = self.site(site_name)
        connector = self.connect(site)
        try:
            post = connector.get_post(remote_id)
        finally:
            connector.close()
        return self.submissions.open_submission(site, post)


def _settled(article_id: int) -> Changes:
    ids = frozenset({article_id})
    return Changes(articles=ids, list=True, outbox=ids, conflicts=ids)


def _site_at(url: str, username: str, kind: SiteKind | None) -> Site:
    """The site to sign in to: found from its home page, or at the address as typed when the
    person said what it runs."""
    if kind is None:
        return _discovered(discover_site(url), username)
    if kind is SiteKind.NUKEVIET:
        return Site(name="", url=nukeviet_root(url), username=username, kind=kind)
    if kind is SiteKind.WORDPRESS:
        return Site(name="", url=normalise_site_url(url), username=username, kind=kind)
    raise ValidationError(
        Message("Newsdesk finds a MetaWeblog site's address from its home page."),
        Message("Add the site without choosing what it runs."),
    )


def _discovered(found: DiscoveredSite, username: str) -> Site:
    kind = _FOUND_KINDS[found.kind]
    return Site(
        name="",
        url=found.home_url,
        username=username,
        kind=kind,
        api_url=found.api_url if kind is SiteKind.METAWEBLOG else "",
        blog_id=found.blog_id,
    )


def _as_signed_in(site: Site, connector: SiteConnector) -> SiteAccess:
    """``site`` as its signed-in user sees it (their name and roles, the site's terms, their
    rights per category where the site has them); the connector is closed afterwards."""
    try:
        user = connector.whoami()
        rights = connector.rights() if isinstance(connector, _RightsPerCategory) else ()
        site = site.edited(
            display_name=user.display_name,
            # NukeViet's records name the admin; the site's user name is the API key.
            login=user.username if site.kind is SiteKind.NUKEVIET else site.login,
            roles=user.roles,
            categories=tuple(connector.categories()),
            tags=tuple(connector.tags()),
        )
        return SiteAccess(site, user, tuple(rights))
    finally:
        connector.close()
