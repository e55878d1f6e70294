"""A post an editor scheduled reaches every desk with its publication time: the site's word."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.core import Byline, OutboxAction, Site, WorkflowStatus, new_article
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeSite

AT = datetime(2026, 12, 9, 0, 30, tzinfo=UTC)  # 07:30 in Vietnam


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "desk.sqlite3")
    yield store
    store.close()


def _engine(store: Store, fake: FakeSite) -> SyncEngine:
    return SyncEngine(
        store, lambda _site: fake.connector(), retry=RetryPolicy(attempts=1), workers=1
    )


def _submitted(store: Store, fake: FakeSite) -> tuple[int, int]:
    site = store.add_site(Site("portal", "https://example.org", "pv", roles=("contributor",)))
    article = store.create_article(
        new_article(
            title="Hội nghị giao ban",
            sapo="Sa-pô",
            body="Đoạn một.",
            bylines=(Byline("Thủy Phương"),),
            status=WorkflowStatus.SUBMITTED,
        )
    )
    store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
    assert _engine(store, fake).run().ok
    return article.pk, next(iter(fake.posts))


@pytest.mark.parametrize("content_changed", [False, True])
def test_the_reporters_desk_learns_when_its_scheduled_article_goes_out(
    store, content_changed
) -> None:
    fake = FakeSite()
    article_id, post_id = _submitted(store, fake)
    post = fake.posts[post_id]
    fake.posts[post_id] = replace(
        post,
        status="future",
        date_gmt=AT.strftime("%Y-%m-%dT%H:%M:%S"),
        # With the plugin a status change alone keeps the save counter.
        version=post.version + ("-edited" if content_changed else ""),
    )

    report = _engine(store, fake).run()

    assert report.updated_from_site == [article_id]
    article = store.get_article(article_id)
    assert article.status is WorkflowStatus.SCHEDULED
    assert article.publish_at == AT
