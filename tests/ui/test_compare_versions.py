"""Compare versions: the version the reporter submitted against the editor's, word by word,
Vietnamese marks included."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QColor, QTextDocument

from newsdesk.core.article import new_article
from newsdesk.core.audit import AuditEntry, content_fingerprint
from newsdesk.core.revision import Revision
from newsdesk.ui.compare_dialog import NEWER_MARK, OLDER_MARK, submitted_revision
from tests.ui.helpers import confirm_move
from tests.ui.sync_fakes import add_site, open_article

SUBMITTED_BODY = (
    "Hội nghị tổng kết công tác Mặt trận năm 2020.\n\nĐồng chí Nguyễn Đăng Quang chủ trì hội nghị."
)
EDITED_BODY = (
    "Hội nghị sơ kết công tác Mặt trận năm 2020.\n\n"
    "Đồng chí Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh, chủ trì hội nghị."
)


def marked_runs(document: QTextDocument, colour: str) -> list[str]:
    """The text of each run drawn on ``colour``, as the reader sees it."""
    runs: list[str] = []
    block = document.begin()
    previous_marked = False
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            marked = fragment.charFormat().background().color() == QColor(colour)
            if marked:
                if previous_marked:
                    runs[-1] += fragment.text()
                else:
                    runs.append(fragment.text())
            previous_marked = marked
            iterator += 1
        block = block.next()
        previous_marked = False
    return [run.replace("\u2028", "\n") for run in runs]


def test_opens_on_the_submitted_version_against_the_editors(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    window.commands.work_offline.setChecked(True)
    article_id = open_article(window, title="Hội nghị tổng kết", body=SUBMITTED_BODY)
    window.commands.submit.trigger()
    confirm_move(window)
    window.editor.body.setPlainText(EDITED_BODY)  # the editor's changes
    window.session.flush()

    window.commands.compare_versions.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    revisions = window.ctx.store.revisions(article_id)
    assert dialog.left_choice.currentText().endswith("(as submitted)")
    assert dialog.right_choice.currentText().endswith("(current)")
    assert dialog.chosen()[0].body == SUBMITTED_BODY
    assert dialog.chosen()[1].body == EDITED_BODY == revisions[-1].article.body

    assert dialog.changed_words("body") == (
        ["tổng", "Quang"],
        ["sơ", "Quang, Chủ tịch HĐND tỉnh,"],
    )
    assert dialog.changed_words("title") == ([], [])
    # What the reader sees: exactly those words marked, on each side.
    assert marked_runs(dialog.left.document(), OLDER_MARK) == ["tổng", "Quang"]
    assert marked_runs(dialog.right.document(), NEWER_MARK) == [
        "sơ",
        "Quang, Chủ tịch HĐND tỉnh,",
    ]
    dialog.close()


def test_any_two_versions_can_be_chosen(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    article_id = open_article(window, title="Tin", body="Một hai ba.")
    for body in ("Một hai bốn.", "Một năm bốn."):
        window.editor.body.setPlainText(body)
        window.session.flush()
    window.commands.compare_versions.trigger()
    dialog = window.records.dialog
    revisions = window.ctx.store.revisions(article_id)
    assert len(revisions) == 3
    # Nothing was submitted: the first version against the current one.
    assert (dialog.left_choice.currentIndex(), dialog.right_choice.currentIndex()) == (0, 2)
    assert dialog.changed_words("body") == (["hai ba."], ["năm bốn."])
    dialog.left_choice.setCurrentIndex(1)
    assert dialog.changed_words("body") == (["hai"], ["năm"])
    dialog.close()


def test_combining_marks_do_not_count_as_changes(qtbot, window):
    add_site(window, "toa-soan", ("editor",))
    decomposed = "Ho\u0302\u0323i nghi\u0323 tỉnh"  # "Hội nghị" typed with combining marks
    store = window.ctx.store
    article = store.create_article(new_article(title="Tin", body=decomposed))
    store.save_article(article.edited(body="Hội nghị huyện"))
    window.reload_list()
    window.open_article(article.pk)
    window.commands.compare_versions.trigger()
    assert window.records.dialog.changed_words("body") == (["tỉnh"], ["huyện"])
    window.records.dialog.close()


def _revision(version: int, body: str, minutes: int) -> Revision:
    at = datetime(2026, 11, 28, 1, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    return Revision(1, version, at, new_article(title="Tin", body=body))


def _submit(content_sha: str, minutes: int) -> AuditEntry:
    at = datetime(2026, 11, 28, 1, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return AuditEntry("u", "submit", "draft", "submitted", "pv", "PV", stamp, content_sha)


def test_the_submitted_version_is_found_by_content_then_by_time():
    revisions = [_revision(1, "a", 0), _revision(2, "b", 10), _revision(3, "c", 20)]
    by_content = _submit(content_fingerprint(revisions[0].article), 15)
    assert submitted_revision(revisions, [by_content]) is revisions[0]
    # The record names content no revision holds: the last one saved by then.
    assert submitted_revision(revisions, [replace(by_content, content_sha="x")]) is revisions[1]
    # An editor's desk got the article after it was submitted: the first one after.
    assert submitted_revision(revisions, [_submit("x", -5)]) is revisions[0]
    # The last submit counts.
    later = _submit(content_fingerprint(revisions[2].article), 25)
    assert submitted_revision(revisions, [by_content, later]) is revisions[2]
    assert submitted_revision(revisions, []) is None
