"""What the status bar counts as failed is what the Problems panel lists, row for row."""

from __future__ import annotations

from newsdesk.core.article import Byline, SyncState
from newsdesk.core.messages import Message
from newsdesk.sites.errors import PermissionDenied
from newsdesk.sync import RetryPolicy, SyncEngine
from tests.sync.fakes import FakeConnector, FakeSite
from tests.ui.sync_fakes import add_site, open_article

REFUSED = "This article belongs to someone else on the site."


class RefusingConnector(FakeConnector):
    """The site takes the first version, then refuses every change to the post."""

    def update_post(self, remote_id, post, *, if_version=""):
        self._hit()
        raise PermissionDenied(Message(REFUSED))


def problem_rows(window) -> list[list[str]]:
    tree = window.problems.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def sync(qtbot, window) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        window.commands.sync_now.trigger()
    # The panel gathers its rows off the GUI thread; wait for this sync's answer.
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def test_a_refused_resubmission_with_a_note_behind_it_is_listed(qtbot, window):
    fake = FakeSite()
    window.ctx.desk.engine = SyncEngine(
        window.ctx.store,
        lambda _site: RefusingConnector(fake),
        retry=RetryPolicy(attempts=1),
        workers=1,
    )
    site = add_site(window)
    article_id = open_article(
        window, title="Hội nghị tổng kết", body="Đoạn một.", bylines=(Byline("Thủy Phương"),)
    )
    desk = window.ctx.desk
    desk.submit(article_id, site.name)
    sync(qtbot, window)
    assert window.ctx.store.sync_state(article_id)[0] is SyncState.SENT

    # The reporter sends a change, then adds a note on a paragraph; the site refuses the change.
    window.ctx.store.save_article(
        window.ctx.store.get_article(article_id).edited(body="Đoạn một, sửa.")
    )
    desk.submit(article_id, site.name)
    desk.add_note(article_id, site.name, "Số liệu lấy từ Sở Nông nghiệp.", paragraph=0)
    sync(qtbot, window)

    assert ", 1 failed (see the list)" in window.statusBar().currentMessage()
    assert problem_rows(window) == [["Hội nghị tổng kết", "portal", REFUSED]]
    assert window.problems_indicator.text() == "1 problem"
