"""Two hundred articles in one sync, against the real WordPress: each becomes exactly one post.

How long it takes next to a plain loop of requests is measured by bench/sync_bench.py, not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests

from newsdesk.core import Byline, OutboxAction, Site, new_article
from newsdesk.sites.wordpress import WordPressConnector
from newsdesk.store import Store
from newsdesk.sync import SyncEngine

pytestmark = pytest.mark.wordpress

ARTICLES = 200
TAGS = ("Mặt trận", "Vì người nghèo")
PLACES = ("Đông Hà", "Vĩnh Linh", "Gio Linh", "Cam Lộ", "Triệu Phong", "Hải Lăng", "Hướng Hóa")
CATEGORIES = ("Tin tức", "Hoạt động Mặt trận", "Kinh tế – Đời sống")
PARAGRAPH = (
    "Ngày {day}/12/2020, Ủy ban MTTQ Việt Nam huyện {place} tổ chức hội nghị tổng kết cuộc vận "
    "động “Ngày vì người nghèo” với sự tham dự của {guests} đại biểu. Trong năm, toàn huyện đã "
    "vận động được hơn {money} triệu đồng, hỗ trợ xây mới và sửa chữa {homes} nhà Đại đoàn kết."
)


def _rest(site_url: str, route: str) -> str:
    return f"{site_url}/?rest_route=/{route}"


def _make_tags(wp_site: Any) -> None:
    """A contributor may not create tags: the editor makes them (or they exist already)."""
    for name in TAGS:
        answer = requests.post(
            _rest(wp_site.url, "wp/v2/tags"),
            json={"name": name},
            auth=wp_site.auth("editor"),
            timeout=30,
        )
        assert answer.status_code in (201, 400), answer.text  # 400: term_exists


def _pending_posts(wp_site: Any) -> list[tuple[str, int]]:
    """(client UUID, post id) of every pending post on the site, as the editor lists them."""
    found: list[tuple[str, int]] = []
    page, pages = 1, 1
    with requests.Session() as session:
        session.auth = wp_site.auth("editor")
        while page <= pages:
            answer = session.get(
                _rest(wp_site.url, "wp/v2/posts"),
                params={"status": "pending", "per_page": 100, "page": page, "context": "edit"},
                timeout=30,
            )
            answer.raise_for_status()
            pages = int(answer.headers["X-WP-TotalPages"])
            for post in answer.json():
                found.append((post["meta"]["newsdesk_client_uuid"], post["id"]))
            page += 1
    return found


def test_a_sync_of_200_articles_makes_200_posts_once_each(wp_site, tmp_path: Path) -> None:
    _make_tags(wp_site)
    login, password = wp_site.auth("reporter")
    store = Store.open(tmp_path / "desk.sqlite3")
    try:
        site = store.add_site(Site("portal", wp_site.url, login, roles=("contributor",)))
        articles = []
        for number in range(ARTICLES):
            place = PLACES[number % len(PLACES)]
            paragraphs = [
                PARAGRAPH.format(
                    day=1 + (number + i) % 28,
                    place=place,
                    guests=40 + number,
                    money=100 + 7 * number + i,
                    homes=3 + (number * i) % 17,
                )
                for i in range(4)
            ]
            article = store.create_article(
                new_article(
                    title=f"{place}: tổng kết “Ngày vì người nghèo” (tin {number + 1})",
                    sapo=f"Huyện {place} hỗ trợ {3 + number % 17} nhà Đại đoàn kết.",
                    body="\n\n".join(paragraphs),
                    bylines=(Byline("Thủy Phương"),),
                    category=CATEGORIES[number % len(CATEGORIES)],
                    tags=TAGS,
                )
            )
            store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
            articles.append(article)

        engine = SyncEngine(store, lambda s: WordPressConnector(s.url, login, password))
        report = engine.run()

        assert report.ok, report.problems
        assert sorted(report.sent) == sorted(a.pk for a in articles)
        assert store.pending_outbox() == []
        remote_ids = {}
        for article in articles:
            ref = store.get_remote(article.pk, site.pk)
            assert ref is not None
            assert ref.remote_id is not None
            assert ref.remote_status == "pending"
            remote_ids[article.uuid] = ref.remote_id
        assert len(set(remote_ids.values())) == ARTICLES
    finally:
        store.close()

    # Each article's UUID is on exactly one post, and that post is the one the desk recorded.
    ours = [(uuid, post_id) for uuid, post_id in _pending_posts(wp_site) if uuid in remote_ids]
    assert sorted(ours) == sorted(remote_ids.items())
