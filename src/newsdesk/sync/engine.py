"""The sync engine: drains the outbox to the sites and pulls back what changed there.

A plain class built from a store and a way to reach a site. Items go out in order; the first
error that may heal by itself (site unreachable, 5xx, 429) stops work on that site for this
run and leaves the rest queued. Errors a person must fix mark the item failed with the reason.
Creates are exactly-once in effect: an item that was tried before is looked up on the site by
the article's client UUID before it is created again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from newsdesk.core.article import Article, RemoteRef
from newsdesk.core.errors import ValidationError
from newsdesk.core.outbox import OutboxAction, OutboxItem
from newsdesk.core.site import Site
from newsdesk.sites.base import RemotePost, RemoteStatus, SiteConnector
from newsdesk.sites.errors import SiteError
from newsdesk.sites.mapping import article_from_post, local_status, outgoing_post
from newsdesk.store import Store
from newsdesk.sync.report import SyncProblem, SyncReport
from newsdesk.sync.validation import check_ready_to_send

Connect = Callable[[Site], SiteConnector]
Progress = Callable[[int, int], None]


def _never() -> bool:
    return False


class SyncEngine:
    def __init__(self, store: Store, connect: Connect) -> None:
        self._store = store
        self._connect = connect

    def run(
        self,
        site_id: int | None = None,
        *,
        cancel: Callable[[], bool] = _never,
        progress: Progress | None = None,
    ) -> SyncReport:
        report = SyncReport()
        sites = [self._store.get_site(site_id)] if site_id else self._store.list_sites()
        for site in sites:
            if cancel():
                report.cancelled = True
                break
            connector = self._connect(site)
            try:
                if self._push(site, connector, report, cancel, progress):
                    self._pull(site, connector, report, cancel)
            finally:
                connector.close()
        return report

    # push ---------------------------------------------------------------------------------

    def _push(
        self,
        site: Site,
        connector: SiteConnector,
        report: SyncReport,
        cancel: Callable[[], bool],
        progress: Progress | None,
    ) -> bool:
        """Send the site's queued items; False when the site stopped answering."""
        items = self._store.pending_outbox(site.pk)
        for done, item in enumerate(items):
            if cancel():
                report.cancelled = True
                return False
            if progress:
                progress(done, len(items))
            try:
                self._send(site, connector, item)
            except (SiteError, ValidationError) as exc:
                will_retry = isinstance(exc, SiteError) and exc.retryable
                report.problems.append(SyncProblem(item.article_id, site.pk, str(exc), will_retry))
                if will_retry:
                    self._store.note_outbox_error(item.id, str(exc))
                    return False
                self._store.mark_failed(item.id, str(exc))
            else:
                self._store.mark_done(item.id)
                report.sent.append(item.article_id)
        if progress:
            progress(len(items), len(items))
        return True

    def _send(self, site: Site, connector: SiteConnector, item: OutboxItem) -> None:
        article = self._store.get_article(item.article_id)
        check_ready_to_send(article)
        tried_before = item.attempts > 0
        self._store.record_attempt(item.id, "")
        ref = self._store.get_remote(article.pk, site.pk)
        remote_id = ref.remote_id if ref else None
        if remote_id is None and tried_before:
            found = connector.find_by_client_uuid(article.uuid)
            remote_id = found.id if found else None
        if item.action is OutboxAction.PUBLISH:
            status = RemoteStatus.PUBLISH
        elif ref is not None and ref.remote_status == RemoteStatus.PUBLISH:
            status = RemoteStatus.PUBLISH  # an editor's correction keeps the post public
        else:
            status = RemoteStatus.PENDING
        post = outgoing_post(article, status)
        if remote_id is None:
            posted = connector.create_post(post)
        else:
            posted = connector.update_post(remote_id, post)
        self._record(site, article, posted)

    def _record(self, site: Site, article: Article, post: RemotePost) -> Article:
        """Remember what the site now holds, and follow its status locally."""
        status = local_status(post.status)
        if status is not None and status != article.status:
            article = self._store.save_article(article.edited(status=status))
        self._store.set_remote(
            article.pk,
            RemoteRef(site.pk, post.id, post.status, post.link, synced_version=article.version),
        )
        return article

    # pull ---------------------------------------------------------------------------------

    def _pull(
        self, site: Site, connector: SiteConnector, report: SyncReport, cancel: Callable[[], bool]
    ) -> None:
        for article_id, ref in self._store.remote_refs(site.pk):
            if cancel():
                report.cancelled = True
                return
            if ref.remote_id is None:
                continue
            try:
                post = connector.get_post(ref.remote_id)
            except SiteError as exc:
                report.problems.append(SyncProblem(article_id, site.pk, str(exc), exc.retryable))
                if exc.retryable:
                    return
                continue
            if post.status == ref.remote_status and post.link == ref.link:
                continue
            article = self._store.get_article(article_id)
            self._record(site, article, post)
            report.updated_from_site.append(article_id)

    # editor's side ------------------------------------------------------------------------

    def review_queue(self, site: Site) -> list[RemotePost]:
        """Everything waiting for review on the site, oldest first."""
        connector = self._connect(site)
        try:
            posts = connector.list_posts(RemoteStatus.PENDING)
        finally:
            connector.close()
        return sorted(posts, key=lambda p: p.date_gmt)

    def open_submission(self, site: Site, post: RemotePost) -> Article:
        """Bring a submitted post into the local store (or refresh it) so it can be edited."""
        local = self._store.find_article_by_remote(site.pk, post.id)
        if local is None and post.meta.client_uuid:
            local = self._store.find_article_by_uuid(post.meta.client_uuid)
        if local is None:
            # A post written on the site itself gets a stable UUID derived from its address.
            made_here = uuid.uuid5(uuid.NAMESPACE_URL, f"{site.url}/?p={post.id}")
            base = Article(uuid=post.meta.client_uuid or str(made_here))
            article = self._store.create_article(article_from_post(post, base))
        else:
            article = self._store.save_article(article_from_post(post, local))
        return self._record(site, article, post)
