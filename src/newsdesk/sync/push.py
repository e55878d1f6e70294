"""Sending one outbox item: create or update the post, merging first if the site moved on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from newsdesk.core.article import Article, RemoteRef
from newsdesk.core.errors import ValidationError
from newsdesk.core.merge import merge3
from newsdesk.core.outbox import OutboxAction, OutboxItem
from newsdesk.core.site import Site
from newsdesk.sites.base import (
    Capability,
    OutgoingPost,
    RemotePost,
    RemoteStatus,
    SiteConnector,
)
from newsdesk.sites.errors import Conflict
from newsdesk.sites.mapping import local_status, outgoing_post
from newsdesk.store import Store
from newsdesk.sync.errors import DecisionNeeded, KeptChanging
from newsdesk.sync.media import featured_media_id
from newsdesk.sync.records import RecordSync
from newsdesk.sync.retry import Retrier
from newsdesk.sync.theirs import content_sha, site_version_of
from newsdesk.sync.validation import check_ready_to_send

MERGE_ROUNDS = 3  # a site that changes again between every read and write is left for later
SCHEDULE_MARGIN = timedelta(seconds=65)  # WordPress publishes at once when "future" is too near


def record_sent(store: Store, site: Site, article: Article, post: RemotePost) -> int:
    """The site now holds ``article``: remember that as the new common base. Returns the
    post's id on the site."""
    status = local_status(post.status, article.status)
    if status is not None and status != article.status:
        article = store.save_article(article.edited(status=status))
    store.set_remote(
        article.pk,
        RemoteRef(
            site.pk,
            post.id,
            post.status,
            post.link,
            synced_version=article.version,
            remote_version=post.version,
            base=article,
            content_sha=content_sha(post.content_html),
            activity=post.activity,
        ),
    )
    return post.id


def merge_base(store: Store, ref: RemoteRef, fallback: Article) -> Article:
    """The last version both sides agreed on."""
    if ref.base is not None:
        return ref.base
    for revision in store.revisions(fallback.pk):
        if revision.version == ref.synced_version:
            return revision.article
    return fallback


