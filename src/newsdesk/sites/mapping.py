"""Articles to posts and back. Markdown, sapo and bylines travel in the post's meta so that
another desktop gets the article the reporter wrote, not HTML converted back."""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import UTC, datetime

from newsdesk.core.article import Article, Byline, FeaturedImage, WorkflowStatus
from newsdesk.render import article_content_html
from newsdesk.render.html_markdown import html_to_markdown
from newsdesk.render.photos import PhotoLinks, links_in_site_html, no_photos
from newsdesk.sites.base import OutgoingPost, PostMeta, RemotePost, RemoteStatus
from newsdesk.text.bylines import parse_bylines
from newsdesk.text.dates import parse_utc
from newsdesk.text.normalize import clean_block, clean_line

S = WorkflowStatus
_IN_REVIEW = frozenset({S.SUBMITTED, S.APPROVED, S.SCHEDULED})
_PUBLIC = frozenset({S.PUBLISHED, S.CORRECTED})


def local_status(
    remote_status: str, current: WorkflowStatus | None = None
) -> WorkflowStatus | None:
    """The desk status a site status means, given what this desk knew (``current``); None
    for a site status Newsdesk does not follow.

    Plain WordPress has fewer states than the desk: "draft" is also a returned or an
    unpublished article, and "pending" also an approved one. Where the site cannot tell, the
    move that leads there from ``current`` decides.
    """
    try:
        remote = RemoteStatus(remote_status)
    except ValueError:
        return None
    if remote is RemoteStatus.DRAFT:
        if current in _IN_REVIEW:
            return S.CHANGES_REQUESTED
        if current in _PUBLIC:
            return S.UNPUBLISHED
        if current in (S.CHANGES_REQUESTED, S.UNPUBLISHED):
            return current
        return S.DRAFT
    if remote is RemoteStatus.PENDING:
        return S.APPROVED if current is S.APPROVED else S.SUBMITTED
    if remote in (RemoteStatus.PUBLISH, RemoteStatus.PRIVATE):
        return S.CORRECTED if current is S.CORRECTED else S.PUBLISHED
    return {
        RemoteStatus.FUTURE: S.SCHEDULED,
        RemoteStatus.RETURNED: S.CHANGES_REQUESTED,
        RemoteStatus.APPROVED: S.APPROVED,
    }.get(remote)


def bylines_to_json(bylines: tuple[Byline, ...]) -> str:
    return json.dumps([{"name": b.name, "role": b.role} for b in bylines], ensure_ascii=False)


def bylines_from_json(text: str) -> tuple[Byline, ...]:
    try:
        items = json.loads(text) if text else []
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        Byline(clean_line(str(i.get("name", ""))), clean_line(str(i.get("role", ""))))
        for i in items
        if isinstance(i, dict) and i.get("name")
    )


def outgoing_post(
    article: Article,
    status: RemoteStatus,
    *,
    featured_media: int | None = None,
    photos: PhotoLinks = no_photos,
) -> OutgoingPost:
    """The post for ``article``; the body's photos point where ``photos`` says, or are left
    out (render/photos.py)."""
    image = article.featured_image
    return OutgoingPost(
        title=article.title,
        excerpt=article.sapo,
        content_html=article_content_html(article, photos),
        status=status,
        category=article.category,
        tags=article.tags,
        slug=article.slug,
        date_gmt=article.publish_at.astimezone(UTC) if article.publish_at else None,
        featured_media=featured_media,
        meta=PostMeta(
            client_uuid=article.uuid,
            markdown=article.body,
            sapo=article.sapo,
            bylines_json=bylines_to_json(article.bylines),
            source=article.source,
            image_caption=image.caption if image else "",
            image_credit=image.credit if image else "",
            version=str(article.version),
        ),
    )


_BYLINE_PARAGRAPH = re.compile(
    r'<p[^>]*class="[^"]*newsdesk-byline[^"]*"[^>]*>(.*?)</p>', re.DOTALL | re.IGNORECASE
)


