"""Updating a post the site already has: write against the version this desk based its copy
on; when the site moved on meanwhile, merge three ways and write again."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from newsdesk.core.article import Article, RemoteRef
from newsdesk.core.merge import changed_fields, merge3
from newsdesk.core.site import Site
from newsdesk.render.photos import PhotoLinks, either, links_in_site_html, no_photos
from newsdesk.sites.base import OutgoingPost, RemotePost, RemoteStatus, SiteConnector
from newsdesk.sites.errors import Conflict
from newsdesk.sites.mapping import outgoing_post, trusted_content_sha
from newsdesk.store import Store
from newsdesk.sync.errors import DecisionNeeded, KeptChanging
from newsdesk.sync.retry import Retrier
from newsdesk.sync.theirs import content_sha, site_version_of

MERGE_ROUNDS = 3  # a site that changes again between every read and write is left for later


def merge_base(store: Store, ref: RemoteRef, fallback: Article) -> Article:
    """The last version both sides agreed on."""
    if ref.base is not None:
        return ref.base
    for revision in store.revisions(fallback.pk):
        if revision.version == ref.synced_version:
            return revision.article
    return fallback


class PostUpdater:
    def __init__(self, store: Store, site: Site, connector: SiteConnector, retry: Retrier) -> None:
        self._store = store
        self._site = site
        self._connector = connector
        self._retry = retry

    def update(
        self,
        article: Article,
        ref: RemoteRef,
        post: OutgoingPost,
        *,
        undated: bool,
        photos: PhotoLinks = no_photos,
    ) -> tuple[Article, RemotePost]:
        """Send ``post`` (made from ``article``, its body's photos at ``photos``) over the
        site's copy. Returns the article as sent (merged with the site's changes where there
        were some) and the site's answer."""
        assert ref.remote_id is not None  # noqa: S101 - the caller checked
        remote_id, expected = ref.remote_id, ref.remote_version
        base = merge_base(self._store, ref, article)
        # What the site holds: the agreed base, and the HTML it last showed this desk.
        site, site_sha = (None if base is article else base), ref.content_sha
        site_media: int | None = None  # the site's featured photo, once read
        for _ in range(MERGE_ROUNDS):
            post = replace(post, changed=_changes(site, site_sha, site_media, article, post))
            try:
                sent = self._retry(
                    partial(self._connector.update_post, remote_id, post, if_version=expected)
                )
            except Conflict:
                current = self._retry(lambda: self._connector.get_post(remote_id))
                base = self._own_earlier_write(article, current) or base
                merged = self._merge(article, base, current, ref.content_sha)
                base, expected = site_version_of(current, base, ref.content_sha), current.version
                site, site_sha = base, trusted_content_sha(current, ref.content_sha)
                site_media = current.featured_media
                if merged is not article:
                    article = merged
                    outgoing = article.edited(publish_at=None) if undated else article
                    # Photos the other side added are already on the site.
                    photos = either(photos, links_in_site_html(current.content_html))
                    post = outgoing_post(
                        outgoing,
                        RemoteStatus(post.status),
                        featured_media=post.featured_media,
                        photos=photos,
                    )
                continue
            return article, sent
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


def _changes(
    site: Article | None,
    site_sha: str,
    site_media: int | None,
    article: Article,
    post: OutgoingPost,
) -> frozenset[str] | None:
    """The fields a write of ``post`` (made from ``article``) changes on the site's copy
    (``site``, whose HTML has the fingerprint ``site_sha`` and whose featured photo is
    ``site_media`` where known); None when that copy is not known: then the whole post is
    written."""
    if site is None:
        return None
    changed = set(changed_fields(site, article))
    if post.featured_media is not None and (
        site_media is None or site_media in (0, post.featured_media)
    ):
        # The photo this desk has just put in the media library: the site has none, or it is
        # not known which (the site does not say unless read). A different one set on the
        # site since is kept unless this desk changed the photo too.
        changed.add("featured_image")
    if content_sha(post.content_html) != site_sha:
        # The HTML differs even where the words do not: the body's photos now have their
        # addresses on the site, say, or the HTML the site last showed is not known.
        changed |= {"body", "bylines"}
    if post.status is RemoteStatus.FUTURE:
        changed.add("publish_at")  # a schedule always says for when
    return frozenset(changed)


def _same_words(a: Article, b: Article) -> bool:
    return (a.title, a.sapo, a.body, a.bylines) == (b.title, b.sapo, b.body, b.bylines)
