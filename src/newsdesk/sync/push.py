"""Sending one outbox item, in three steps the engine can overlap between articles:
``prepare`` (local: count the attempt, read, render), ``transmit`` (the site) and ``complete``
(local: record what the site now holds and mark the item done)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from newsdesk.core.article import Article, RemoteRef
from newsdesk.core.errors import NewsdeskError, ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.outbox import OutboxAction, OutboxItem
from newsdesk.core.site import Site
from newsdesk.core.workflow import SCHEDULE_LEAD
from newsdesk.render import article_content_html
from newsdesk.render.photos import PhotoLinks, no_photos, photos_in
from newsdesk.sites.base import (
    Capability,
    OutgoingPost,
    RemotePost,
    RemoteStatus,
    SiteConnector,
)
from newsdesk.sites.errors import AuthError, Conflict, SiteError
from newsdesk.sites.mapping import local_status, outgoing_post
from newsdesk.store import Store
from newsdesk.sync.held import HeldPhotos
from newsdesk.sync.media import PhotoSender, WaitingPhoto
from newsdesk.sync.records import RecordSync, move_name
from newsdesk.sync.retry import Retrier
from newsdesk.sync.theirs import content_sha, site_version_of
from newsdesk.sync.update import PostUpdater
from newsdesk.sync.validation import check_ready_to_send


def _may_heal(error: NewsdeskError) -> bool:
    """Whether the same request may succeed later without a person doing anything (a wrong
    password is fixed by a person, but stops the site rather than failing the item)."""
    return isinstance(error, SiteError) and (error.retryable or isinstance(error, AuthError))


def record_sent(
    store: Store, site: Site, article: Article, post: RemotePost, *, done_item: int | None = None
) -> int:
    """The site now holds ``article``: remember that as the new common base (and, with
    ``done_item``, mark that outbox item done), in one unit of work. Returns the post's id."""
    with store.transaction() as tx:
        status = local_status(post.status, article.status)
        if status is not None and status != article.status:
            article = tx.save_article(article.edited(status=status))
        ref = RemoteRef(
            site.pk,
            post.id,
            post.status,
            post.link,
            synced_version=article.version,
            remote_version=post.version,
            base=article,
            content_sha=content_sha(post.content_html),
            activity=post.activity,
        )
        if done_item is None:
            tx.set_remote(article.pk, ref)
        else:
            tx.finish_send(done_item, article.pk, ref)
    return post.id


@dataclass(frozen=True, slots=True)
class Prepared:
    """An outbox item ready to go: its attempt is counted, its post rendered."""

    item: OutboxItem
    article: Article
    ref: RemoteRef | None
    tried_before: bool
    records_waiting: bool
    post: OutgoingPost | None = None  # None for an item that only carries notes
    undated: bool = False  # the post goes without the article's (future) publication time


