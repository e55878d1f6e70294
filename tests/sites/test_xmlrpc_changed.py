"""What an XML-RPC write carries given the fields it changes, and how a post read back over
XML-RPC is understood (no site needed: the parts that touch the network are not reached)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from newsdesk.core import Byline, new_article
from newsdesk.sites import xmlrpc_posts
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.errors import Conflict
from newsdesk.sites.mapping import article_from_post, outgoing_post
from newsdesk.sites.metaweblog import WP_POST_METHODS, MetaWeblogConnector
from newsdesk.sites.xmlrpc_posts import post_from_mw, post_from_wp
from tests.text.samples import sample_markdown

BODY = "\n\n".join(sample_markdown().split("\n\n")[1:3])
ARTICLE = new_article(
    title="Hội nghị giao ban",
    sapo="QTO - Hội nghị giao ban quý IV năm 2020.",
    body=BODY,
    bylines=(Byline("Thủy Phương"),),
    category="Tin tức",
    tags=("Mặt trận",),
)
SITE_FIELDS = [
    {"id": "11", "key": "newsdesk_client_uuid", "value": ARTICLE.uuid},
    {"id": "12", "key": "newsdesk_sapo", "value": "Sa-pô cũ"},
    {"id": "13", "key": "newsdesk_source", "value": "Báo Quảng Trị"},
]
# metaWeblog.getPost of WordPress 6.1, trimmed to what matters here.
MW_ON_WORDPRESS: dict[str, Any] = {
    "postid": "7",
    "title": "Tít trên trang",
    "description": "<p>Đoạn đầu</p>",
    "mt_text_more": "<p>Đoạn sau</p>",
    "mt_excerpt": "Sa-pô cũ",
    "categories": ["Hoạt động Mặt trận"],
    "mt_keywords": "Mặt trận, Quý IV",
    "wp_slug": "giao-ban",
    "post_status": "pending",
    "custom_fields": SITE_FIELDS,
}


@pytest.fixture
def connector() -> Iterator[MetaWeblogConnector]:
    made = MetaWeblogConnector("https://example.org/xmlrpc.php", "editor", "not used")
    yield made
    made.close()


def _changing(*fields: str, article: Any = ARTICLE) -> Any:
    return replace(outgoing_post(article, RemoteStatus.PUBLISH), changed=frozenset(fields))


def test_wp_edit_carries_only_the_changed_members(connector) -> None:
    struct = connector._wp_struct(_changing("sapo"), SITE_FIELDS, update=True)

    assert struct == {
        "post_type": "post",
        "post_status": "publish",
        "post_excerpt": ARTICLE.sapo,
        "custom_fields": [
            {"id": "11", "key": "newsdesk_client_uuid", "value": ARTICLE.uuid},
            {"id": "12", "key": "newsdesk_sapo", "value": ARTICLE.sapo},
            {"key": "newsdesk_version", "value": "0"},
        ],
    }


def test_wp_edit_clears_tags_taken_off_and_sends_a_body_with_its_markdown(connector) -> None:
    post = _changing("tags", "body", article=ARTICLE.edited(tags=()))

    struct = connector._wp_struct(post, SITE_FIELDS, update=True)

    assert struct["terms"] == {"post_tag": []}
    assert struct["post_content"] == post.content_html
    keys = [field.get("key") for field in struct["custom_fields"]]
    assert keys == ["newsdesk_client_uuid", "newsdesk_markdown", "newsdesk_version"]
    assert not {"post_title", "post_excerpt", "terms_names", "post_name"} & struct.keys()


def test_a_whole_write_still_carries_everything(connector) -> None:
    whole = ARTICLE.edited(tags=(), category="")  # a category would be looked up on the site
    post = replace(outgoing_post(whole, RemoteStatus.PENDING), changed=None)
    struct = connector._wp_struct(post, [], update=True)
    assert {"post_title", "post_content", "post_excerpt"} <= struct.keys()
    assert struct["terms"]["post_tag"] == []


def test_metaweblog_edit_on_wordpress_sends_back_only_the_tags(connector) -> None:
    # WordPress keeps every member metaWeblog.editPost leaves out, but clears the tags.
    struct = connector._mw_struct(_changing("sapo"), MW_ON_WORDPRESS)

    assert struct == {
        "post_status": "publish",
        "mt_excerpt": ARTICLE.sapo,
        "mt_keywords": "Mặt trận, Quý IV",
        "custom_fields": [
            {"id": "11", "key": "newsdesk_client_uuid", "value": ARTICLE.uuid},
            {"id": "12", "key": "newsdesk_sapo", "value": ARTICLE.sapo},
            {"key": "newsdesk_version", "value": "0"},
        ],
    }


def test_metaweblog_edit_elsewhere_sends_back_what_it_does_not_change(connector) -> None:
    # A server that is not WordPress may replace the whole post with what it is sent.
    elsewhere = {
        key: MW_ON_WORDPRESS[key]
        for key in ("postid", "title", "description", "mt_excerpt", "categories")
    }
    struct = connector._mw_struct(_changing("title", "tags"), elsewhere)

    assert struct["title"] == ARTICLE.title
    assert struct["mt_keywords"] == "Mặt trận"
    assert struct["description"] == "<p>Đoạn đầu</p>"
    assert struct["mt_excerpt"] == "Sa-pô cũ"
    assert struct["categories"] == ["Hoạt động Mặt trận"]


def _wp_answer(**extra: object) -> dict[str, Any]:
    return {
        "post_id": "7",
        "post_status": "pending",
        "post_title": "Tít",
        "post_content": "<p>x</p>",
        "post_modified_gmt": "20201225T08:00:00",
        "post_name": "tit",
        "terms": [
            {"term_id": "9", "name": "Quý IV", "taxonomy": "post_tag"},
            {"term_id": "3", "name": "Hoạt động Mặt trận", "taxonomy": "category"},
            {"term_id": "8", "name": "Mặt trận", "taxonomy": "post_tag"},
        ],
        "post_thumbnail": {"attachment_id": "40"},
        **extra,
    }


def test_wp_read_gives_terms_by_name_and_the_featured_image() -> None:
    post = post_from_wp(_wp_answer())
    assert (post.category_ids, post.category_names) == ((3,), ("Hoạt động Mặt trận",))
    assert (post.tag_ids, post.tag_names) == ((9, 8), ("Quý IV", "Mặt trận"))
    assert post.featured_media == 40
    article = article_from_post(post, ARTICLE)
    assert article.category == "Hoạt động Mặt trận"
    assert article.tags == ("Quý IV", "Mặt trận")

    unread = post_from_wp(_wp_answer(terms=None, post_thumbnail=[]))
    assert (unread.category_names, unread.tag_names, unread.featured_media) == (None, None, 0)
    assert article_from_post(unread, ARTICLE).category == "Tin tức"


def test_metaweblog_read_gives_terms_by_name() -> None:
    post = post_from_mw(MW_ON_WORDPRESS, list)
    assert post.category_names == ("Hoạt động Mặt trận",)
    assert post.tag_names == ("Mặt trận", "Quý IV")
    article = article_from_post(post, ARTICLE)
    assert (article.category, article.tags) == ("Hoạt động Mặt trận", ("Mặt trận", "Quý IV"))

    bare = post_from_mw({"postid": "7", "title": "Tít"}, list)
    assert (bare.category_names, bare.tag_names) == (None, None)


@pytest.mark.parametrize(
    "change",
    [
        {"terms": [{"term_id": "2", "name": "Tin tức", "taxonomy": "category"}]},
        {"terms": []},
        {"post_name": "tit-khac"},
        {"post_date_gmt": "20201226T08:00:00"},
        {"post_thumbnail": []},
    ],
)
def test_the_wp_version_changes_with_terms_slug_date_and_featured_image(change) -> None:
    before, after = post_from_wp(_wp_answer()), post_from_wp(_wp_answer(**change))
    assert before.version != after.version
    assert (
        xmlrpc_posts.modified_in(before.version)
        == xmlrpc_posts.modified_in(after.version)
        is not None
    )


@pytest.mark.parametrize(
    "change",
    [
        {"categories": ["Tin tức"]},
        {"mt_keywords": "Mặt trận"},
        {"wp_slug": "khac"},
        {"date_created_gmt": "20201226T08:00:00"},
        {"wp_post_thumbnail": "40"},
    ],
)
def test_the_metaweblog_version_changes_with_terms_slug_date_and_featured_image(change) -> None:
    for answer in (MW_ON_WORDPRESS, {**MW_ON_WORDPRESS, "date_modified_gmt": "20201225T08:00:00"}):
        assert (
            post_from_mw(answer, list).version != post_from_mw({**answer, **change}, list).version
        )


def test_a_version_says_when_the_post_was_modified() -> None:
    moment = post_from_wp(_wp_answer()).version
    assert moment.startswith("modified:2020-12-25T08:00:00:")
    assert xmlrpc_posts.modified_in(moment) == xmlrpc_posts.modified_in(
        "2020-12-25T08:00:00"
    )  # as versions once were
    assert xmlrpc_posts.modified_in(moment) is not None
    assert xmlrpc_posts.modified_in("sha256:abc") is None


class _Recorded(MetaWeblogConnector):
    """The connector over a canned ``wp.getPost`` answer, recording what it would send."""

    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__("https://example.org/xmlrpc.php", "editor", "not used")
        self.__dict__["methods"] = WP_POST_METHODS
        self.answer, self.sent = answer, []

    def _call(self, method: str, *params: Any) -> Any:
        if method == "wp.getPost":
            return self.answer
        self.sent.append((method, params[-1]))
        return True


def test_a_change_within_the_second_of_the_copy_is_refused_before_writing() -> None:
    copy = post_from_wp(_wp_answer())
    connector = _Recorded(_wp_answer(post_name="doi-trong-cung-giay"))
    with pytest.raises(Conflict):
        connector.update_post(7, _changing("sapo"), if_version=copy.version)
    assert connector.sent == []


def test_a_later_change_is_left_to_the_sites_own_check() -> None:
    copy = post_from_wp(_wp_answer())
    connector = _Recorded(_wp_answer(post_modified_gmt="20201225T08:00:05"))
    connector.update_post(7, _changing("sapo"), if_version=copy.version)
    [(method, struct)] = connector.sent
    assert method == "wp.editPost"
    assert struct["if_not_modified_since"].value == "20201225T08:00:00"
