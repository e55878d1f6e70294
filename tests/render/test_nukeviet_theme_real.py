"""The NukeViet look against the real thing: the structure the preview gives an article is
the structure NukeViet 4.5's default theme gives one of its own (the sample data's article 9,
which has a sapo, a centred featured image and an author)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from newsdesk.core import FeaturedImage
from newsdesk.render import NUKEVIET_THEME, render_portal_page
from tests.render.html_select import Node, parse, select, select_one
from tests.render.test_portal import NOW, sample_article

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
