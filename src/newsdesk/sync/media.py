"""Photos going up: each file once per site, found again by its content hash. The featured
photo becomes the post's featured image; the body's photos point at their addresses on the
site. Where this user may not upload, sync/held.py says what happens instead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsdesk.core.article import Article, FeaturedImage
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message
from newsdesk.core.site import RemoteMedia, Site
from newsdesk.render.photos import PhotoLinks, caption_line, parse_ref, photos_in
from newsdesk.sites.base import Capability, SiteConnector
from newsdesk.store import Store, file_sha256
from newsdesk.sync.retry import Retrier


@dataclass(frozen=True, slots=True)
class WaitingPhoto:
    """A photo of the body this user may not upload: its copy on this desk and its hash."""

    path: Path
    sha256: str


def photo_caption(image: FeaturedImage) -> str:
    """The caption as the portal prints it under a photo: the words, then who took it."""
    return caption_line(image.caption, image.credit)


def featured_photo(article: Article) -> tuple[FeaturedImage, Path, str] | None:
    """The article's featured photo, its file and content hash; None without one."""
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

    def _media(
        self, path: Path, sha: str, alt: str, caption: str, *, need_url: bool
    ) -> RemoteMedia | None:
        """The file on the site, uploaded now if it is not there yet and this user may; None
        when it has to wait. Its address is looked up when ``need_url`` and this desk does
        not know it (it remembered the upload before it kept addresses)."""
        known = self._store.uploaded_media(self._site.pk, sha)
        if known is not None and (known.url or not need_url):
            return known
        may_upload = Capability.MEDIA_UPLOAD in self._connector.capabilities()
        if known is None and not may_upload:
            return None

        def upload() -> RemoteMedia | None:
            """Look first: an earlier upload whose answer was lost must not be made twice."""
            found = self._connector.find_media(sha)
            if found is not None or not may_upload:
                return found
            return self._connector.upload_media(path, sha256=sha, alt=alt, caption=caption)

        media = self._retry(upload)
        if media is not None:
            self._store.remember_media(self._site.pk, sha, media)
        return media

    def media_id(self, article: Article) -> int | None:
        """The site's media id for the article's featured photo, uploading it if this user
        may. None without a photo, or when it has to wait (see sync/held.py)."""
        photo = featured_photo(article)
        if photo is None:
            return None
        image, path, sha = photo
        media = self._media(path, sha, image.alt, photo_caption(image), need_url=False)
        return None if media is None else media.id

    def body_links(self, article: Article) -> tuple[PhotoLinks, list[WaitingPhoto]]:
        """Where the site shows each photo of the body, uploading those it lacks; and the
        photos this user may not upload, left out of the post (see sync/held.py)."""
        addresses: dict[str, str] = {}
        waiting: list[WaitingPhoto] = []
        missing: list[str] = []
        for ref in photos_in(article.body):
            path = self._store.photos.find(ref)
            if path is None:
                parsed = parse_ref(ref)
                missing.append(parsed[1] if parsed else ref)
                continue
            sha = file_sha256(path)
            media = self._media(path, sha, "", "", need_url=True)
            if media is None or not media.url:
                waiting.append(WaitingPhoto(path, sha))
            else:
                addresses[ref] = media.url
        if missing:
            self._notices.append(
                Message(
                    "“{title}” went without the photos {names} in its body: they are not on "
                    "this computer. Insert them again (Image in the toolbar) and send the "
                    "article again.",
                    title=article.title,
                    names=", ".join(missing),
                )
            )
        return addresses.get, waiting
