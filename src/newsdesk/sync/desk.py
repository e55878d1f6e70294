"""The desk's operations, shared by the window and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry, ChainBreak, verify
from newsdesk.core.conflict import PendingConflict
from newsdesk.core.errors import NotFoundError, ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.notes import Note
from newsdesk.core.outbox import OutboxAction, OutboxItem, OutboxState
from newsdesk.core.site import DeskRole, Site, SiteKind
from newsdesk.core.workflow import ACTION_NAMES, Action, allowed_actions
from newsdesk.sites.base import RemotePost, SiteUser
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.discovery import discover_site
from newsdesk.sites.errors import PermissionDenied
from newsdesk.sites.registry import ConnectorFactory, make_connector
from newsdesk.store import Store
from newsdesk.sync.editorial import record_move, write_note
from newsdesk.sync.engine import Progress, SyncEngine
from newsdesk.sync.report import SyncReport
from newsdesk.sync.submissions import Submissions
from newsdesk.sync.validation import check_ready_to_send


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

    def check_site(self, url: str, username: str, password: str) -> tuple[Site, SiteUser]:
        """Find what the site speaks from its home page, sign in, read who the user is and
        the site's terms. Stores nothing."""
        found = discover_site(url)
        kind = SiteKind.WORDPRESS if found.kind == "wordpress-rest" else SiteKind.METAWEBLOG
        site = Site(
            name="",
            url=found.home_url,
            username=username.strip(),
            kind=kind,
            api_url=found.api_url if kind is SiteKind.METAWEBLOG else "",
            blog_id=found.blog_id,
        )
        connector = make_connector(site, password)
        try:
            user = connector.whoami()
            site = site.edited(
                display_name=user.display_name,
                roles=user.roles,
                categories=tuple(connector.categories()),
                tags=tuple(connector.tags()),
            )
        finally:
            connector.close()
        return site, user

    def add_site(self, name: str, url: str, username: str, password: str) -> Site:
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
        checked, _user = self.check_site(url, username, password)
        site = self.store.add_site(checked.edited(name=name))
        self.credentials.set(site.key, password)
        return site

    def refresh_site(self, name: str) -> tuple[Site, SiteUser]:
        """Test the connection with the stored password; keep roles and terms current."""
        site = self.site(name)
        connector = self.connect(site)
        try:
            user = connector.whoami()
            refreshed = site.edited(
                display_name=user.display_name,
                roles=user.roles,
                categories=tuple(connector.categories()),
                tags=tuple(connector.tags()),
            )
        finally:
            connector.close()
        return self.store.update_site(refreshed), user

    def remove_site(self, name: str) -> None:
        site = self.site(name)
        self.credentials.delete(site.key)
        self.store.remove_site(site.pk)

    # workflow -----------------------------------------------------------------------------

    def submit(self, article_id: int, site_name: str, note: str = "") -> OutboxItem:
        """Send the article for review; an article already under review sends its changes."""
        site = self.site(site_name)
        article = self.store.get_article(article_id)
        check_ready_to_send(article)
        if site.desk_role is DeskRole.NONE:
            raise PermissionDenied(
                Message("Your account on “{site}” may not write articles.", site=site.name),
                Message("Ask the site administrator to make you a contributor or author."),
            )
        if Action.SUBMIT in allowed_actions(article.status, site.desk_role):
            return record_move(self.store, site, article, Action.SUBMIT, note=note)
        return self.store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)

    def publish(self, article_id: int, site_name: str) -> OutboxItem:
        return self.act(article_id, site_name, Action.PUBLISH)

    def act(
        self,
        article_id: int,
        site_name: str,
        action: Action,
        *,
        note: str = "",
        at: datetime | None = None,
    ) -> OutboxItem:
        """Move the article in the workflow (the rules are core.workflow's)."""
        site = self.site(site_name)
        if action is not Action.SUBMIT and site.desk_role is not DeskRole.EDITOR:
            roles = ", ".join(site.roles) or Message("none")
            raise PermissionDenied(
                Message(
                    "Only editors can {action} articles on “{site}”; your role there is {roles}.",
                    action=ACTION_NAMES[action],
                    site=site.name,
                    roles=roles,
                ),
                Message(
                    "Submit the article for review instead; an editor will take it from there."
                ),
            )
        article = self.store.get_article(article_id)
        return record_move(self.store, site, article, action, note=note, at=at)

    def add_note(
        self, article_id: int, site_name: str, text: str, *, paragraph: int, parent: str = ""
    ) -> Note:
        site = self.site(site_name)
        with self.store.transaction() as tx:
            article = tx.get_article(article_id)
            note = write_note(tx, site, article, text, paragraph=paragraph, parent=parent)
            if tx.get_remote(article.pk, site.pk) is not None:
                tx.enqueue(article.pk, site.pk, OutboxAction.NOTE)
            return note

    def history(self, article_id: int) -> tuple[list[AuditEntry], ChainBreak | None]:
        entries = self.store.audit(article_id)
        return entries, verify(entries)

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

    def retry(self, article_id: int) -> list[OutboxItem]:
        """Queue again whatever failed for this article (after the cause was fixed)."""
        failed = [
            i for i in self.store.outbox_for_article(article_id) if i.state is OutboxState.FAILED
        ]
        latest = {(i.site_id, i.action): i for i in failed}
        with self.store.transaction() as tx:
            return [tx.enqueue(article_id, s, a) for (s, a) in latest]

    def resolve_conflict(self, conflict: PendingConflict, decided: Article) -> OutboxItem:
        """Keep what the person chose, agree with the site's version as the new base, and
        send the decision."""
        with self.store.transaction() as tx:
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
            return tx.enqueue(article.pk, conflict.site_id, action)

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
