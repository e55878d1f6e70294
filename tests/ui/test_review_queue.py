"""The editor's review queue: who, when (Vietnam time), category, length, waiting time;
filters, sorting, and Open bringing the submission in. The site is a stand-in here; the real
site's queue is read in the WordPress tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from newsdesk.core.article import WorkflowStatus, new_article
from newsdesk.sites.base import HeldPhoto, PostMeta, RemotePost
from newsdesk.ui.review_dialog import LENGTH, SUBMITTED, WAITING, WHO, waiting_text
from tests.ui.sync_fakes import add_site

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam


def post(post_id: int, title: str, who: str, *, hours_ago: float, category: int, words: int):
    sent = NOW - timedelta(hours=hours_ago)
    return RemotePost(
        id=post_id,
        status="pending",
        link="",
        title=title,
        excerpt="",
        content_html="",
        modified_gmt="",
        author_name=who,
        date_gmt=sent.strftime("%Y-%m-%dT%H:%M:%S"),
        category_ids=(category,),
        meta=PostMeta(markdown=" ".join(["chữ"] * words)),
    )


POSTS = [
    post(11, "Hội nghị giao ban quý IV", "Thủy Phương", hours_ago=26.5, category=1, words=420),
    post(12, "Lúa Đông Xuân vượt kế hoạch", "Lê Văn Tám", hours_ago=3.25, category=2, words=180),
    post(13, "Tuyên dương gương người tốt", "Nguyễn Thị Hà", hours_ago=0.5, category=1, words=950),
]


@pytest.fixture
def queue_and_opened(qtbot, window, monkeypatch):
    add_site(window, "toa-soan", ("editor",))
    desk = window.ctx.desk
    opened: list[int] = []

    def open_submission(site_name: str, remote_id: int):
        opened.append(remote_id)
        title = next(p.title for p in POSTS if p.id == remote_id)
        return window.ctx.store.create_article(
            new_article(title=title, body="Nội dung.", status=WorkflowStatus.SUBMITTED)
        )

    monkeypatch.setattr(desk, "review_queue", lambda site_name: list(POSTS))
    monkeypatch.setattr(desk, "open_submission", open_submission)
    window.commands.review_queue.trigger()
    dialog = window.review
    assert dialog is not None
    qtbot.waitUntil(lambda: not window.tasks.busy)  # the reading the window started
    # Waiting times are measured from a fixed moment; the reading is done again with it.
    monkeypatch.setattr(dialog, "_clock", lambda: NOW)
    dialog.show_posts("toa-soan", list(POSTS))
    qtbot.waitUntil(lambda: len(dialog.visible_rows()) == 3)
    return dialog, opened


@pytest.fixture
def queue(queue_and_opened):
    return queue_and_opened[0]


def column(dialog, index: int) -> list[str]:
    return [row[index] for row in dialog.visible_rows()]


def test_the_queue_lists_who_when_category_length_and_waiting_time(queue):
    rows = queue.visible_rows()
    assert rows[0] == [
        "Hội nghị giao ban quý IV",
        "Thủy Phương",
        "27/11/2026 07:30",  # 00:30 UTC the day before, in Vietnam
        "Tin tức",
        "420 words",
        "1 d 2 h",
    ]
    assert column(queue, WAITING) == ["1 d 2 h", "3 h 15 min", "30 min"]  # oldest first
    assert queue.status.text() == "3 articles wait for review."


def test_filters_by_category_and_by_words_without_accents(queue):
    queue.category.setCurrentIndex(queue.category.findText("Thời sự"))
    assert column(queue, WHO) == ["Lê Văn Tám"]
    queue.category.setCurrentIndex(queue.category.findText("Tin tức"))
    assert column(queue, WHO) == ["Thủy Phương", "Nguyễn Thị Hà"]
    queue.search.setText("thuy")  # a reporter's name typed without marks
    assert column(queue, WHO) == ["Thủy Phương"]
    assert queue.status.text() == "1 of 3 articles waiting for review are shown."
    queue.category.setCurrentIndex(0)
    queue.search.setText("dong xuan")
    assert column(queue, 0) == ["Lúa Đông Xuân vượt kế hoạch"]
    queue.search.clear()
    assert len(queue.visible_rows()) == 3


@pytest.mark.parametrize(
    ("sort_column", "expected"),
    [
        (LENGTH, ["180 words", "420 words", "950 words"]),
        (WHO, ["Lê Văn Tám", "Nguyễn Thị Hà", "Thủy Phương"]),
        (SUBMITTED, ["27/11/2026 07:30", "28/11/2026 06:45", "28/11/2026 09:30"]),
        (WAITING, ["30 min", "3 h 15 min", "1 d 2 h"]),
    ],
)
def test_sorts_by_any_column_by_value_not_by_text(queue, sort_column, expected):
    queue.view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    assert column(queue, sort_column) == expected


def test_open_brings_the_submission_in_and_selects_it(qtbot, window, queue_and_opened):
    queue, opened_ids = queue_and_opened
    queue.view.sortByColumn(LENGTH, Qt.SortOrder.DescendingOrder)
    queue.select_row(1)  # 420 chữ: the quarterly meeting
    assert queue.open_button.isEnabled()
    with qtbot.waitSignal(queue.articleOpened) as opened:
        queue.open_button.click()
    assert opened_ids == [11]
    article_id = opened.args[0]
    assert window.session.article_id == article_id
    assert window.article_list.current_id() == article_id
    assert window.editor.title.text() == "Hội nghị giao ban quý IV"
    assert queue.status.text() == "Opened “Hội nghị giao ban quý IV”."
    assert queue.isVisible()  # the queue stays up for the next one


def test_waiting_time_words():
    assert waiting_text(timedelta(minutes=5)) == "5 min"
    assert waiting_text(timedelta(hours=1, minutes=1)) == "1 h 1 min"
    assert waiting_text(timedelta(days=3, hours=23, minutes=59)) == "3 d 23 h"
    assert waiting_text(timedelta(seconds=-30)) == "0 min"  # a clock a little ahead


def test_a_new_reading_keeps_the_chosen_submission(queue):
    queue.select_row(2)
    assert queue.visible_rows()[2][0] == "Tuyên dương gương người tốt"
    queue.show_posts("toa-soan", [POSTS[2], POSTS[0]])  # another editor took one meanwhile
    assert queue.view.currentIndex().siblingAtColumn(0).data() == "Tuyên dương gương người tốt"
    assert queue.status.text() == "2 articles wait for review."


def test_a_submission_with_photos_waiting_says_so(queue):
    with_photos = replace(
        POSTS[0],
        held_photo=HeldPhoto("a.jpg", "a" * 64),
        held_body_photos=(HeldPhoto("b.jpg", "b" * 64),),
    )
    queue.show_posts("toa-soan", [with_photos, *POSTS[1:]])

    items = [queue.model.item(row, 0) for row in range(queue.model.rowCount())]
    marked = {item.text(): item for item in items if not item.icon().isNull()}
    assert list(marked) == ["Hội nghị giao ban quý IV"]
    assert (
        "2 photo(s) from the reporter wait for your approval"
        in marked["Hội nghị giao ban quý IV"].toolTip()
    )
