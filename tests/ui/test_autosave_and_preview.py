"""No Save button: edits reach the database within two seconds; the preview follows them."""

from __future__ import annotations

from newsdesk.core.article import new_article
from newsdesk.ui.article_session import ArticleSession
from tests.ui.helpers import commit_text, page_text

AUTOSAVE_LIMIT_MS = 2000


def open_new(window, **fields) -> int:
    article = window.ctx.store.create_article(new_article(**fields))
    window.reload_list()
    assert window.article_list.select(article.id)
    return article.id


def test_typing_is_saved_within_two_seconds_without_any_save_action(qtbot, window):
    article_id = open_new(window, title="Tin ngắn")
    store = window.ctx.store
    commit_text(window.editor.body, "Sáng 18/12, tỉnh tổ chức lễ ra quân.")
    qtbot.waitUntil(
        lambda: store.get_article(article_id).body == "Sáng 18/12, tỉnh tổ chức lễ ra quân.",
        timeout=AUTOSAVE_LIMIT_MS,
    )
    versions = [r.version for r in store.revisions(article_id)]
    assert versions == [1, 2]
    # A pause with no edits saves nothing more.
    window.session.flush()
    assert [r.version for r in store.revisions(article_id)] == [1, 2]


def test_the_list_follows_the_saved_title(qtbot, window):
    open_new(window, title="")
    commit_text(window.editor.title, "Tít mới")
    qtbot.waitUntil(
        lambda: window.article_list.visible_titles() == ["Tít mới"], timeout=AUTOSAVE_LIMIT_MS
    )


def test_edits_patch_the_page_and_keep_the_scroll_position(qtbot, window):
    body = "\n\n".join(f"Đoạn {n}: nội dung dài của bài viết." for n in range(80))
    open_new(window, title="Bài dài", body=body)
    preview = window.preview
    with qtbot.waitSignal(preview.updated, timeout=10_000):
        pass
    assert "Đoạn 79" in str(page_text(qtbot, preview))
    page_text(qtbot, preview, "window.scrollTo(0, 600); window.scrollY")
    assert page_text(qtbot, preview, "window.scrollY") == 600
    page_text(qtbot, preview, "window.newsdeskMarker = 'same page'; 1")

    with qtbot.waitSignal(preview.updated, timeout=10_000):
        commit_text(window.editor.body, " Thêm câu cuối.")
    assert "Thêm câu cuối." in str(page_text(qtbot, preview))
    assert page_text(qtbot, preview, "window.scrollY") == 600
    # Patched in place, not reloaded: the page's own state survives.
    assert page_text(qtbot, preview, "window.newsdeskMarker") == "same page"


def test_another_article_replaces_the_page(qtbot, window):
    first = open_new(window, title="Bài thứ nhất", body="Một.")
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        pass
    open_new(window, title="Bài thứ hai", body="Hai.")
    qtbot.waitUntil(lambda: "Bài thứ hai" in str(page_text(qtbot, window.preview)), timeout=10_000)
    assert "Bài thứ nhất" not in str(page_text(qtbot, window.preview))
    assert first


def test_a_slow_autosave_setting_still_saves_within_two_seconds(ctx):
    session = ArticleSession(ctx.store, delay_ms=10_000)
    assert session.delay_ms < AUTOSAVE_LIMIT_MS
    session.set_delay(300)
    assert session.delay_ms == 300
