"""Every time the window shows is Vietnam time, whatever this computer's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.text.dates import shown_clock
from tests.ui.sync_fakes import open_article


def test_saved_at_is_vietnam_time(qtbot, window):
    open_article(window, title="Hội nghị", body="Nội dung.")
    before = datetime.now(UTC)
    window.editor.body.setPlainText("Nội dung mới.")
    with qtbot.waitSignal(window.session.saved):
        window.session.flush()
    after = datetime.now(UTC)
    shown = window.saved_label.text().removeprefix("Saved at ")
    assert shown[:5] in {shown_clock(before), shown_clock(after)}
