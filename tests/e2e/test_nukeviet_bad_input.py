"""What goes wrong between a desk and a real NukeViet, each told with its cause and the next
step, and nothing lost: the article stays on the desk as written, nothing half-made lands on
the site, and once the cause is fixed the next sync sends it, once."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.context import AppContext
from newsdesk.core import Byline, SyncState, new_article
from newsdesk.paths import Paths
from newsdesk.sites.errors import AuthError
from tests.nukeviet_helpers import (
    api_call,
    ids_titled,
    newsdesk_actions_removed,
    nv_desk,
    remote_api_switched_off,
    right_taken_away,
)

pytestmark = pytest.mark.nukeviet

TEN_MINUTES = 600.0
_numbers = itertools.count(1)


@pytest.fixture
def reporter(tmp_path: Path, nv_site: Any) -> Iterator[AppContext]:
    ctx = nv_desk(tmp_path, "reporter", nv_site)
    yield ctx
    ctx.close()


def _submitted(ctx: AppContext, category: str = "Tin tức") -> int:
    """A finished article, submitted: in the outbox for the next sync."""
    article = ctx.store.create_article(
        new_article(
            title=f"Tin lỗi nhập liệu số {next(_numbers)} ({time.time_ns()})",
            sapo="QTO - Ngày 25/12/2020, hội nghị giao ban quý IV.",
            body="Đoạn một của bài.\n\nĐoạn hai của bài.",
            bylines=(Byline("Thủy Phương"),),
            category=category,
        )
    )
    ctx.desk.submit(article.pk, "portal")
    return article.pk


def _refused_then_sent(
    ctx: AppContext,
    site: Any,
    broken: contextlib.AbstractContextManager[object],
    *,
    cause: str,
    next_step: str,
    category: str = "Tin tức",
) -> str:
    """While ``broken``: the sync says ``cause`` and ``next_step``, the article is neither lost
    nor on the site. Afterwards it goes out once. Returns what the sync said."""
    article_id = _submitted(ctx, category)
    written = ctx.store.get_article(article_id)
    with broken:
        report = ctx.desk.sync("portal")
        assert not report.ok
        (problem,) = report.problems
        assert cause in problem.message, problem.message
        assert next_step in problem.message, problem.message
        state, reason = ctx.store.sync_state(article_id)
        assert state in (SyncState.QUEUED, SyncState.FAILED), state
        assert cause in reason
        assert ids_titled(site, written.title) == []
    kept = ctx.store.get_article(article_id)
    assert (kept.title, kept.sapo, kept.body) == (written.title, written.sapo, written.body)

    ctx.desk.retry(article_id)  # what the person does after a failure (nothing when queued)
    report = ctx.desk.sync("portal")
    assert report.ok, report.problems
    assert ctx.store.sync_state(article_id)[0] is SyncState.SENT
    assert len(ids_titled(site, written.title)) == 1
    return problem.message


@contextlib.contextmanager
def _stored_secret(ctx: AppContext, secret: str) -> Iterator[None]:
    site = ctx.desk.site("portal")
    kept = ctx.credentials.get(site.key)
    assert kept is not None
    ctx.credentials.set(site.key, secret)
    try:
        yield
    finally:
        ctx.credentials.set(site.key, kept)


@contextlib.contextmanager
def _stored_key(ctx: AppContext, key: str) -> Iterator[None]:
    site = ctx.desk.site("portal")
    secret = ctx.credentials.get(site.key)
    assert secret is not None
    wrong = ctx.store.update_site(site.edited(username=key))
    ctx.credentials.set(wrong.key, secret)
    try:
        yield
    finally:
        ctx.store.update_site(wrong.edited(username=site.username))
        ctx.credentials.delete(wrong.key)


def _clock(monkeypatch: pytest.MonkeyPatch, local_time: Callable[[], float]) -> None:
    """This computer's clock, as the connector reads it (it reads it in one place)."""
    monkeypatch.setattr("newsdesk.sites.nv_signing.local_time", local_time)


def test_wrong_api_secret(reporter: AppContext, nv_site: Any) -> None:
    _refused_then_sent(
        reporter,
        nv_site,
        _stored_secret(reporter, "x" * 32),
        cause="The site did not accept the API secret.",
        next_step="Check the API key and secret in the site settings.",
    )


