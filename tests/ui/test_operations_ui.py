"""The window runs the desk's operations and shows what they changed; enabling its actions
reads nothing from the database; a write that fails leaves nothing behind and is shown."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, event

from newsdesk.core.article import Byline, WorkflowStatus
from newsdesk.core.changes import Changes
from tests.ui.helpers import settle
from tests.ui.sync_fakes import add_site, open_article


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """The SQL statements run on this (the GUI) thread while the test runs."""
    seen: list[str] = []
    gui = threading.get_ident()

    def count(_conn, _cursor, statement, *_args) -> None:
        if threading.get_ident() == gui:
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield seen
    event.remove(Engine, "before_cursor_execute", count)


def submitted(window) -> int:
    add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)
    return open_article(
        window,
        title="Hội nghị tổng kết công tác Mặt trận năm 2020",
        sapo="Sáng 25/12, Ủy ban MTTQ tỉnh tổ chức hội nghị.",
        body="Nội dung bài.",
        category="Tin tức",
        bylines=(Byline("Thủy Phương"),),
        status=WorkflowStatus.SUBMITTED,
    )


def test_a_move_hands_what_it_changed_to_the_window(qtbot, window) -> None:
    article_id = submitted(window)
    with qtbot.waitSignal(window.operations.changed) as changed:
        window.commands.approve.trigger()
    ids = frozenset({article_id})
    assert changed.args == [Changes(articles=ids, list=True, records=ids, outbox=ids)]
    settle(window)
    assert window.article_list.tree.topLevelItem(0).text(1) == "Approved"
    assert window.session.article.status is WorkflowStatus.APPROVED
    assert not window.commands.approve.isEnabled()
    assert window.commands.publish.isEnabled()


def test_showing_the_actions_reads_nothing_from_the_database(qtbot, window, statements) -> None:
    submitted(window)
    settle(window)
    statements.clear()
    elsewhere = Changes(outbox=frozenset({999}))  # work queued for another article
    for _ in range(10):
        window.apply(elsewhere)  # shows every action's state again
    assert statements == [], "\n".join(statements)
    assert window.commands.approve.isEnabled()


def test_a_move_whose_last_write_fails_leaves_nothing_and_is_shown(
    qtbot, window, monkeypatch
) -> None:
    article_id = submitted(window)
    store = window.ctx.store

    def disk_error(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "enqueue", disk_error)
    window.commands.approve.trigger()
    settle(window)

    assert store.get_article(article_id).status is WorkflowStatus.SUBMITTED
    assert store.audit(article_id) == []
    assert store.outbox_for_article(article_id) == []
    dialog = window.errors.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "disk I/O error" in dialog.text()
    assert window.article_list.tree.topLevelItem(0).text(1) == "Submitted"


def test_deleting_an_article_empties_the_list_through_the_same_path(
    qtbot, window, monkeypatch
) -> None:
    article_id = submitted(window)
    monkeypatch.setattr(
        "newsdesk.ui.article_commands.QMessageBox.question",
        lambda *_args: QMessageBox.StandardButton.Yes,
    )
    with qtbot.waitSignal(window.operations.changed) as changed:
        window.commands.delete_article.trigger()
    assert article_id in changed.args[0].articles
    settle(window)
    assert window.article_list.tree.topLevelItemCount() == 0
    assert window.ctx.store.list_articles() == []
    assert not window.commands.delete_article.isEnabled()
