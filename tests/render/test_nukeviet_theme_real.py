"""The NukeViet look against the real thing: the structure the preview gives an article is
the structure NukeViet 4.5's default theme gives one of its own (the sample data's article 9,
which has a sapo, a centred featured image and an author)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from PIL import Image

from newsdesk.core import Byline, FeaturedImage, new_article
from newsdesk.render import NUKEVIET_THEME, render_portal_page
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.mapping import outgoing_post
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.text import parse_plain_article
from tests.render.html_select import Node, parse, select, select_one
from tests.render.test_portal import NOW, sample_article
from tests.text.samples import sample_markdown

pytestmark = pytest.mark.nukeviet

SAMPLE_ARTICLE = "/Tin-tuc/chuong-trinh-thuc-tap-sinh-tai-cong-ty-vinades-9.html"
TIMEOUT = 30
# What a reader (and a scraper) finds on an article page of NukeViet's default theme.
ARTICLE_SELECTORS = (
    "div.panel-body > h1.title[itemprop=headline]",
    "[itemprop=datePublished]",
    "div.row > div.col-md-12 > span.h5",
    "div.clearfix > div.hometext[itemprop=description]",
    "div.clearfix > figure.article.center > img.img-thumbnail[width=460]",
    "div.panel-body > div#news-bodyhtml.bodytext",
    "div.margin-bottom-lg > p.h5.text-right > strong",
    "ul.breadcrumbs",
)
NUKEVIET_DATE = re.compile(r"(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) - \d\d/\d\d/\d{4} \d\d:\d\d")


@pytest.fixture(scope="module")
def real_page(nv_site) -> Node:
    response = requests.get(nv_site.url + SAMPLE_ARTICLE, timeout=TIMEOUT)
    response.raise_for_status()
    page = parse(response.text)
    # The real page builds its breadcrumb bar with a script from this hidden list.
    for hidden in select(page, "ul.temp-breadcrumbs"):
        hidden.attrs["class"] = "breadcrumbs"
    return page


@pytest.fixture
def our_page(tmp_path: Path) -> Node:
    article = replace(
        sample_article(),
        sapo="QTO - Hội nghị giao ban quý IV.",
        category="Tin tức",
        featured_image=FeaturedImage(path=str(tmp_path / "a.jpg"), caption="Quang cảnh"),
    )
    return parse(render_portal_page(article, theme=NUKEVIET_THEME, now=NOW))


@pytest.mark.parametrize("selector", ARTICLE_SELECTORS)
def test_the_preview_has_what_the_portal_has(
    real_page: Node, our_page: Node, selector: str
) -> None:
    assert select(real_page, selector), f"the real page has no {selector}"
    assert select(our_page, selector), f"the preview has no {selector}"


def test_date_and_labels_are_worded_as_the_portal_words_them(
    real_page: Node, our_page: Node
) -> None:
    for page in (real_page, our_page):
        assert NUKEVIET_DATE.fullmatch(select_one(page, "div.col-md-12 > span.h5").text())
        author = select(page, "p.h5.text-right")[0]
        assert author.text().startswith("Tác giả: ")
        assert select_one(author, "strong").text() == "Tác giả:"
        assert [a.text() for a in select(page, "ul.breadcrumbs a")][:2] == [
            "Trang nhất",
            "Tin tức",
        ]


def test_pieces_come_in_the_portals_order(real_page: Node, our_page: Node) -> None:
    order = ("h1.title", "span.h5", "div.hometext", "figure.article", "div#news-bodyhtml", "p.h5")

    def positions(page: Node) -> list[int]:
        elements = page.elements()
        return [elements.index(select(page, selector)[0]) for selector in order]

    assert positions(real_page) == sorted(positions(real_page))
    assert positions(our_page) == sorted(positions(our_page))


def test_the_preview_shows_what_the_portal_publishes(nv_site, tmp_path: Path) -> None:
    """The sample article published through the connector: its public page and the preview
    carry the same words in the same places."""
    photo = tmp_path / "hoi-nghi.jpg"
    Image.new("RGB", (920, 560), (109, 143, 179)).save(photo, "JPEG")
    imported = parse_plain_article(sample_markdown())
    sapo, _, body = imported.body.partition("\n\n")
    article = new_article(
        title=imported.title,
        sapo=sapo,
        body=body,
        bylines=(*imported.bylines, Byline("Minh Hà", "Ảnh")),
        source="Báo Quảng Trị",
        category="Tin tức",
        tags=("hội nghị", "Mặt trận"),
        featured_image=FeaturedImage(
            path=str(photo), caption="Quang cảnh hội nghị", credit="Minh Hà"
        ),
        publish_at=datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=5),
    )
    editor = nv_site.users["editor"]
    connector = NukeVietConnector(nv_site.url, editor.api_key, editor.api_secret)
    try:
        sha256 = hashlib.sha256(photo.read_bytes()).hexdigest()
        media = connector.upload_media(photo, sha256=sha256, alt="Quang cảnh hội nghị")
        post = connector.create_post(
            outgoing_post(article, RemoteStatus.PUBLISH, featured_media=media.id)
        )
    finally:
        connector.close()
    response = requests.get(post.link, timeout=TIMEOUT)
    response.raise_for_status()
    published = parse(response.text)
    preview = parse(render_portal_page(article, theme=NUKEVIET_THEME, now=NOW))

    def words(page: Node, selector: str) -> list[str]:
        return [node.text() for node in select(page, selector)]

    for selector in (
        "h1.title[itemprop=headline]",
        "div.hometext[itemprop=description]",
        "div.col-md-12 > span.h5",
        "figure.article.center > figcaption",
        "div#news-bodyhtml.bodytext > p",
        "p.h5.text-right",
    ):
        assert words(published, selector) == words(preview, selector), selector
        assert words(preview, selector), selector
    # The portal lists an article's tags in the order the site made them (its tag ids, which
    # other articles decide); the preview, in the article's order. The same tags, both.
    tags = "div.panel-body > div.h5 > a"
    assert sorted(words(published, tags)) == sorted(words(preview, tags))
    assert words(preview, tags) == list(article.tags)
    assert words(preview, "p.h5.text-right") == [
        "Tác giả: Thủy Phương; Ảnh: Minh Hà",
        "Nguồn tin: Báo Quảng Trị",
    ]
    image = "figure.article.center > img"
    assert select_one(published, image).attrs["alt"] == select_one(preview, image).attrs["alt"]