def bylines_in_html(content_html: str) -> tuple[Byline, ...]:
    """The bylines from the author line Newsdesk writes at the end of the post's HTML (for
    sites without the plugin, where the bylines are not kept as meta)."""
    found = _BYLINE_PARAGRAPH.findall(content_html)
    if not found:
        return ()
    text = clean_line(html.unescape(re.sub(r"<[^>]+>", "", found[-1])))
    return tuple(byline for group in text.split("; ") for byline in parse_bylines(group))


def content_sha(content_html: str) -> str:
    """The fingerprint of a post's HTML as the site returned it."""
    return hashlib.sha256(content_html.encode("utf-8")).hexdigest()


def post_bylines(post: RemotePost) -> tuple[Byline, ...]:
    """The bylines the post carries: in meta (with the plugin), else in its author line."""
    return bylines_from_json(post.meta.bylines_json) or bylines_in_html(post.content_html)


def markdown_is_content(post: RemotePost, known_sha: str = "") -> bool:
    """Whether the Markdown Newsdesk keeps on the post is still what the post shows.

    The one rule for every way of reading a post: someone may have edited the post's HTML
    on the site (the WordPress editor, another tool) after Newsdesk wrote both; then the
    Markdown is stale and the HTML is the article. ``known_sha`` is the fingerprint of HTML
    this desk knows matched its Markdown (it sent or read both); an equal fingerprint
    spares rendering the Markdown again to compare.
    """
    markdown = post.meta.markdown
    if not markdown:
        return False
    if known_sha and content_sha(post.content_html) == known_sha:
        return True
    written = Article(uuid="", body=clean_block(markdown), bylines=post_bylines(post))
    return article_content_html(written, links_in_site_html(post.content_html)) == (
        post.content_html
    )


def trusted_content_sha(post: RemotePost, known_sha: str = "") -> str:
    """The fingerprint to remember for the post's HTML (the ``known_sha`` of later reads):
    empty while its Markdown is stale, so that it is never trusted again by fingerprint and
    the next write from the desk sends the body whole."""
    return content_sha(post.content_html) if markdown_is_content(post, known_sha) else ""


def post_markdown(post: RemotePost, known_sha: str = "") -> str:
    """The post's body as Markdown, by :func:`markdown_is_content`."""
    if markdown_is_content(post, known_sha):
        return clean_block(post.meta.markdown)
    return clean_block(html_to_markdown(post.content_html))


def article_from_post(post: RemotePost, base: Article, known_sha: str = "") -> Article:
    """``base`` updated with what the site holds (the body by :func:`post_markdown`; the
    category and tags where the connector read their names). Everything is normalised on
    the way in. The slug, publication time and featured photo stay ``base``'s: the site
    fills those in itself (a generated slug, the submission time)."""
    meta = post.meta
    categories = post.category_names
    image = base.featured_image
    if image is not None and (meta.image_caption or meta.image_credit):
        caption, credit = clean_line(meta.image_caption), clean_line(meta.image_credit)
        image = FeaturedImage(image.path, caption, credit, image.alt)
    status = local_status(post.status, base.status) or base.status
    publish_at = scheduled_time(post) if status is S.SCHEDULED else None
    return base.edited(
        uuid=meta.client_uuid or base.uuid,
        title=clean_line(post.title),
        sapo=clean_block(post.excerpt or meta.sapo),
        body=post_markdown(post, known_sha),
        bylines=post_bylines(post) or base.bylines,
        source=clean_line(meta.source) or base.source,
        category=clean_line(categories[0]) if categories else base.category,
        tags=base.tags if post.tag_names is None else tuple(map(clean_line, post.tag_names)),
        featured_image=image,
        status=status,
        publish_at=publish_at or base.publish_at,
    )


def scheduled_time(post: RemotePost) -> datetime | None:
    """When a scheduled post goes out, as the site says (UTC); None for any other post.
    The site's word is what every desk shows."""
    if post.status != RemoteStatus.FUTURE or not post.date_gmt:
        return None
    return parse_utc(post.date_gmt)
