"""Autosaves share a revision: steady typing does not keep a full copy of the article per
save. Explicit saves (leaving the article, sending it) keep theirs; so does a version a site
holds."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsdesk.core.article import RemoteRef, new_article
from newsdesk.core.site import Site
from newsdesk.ui.article_session import REVISION_WINDOW_S, ArticleSession

SAVES = 6


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def typed(ctx, clock):
    """A session on a stored article whose panels hold ``text["body"]``."""
    article = ctx.store.create_article(new_article(title="Tin nhanh"))
    session = ArticleSession(ctx.store, delay_ms=50, clock=clock)
    text = {"body": ""}
    session.set_collector(lambda a: a.edited(body=text["body"]))
    session.open(article.id)
    return session, text, article.id


def autosave(qtbot, session, text, words: str) -> None:
    """Type ``words`` and wait for the autosave that stores them."""
    text["body"] += words
    with qtbot.waitSignal(session.saved, timeout=3000):
        session.edited()


def test_steady_typing_keeps_one_autosave_revision_not_one_per_save(qtbot, ctx, typed):
    session, text, article_id = typed
    for n in range(SAVES):
        autosave(qtbot, session, text, f"Câu thứ {n}. ")
    revisions = ctx.store.revisions(article_id)
    assert [r.version for r in revisions] == [1, SAVES + 1]
    assert revisions[-1].article.body == text["body"]
    assert ctx.store.get_article(article_id).version == SAVES + 1


def test_leaving_the_article_keeps_its_revision(qtbot, ctx, typed):
    session, text, article_id = typed
    autosave(qtbot, session, text, "Một. ")
    autosave(qtbot, session, text, "Hai. ")
    text["body"] += "Ba."
    session.flush()  # what leaving, sending or closing does
    kept = [r.version for r in ctx.store.revisions(article_id)]
    assert kept == [1, 3, 4]
    autosave(qtbot, session, text, " Bốn.")
    autosave(qtbot, session, text, " Năm.")
    versions = [r.version for r in ctx.store.revisions(article_id)]
    assert versions == [*kept, 6]
    assert ctx.store.revisions(article_id)[2].article.body == "Một. Hai. Ba."


def test_typing_for_longer_than_the_window_starts_another_revision(qtbot, ctx, typed, clock):
    session, text, article_id = typed
    autosave(qtbot, session, text, "Một. ")
    autosave(qtbot, session, text, "Hai. ")
    clock.now += REVISION_WINDOW_S + 1
    autosave(qtbot, session, text, "Ba. ")
    autosave(qtbot, session, text, "Bốn. ")
    assert [r.version for r in ctx.store.revisions(article_id)] == [1, 3, 5]


def test_a_version_a_site_holds_is_never_replaced(ctx):
    store = ctx.store
    site = store.add_site(Site(name="toa-soan", url="https://example.org", username="pv"))
    article = store.create_article(new_article(title="Đã gửi"))
    second = store.save_article(article.edited(body="Gửi đi bản này."))
    store.set_remote(article.id, RemoteRef(site_id=site.id, remote_id=7, synced_version=2))
    third = store.save_article(second.edited(body="Gửi đi bản này. Rồi sửa."), replacing=2)
    assert [r.version for r in store.revisions(article.id)] == [1, 2, 3]
    store.save_article(third.edited(body="Sửa nữa."), replacing=3)
    assert [r.version for r in store.revisions(article.id)] == [1, 2, 4]


def test_a_save_made_meanwhile_is_not_replaced(ctx):
    store = ctx.store
    article = store.create_article(new_article(title="Hai người sửa"))
    second = store.save_article(article.edited(body="Bản tự lưu."))
    store.save_article(second.edited(status=second.status, body="Bản đồng bộ về."))
    store.save_article(second.edited(body="Bản tự lưu tiếp."), replacing=2)
    assert [r.version for r in store.revisions(article.id)] == [1, 2, 3, 4]
