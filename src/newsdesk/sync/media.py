"""The featured photo: uploaded once per site, found again by its content hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.site import Site
from newsdesk.sites.base import Capability, SiteConnector
from newsdesk.store import Store
from newsdesk.sync.retry import Retrier

PHOTO_WAITS = (
    "Your role on “{site}” may not upload photos: the article went without its featured "
    "photo. Send the photo to your editor, who adds it when approving; or ask the site "
    "administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the "
    "Newsdesk Bridge plugin), then submit the article again."
)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def featured_media_id(
    store: Store,
    site: Site,
    connector: SiteConnector,
    article: Article,
    *,
    retry: Retrier,
    notices: list[str],
) -> int | None:
    """The site's media id for the article's featured photo, uploading it if needed."""
    image = article.featured_image
    if image is None or not image.path:
        return None
    path = Path(image.path)
    if not path.is_file():
        raise ValidationError(
            f"The featured photo {path} is no longer on this computer.",
            "Choose the photo again or remove it from the article.",
        )
    sha = file_sha256(path)
    known = store.uploaded_media(site.pk, sha)
    if known is not None:
        return known
    if Capability.MEDIA_UPLOAD not in connector.capabilities():
        notices.append(PHOTO_WAITS.format(site=site.name))
        return None
    caption = " - Ảnh: ".join(p for p in (image.caption, image.credit) if p)

    def upload() -> int:
        """Look first: an earlier upload whose answer was lost must not be made twice."""
        found = connector.find_media(sha)
        if found is not None:
            return found
        return connector.upload_media(path, sha256=sha, alt=image.alt, caption=caption)

    media_id = retry(upload)
    store.remember_media(site.pk, sha, media_id)
    return media_id
