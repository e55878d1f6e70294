"""Photos of a body that another desk sent: this desk fetches the copies the site shows, or
those waiting for an editor's approval, so its preview shows them and a later send finds them
on the site (or uploads them, on an editor's desk) instead of losing them."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from functools import partial

from newsdesk.core.article import Article
from newsdesk.render.photos import links_in_site_html, parse_ref, photos_in
from newsdesk.sites.base import RemotePost, SiteConnector
from newsdesk.sites.errors import SiteError
from newsdesk.store import Store
from newsdesk.sync.retry import Retrier

log = logging.getLogger(__name__)


def _source(
    connector: SiteConnector, post: RemotePost, url: str | None, prefix: str
) -> Callable[[], bytes] | None:
    """How to fetch the photo whose hash starts with ``prefix``: at ``url``, where the post
    shows it, or waiting with the post."""
    if url is not None:
        return partial(connector.fetch_media, url)
    for held in post.held_body_photos:
        if held.sha256.startswith(prefix):
            return partial(connector.fetch_held_photo, post.id, held.sha256)
    return None


def fetch_body_photos(
    store: Store, connector: SiteConnector, retry: Retrier, article: Article, post: RemotePost
) -> None:
    """Keep every photo ``article``'s body names that this desk lacks and the site has. A
    photo the site cannot give stays missing: the article is still usable without it."""
    shown = links_in_site_html(post.content_html)
    for ref in photos_in(article.body):
        parsed = parse_ref(ref)
        if parsed is None or store.photos.find(ref) is not None:
            continue
        fetch = _source(connector, post, shown(ref), parsed[0])
        if fetch is None:
            continue
        try:
            data = retry(fetch)
        except SiteError as error:
            log.info("photo %s of post %s not fetched: %s", ref, post.id, error)
            continue
        if not hashlib.sha256(data).hexdigest().startswith(parsed[0]):
            log.info("photo %s of post %s: the site's file is another one", ref, post.id)
            continue
        store.photos.keep_bytes(data, parsed[1])
