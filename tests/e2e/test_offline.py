"""Offline: the site is down when the reporter submits, the app is closed and reopened, the
site comes back, a sync sends it: exactly one post."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from tests.e2e.helpers import newsdesk, show
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress


def _posts_with_uuid(site, client_uuid: str) -> list[dict]:
    editor = site.users["editor"]
    response = requests.get(
        f"{site.url}/?rest_route=/wp/v2/posts",
        params={"newsdesk_client_uuid": client_uuid, "status": "any", "context": "edit"},
        auth=(editor["user"], editor["app_password"]),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_submit_while_offline_goes_out_once_after_restart(wp_site, tmp_path: Path) -> None:
    desk = tmp_path / "reporter"
    user = wp_site.users["reporter"]
    newsdesk(
        desk,
        "site",
        "add",
        "portal",
        "--url",
        wp_site.url,
        "--user",
        user["user"],
        stdin=user["app_password"] + "\n",
    )
    source = tmp_path / "tin.md"
    source.write_text("# Tin từ vùng lũ\n\nNgày 18/12, đồng chí …\n", encoding="utf-8")
    article_id = int(newsdesk(desk, "import", str(source)))

    wpsite.pause_web(wp_site.dir)
    try:
        out = newsdesk(desk, "submit", str(article_id), "--site", "portal")
        assert "queued" in out
        again = show(desk, article_id)  # a new process: the app was closed and reopened
        assert again["sync_state"] == "queued"
        assert "did not answer" in again["sync_reason"]
        code = newsdesk(desk, "sync", check=False).split("\n")[0]
        assert code == "1"
    finally:
        wpsite.resume_web(wp_site.dir)

    assert _posts_with_uuid(wp_site, show(desk, article_id)["uuid"]) == []
    newsdesk(desk, "sync")
    newsdesk(desk, "sync")
    article = show(desk, article_id)
    assert article["sync_state"] == "sent"
    posts = _posts_with_uuid(wp_site, article["uuid"])
    assert len(posts) == 1
    assert posts[0]["status"] == "pending"
    assert posts[0]["title"]["raw"] == "Tin từ vùng lũ"
