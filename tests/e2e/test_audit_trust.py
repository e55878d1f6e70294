"""The audit record against the real WordPress: a record damaged on the site is never shown
as verified, on a desk that fetches the article for the first time."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from newsdesk.context import AppContext
from newsdesk.core import Byline, new_article
from newsdesk.core.audit import AuditBroken
from newsdesk.paths import Paths
from tests.e2e.helpers import newsdesk
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress


def _desk(root: Path, who: str, site) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    return ctx


def _site_sql(site, statement: str, *params: object) -> None:
    """Change the site's database directly, as someone with access to it could."""
    socket = wpsite._layout(site.dir).socket
    subprocess.run(
        ["mariadb", f"--socket={socket}", "--user=root", "wordpress", "-e", statement % params],
        check=True,
        capture_output=True,
        timeout=30,
    )


def test_a_fetch_of_a_post_whose_site_record_is_broken_says_not_verified(
    tmp_path: Path, wp_site
) -> None:
    reporter, editor = _desk(tmp_path, "reporter", wp_site), _desk(tmp_path, "editor", wp_site)
    article = reporter.store.create_article(
        new_article(
            title="Hồ sơ bị sửa trên trang",
            sapo="QTO - Sáng 18/12, hội nghị triển khai nhiệm vụ năm 2021.",
            body="Đoạn một.\n\nĐoạn hai.",
            bylines=(Byline("Thủy Phương"),),
            category="Tin tức",
        )
    )
    reporter.desk.submit(article.pk, "portal", note="Nhờ anh xem giúp.")
    assert reporter.desk.sync("portal").ok
    remote_id = reporter.store.get_remote(article.pk, reporter.desk.site("portal").pk).remote_id
    assert reporter.desk.history(article.pk)[1] is None

    _site_sql(
        wp_site,
        "UPDATE wp_postmeta SET meta_value = REPLACE(meta_value, 'Nhờ anh', 'Nhờ chị')"
        " WHERE post_id = %d AND meta_key = '_newsdesk_audit'",
        remote_id,
    )

    with pytest.raises(AuditBroken, match="breaks at entry 1"):
        editor.desk.open_submission("portal", remote_id)
    fetched = editor.store.find_article_by_remote(editor.desk.site("portal").pk, remote_id)
    assert fetched is not None
    _entries, broken = editor.desk.history(fetched.pk)
    assert broken is not None
    assert "breaks at entry 1" in broken.reason

    editor.close()
    reporter.close()
    shown = newsdesk(tmp_path / "editor", "history", str(fetched.pk), check=False)
    assert shown.startswith("1\n")
    assert "not verified" in shown
    assert "breaks at entry 1" in shown
