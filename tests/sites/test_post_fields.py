"""What a write to WordPress carries, and how a post read back is understood (no site needed:
the parts that touch the network are not reached)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.core import Byline, new_article
from newsdesk.sites.base import PostMeta, RemotePost, RemoteStatus
from newsdesk.sites.mapping import (
    article_from_post,
    content_sha,
    markdown_is_content,
    outgoing_post,
    trusted_content_sha,
)
from newsdesk.sites.wordpress import WordPressConnector, remote_post_from_json
from tests.text.samples import sample_markdown

BODY = "\n\n".join(sample_markdown().split("\n\n")[1:3])
ARTICLE = new_article(
    title="Hội nghị giao ban",
    sapo="Sa-pô",
    body=BODY,
    bylines=(Byline("Thủy Phương"),),
    category="Tin tức",
    tags=("Mặt trận",),
)


@pytest.fixture
def connector():
    connector = WordPressConnector("https://example.org", "editor", "not used")
    yield connector
    connector.close()


def test_a_write_over_a_post_carries_only_the_changed_parts(connector) -> None:
    post = replace(outgoing_post(ARTICLE, RemoteStatus.APPROVED), changed=frozenset({"sapo"}))

    payload = connector._payload(post)

    assert payload == {
        "status": "nd-approved",
        "excerpt": "Sa-pô",
        "meta": {
            "newsdesk_client_uuid": ARTICLE.uuid,
            "newsdesk_sapo": "Sa-pô",
            "newsdesk_version": "0",
        },
    }


def test_tags_taken_off_are_cleared_and_a_body_goes_with_its_markdown(connector) -> None:
    untagged = ARTICLE.edited(tags=())
    post = replace(
        outgoing_post(untagged, RemoteStatus.PENDING), changed=frozenset({"tags", "body"})
    )

    payload = connector._payload(post)

    assert payload["tags"] == []
    assert payload["content"] == post.content_html
    assert payload["meta"]["newsdesk_markdown"] == BODY
    assert "newsdesk_bylines" not in payload["meta"]
    assert "categories" not in payload
    assert "title" not in payload


def _answer(**extra: object) -> dict[str, object]:
    return {
        "id": 7,
        "status": "pending",
        "title": {"raw": "Tít"},
        "content": {"raw": "<p>x</p>"},
        "categories": [3, 2],
        "tags": [9],
        **extra,
    }


def test_terms_come_back_by_name_in_the_posts_order() -> None:
    terms = [
        [{"id": 2, "name": "Tin tức", "taxonomy": "category"}],
        [{"id": 3, "name": "Hoạt động Mặt trận", "taxonomy": "category"}],
        [{"id": 9, "name": "Quý IV", "taxonomy": "post_tag"}],
    ]
    post = remote_post_from_json(_answer(_embedded={"wp:term": terms}))
    assert post.category_names == ("Hoạt động Mặt trận", "Tin tức")
    assert post.tag_names == ("Quý IV",)
    assert article_from_post(post, ARTICLE).category == "Hoạt động Mặt trận"
    assert article_from_post(post, ARTICLE).tags == ("Quý IV",)


def test_terms_not_read_leave_the_desks_own() -> None:
    refused = [[{"code": "rest_forbidden", "message": "no"}]]
    for answer in (_answer(), _answer(_embedded={"wp:term": refused})):
        post = remote_post_from_json(answer)
        assert (post.category_names, post.tag_names) == (None, None)
        article = article_from_post(post, ARTICLE)
        assert (article.category, article.tags) == ("Tin tức", ("Mặt trận",))


def _posted(article=ARTICLE, **changes: object) -> RemotePost:
    sent = outgoing_post(article, RemoteStatus.PENDING)
    post = RemotePost(
        id=7,
        status="pending",
        link="",
        title=sent.title,
        excerpt=sent.excerpt,
        content_html=sent.content_html,
        modified_gmt="",
        meta=sent.meta,
    )
    return replace(post, **changes)


def test_the_markdown_is_read_only_while_it_is_still_the_posts_content() -> None:
    fresh = _posted()
    assert markdown_is_content(fresh)
    assert article_from_post(fresh, ARTICLE).body == BODY

    edited_html = fresh.content_html.replace("chủ trì", "đã chủ trì", 1)
    stale = replace(fresh, content_html=edited_html)
    assert not markdown_is_content(stale)
    assert "đã chủ trì" in article_from_post(stale, ARTICLE).body
    assert trusted_content_sha(stale) == ""
    # A fingerprint this desk recorded for that very HTML is trusted (the desk sent both).
    assert markdown_is_content(stale, content_sha(edited_html))
    assert trusted_content_sha(fresh) == content_sha(fresh.content_html)

    without = replace(fresh, meta=PostMeta())
    assert not markdown_is_content(without)
    assert "chủ trì" in article_from_post(without, ARTICLE).body
