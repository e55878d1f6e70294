"""Rows to core values and back."""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.core import (
    Article,
    OutboxAction,
    OutboxItem,
    OutboxState,
    RemoteRef,
    Site,
    SiteKind,
    Term,
    WorkflowStatus,
)
from newsdesk.core.checklist import Checklist
from newsdesk.core.conflict import PendingConflict
from newsdesk.store.article_json import (
    bylines_from_list,
    bylines_to_list,
    from_json,
    image_from_dict,
    image_to_dict,
    to_json,
)
from newsdesk.store.models import ArticleRow, ConflictRow, OutboxRow, RemoteRow, SiteRow


def utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: the store keeps aware times only")
    return value.astimezone(UTC)


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        uuid=row.uuid,
        title=row.title,
        sapo=row.sapo,
        body=row.body,
        bylines=bylines_from_list(row.bylines),
        category=row.category,
        tags=tuple(row.tags),
        featured_image=image_from_dict(row.featured_image),
        slug=row.slug,
        source=row.source,
        publish_at=row.publish_at,
        status=WorkflowStatus(row.status),
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def fill_article_row(row: ArticleRow, article: Article) -> None:
    """Copy every field but the id onto ``row``, times in UTC."""
    row.uuid = article.uuid
    row.title = article.title
    row.sapo = article.sapo
    row.body = article.body
    row.bylines = bylines_to_list(article.bylines)
    row.category = article.category
    row.tags = list(article.tags)
    row.featured_image = image_to_dict(article.featured_image)
    row.slug = article.slug
    row.source = article.source
    row.publish_at = None if article.publish_at is None else utc(article.publish_at)
    row.status = WorkflowStatus(article.status).value
    row.version = article.version
    row.created_at = utc(article.created_at)
    row.updated_at = utc(article.updated_at)


def site_from_row(row: SiteRow) -> Site:
    return Site(
        id=row.id,
        name=row.name,
        url=row.url,
        username=row.username,
        kind=SiteKind(row.kind),
        display_name=row.display_name,
        roles=tuple(row.roles),
        categories=tuple(Term(id=t["id"], name=t["name"]) for t in row.categories),
        tags=tuple(Term(id=t["id"], name=t["name"]) for t in row.tags),
        api_url=row.api_url,
        blog_id=row.blog_id,
        checklist=Checklist.from_json(row.checklist),
        login=row.login,
    )


def fill_site_row(row: SiteRow, site: Site) -> None:
    row.name = site.name
    row.url = site.url
    row.username = site.username
    row.kind = SiteKind(site.kind).value
    row.display_name = site.display_name
    row.roles = list(site.roles)
    row.categories = [{"id": t.id, "name": t.name} for t in site.categories]
    row.tags = [{"id": t.id, "name": t.name} for t in site.tags]
    row.api_url = site.api_url
    row.blog_id = site.blog_id
    row.checklist = site.checklist.to_json()
    row.login = site.login


def remote_from_row(row: RemoteRow) -> RemoteRef:
    return RemoteRef(
        site_id=row.site_id,
        remote_id=row.remote_id,
        remote_status=row.remote_status,
        link=row.link,
        synced_version=row.synced_version,
        remote_version=row.remote_version,
        base=None if row.base is None else from_json(row.base),
        content_sha=row.content_sha,
        activity=row.activity,
    )


def fill_remote_row(row: RemoteRow, ref: RemoteRef) -> None:
    row.remote_id = ref.remote_id
    row.remote_status = ref.remote_status
    row.link = ref.link
    row.synced_version = ref.synced_version
    row.remote_version = ref.remote_version
    row.base = None if ref.base is None else to_json(ref.base)
    row.content_sha = ref.content_sha
    row.activity = ref.activity


def outbox_item_from_row(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        article_id=row.article_id,
        site_id=row.site_id,
        action=OutboxAction(row.action),
        state=OutboxState(row.state),
        created_at=row.created_at,
        attempts=row.attempts,
        last_error=row.last_error,
    )


def conflict_from_row(row: ConflictRow) -> PendingConflict:
    return PendingConflict(
        id=row.id,
        article_id=row.article_id,
        site_id=row.site_id,
        base=from_json(row.base),
        theirs=from_json(row.theirs),
        remote_version=row.remote_version,
        created_at=row.created_at,
    )