def test_wrong_api_key(reporter: AppContext, nv_site: Any) -> None:
    _refused_then_sent(
        reporter,
        nv_site,
        _stored_key(reporter, "y" * 32),
        cause="The site knows no API key like the one stored for it.",
        next_step="Check the API key and secret in the site settings.",
    )


def test_a_clock_ten_minutes_off_is_corrected_from_the_site(
    reporter: AppContext, nv_site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = time.time() - TEN_MINUTES
    refused = api_call(nv_site, "reporter", "NewsdeskWhoami", timestamp=int(slow))
    assert refused["code"] == "0020", refused  # ten minutes off is refused as such

    _clock(monkeypatch, lambda: time.time() - TEN_MINUTES)
    article_id = _submitted(reporter)
    report = reporter.desk.sync("portal")

    assert report.ok, report.problems
    assert reporter.store.sync_state(article_id)[0] is SyncState.SENT
    title = reporter.store.get_article(article_id).title
    assert len(ids_titled(nv_site, title)) == 1
    monkeypatch.undo()  # the clock right again: the site's shared clock is measured anew
    reporter.desk.refresh_site("portal")


def test_a_clock_that_cannot_be_corrected_is_named(
    reporter: AppContext, nv_site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clock that keeps jumping (ten minutes at every reading): whatever the connector
    # measures is wrong by the time it signs the next request.
    readings = itertools.count(1)

    @contextlib.contextmanager
    def jumping() -> Iterator[None]:
        with monkeypatch.context() as patch:
            patch.setattr(
                "newsdesk.sites.nv_signing.local_time",
                lambda: time.time() - TEN_MINUTES * next(readings),
            )
            yield

    said = _refused_then_sent(
        reporter,
        nv_site,
        jumping(),
        cause="The site refused the request's time",
        next_step="Check that this computer's clock and time zone are set automatically",
    )
    assert "Server time" in said  # the site's own words, with its clock, are kept


def test_remote_api_switched_off(reporter: AppContext, nv_site: Any) -> None:
    _refused_then_sent(
        reporter,
        nv_site,
        remote_api_switched_off(nv_site),
        cause="The site's remote API is switched off.",
        next_step="Ask the site administrator to switch it on",
    )


def test_no_right_to_add_in_the_category(reporter: AppContext, nv_site: Any) -> None:
    catid = nv_site.categories["San-pham"]
    said = _refused_then_sent(
        reporter,
        nv_site,
        right_taken_away(nv_site, "reporter", catid),
        cause="Your rights in the site's news module do not allow this.",
        next_step="the site administrator to give you the right in that category",
        category="Sản phẩm",
    )
    assert "Sản phẩm" in said or f"{catid}" in said  # the site names the category


def test_newsdesk_api_not_installed(reporter: AppContext, nv_site: Any) -> None:
    _refused_then_sent(
        reporter,
        nv_site,
        newsdesk_actions_removed(nv_site),
        cause="the Newsdesk API is not installed on the portal",
        next_step="Ask the site administrator to install the Newsdesk API",
    )


@pytest.mark.parametrize(
    ("wrong", "cause"),
    [
        ("secret", "The site did not accept the API secret."),
        ("key", "The site knows no API key like the one stored for it."),
    ],
)
def test_adding_the_site_with_a_wrong_credential_stores_nothing(
    tmp_path: Path, nv_site: Any, wrong: str, cause: str
) -> None:
    user = nv_site.users["reporter"]
    typed = f"{time.time_ns():032d}"[-32:]  # never stored by any other test
    api_key, api_secret = (typed, user.api_secret) if wrong == "key" else (user.api_key, typed)
    ctx = AppContext.open(Paths.resolve(tmp_path / "desk"))
    try:
        with pytest.raises(AuthError) as refused:
            ctx.desk.add_site("portal", nv_site.url, api_key, api_secret)
        assert cause in str(refused.value)
        assert "Check the API key and secret" in str(refused.value)
        assert ctx.store.list_sites() == []
        assert ctx.credentials.get(f"{api_key}@{nv_site.url}") != typed  # nothing kept
    finally:
        ctx.close()
