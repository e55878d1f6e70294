"""The publish-time field shows and takes Vietnam time; only the stored value is UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDateTimeEdit

from newsdesk.core.article import new_article

AT = datetime(2026, 12, 9, 0, 30, tzinfo=UTC)  # 07:30 in Vietnam


def test_the_publish_time_is_shown_and_taken_in_vietnam_time(qtbot, window):
    store = window.ctx.store
    article = store.create_article(
        new_article(title="Hội nghị giao ban", body="Nội dung.", publish_at=AT)
    )
    window.reload_list()
    assert window.article_list.select(article.pk)
    field = window.metadata.publish_at
    assert window.metadata.scheduled.isChecked()
    assert field.text() == "09/12/2026 07:30"
    assert field.toolTip() == "Vietnam time (Asia/Ho_Chi_Minh, UTC+7)"

    # One hour later, as the up arrow on the hour does.
    field.setCurrentSection(QDateTimeEdit.Section.HourSection)
    field.stepBy(1)
    assert field.text() == "09/12/2026 08:30"
    window.session.flush()
    assert store.get_article(article.pk).publish_at == datetime(2026, 12, 9, 1, 30, tzinfo=UTC)


def test_showing_a_stored_time_changes_nothing(qtbot, window):
    store = window.ctx.store
    at = datetime(2026, 12, 9, 0, 30, 15, tzinfo=UTC)
    article = store.create_article(new_article(title="Tin", body="Nội dung.", publish_at=at))
    window.reload_list()
    assert window.article_list.select(article.pk)
    assert window.metadata.apply_to(store.get_article(article.pk)).publish_at == at