class ItemSender:
    def __init__(
        self,
        store: Store,
        site: Site,
        connector: SiteConnector,
        retry: Retrier,
        notices: list[str],
    ) -> None:
        self._store = store
        self._site = site
        self._connector = connector
        self._retry = retry
        self._notices = notices

    def send(self, item: OutboxItem) -> None:
        store, site = self._store, self._site
        article = store.get_article(item.article_id)
        if item.action is OutboxAction.NOTE:
            ref = store.get_remote(article.pk, site.pk)
            if ref is not None and ref.remote_id is not None:
                records = RecordSync(store, self._connector, self._retry, self._notices)
                records.push(article.pk, ref.remote_id)
            return
        check_ready_to_send(article)
        # Any earlier try for this article and site may have made the post without our hearing.
        tried_before = any(
            i.attempts > 0 for i in store.outbox_for_article(article.pk) if i.site_id == site.pk
        )
        store.record_attempt(item.id, "")
        ref = store.get_remote(article.pk, site.pk)
        if (ref is None or ref.remote_id is None) and tried_before:
            ref = self._find_earlier_create(article)
        status = self._status(item, ref)
        outgoing = self._dated(item, article)
        media = featured_media_id(
            store, site, self._connector, article, retry=self._retry, notices=self._notices
        )
        if ref is None or ref.remote_id is None:
            post = outgoing_post(outgoing, status, featured_media=media)
            remote_id = record_sent(store, site, article, self._create(article, post))
        else:
            remote_id = self._update(article, ref, status, media, dated=outgoing != article)
        RecordSync(store, self._connector, self._retry, self._notices).push(article.pk, remote_id)

    def _create(self, article: Article, post: OutgoingPost) -> RemotePost:
        """Create the post; a retry first looks for the post an unanswered try may have made."""
        tries = 0

        def create() -> RemotePost:
            nonlocal tries
            tries += 1
            if tries > 1:
                found = self._connector.find_by_client_uuid(article.uuid)
                if found is not None:
                    return self._connector.update_post(found.id, post, if_version=found.version)
            try:
                return self._connector.create_post(post)
            except Conflict as exc:
                # The site already has a post with this UUID (a late earlier try made it).
                found = self._connector.find_by_client_uuid(article.uuid)
                if exc.code != "newsdesk_duplicate_post" or found is None:
                    raise
                return self._connector.update_post(found.id, post, if_version=found.version)

        return self._retry(create)

    def _find_earlier_create(self, article: Article) -> RemoteRef | None:
        """After a lost reply, the post may exist already: find it by the client UUID."""
        found = self._retry(lambda: self._connector.find_by_client_uuid(article.uuid))
        if found is None:
            return None
        return RemoteRef(
            self._site.pk,
            found.id,
            found.status,
            found.link,
            remote_version=found.version,
            base=site_version_of(found, article),
        )

    def _status(self, item: OutboxItem, ref: RemoteRef | None) -> RemoteStatus:
        """The site status an outbox action asks for. Without the plugin's own states, a
        returned article becomes a draft and an approved one stays pending."""
        own_states = Capability.WORKFLOW_STATUSES in self._connector.capabilities()
        action = item.action
        if action is OutboxAction.SUBMIT:
            if ref is not None and ref.remote_status in (RemoteStatus.PUBLISH, RemoteStatus.FUTURE):
                return RemoteStatus(ref.remote_status)  # an editor's edit keeps it public
            return RemoteStatus.PENDING
        if action is OutboxAction.RETURN:
            return RemoteStatus.RETURNED if own_states else RemoteStatus.DRAFT
        if action is OutboxAction.APPROVE:
            return RemoteStatus.APPROVED if own_states else RemoteStatus.PENDING
        if action is OutboxAction.SCHEDULE:
            return RemoteStatus.FUTURE
        if action is OutboxAction.UNPUBLISH:
            return RemoteStatus.DRAFT
        return RemoteStatus.PUBLISH  # publish now, or a correction

    @staticmethod
    def _dated(item: OutboxItem, article: Article) -> Article:
        """Publishing now must not carry a future date (WordPress would schedule it), and a
        schedule must be far enough ahead for WordPress to keep it scheduled."""
        soon = datetime.now(UTC) + SCHEDULE_MARGIN
        if item.action is OutboxAction.SCHEDULE:
            if article.publish_at is None or article.publish_at < soon:
                raise ValidationError(
                    "The publication time is missing or already past.",
                    "Choose a time at least two minutes from now and schedule it again.",
                )
            return article
        if item.action in (OutboxAction.PUBLISH, OutboxAction.CORRECT) and (
            article.publish_at is not None and article.publish_at > soon
        ):
            return article.edited(publish_at=None)
        return article

    def _update(
        self,
        article: Article,
        ref: RemoteRef,
        status: RemoteStatus,
        media: int | None,
        *,
        dated: bool,
    ) -> int:
        """Write with the version we based our copy on; if the site moved on, merge and retry."""
        assert ref.remote_id is not None  # noqa: S101 - the caller checked
        remote_id, expected, base = (
            ref.remote_id,
            ref.remote_version,
            merge_base(self._store, ref, article),
        )
        for _ in range(MERGE_ROUNDS):
            outgoing = article.edited(publish_at=None) if dated else article
            post = outgoing_post(outgoing, status, featured_media=media)
            try:
                sent = self._retry(
                    partial(self._connector.update_post, remote_id, post, if_version=expected)
                )
            except Conflict:
                current = self._retry(lambda: self._connector.get_post(remote_id))
                base = self._own_earlier_write(article, current) or base
                article = self._merge(article, base, current, ref.content_sha)
                base, expected = site_version_of(current, base, ref.content_sha), current.version
                continue
            return record_sent(self._store, self._site, article, sent)
        raise KeptChanging

    def _own_earlier_write(self, article: Article, current: RemotePost) -> Article | None:
        """The site may hold a version this desk sent but never heard back about: then that
        version, not the older agreed one, is what both sides share."""
        if current.meta.client_uuid != article.uuid or not current.meta.version.isdigit():
            return None
        sent_version = int(current.meta.version)
        for revision in self._store.revisions(article.pk):
            if revision.version == sent_version:
                theirs = site_version_of(current, revision.article)
                if _same_words(theirs, revision.article):
                    return revision.article
        return None

    def _merge(self, ours: Article, base: Article, current: RemotePost, known: str) -> Article:
        theirs = site_version_of(current, base, known)
        result = merge3(base, ours, theirs)
        if not result.clean:
            self._store.keep_conflict(ours.pk, self._site.pk, base, theirs, current.version)
            raise DecisionNeeded([clash.field for clash in result.clashes])
        if result.merged.content_key() == ours.content_key():
            return ours
        return self._store.save_article(result.merged)


def _same_words(a: Article, b: Article) -> bool:
    return (a.title, a.sapo, a.body, a.bylines) == (b.title, b.sapo, b.body, b.bylines)
