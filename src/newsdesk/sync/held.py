"""Photos a reporter may not upload: they wait with the post on the site (the Newsdesk
Bridge plugin keeps them) until an editor approves the article. The featured photo then
becomes the featured image on the site; the body's photos go in from the editor's desk,
which fetches them all to show them (see also sync/site_photos.py)."""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

from newsdesk.core.article import Article, FeaturedImage, RemoteRef
from newsdesk.core.messages import Message
from newsdesk.core.site import Site
from newsdesk.render.photos import HASH_LENGTH, photo_ref
from newsdesk.sites.base import Capability, RemotePost, SiteConnector
from newsdesk.sites.errors import ServerError
from newsdesk.store import Store, file_sha256
from newsdesk.sync.media import WaitingPhoto, featured_photo, photo_caption
from newsdesk.sync.retry import Retrier


class HeldPhotos:
    def __init__(
        self,
        site: Site,
        connector: SiteConnector,
        retry: Retrier,
        notices: list[str],
    ) -> None:
        self._site = site
        self._connector = connector
        self._retry = retry
        self._notices = notices

    def drop_removed(self, article: Article, ref: RemoteRef | None) -> None:
        """Before the post is written: a photo this desk last sent or saw waiting with the
        post, and that the user has since taken off the article, stops waiting, so approving
        the article does not bring it back."""
        if ref is None or ref.remote_id is None or ref.base is None:
            return
        if article.featured_image is not None or ref.base.featured_image is None:
            return
        if Capability.HELD_PHOTOS not in self._connector.capabilities():
            return
        path = Path(ref.base.featured_image.path)
        if not path.is_file():
            return  # nothing to tell which photo it was; one held since by someone else stays
        remote_id, sha = ref.remote_id, file_sha256(path)
        self._retry(lambda: self._connector.drop_held_photo(remote_id, sha))

    def leave_for_approval(self, article: Article, post: RemotePost) -> None:
        """After the post is on the site: a photo this user may not upload is left with it
        until an editor approves the article, where the site keeps such photos; the user is
        told which way the photo goes."""
        caps = self._connector.capabilities()
        photo = None if Capability.MEDIA_UPLOAD in caps else featured_photo(article)
        if photo is None:
            return
        image, path, sha = photo
        if (post.held_photo is not None and post.held_photo.sha256 == sha) or post.featured_media:
            return  # already waiting, or the site has its featured image
        if Capability.HELD_PHOTOS not in caps:
            self._notices.append(
                Message(
                    "Your role on “{site}” may not upload photos: the article went without "
                    "its featured photo. Send the photo to your editor, who adds it when "
                    "approving; or ask the site administrator to tick “Newsdesk reporters may "
                    "upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then "
                    "submit the article again.",
                    site=self._site.name,
                )
            )
            return
        self._retry(
            lambda: self._connector.hold_photo(
                post.id, path, sha256=sha, alt=image.alt, caption=photo_caption(image)
            )
        )
        self._notices.append(
            Message(
                "The photo {name} waits on “{site}” for an editor: your role may not upload "
                "photos, so it becomes the article's featured image when an editor approves "
                "the article.",
                name=path.name,
                site=self._site.name,
            )
        )

    def leave_body_photos(self, post: RemotePost, waiting: list[WaitingPhoto]) -> None:
        """After the post is on the site: the body's photos this user may not upload wait
        with it, where the site keeps such photos, for the editor's desk to put them in when
        approving; the user is told which way they go."""
        if not waiting:
            return
        names = ", ".join(photo.path.name for photo in waiting)
        if Capability.HELD_PHOTOS not in self._connector.capabilities():
            self._notices.append(
                Message(
                    "Your role on “{site}” may not upload photos: the article went without "
                    "the photos in its body ({names}). Send them to your editor, or ask the "
                    "site administrator to tick “Newsdesk reporters may upload photos” "
                    "(Settings → Media, with the Newsdesk Bridge plugin), then submit the "
                    "article again.",
                    site=self._site.name,
                    names=names,
                )
            )
            return
        held = {photo.sha256 for photo in post.held_body_photos}
        new = [photo for photo in waiting if photo.sha256 not in held]
        for photo in new:
            hold = partial(
                self._connector.hold_photo, post.id, photo.path, sha256=photo.sha256, in_body=True
            )
            self._retry(hold)
        if new:
            self._notices.append(
                Message(
                    "The photos {names} of the article's body wait on “{site}” for an editor: "
                    "your role may not upload photos, so they go into the article when an "
                    "editor approves it in Newsdesk.",
                    names=", ".join(photo.path.name for photo in new),
                    site=self._site.name,
                )
            )


def with_held_photo(
    store: Store, connector: SiteConnector, retry: Retrier, article: Article, post: RemotePost
) -> Article:
    """On a desk that may upload photos (an editor's): the reporter's photo waiting with
    ``post`` becomes the article's featured image, so the editor sees it in the preview;
    approving uploads it. ``article`` unchanged when it has its photo or nothing waits."""
    current = article.featured_image
    if current is not None and current.path and Path(current.path).is_file():
        return article
    if post.held_photo is None or Capability.MEDIA_UPLOAD not in connector.capabilities():
        return article
    path = retry(lambda: fetch_held_photo(store, connector, post))
    if path is None:
        return article
    image = FeaturedImage(
        str(path), post.meta.image_caption, post.meta.image_credit, post.held_photo.alt
    )
    return article.edited(featured_image=image)


def fetch_held_photo(store: Store, connector: SiteConnector, post: RemotePost) -> Path | None:
    """For the editor's review: the photo waiting with ``post``, saved in the desk's photo
    folder (next to its database), or None when nothing waits."""
    held = post.held_photo
    if held is None:
        return None
    name = Path(held.filename).name.removeprefix(f"{held.sha256[:HASH_LENGTH]}-") or "photo.jpg"
    kept = store.photos.find(photo_ref(held.sha256, name))
    if kept is not None and file_sha256(kept) == held.sha256:
        return kept
    data = connector.fetch_held_photo(post.id)
    if hashlib.sha256(data).hexdigest() != held.sha256:
        raise ServerError(
            Message("The photo waiting with the article came back damaged."),
            Message("Newsdesk will try again."),
        )
    return store.photos.keep_bytes(data, name)[1]
