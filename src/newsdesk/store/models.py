"""The ORM tables. Private to the store: the rest of the app sees only core dataclasses.

Bylines, tags and the featured image are JSON columns on the article row, not child tables.
They are always read and written together with the article, never queried on their own, and
their order matters; one row per article keeps a save a single UPDATE and keeps the row shaped
like the revision snapshot. Site roles and terms are JSON for the same reasons.

The schema itself is made by the migrations in ``migrations/versions``; a test checks that the
two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from newsdesk.core.messages import from_stored, to_stored

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite has no time zones), returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the store keeps aware times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class MessageText(TypeDecorator[str]):
    """Text that may be a :class:`~newsdesk.core.messages.Message`: kept with its template
    and values, so it reads back as a Message the window can translate."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else to_stored(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else from_stored(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    sapo: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    bylines: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    category: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON)
    featured_image: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True))
    slug: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    publish_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    snapshot: Mapped[str] = mapped_column(Text)


class SiteRow(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    display_name: Mapped[str] = mapped_column(Text)
    roles: Mapped[list[str]] = mapped_column(JSON)
    categories: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    tags: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    api_url: Mapped[str] = mapped_column(Text, server_default="")
    blog_id: Mapped[str] = mapped_column(Text, server_default="1")
    checklist: Mapped[str] = mapped_column(Text, server_default="")
    login: Mapped[str] = mapped_column(Text, server_default="")


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_site_id", "state", "site_id"),
        # At most one pending item per (article, site, action): enqueue relies on it.
        Index(
            "uq_outbox_pending",
            "article_id",
            "site_id",
            "action",
            unique=True,
            sqlite_where=text("state = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(MessageText)


class RemoteRow(Base):
    __tablename__ = "article_remotes"
    __table_args__ = (Index("ix_article_remotes_site_remote", "site_id", "remote_id"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    remote_id: Mapped[int | None] = mapped_column(Integer)
    remote_status: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text)
    synced_version: Mapped[int] = mapped_column(Integer)
    remote_version: Mapped[str] = mapped_column(Text, server_default="")
    base: Mapped[str | None] = mapped_column(Text)  # article snapshot JSON
    content_sha: Mapped[str] = mapped_column(Text, server_default="")
    activity: Mapped[str] = mapped_column(Text, server_default="")


class ConflictRow(Base):
    """At most one open conflict per article and site; resolving it deletes the row."""

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("article_id", "site_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    base: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    remote_version: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NoteRow(Base):
    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    parent: Mapped[str] = mapped_column(String(36))
    anchor: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    author_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)
    sent: Mapped[bool] = mapped_column(Boolean)


class AuditRow(Base):
    """One entry of an article's audit chain, kept as the JSON that was hashed."""

    __tablename__ = "audit_entries"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))
    sent: Mapped[bool] = mapped_column(Boolean)


class AuditHeadRow(Base):
    """The longest chain of an article's audit record this desk has taken from the site
    (its length and last hash), and why the record is not trusted now ("" when it is)."""

    __tablename__ = "audit_heads"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    length: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    problem: Mapped[str] = mapped_column(Text)


class MediaUploadRow(Base):
    """Which file (by content hash) is already on which site, and under what id."""

    __tablename__ = "media_uploads"

    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    remote_id: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text, server_default="")
