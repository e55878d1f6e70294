"""History: the audit record in Vietnam time, whether its chain holds, and its export to CSV
and PDF for the office's files."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import asdict

import pytest
from PySide6.QtPdf import QPdfDocument

from newsdesk.core.article import Byline, WorkflowStatus, new_article
from newsdesk.core.messages import Message
from newsdesk.core.workflow import Action
from tests.ui.sync_fakes import add_site

NOTE = "Thiếu số liệu năng suất của huyện Hải Lăng."


@pytest.fixture
def moved(window):
    site = add_site(window, "toa-soan", ("editor",))
    window.ctx.store.update_site(site.edited(display_name="Lê Thị Lan Hương"))
    window.commands.work_offline.setChecked(True)
    article = window.ctx.store.create_article(
        new_article(
            title="Lúa Đông Xuân",
            body="Nội dung.",
            sapo="Sa-pô.",
            category="Tin tức",
            bylines=(Byline("Thủy Phương"),),
            status=WorkflowStatus.SUBMITTED,
        )
    )
    desk = window.ctx.desk
    store = window.ctx.store
    desk.act(article.pk, "toa-soan", Action.RETURN, note=NOTE)
    # Only the reporter's desk resubmits what was returned: the same login as a reporter.
    store.update_site(store.find_site("toa-soan").edited(roles=("contributor",)))
    desk.submit(article.pk, "toa-soan", "Đã bổ sung.")
    store.update_site(store.find_site("toa-soan").edited(roles=("editor",)))
    desk.act(article.pk, "toa-soan", Action.APPROVE)
    window.reload_list()
    window.open_article(article.pk)
    return article.pk


def open_history(window):
    window.commands.history.trigger()
    dialog = window.records.dialog
    assert dialog is not None
    return dialog


def test_the_record_in_vietnam_time_and_a_chain_that_holds(qtbot, window, moved):
    dialog = open_history(window)
    entries = window.ctx.store.audit(moved)
    rows = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(5)]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    assert [row[1:] for row in rows] == [
        ["Lê Thị Lan Hương", "Returned to the reporter", "Submitted → Changes requested", NOTE],
        [
            "Lê Thị Lan Hương",
            "Submitted for review",
            "Changes requested → Submitted",
            "Đã bổ sung.",
        ],
        ["Lê Thị Lan Hương", "Approved", "Submitted → Approved", ""],
    ]
    assert rows[0][0] == dialog.rows()[0][0]
    hour = int(entries[0].at[11:13])
    assert int(rows[0][0][11:13]) == (hour + 7) % 24  # shown in Vietnam time
    assert dialog.verdict.text() == (
        "The record holds together: each of its 3 entries is sealed to the one before."
    )
    dialog.close()


def test_tampering_is_shown_and_where(qtbot, window, moved):
    with sqlite3.connect(window.ctx.store.path) as db:
        (text,) = db.execute(
            "SELECT entry FROM audit_entries WHERE article_id = ? AND position = 2", (moved,)
        ).fetchone()
        entry = json.loads(text)
        entry["note"] = "Không có gì cần sửa."  # someone rewrites the record afterwards
        db.execute(
            "UPDATE audit_entries SET entry = ? WHERE article_id = ? AND position = 2",
            (json.dumps(entry, ensure_ascii=False), moved),
        )
    dialog = open_history(window)
    assert dialog.verdict.text().startswith(
        "Not verified: Entry 2 was changed after it was recorded."
    )
    assert dialog.tree.topLevelItem(1).foreground(0).color().name() == "#b00020"
    assert dialog.tree.topLevelItem(0).foreground(0).color().name() != "#b00020"
    dialog.close()


def test_a_record_cut_short_on_this_desk_is_not_verified(qtbot, window, moved):
    store = window.ctx.store
    store.replace_audit(moved, store.audit(moved), [])  # as taken from the site
    with sqlite3.connect(store.path) as db:
        db.execute("DELETE FROM audit_entries WHERE article_id = ? AND position = 3", (moved,))
    dialog = open_history(window)
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.verdict.text().startswith(
        "Not verified: Entry 3 is missing: the record was cut short (this desk has seen 3 entries)."
    )
    assert "holds together" not in dialog.report_html()
    dialog.close()


def test_a_record_the_site_could_not_vouch_for_is_not_verified(qtbot, window, moved):
    window.ctx.store.set_audit_problem(
        moved,
        Message(
            "The audit record from the site breaks at entry {position}: it {reason}.",
            position=1,
            reason=Message("was changed after it was recorded"),
        ),
    )
    dialog = open_history(window)
    assert dialog.verdict.text().startswith(
        "Not verified: The audit record from the site breaks at entry 1: it was changed after"
        " it was recorded."
    )
    assert all(
        dialog.tree.topLevelItem(i).foreground(0).color().name() != "#b00020" for i in range(3)
    )
    dialog.close()


def test_exports_csv_and_pdf(qtbot, window, moved, tmp_path):
    dialog = open_history(window)
    entries = window.ctx.store.audit(moved)

    dialog.export_csv(tmp_path / "record.csv")
    with (tmp_path / "record.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows == [asdict(entry) for entry in entries]
    assert rows[0]["note"] == NOTE

    dialog.export_pdf(tmp_path / "record.pdf")
    data = (tmp_path / "record.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pdf = QPdfDocument()
    assert pdf.load(str(tmp_path / "record.pdf")) == QPdfDocument.Error.None_
    # The text layer breaks lines inside words at random; compare without white space.
    text = "".join(pdf.getAllText(0).text().split())
    assert "LêThịLanHương" in text  # the Vietnamese letters are text in the file
    assert "".join(NOTE.split()) in text
    assert "Therecordholdstogether" in text
    dialog.close()