@dataclass(frozen=True, slots=True)
class Sent:
    article: Article  # as sent: merged with the site's changes where there were some
    post: RemotePost  # the site's answer


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
        """All three steps, one after the other."""
        prepared = self.prepare(item)
        self.complete(prepared, self.transmit(prepared))

    def prepare(self, item: OutboxItem) -> Prepared:
        """Local work only, so it may run while another article is on its way."""
        start = self._store.begin_send(item.id)
        prepared = Prepared(
            item, start.article, start.ref, start.tried_before, start.records_waiting
        )
        if item.action is OutboxAction.NOTE:
            return prepared
        article = start.article
        check_ready_to_send(article)
        outgoing = self._dated(item, article)
        post = outgoing_post(outgoing, self._status(item, start.ref))
        return replace(prepared, post=post, undated=outgoing != article)

    def transmit(self, prepared: Prepared) -> Sent | None:
        """Create or update the post on the site. None for an item that only carries notes."""
        article, ref = prepared.article, prepared.ref
        if prepared.post is None:
            if ref is not None and ref.remote_id is not None:
                self._push_records(prepared.item, article.pk, ref.remote_id)
            return None
        try:
            return self._write_post(prepared)
        except NewsdeskError as exc:
            done = None if _may_heal(exc) else self._move_on_site(prepared, exc)
            if done is None:
                raise
            return done

    def _write_post(self, prepared: Prepared) -> Sent:
        assert prepared.post is not None  # noqa: S101 - transmit checked
        article, ref = prepared.article, prepared.ref
        if (ref is None or ref.remote_id is None) and prepared.tried_before:
            ref = self._find_earlier_create(article)
        photos = PhotoSender(self._store, self._site, self._connector, self._retry, self._notices)
        held = HeldPhotos(self._site, self._connector, self._retry, self._notices)
        held.drop_removed(article, ref)
        post = replace(prepared.post, featured_media=photos.media_id(article))
        links: PhotoLinks = no_photos
        waiting: list[WaitingPhoto] = []
        if photos_in(article.body):
            links, waiting = photos.body_links(article)
            post = replace(post, content_html=article_content_html(article, links))
        if ref is None or ref.remote_id is None:
            sent = Sent(article, self._create(article, post))
        else:
            if ref is not prepared.ref:  # found by its UUID: the status follows the site's
                post = replace(post, status=self._status(prepared.item, ref))
            updater = PostUpdater(self._store, self._site, self._connector, self._retry)
            update = updater.update(article, ref, post, undated=prepared.undated, photos=links)
            sent = Sent(*update)
        held.leave_for_approval(sent.article, sent.post)
        held.leave_body_photos(sent.post, waiting)
        return sent

    def needs_site_to_complete(self, prepared: Prepared, sent: Sent | None) -> bool:
        """Whether completing the item still talks to the site (notes or audit to send)."""
        return sent is None or prepared.records_waiting

    def complete(self, prepared: Prepared, sent: Sent | None) -> None:
        item = prepared.item
        if sent is None:
            self._store.mark_done(item.id)
        elif not prepared.records_waiting:
            record_sent(self._store, self._site, sent.article, sent.post, done_item=item.id)
        else:
            # The site made the move: it is done, whatever becomes of the records with it.
            remote_id = record_sent(
                self._store, self._site, sent.article, sent.post, done_item=item.id
            )
            self._push_records(item, sent.article.pk, remote_id)

    def _push_records(self, item: OutboxItem, article_id: int, remote_id: int) -> None:
        """Send the article's notes and audit entries. They never undo a move the site made:
        after a move they are queued on their own for the next sync when they fail; a failure
        that may heal stops this sync for the site, one a person must fix is told."""
        try:
            self._records().push(article_id, remote_id)
        except NewsdeskError as exc:
            if item.action is not OutboxAction.NOTE:
                self._store.enqueue(article_id, self._site.pk, OutboxAction.NOTE)
            if _may_heal(exc):
                raise
            self._notices.append(
                Message(
                    "The article's notes and audit record could not be sent: {reason}",
                    reason=str(exc),
                )
            )

    def _move_on_site(self, prepared: Prepared, error: NewsdeskError) -> Sent | None:
        """After the site refused writing the post: whether the move happened is read from the
        site. It did when the post now holds this very version of the article (the plugin
        keeps the desk's version number) in the status the move asks for, as when an earlier
        try went through without its answer reaching this desk."""
        ref, post = prepared.ref, prepared.post
        if ref is None or ref.remote_id is None or post is None:
            return None
        remote_id = ref.remote_id
        try:
            current = self._retry(lambda: self._connector.get_post(remote_id))
        except NewsdeskError as exc:
            if _may_heal(exc):
                raise  # undecided: the item waits for a sync that can read the site
            return None
        ours = current.meta.client_uuid == prepared.article.uuid and current.meta.version == str(
            prepared.article.version
        )
        if not ours or current.status != str(post.status):
            return None
        self._notices.append(
            Message(
                "The site made the move ({move}), but a step after it failed: {reason}",
                move=move_name(prepared.item.action.value),
                reason=str(error),
            )
        )
        return Sent(prepared.article, current)

    def _records(self) -> RecordSync:
        return RecordSync(self._store, self._connector, self._retry, self._notices)

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
        now = datetime.now(UTC)
        if item.action is OutboxAction.SCHEDULE:
            if article.publish_at is None or article.publish_at < now + SCHEDULE_LEAD:
                raise ValidationError(
                    Message("The publication time is missing or already past."),
                    Message("Choose a time at least two minutes from now and schedule it again."),
                )
            return article
        if item.action in (OutboxAction.PUBLISH, OutboxAction.CORRECT) and (
            article.publish_at is not None and article.publish_at > now
        ):
            return article.edited(publish_at=None)
        return article
