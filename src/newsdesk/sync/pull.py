"""Bringing back what changed on the site: status, link and other people's edits."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.core.article import RemoteRef
from newsdesk.core.merge import merge3
from newsdesk.core.site import Site
from newsdesk.sites.base import RemotePost, SiteConnector
from newsdesk.sites.mapping import local_status, scheduled_time, trusted_content_sha
from newsdesk.store import Store
from newsdesk.sync.errors import DecisionNeeded
from newsdesk.sync.held import with_held_photo
from newsdesk.sync.records import RecordSync
from newsdesk.sync.retry import Retrier
from newsdesk.sync.site_photos import fetch_body_photos
from newsdesk.sync.theirs import site_version_of
from newsdesk.sync.update import merge_base


class ArticlePuller:
    def __init__(self, store: Store, site: Site, connector: SiteConnector, retry: Retrier) -> None:
        self._store = store
        self._site = site
        self._connector = connector
        self._retry = retry

    def pull(self, article_id: int, ref: RemoteRef) -> bool:
        """Update the local article, its notes and audit record from the site; True when
        something changed."""
        assert ref.remote_id is not None  # noqa: S101 - callers skip refs without a post
        remote_id = ref.remote_id
        current = self._retry(lambda: self._connector.get_post(remote_id))
        changed = self._pull_article(article_id, ref, current)
        if current.activity != ref.activity or current.version != ref.remote_version:
            RecordSync(self._store, self._connector, self._retry, []).pull(article_id, remote_id)
            latest = self._store.get_remote(article_id, self._site.pk) or ref
            self._store.set_remote(article_id, replace(latest, activity=current.activity))
            changed = changed or current.activity != ref.activity
        return changed

    def _pull_article(self, article_id: int, ref: RemoteRef, current: RemotePost) -> bool:
        if current.version == ref.remote_version or current.readable_only:
            return self._follow_status(article_id, ref, current)
        store = self._store
        article = store.get_article(article_id)
        base = merge_base(store, ref, article)
        theirs = site_version_of(current, base, ref.content_sha)
        theirs = with_held_photo(store, self._connector, self._retry, theirs, current)
        fetch_body_photos(store, self._connector, self._retry, theirs, current)
        new_ref = replace(
            ref,
            remote_status=current.status,
            link=current.link,
            remote_version=current.version,
            base=theirs,
            content_sha=trusted_content_sha(current, ref.content_sha),
        )
        if article.version == ref.synced_version:  # nothing here to keep: take theirs
            with store.transaction() as tx:
                saved = tx.save_article(theirs.edited(id=article.id))
                tx.set_remote(article_id, replace(new_ref, synced_version=saved.version))
            return True
        result = merge3(base, article, theirs)
        if not result.clean:
            store.keep_conflict(article_id, self._site.pk, base, theirs, current.version)
            raise DecisionNeeded([clash.field for clash in result.clashes])
        with store.transaction() as tx:
            tx.save_article(result.merged.edited(status=theirs.status))
            tx.set_remote(article_id, new_ref)  # local edits stay "changed since last sent"
        return True

    def _follow_status(self, article_id: int, ref: RemoteRef, current: RemotePost) -> bool:
        if current.status == ref.remote_status and current.link == ref.link:
            return False
        with self._store.transaction() as tx:
            article = tx.get_article(article_id)
            status = local_status(current.status, article.status)
            in_step = article.version == ref.synced_version
            publish_at = scheduled_time(current) or article.publish_at
            if status is not None and (status, publish_at) != (article.status, article.publish_at):
                article = tx.save_article(article.edited(status=status, publish_at=publish_at))
            tx.set_remote(
                article_id,
                replace(
                    ref,
                    remote_status=current.status,
                    link=current.link,
                    synced_version=article.version if in_step else ref.synced_version,
                ),
            )
        return True
