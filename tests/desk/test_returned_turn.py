"""A returned article is resubmitted only by the desk it was returned to: the same rule for
the window and the command line, with a message that says whose turn it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import cli
from newsdesk.core import Byline, Site, WorkflowStatus, new_article
from newsdesk.core.article import Article
from newsdesk.core.audit import AuditEntry, sealed
from newsdesk.core.workflow import Action
from newsdesk.desk import Desk
from newsdesk.desk.rules import desk_moves
from newsdesk.logs import stop_logging
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.errors import PermissionDenied
from newsdesk.store import Store
from newsdesk.sync.report import SyncReport

SAMPLE = Path(__file__).parents[1] / "data" / "sample_article.md"
REASON = "Thiếu số liệu năng suất từng huyện."


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "sync", lambda *_args, **_kwargs: SyncReport())
    yield
    stop_logging()


def _record(store: Store, article: Article, action: Action, user: str, name: str) -> None:
    chain = store.audit(article.pk)
    entry = AuditEntry(
        article_uuid=article.uuid,
        action=action.value,
        from_status="",
        to_status="",
        user=user,
        user_name=name,
        at="2026-11-28T01:00:00Z",
        content_sha="sha",
        note=REASON if action is Action.RETURN else "",
    )
    store.append_audit(article.pk, sealed(entry, chain[-1] if chain else None), sent=True)


def _returned(store: Store) -> Article:
    """Submitted by the reporter ``pv`` and returned by the editor ``bientap``."""
    body = "\n\n".join(SAMPLE.read_text(encoding="utf-8").split("\n\n")[1:3])
    article = store.create_article(
        new_article(
            title="Hội nghị tổng kết công tác Mặt trận năm 2020",
            sapo="Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết.",
            body=body,
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=WorkflowStatus.CHANGES_REQUESTED,
        )
    )
    _record(store, article, Action.SUBMIT, "pv", "Thủy Phương")
    _record(store, article, Action.RETURN, "bientap", "Biên tập viên")
    return article


def _unchanged(store: Store, article: Article) -> None:
    kept = store.get_article(article.pk)
    assert (kept.status, kept.version) == (WorkflowStatus.CHANGES_REQUESTED, article.version)
    assert [e.action for e in store.audit(article.pk)] == ["submit", "return"]
    assert store.outbox_for_article(article.pk) == []


@pytest.mark.parametrize(
    ("username", "roles"),
    [("bientap", ("editor",)), ("bientap2", ("editor",)), ("pv2", ("author",))],
)
def test_no_other_desk_resubmits_a_returned_article(
    store: Store, username: str, roles: tuple[str, ...]
) -> None:
    site = store.add_site(Site("portal", "https://example.org", username, roles=roles))
    article = _returned(store)
    desk = Desk(store, Credentials())

    with pytest.raises(PermissionDenied) as refused:
        desk.submit(article.pk, "portal", "Đã bổ sung.")

    assert str(refused.value.cause) == (
        "“Hội nghị tổng kết công tác Mặt trận năm 2020” was returned to Thủy Phương to revise; "
        "only their desk can submit it again."
    )
    assert str(refused.value.action) == (
        "Leave it to them: once they resubmit it, it comes back for review."
    )
    assert Action.SUBMIT not in desk_moves(site, article, store.audit(article.pk))
    _unchanged(store, article)


def test_the_reporter_it_was_returned_to_resubmits_it(store: Store) -> None:
    site = store.add_site(Site("portal", "https://example.org", "PV", roles=("author",)))
    article = _returned(store)

    Desk(store, Credentials()).submit(article.pk, "portal", "Đã bổ sung số liệu.")

    assert store.get_article(article.pk).status is WorkflowStatus.SUBMITTED
    assert Action.SUBMIT in desk_moves(site, article, store.audit(article.pk)[:2])


def test_the_command_line_refuses_to_resubmit_for_the_reporter(tmp_path: Path, capsys) -> None:
    with Store.open(tmp_path / "newsdesk.sqlite3") as store:
        store.add_site(Site("portal", "https://example.org", "bientap", roles=("editor",)))
        article = _returned(store)

    code = cli.main(["--data-dir", str(tmp_path), "submit", str(article.pk), "--site", "portal"])

    assert code == 1
    assert "was returned to Thủy Phương to revise" in capsys.readouterr().err
    with Store.open(tmp_path / "newsdesk.sqlite3") as store:
        _unchanged(store, article)
