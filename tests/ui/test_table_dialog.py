"""Tables from the Edit menu: inserted from a small dialog as a block of their own, edited a
row or a column at a time, shown as tables in the preview."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from newsdesk.render.markdown_html import markdown_to_html
from newsdesk.ui.table_dialog import TableDialog
from tests.ui.helpers import commit_text, page_text
from tests.ui.sample_text import SAMPLE, open_article

TABLE = (
    "| Column 1 | Column 2 | Column 3 |\n"
    "| -------- | -------- | -------- |\n"
    "|          |          |          |\n"
    "|          |          |          |"
)


def _answer(monkeypatch, columns: int, rows: int, *, header: bool = True) -> None:
    def answer(dialog: TableDialog) -> int:
        dialog.columns.setValue(columns)
        dialog.rows.setValue(rows)
        dialog.header.setChecked(header)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TableDialog, "exec", answer)


def _put_cursor(window, position: int) -> None:
    cursor = window.editor.body.textCursor()
    cursor.setPosition(position)
    window.editor.body.setTextCursor(cursor)


def test_a_table_goes_in_as_a_block_of_its_own_and_shows_in_the_preview(
    qtbot, window, monkeypatch
) -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    open_article(window, title="Tin", body=sample)
    paragraphs = window.editor.body.toPlainText().split("\n\n")
    _put_cursor(window, len("\n\n".join(paragraphs[:2])))  # the end of the second paragraph
    _answer(monkeypatch, 3, 2)

    window.edit.insert_table.trigger()
    commit_text(window.editor.body, "Địa phương")  # types over the first column's name

    body = window.editor.body.toPlainText()
    table = TABLE.replace("Column 1", "Địa phương")
    assert body == "\n\n".join([*paragraphs[:2], table, *paragraphs[2:]])
    html = markdown_to_html(body)
    assert "<th>Địa phương</th>\n<th>Column 2</th>" in html
    assert html.count("<tr>") == 3

    def shown() -> bool:
        script = (
            "JSON.stringify(Array.from(document.querySelectorAll('#newsdesk-article table th'))"
            ".map(c => c.textContent))"
        )
        return json.loads(str(page_text(qtbot, window.preview, script))) == [
            "Địa phương", "Column 2", "Column 3"
        ]  # fmt: skip

    qtbot.waitUntil(shown, timeout=10_000)


def test_a_table_without_a_header_row_has_empty_column_names(window, monkeypatch) -> None:
    open_article(window, title="Tin", body="Đoạn một.")
    _put_cursor(window, len("Đoạn một."))
    _answer(monkeypatch, 2, 1, header=False)

    window.edit.insert_table.trigger()

    assert (
        window.editor.body.toPlainText()
        == "Đoạn một.\n\n|     |     |\n| --- | --- |\n|     |     |"
    )


def test_rows_and_columns_are_added_and_removed_as_one_undo_step_each(window) -> None:
    body = "Đoạn một.\n\n| Địa phương | Số hộ |\n| --- | --- |\n| Đông Hà | 20 |\n\nĐoạn hai."
    open_article(window, title="Tin", body=body)
    edit = window.edit
    assert not edit.add_row.isEnabled()  # the cursor is not in a table
    _put_cursor(window, body.index("Đông Hà") + 2)
    assert edit.add_row.isEnabled()

    edit.add_row.trigger()
    commit_text(window.editor.body, "Hải Lăng")
    edit.add_column.trigger()
    commit_text(window.editor.body, "Ghi chú")

    # Each command lines the columns up again (the words typed since are not padded).
    assert window.editor.body.toPlainText() == (
        "Đoạn một.\n\n"
        "| Địa phương |     | Số hộ |\n"
        "| ---------- | --- | ----- |\n"
        "| Đông Hà    |     | 20    |\n"
        "| Hải Lăng   | Ghi chú    |       |\n\n"
        "Đoạn hai."
    )
    window.editor.body.undo()  # the words typed
    window.editor.body.undo()  # the column
    assert window.editor.body.toPlainText() == (
        "Đoạn một.\n\n"
        "| Địa phương | Số hộ |\n"
        "| ---------- | ----- |\n"
        "| Đông Hà    | 20    |\n"
        "| Hải Lăng           |       |\n\n"
        "Đoạn hai."
    )
    cursor = window.editor.body.textCursor()
    cursor.setPosition(window.editor.body.toPlainText().index("Hải Lăng"))
    window.editor.body.setTextCursor(cursor)
    edit.remove_row.trigger()
    edit.remove_column.trigger()
    assert window.editor.body.toPlainText() == (
        "Đoạn một.\n\n| Số hộ |\n| ----- |\n| 20    |\n\nĐoạn hai."
    )


def test_a_table_in_the_middle_of_the_sample_article_is_edited_in_place(window) -> None:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    table = "| Địa phương | Số hộ |\n| --- | --- |\n| Đông Hà | 20 |"
    body = "\n\n".join([*paragraphs[:3], table, *paragraphs[3:]])
    open_article(window, title="Tin", body=body)
    before = window.editor.body.toPlainText()
    _put_cursor(window, before.index("| Số hộ") + 3)

    window.edit.add_row.trigger()
    window.edit.remove_column.trigger()

    changed = "| Địa phương |\n| ---------- |\n|            |\n| Đông Hà    |"
    assert window.editor.body.toPlainText() == before.replace(table, changed)


def test_tidy_table_lines_up_the_table_under_the_cursor_as_one_undo_step(window) -> None:
    paragraphs = SAMPLE.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    typed = (
        "| Địa phương | Số hộ | Ghi chú |\n"
        "| :-- | --: | --- |\n"
        "| Thành phố Đông Hà | 20 | 東京 |\n"
        "| Hải Lăng | 1.250 |"
    )
    body = "\n\n".join([*paragraphs[:3], typed, *paragraphs[3:]])
    open_article(window, title="Tin", body=body)
    edit = window.edit
    _put_cursor(window, 0)
    assert not edit.tidy_table.isEnabled()  # the cursor is not in a table
    _put_cursor(window, body.index("| 1.250") + 3)
    assert edit.tidy_table.isEnabled()

    edit.tidy_table.trigger()

    tidied = (
        "| Địa phương        | Số hộ | Ghi chú |\n"
        "| :---------------- | ----: | ------- |\n"
        "| Thành phố Đông Hà | 20    | 東京    |\n"
        "| Hải Lăng          | 1.250 |         |"
    )
    assert window.editor.body.toPlainText() == body.replace(typed, tidied)
    assert markdown_to_html(body.replace(typed, tidied)) == markdown_to_html(body)
    cursor = window.editor.body.textCursor()
    assert cursor.block().text().startswith("| Hải Lăng")  # still in its row and column
    assert cursor.block().text()[cursor.positionInBlock() :].startswith("1.250")
    window.editor.body.undo()
    assert window.editor.body.toPlainText() == body
