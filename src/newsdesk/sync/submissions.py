"""The editor's side: the review queue, and bringing a submitted post onto this desk."""

from __future__ import annotations

import uuid
from dataclasses import replace

from newsdesk.core.article import Article, RemoteRef
from newsdesk.core.merge import merge3
from newsdesk.core.site import Site
from newsdesk.sites.base import RemotePost, RemoteStatus
from newsdesk.sites.mapping import article_from_post, trusted_content_sha
from newsdesk.store import Store
from newsdesk.sync.engine import Connect
from newsdesk.sync.held import with_held_photo
from newsdesk.sync.push import record_sent
from newsdesk.sync.records import RecordSync
from newsdesk.sync.retry import Retrier, RetryPolicy
from newsdesk.sync.site_photos import fetch_body_photos
from newsdesk.sync.theirs import site_version_of, with_site_terms
from newsdesk.sync.update import merge_base


def _never() -> bool:
    return False


class Submissions:
    def __init__(self, store: Store, connect: Connect) -> None:
        self._store = store
        self._connect = connect
        self._retry = Retrier(RetryPolicy(), _never)

    def review_queue(self, site: Site) -> list[RemotePost]:
        """Everything waiting for review on the site, oldest first."""
        connector = self._connect(site)
        try:
            posts = connector.list_posts(RemoteStatus.PENDING)
        finally:
            connector.close()
        return sorted(posts, key=lambda p: p.date_gmt)

    def open_submission(self, site: Site, post: RemotePost) -> Article:
        """Bring a submitted post into the local store (or refresh it) so it can be edited.
        Edits this desk has not sent yet are merged with the site's copy, never replaced by
        it; a paragraph both sides changed is kept as a conflict for the person to settle."""
        local = self._store.find_article_by_remote(site.pk, post.id)
        if local is None and post.meta.client_uuid:
            local = self._store.find_article_by_uuid(post.meta.client_uuid)
        ref = None if local is None else self._store.get_remote(local.pk, site.pk)
        if local is not None and ref is not None and local.version != ref.synced_version:
            return self._merge_unsent(site, local, ref, post)
        if local is None:
            # A post written on the site itself gets a stable UUID derived from its address.
            made_here = uuid.uuid5(uuid.NAMESPACE_URL, f"{site.url}/?p={post.id}")
            base = Article(uuid=post.meta.client_uuid or str(made_here))
            article = self._store.create_article(
                with_site_terms(article_from_post(post, base), post, site)
            )
        else:
            article = self._store.save_article(
                with_site_terms(article_from_post(post, local), post, site)
            )
        connector = self._connect(site)
        try:
            fetch_body_photos(self._store, connector, self._retry, article, post)
            with_photo = with_held_photo(self._store, connector, self._retry, article, post)
            if with_photo is not article:
                article = self._store.save_article(with_photo)
            record_sent(self._store, site, article, post)
            self._distrust_stale_markdown(site, article, post)
            RecordSync(self._store, connector, self._retry, []).pull(article.pk, post.id)
        finally:
            connector.close()
        return self._store.get_article(article.pk)

    def _merge_unsent(
        self, site: Site, local: Article, ref: RemoteRef, post: RemotePost
    ) -> Article:
        """Three ways, from the last version this desk and the site agreed on, as a sync
        does (:mod:`newsdesk.sync.pull`)."""
        store = self._store
        base = merge_base(store, ref, local)
        connector = self._connect(site)
        try:
            theirs = with_site_terms(site_version_of(post, base, ref.content_sha), post, site)
            theirs = with_held_photo(store, connector, self._retry, theirs, post)
            fetch_body_photos(store, connector, self._retry, theirs, post)
            result = merge3(base, local, theirs)
            if result.clean:
                # A move made here and not sent yet keeps its status; else the site's holds.
                status = local.status if local.status != base.status else theirs.status
                with store.transaction() as tx:
                    tx.save_article(result.merged.edited(status=status))
                    tx.set_remote(
                        local.pk,
                        replace(
                            ref,
                            remote_status=post.status,
                            link=post.link,
                            remote_version=post.version,
                            base=theirs,
                            content_sha=trusted_content_sha(post, ref.content_sha),
                        ),
                    )  # the merged edits stay "changed since last sent"
            else:
                store.keep_conflict(local.pk, site.pk, base, theirs, post.version)
            RecordSync(store, connector, self._retry, []).pull(local.pk, post.id)
        finally:
            connector.close()
        return store.get_article(local.pk)

    def _distrust_stale_markdown(self, site: Site, article: Article, post: RemotePost) -> None:
        """Where the post's Markdown is no longer its content, the HTML is not remembered as
        matching it (see sites.mapping.trusted_content_sha)."""
        ref = self._store.get_remote(article.pk, site.pk)
        if ref is not None and ref.content_sha and not trusted_content_sha(post):
            self._store.set_remote(article.pk, replace(ref, content_sha=""))
