"""The sync's progress in the status bar, its Cancel button, and working offline."""

from __future__ import annotations

from newsdesk.core.article import SyncState
from tests.ui.helpers import commit_text, confirm_move
from tests.ui.sync_fakes import add_site, open_article, use_fake_engine


def test_progress_shows_while_syncing_and_cancel_stops_the_sync(qtbot, window):
    engine = use_fake_engine(window, hold=True, total=4)
    progress = window.sync_progress
    open_article(window, title="Tin", body="")
    assert not progress.isVisible()

    window.commands.sync_now.trigger()
    assert progress.isVisible()
    assert not progress.determinate  # no count yet: the bar just runs
    assert progress.bar.maximum() == 0
    # The sync runs in the pool: typing goes on meanwhile.
    commit_text(window.editor.body, "Đang gõ trong lúc đồng bộ.")
    assert window.editor.body.toPlainText() == "Đang gõ trong lúc đồng bộ."

    with qtbot.waitSignal(window.sync.progressed) as progressed:
        engine.step.set()
    assert progressed.args == [1, 4]
    assert progress.determinate
    assert (progress.bar.value(), progress.bar.maximum()) == (1, 4)

    with qtbot.waitSignal(window.sync.finished, timeout=5000) as finished:
        progress.cancel_button.click()
        assert not progress.cancel_button.isEnabled()
        assert progress.label.text() == "Stopping…"
    assert engine.saw_cancel.is_set()
    assert finished.args[0].cancelled
    assert not progress.isVisible()
    assert "stopped" in window.statusBar().currentMessage()


def test_the_bar_hides_when_the_sync_ends_and_starts_afresh_next_time(qtbot, window):
    engine = use_fake_engine(window, hold=True)
    progress = window.sync_progress
    window.sync.sync(manual=True)
    engine.step.set()
    qtbot.waitUntil(lambda: progress.determinate)
    with qtbot.waitSignal(window.sync.finished):
        engine.release.set()
    assert not progress.isVisible()
    engine.step.clear()
    engine.release.clear()
    window.sync.sync(manual=True)
    assert progress.isVisible()
    assert not progress.determinate
    assert progress.cancel_button.isEnabled()
    assert progress.label.text() == "Syncing…"
    with qtbot.waitSignal(window.sync.finished):
        engine.release.set()
    assert engine.runs == 2
    assert not engine.saw_cancel.is_set()


def test_work_offline_stops_syncing_and_queued_work_goes_out_when_back_online(qtbot, window):
    engine = use_fake_engine(window)
    add_site(window)
    assert window.connection_label.text() == "Online"
    assert window.sync.scheduled

    window.commands.work_offline.trigger()
    assert window.ctx.settings.work_offline
    assert window.connection_label.text() == "Offline"
    assert not window.sync.scheduled  # no periodic sync
    assert not window.commands.sync_now.isEnabled()
    assert not window.sync.sync(manual=True)
    article_id = open_article(window, title="Hội nghị", body="Nội dung.")
    started: list[None] = []
    window.sync.started.connect(lambda: started.append(None))
    window.commands.submit.trigger()  # on-submit sync: not while offline
    confirm_move(window)
    store = window.ctx.store
    assert store.sync_state(article_id)[0] is SyncState.QUEUED
    # A sync is started (or not) within the submit itself: none was, none is running.
    assert started == []
    assert not window.sync.running
    assert engine.runs == 0
    assert not window.sync_progress.isVisible()

    with qtbot.waitSignal(window.sync.finished):
        window.commands.work_offline.trigger()  # back online: what waits goes out now
    assert engine.runs == 1
    assert [item.article_id for item in engine.pending_seen[0]] == [article_id]
    assert window.connection_label.text() == "Online"
    assert window.sync.scheduled
    assert window.commands.sync_now.isEnabled()


def test_going_offline_stops_a_running_sync(qtbot, window):
    engine = use_fake_engine(window, hold=True)
    window.sync.sync(manual=True)
    with qtbot.waitSignal(window.sync.finished) as finished:
        window.commands.work_offline.trigger()
    assert engine.saw_cancel.is_set()
    assert finished.args[0].cancelled
