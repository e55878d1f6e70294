"""What a site sends back (someone edited the post there, or another program wrote it) is
cleaned like typed text: no control or text-direction characters reach the desk."""

from __future__ import annotations

import json

from newsdesk.core.article import Byline, FeaturedImage, new_article
from newsdesk.sites.base import PostMeta, RemotePost
from newsdesk.sites.mapping import article_from_post


def test_a_post_from_the_site_comes_in_clean() -> None:
    post = RemotePost(
        id=7,
        status="pending",
        link="https://portal.example/?p=7",
        title="Hội nghị\x1b[2J giao ban\u202e IV\u2066",
        excerpt="Sa-pô\x00 ngắn\u200f.",
        content_html="<p>Đoạn\x07 một.</p>",
        modified_gmt="2026-12-07T08:00:00",
        meta=PostMeta(
            markdown="Đoạn\x07 một\u202d.",
            bylines_json=json.dumps([{"name": "Thủy\x1b Phương\u200e", "role": "Bài\x00"}]),
            source="Báo\x9b Quảng Trị",
            image_caption="Quang cảnh\x1b[31m hội nghị\u202e",
            image_credit="Minh\x00 Hà",
        ),
    )
    base = new_article(title="Tin", featured_image=FeaturedImage(path="/tmp/anh.jpg"))

    article = article_from_post(post, base)

    assert article.title == "Hội nghị[2J giao ban IV"
    assert article.sapo == "Sa-pô ngắn."
    assert article.body == "Đoạn một."
    assert article.bylines == (Byline("Thủy Phương", "Bài"),)
    assert article.source == "Báo Quảng Trị"
    assert article.featured_image == FeaturedImage(
        path="/tmp/anh.jpg", caption="Quang cảnh[31m hội nghị", credit="Minh Hà"
    )
