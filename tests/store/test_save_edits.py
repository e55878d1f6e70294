"""The editor's save keeps what a person edited and never what a move decided: a copy read
before a move, saved after it, leaves the move's status and publication time in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.core import Byline, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.workflow import Action
from newsdesk.desk.moves import record_move
from newsdesk.store import Store

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"
PARAGRAPHS = SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:3]
ADDED = "Hội nghị đã khen thưởng 25 tập thể và 40 cá nhân có thành tích xuất sắc."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "desk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def editor_site(store: Store) -> Site:
    return store.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))


def _submitted(store: Store) -> Article:
    return store.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
            body="\n\n".join(PARAGRAPHS),
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=WorkflowStatus.SUBMITTED,
        )
    )


def test_a_copy_read_before_a_move_keeps_the_moves_status_when_saved(
    store: Store, editor_site: Site
) -> None:
    read_before = _submitted(store)
    record_move(store, editor_site, read_before, Action.APPROVE)
    edited = read_before.edited(body=read_before.body + "\n\n" + ADDED)

    saved = store.save_edits(edited)

    assert saved.status is WorkflowStatus.APPROVED
    assert store.get_article(saved.pk).status is WorkflowStatus.APPROVED
    assert store.get_article(saved.pk).body.endswith(ADDED)


def test_a_copy_read_before_a_schedule_keeps_its_time(store: Store, editor_site: Site) -> None:
    read_before = _submitted(store)
    at = datetime.now(UTC) + timedelta(hours=3)
    record_move(store, editor_site, read_before, Action.SCHEDULE, at=at)
    edited = read_before.edited(title="Tổng kết công tác Mặt trận năm 2020")

    saved = store.save_edits(edited)

    assert (saved.status, saved.publish_at) == (WorkflowStatus.SCHEDULED, at.astimezone(UTC))
    assert saved.title == "Tổng kết công tác Mặt trận năm 2020"


def test_a_publication_time_the_person_changed_is_kept(store: Store, editor_site: Site) -> None:
    read_before = _submitted(store)
    record_move(store, editor_site, read_before, Action.APPROVE)
    at = datetime(2027, 1, 2, 1, 0, tzinfo=UTC)

    saved = store.save_edits(read_before.edited(publish_at=at))

    assert (saved.status, saved.publish_at) == (WorkflowStatus.APPROVED, at)
