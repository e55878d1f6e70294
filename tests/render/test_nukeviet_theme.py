"""The NukeViet look: the sample article laid out as NukeViet 4.5's default theme lays out an
article page, for a site of kind NukeViet; every other site keeps the WordPress portal's look."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.core import Article, Byline, FeaturedImage
from newsdesk.core.site import SiteKind
from newsdesk.render import (
    NUKEVIET_THEME,
    WORDPRESS_THEME,
    render_article_fragment,
    render_portal_page,
    theme_for_site,
)
from newsdesk.render.nukeviet import nukeviet_datetime
from newsdesk.render.portal import DEFAULT_SITE_NAME
from tests.render.html_select import parse, select, select_one
from tests.render.test_portal import GOLDEN_PAGE, NOW, sample_article
from tests.text.samples import DATA, SAMPLE_TITLE

# 08:00 on Monday 7 December 2026 in Vietnam.
PUBLISHED = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
SAPO = (
    "QTO - Sáng 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban"
    " công tác Mặt trận và các đoàn thể chính trị - xã hội cấp tỉnh quý IV năm 2020."
)
GOLDEN_PAGE_NUKEVIET = DATA / "sample_article_page_nukeviet.html"
SOURCE = "Báo Quảng Trị"
CATEGORY = "Hoạt động Mặt trận"


def nukeviet_sample(tmp_path: Path) -> Article:
    """The full sample article as a reporter sends it to the portal: sapo, category, source,
    tags and a featured photo with its caption and credit."""
    photo = tmp_path / "hội nghị giao ban.jpg"
    return replace(
        sample_article(),
        sapo=SAPO,
        category=CATEGORY,
        source=SOURCE,
        tags=("hội nghị", "Mặt trận"),
        featured_image=FeaturedImage(
            path=str(photo), caption="Quang cảnh hội nghị", credit="Thủy Phương"
        ),
        publish_at=PUBLISHED,
    )


def nukeviet_page(article: Article, site_name: str = DEFAULT_SITE_NAME) -> str:
    return render_portal_page(article, theme=NUKEVIET_THEME, site_name=site_name, now=NOW)


def test_sample_page_matches_golden_file(tmp_path: Path) -> None:
    image = FeaturedImage(
        path="https://portal.example.invalid/uploads/news/2026_12/hoi-nghi.jpg",
        caption="Quang cảnh hội nghị",
        credit="Thủy Phương",
    )
    page = nukeviet_page(replace(nukeviet_sample(tmp_path), featured_image=image))
    if os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1":
        GOLDEN_PAGE_NUKEVIET.write_text(page, encoding="utf-8")
    assert page == GOLDEN_PAGE_NUKEVIET.read_text(encoding="utf-8")


def test_sample_article_has_the_nukeviet_article_structure(tmp_path: Path) -> None:
    article = nukeviet_sample(tmp_path)
    tree = parse(nukeviet_page(article))
    assert select_one(tree, "h1.title[itemprop=headline]").text() == SAMPLE_TITLE
    assert select_one(tree, "div.hometext[itemprop=description]").text() == SAPO
    assert select_one(tree, "span.h5").text() == "Thứ hai - 07/12/2026 08:00"
    assert [p.text() for p in select(tree, "p.h5.text-right")] == [
        "Tác giả: Thủy Phương",
        f"Nguồn tin: {SOURCE}",
    ]
    image = select_one(tree, "figure.article.center > img")
    assert image.attrs["src"] == (tmp_path / "hội nghị giao ban.jpg").as_uri()
    assert image.attrs["width"] == "460"
    # NukeViet keeps one line of words with the image (homeimgalt): the caption.
    assert image.attrs["alt"] == "Quang cảnh hội nghị"
    caption = select_one(tree, "figure.article.center > figcaption")
    assert caption.text() == "Quang cảnh hội nghị"
    assert [a.text() for a in select(tree, "ul.breadcrumbs a")] == ["Trang nhất", CATEGORY]
    assert [a.text() for a in select(tree, "div.panel-body div.h5 a")] == ["hội nghị", "Mặt trận"]
    assert (
        select_one(tree, "title").text() == f"{SAMPLE_TITLE} - Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"
    )


def test_the_body_is_every_paragraph_of_the_sample_and_nothing_else(tmp_path: Path) -> None:
    article = nukeviet_sample(tmp_path)
    body = select_one(parse(nukeviet_page(article)), "div#news-bodyhtml.bodytext")
    paragraphs = [" ".join(p.split()) for p in article.body.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 2
    assert max(map(len, paragraphs)) > 3000  # the real long paragraphs, not a shortened copy
    assert [p.text() for p in select(body, "p")] == paragraphs
    # The author line is NukeViet's "Tác giả", below the body, not a paragraph in it.
    assert "Thủy Phương" not in body.text()


def test_pieces_come_in_the_order_of_the_portal(tmp_path: Path) -> None:
    page = nukeviet_page(nukeviet_sample(tmp_path))
    marks = [
        'class="breadcrumbs"',
        'class="title',
        'class="h5"',
        'class="hometext',
        'class="article center"',
        'id="news-bodyhtml"',
        "Tác giả: ",
        "Nguồn tin: ",
        "Tags: ",
    ]
    positions = [page.index(mark) for mark in marks]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2026, 12, 7, 1, 0, tzinfo=UTC), "Thứ hai - 07/12/2026 08:00"),
        (datetime(2026, 12, 8, 16, 59, tzinfo=UTC), "Thứ ba - 08/12/2026 23:59"),
        # 17:00 UTC is already the next day in Vietnam.
        (datetime(2026, 12, 8, 17, 0, tzinfo=UTC), "Thứ tư - 09/12/2026 00:00"),
        (datetime(2026, 12, 10, 2, 5, tzinfo=UTC), "Thứ năm - 10/12/2026 09:05"),
        (datetime(2026, 12, 11, 3, 0, tzinfo=UTC), "Thứ sáu - 11/12/2026 10:00"),
        (datetime(2026, 12, 12, 3, 0, tzinfo=UTC), "Thứ bảy - 12/12/2026 10:00"),
        (datetime(2026, 12, 13, 3, 0, tzinfo=UTC), "Chủ nhật - 13/12/2026 10:00"),
        (datetime(2020, 12, 25, 3, 30), "Thứ sáu - 25/12/2020 10:30"),  # naive: UTC
    ],
)
def test_date_in_the_portals_format_and_vietnam_time(moment: datetime, shown: str) -> None:
    assert nukeviet_datetime(moment) == shown
    fragment = render_article_fragment(
        replace(sample_article(), publish_at=moment), theme=NUKEVIET_THEME
    )
    assert f'<span class="h5">{shown}</span>' in fragment


def test_unpublished_article_shows_its_last_update() -> None:
    article = replace(
        sample_article(), publish_at=None, updated_at=datetime(2021, 1, 3, 16, 5, tzinfo=UTC)
    )
    fragment = render_article_fragment(article, theme=NUKEVIET_THEME)
    assert '<span class="h5">Chủ nhật - 03/01/2021 23:05</span>' in fragment


def test_every_byline_is_in_the_author_line() -> None:
    article = replace(
        sample_article(),
        bylines=(Byline("Thủy Phương", "Bài"), Byline("Minh Hà", "Ảnh"), Byline("Lê Na", "Bài")),
    )
    tree = parse(render_article_fragment(article, theme=NUKEVIET_THEME))
    assert [p.text() for p in select(tree, "p.h5.text-right")] == [
        "Tác giả: Bài: Thủy Phương - Lê Na; Ảnh: Minh Hà"
    ]


def test_no_author_no_source_no_author_block() -> None:
    article = replace(sample_article(), bylines=(), source="")
    tree = parse(render_article_fragment(article, theme=NUKEVIET_THEME))
    assert select(tree, "p.h5.text-right") == []


def test_source_alone() -> None:
    article = replace(sample_article(), bylines=(), source="TTXVN")
    tree = parse(render_article_fragment(article, theme=NUKEVIET_THEME))
    assert [p.text() for p in select(tree, "p.h5.text-right")] == ["Nguồn tin: TTXVN"]


def test_no_sapo_no_image_no_hometext_block() -> None:
    tree = parse(render_article_fragment(sample_article(), theme=NUKEVIET_THEME))
    assert select(tree, "div.hometext") == []
    assert select(tree, "figure") == []


def test_image_without_caption_is_described_by_the_title(tmp_path: Path) -> None:
    image = FeaturedImage(path=str(tmp_path / "a.jpg"))
    tree = parse(
        render_article_fragment(
            replace(sample_article(), featured_image=image), theme=NUKEVIET_THEME
        )
    )
    assert select_one(tree, "figure.article.center > img").attrs["alt"] == SAMPLE_TITLE
    assert select(tree, "figcaption") == []


def test_a_credit_alone_is_not_a_caption_on_the_portal(tmp_path: Path) -> None:
    image = FeaturedImage(path=str(tmp_path / "a.jpg"), credit="Minh Hà", alt="Đại biểu")
    tree = parse(
        render_article_fragment(
            replace(sample_article(), featured_image=image), theme=NUKEVIET_THEME
        )
    )
    assert select_one(tree, "figure.article.center > img").attrs["alt"] == SAMPLE_TITLE
    assert select(tree, "figcaption") == []


def test_empty_title_shows_a_placeholder() -> None:
    article = replace(sample_article(), title=" ")
    tree = parse(render_article_fragment(article, theme=NUKEVIET_THEME))
    assert select_one(tree, "h1.title").text() == "(Chưa có tít)"


def test_text_stays_text(tmp_path: Path) -> None:
    article = replace(
        nukeviet_sample(tmp_path),
        title="<script>alert(1)</script> Tít",
        sapo='"Sa-pô" <b>đậm</b>',
        body="<script>alert(2)</script>Thân bài <img src=x onerror=alert(3)>",
        bylines=(Byline("<i>X</i>"),),
        source='<a href="http://x.invalid">Nguồn</a>',
        category="<b>Mục</b>",
        tags=("<u>thẻ</u>",),
        featured_image=FeaturedImage(path=str(tmp_path / "a.jpg"), caption="<em>Ảnh</em>"),
    )
    page = nukeviet_page(article, site_name="<Trang>")
    tree = parse(page)
    assert "<script" not in page
    assert "alert(2)" not in page
    assert not [n for n in tree.elements() if n.tag in {"script", "b", "i", "u"}]
    assert select(tree, "figcaption em") == []
    assert not [n for n in tree.elements() if "onerror" in n.attrs]
    assert select_one(tree, "h1.title").text() == "<script>alert(1)</script> Tít"
    assert select_one(tree, "div.hometext").text() == '"Sa-pô" <b>đậm</b>'
    assert select_one(tree, "figcaption").text() == "<em>Ảnh</em>"
    assert [p.text() for p in select(tree, "p.h5.text-right")] == [
        "Tác giả: <i>X</i>",
        'Nguồn tin: <a href="http://x.invalid">Nguồn</a>',
    ]
    assert [a.text() for a in select(tree, "ul.breadcrumbs a")] == ["Trang nhất", "<b>Mục</b>"]
    assert [a.text() for a in select(tree, "div.h5 a")] == ["<u>thẻ</u>"]
    assert "&lt;Trang&gt;" in page


def test_page_is_chrome_around_the_fragment(tmp_path: Path) -> None:
    article = nukeviet_sample(tmp_path)
    fragment = render_article_fragment(article, theme=NUKEVIET_THEME)
    page = nukeviet_page(article)
    assert f'<article id="newsdesk-article" class="newsdesk-article">{fragment}</article>' in page
    assert page.count('id="newsdesk-article"') == 1


def test_page_works_offline(tmp_path: Path) -> None:
    """Everything inline: no stylesheet, script, font or image fetched from anywhere."""
    page = nukeviet_page(nukeviet_sample(tmp_path))
    assert "<style>" in page
    assert "#news-bodyhtml" not in page.split("<style>")[0]
    for needle in ("<link", "<script", "@import", "@font-face", "url(", "//fonts."):
        assert needle not in page
    sources = re.findall(r'\bsrc="([^"]*)"', page)
    assert sources == [(tmp_path / "hội nghị giao ban.jpg").as_uri()]


@pytest.mark.parametrize(
    ("kind", "theme"),
    [
        (SiteKind.NUKEVIET, NUKEVIET_THEME),
        (SiteKind.WORDPRESS, WORDPRESS_THEME),
        (SiteKind.METAWEBLOG, WORDPRESS_THEME),
        (None, WORDPRESS_THEME),
    ],
)
def test_theme_follows_the_kind_of_site(kind: SiteKind | None, theme: str) -> None:
    assert theme_for_site(kind) == theme


def test_a_wordpress_site_keeps_the_wordpress_look() -> None:
    page = render_portal_page(sample_article(), theme=theme_for_site(SiteKind.WORDPRESS), now=NOW)
    assert page == GOLDEN_PAGE.read_text(encoding="utf-8")
    assert "news-bodyhtml" not in page


def test_the_two_looks_differ_where_the_portals_do(tmp_path: Path) -> None:
    article = nukeviet_sample(tmp_path)
    wordpress = parse(render_article_fragment(article, theme=WORDPRESS_THEME))
    nukeviet = parse(render_article_fragment(article, theme=NUKEVIET_THEME))
    # WordPress: the byline ends the body; NukeViet: "Tác giả" under it.
    assert select_one(wordpress, "p.newsdesk-byline").text() == "Thủy Phương"
    assert select(nukeviet, "p.newsdesk-byline") == []
    assert select_one(wordpress, "p.article-date").text() == "Thứ Hai, 07/12/2026 - 08:00"
    assert select_one(nukeviet, "span.h5").text() == "Thứ hai - 07/12/2026 08:00"
