"""The featured photo: uploaded once per site and found again by its content hash; or, where
this user may not upload, left with the post for the editor's approval."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsdesk.core.article import Article, FeaturedImage, RemoteRef
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.site import Site
from newsdesk.sites.base import Capability, RemotePost, SiteConnector
from newsdesk.sites.errors import ServerError
from newsdesk.store import Store
from newsdesk.sync.retry import Retrier


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def photo_caption(image: FeaturedImage) -> str:
    """The caption as the portal prints it under a photo: the words, then who took it."""
    return " - Ảnh: ".join(p for p in (image.caption, image.credit) if p)


class PhotoSender:
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

    def _photo(self, article: Article) -> tuple[FeaturedImage, Path, str] | None:
        image = article.featured_image
        if image is None or not image.path:
            return None
        path = Path(image.path)
        if not path.is_file():
            raise ValidationError(
                Message("The featured photo {path} is no longer on this computer.", path=str(path)),
                Message("Choose the photo again or remove it from the article."),
            )
        return image, path, file_sha256(path)

    def media_id(self, article: Article) -> int | None:
        """The site's media id for the article's featured photo, uploading it if this user
        may. None without a photo, or when it has to wait (see :meth:`leave_for_approval`)."""
        photo = self._photo(article)
        if photo is None:
            return None
        image, path, sha = photo
        known = self._store.uploaded_media(self._site.pk, sha)
        if known is not None:
            return known
        if Capability.MEDIA_UPLOAD not in self._connector.capabilities():
            return None

        def upload() -> int:
            """Look first: an earlier upload whose answer was lost must not be made twice."""
            found = self._connector.find_media(sha)
            if found is not None:
                return found
            return self._connector.upload_media(
                path, sha256=sha, alt=image.alt, caption=photo_caption(image)
            )

        media_id = self._retry(upload)
        self._store.remember_media(self._site.pk, sha, media_id)
        return media_id

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
        photo = None if Capability.MEDIA_UPLOAD in caps else self._photo(article)
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
    name = Path(held.filename).name.removeprefix(f"{held.sha256[:16]}-") or "photo.jpg"
    path = store.path.parent / "photos" / held.sha256[:16] / name
    if path.is_file() and file_sha256(path) == held.sha256:
        return path
    data = connector.fetch_held_photo(post.id)
    if hashlib.sha256(data).hexdigest() != held.sha256:
        raise ServerError(
            Message("The photo waiting with the article came back damaged."),
            Message("Newsdesk will try again."),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path
