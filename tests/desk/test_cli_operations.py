"""The command line runs the same operations as the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import cli
from newsdesk.core import Byline, OutboxAction, RemoteRef, Site, new_article
from newsdesk.desk import Desk
from newsdesk.logs import stop_logging
from newsdesk.store import Store
from newsdesk.sync.report import SyncReport


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "sync", lambda *_args, **_kwargs: SyncReport())
    yield
    stop_logging()


def _conflicted(data_dir: Path) -> int:
    with Store.open(data_dir / "newsdesk.sqlite3") as store:
        site = store.add_site(Site("portal", "https://example.invalid", "pv", roles=("author",)))
        base = store.create_article(
            new_article(title="Hội nghị", body="Đoạn một.", bylines=(Byline("Thủy Phương"),))
        )
        store.set_remote(base.pk, RemoteRef(site.pk, 9, "pending", "https://example.invalid/9"))
        store.save_article(base.edited(title="Hội nghị tổng kết"))
        store.keep_conflict(base.pk, site.pk, base, base.edited(title="Tổng kết năm"), "v2")
        return base.pk


def test_resolve_settles_every_clash_in_one_operation(tmp_path: Path) -> None:
    article_id = _conflicted(tmp_path)
    assert (
        cli.main(["--data-dir", str(tmp_path), "resolve", str(article_id), "--take", "theirs"]) == 0
    )
    with Store.open(tmp_path / "newsdesk.sqlite3") as store:
        assert store.conflicts(article_id) == []
        assert store.get_article(article_id).title == "Tổng kết năm"
        assert [i.action for i in store.pending_outbox()] == [OutboxAction.SUBMIT]


def test_resolve_without_a_conflict_says_so(tmp_path: Path, capsys) -> None:
    article_id = _conflicted(tmp_path)
    cli.main(["--data-dir", str(tmp_path), "resolve", str(article_id), "--take", "mine"])
    assert (
        cli.main(["--data-dir", str(tmp_path), "resolve", str(article_id), "--take", "mine"]) == 1
    )
    assert "has no conflict to resolve" in capsys.readouterr().err


def test_retry_with_nothing_failed_says_so(tmp_path: Path, capsys) -> None:
    article_id = _conflicted(tmp_path)
    assert cli.main(["--data-dir", str(tmp_path), "retry", str(article_id)]) == 1
    assert "Nothing failed" in capsys.readouterr().err
