from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.core import Article, Byline, FeaturedImage
from newsdesk.render import render_article_fragment, render_portal_page
from newsdesk.text import parse_plain_article
from tests.text.samples import DATA, SAMPLE_TITLE, sample_markdown

GOLDEN_PAGE = DATA / "sample_article_page.html"
NOW = datetime(2020, 12, 25, 3, 30, tzinfo=UTC)


def sample_article() -> Article:
    imported = parse_plain_article(sample_markdown())
    return Article(
        uuid="6f1c2a52-3d43-4a8e-9a55-7f7f5d7e2a10",
        title=imported.title,
        sapo=imported.sapo,
        body=imported.body,
        bylines=imported.bylines,
        publish_at=datetime(2020, 12, 25, 3, 30, tzinfo=UTC),
        created_at=datetime(2020, 12, 24, 8, 0, tzinfo=UTC),
        updated_at=datetime(2020, 12, 24, 9, 0, tzinfo=UTC),
    )


def test_sample_page_matches_golden_file() -> None:
    page = render_portal_page(sample_article(), now=NOW)
    if os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1":
        GOLDEN_PAGE.write_text(page, encoding="utf-8")
    assert page == GOLDEN_PAGE.read_text(encoding="utf-8")


def test_page_shows_the_article_as_the_portal_does() -> None:
    page = render_portal_page(sample_article(), now=NOW)
    assert f'<h1 class="article-title">{SAMPLE_TITLE}</h1>' in page
    assert '<p class="article-date">Thứ Sáu, 25/12/2020 - 10:30</p>' in page
    assert (
        '<p class="newsdesk-byline" style="text-align:right"><strong>Thủy Phương</strong></p>'
    ) in page
    assert "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị" in page
    assert "Tỉnh uỷ" in page
    assert "Tỉnh ủy" in page


def test_page_has_the_portal_chrome() -> None:
    page = render_portal_page(sample_article(), now=NOW)
    assert re.search(r'<a class="go-top" href="#top">Go top</a>', page)
    assert 'id="top"' in page
    assert "Hiện tại không có bình chọn nào đang hoạt động." in page
    for label in ("Thống kê truy cập", "Người trực tuyến", "Khách", "Thành viên", "Tổng"):
        assert f">{label}<" in page or f">{label}\n" in page
    assert "Tổng lượt truy cập" in page
    assert "Thứ Sáu, 25/12/2020</div>" in page  # the header's date comes from ``now``


def test_page_needs_no_other_file() -> None:
    page = render_portal_page(sample_article(), now=NOW)
    assert "<style>" in page
    assert ".sidebar" in page
    assert "<link" not in page
    assert "<script" not in page


def test_page_is_chrome_around_the_fragment() -> None:
    article = sample_article()
    page = render_portal_page(article, now=NOW)
    fragment = render_article_fragment(article)
    assert f'<article id="newsdesk-article" class="article">{fragment}</article>' in page
    assert page.count('id="newsdesk-article"') == 1


def test_sapo_is_bold() -> None:
    article = replace(sample_article(), sapo="QTO - Ngày 25/12/2020, hội nghị diễn ra.")
    fragment = render_article_fragment(article)
    assert (
        '<p class="article-sapo"><strong>QTO - Ngày 25/12/2020, hội nghị diễn ra.</strong></p>'
        in fragment
    )
    assert "article-sapo" not in render_article_fragment(sample_article())


def test_featured_image_with_caption_and_credit(tmp_path: Path) -> None:
    photo = tmp_path / "hội nghị.jpg"
    image = FeaturedImage(path=str(photo), caption="Toàn cảnh hội nghị", credit="Thủy Phương")
    fragment = render_article_fragment(replace(sample_article(), featured_image=image))
    assert f'<img src="{photo.as_uri()}" alt="Toàn cảnh hội nghị">' in fragment
    assert "<figcaption>Toàn cảnh hội nghị - Ảnh: Thủy Phương</figcaption>" in fragment


def test_featured_image_credit_only_and_alt_text(tmp_path: Path) -> None:
    image = FeaturedImage(path=str(tmp_path / "a.jpg"), credit="Minh Hà", alt="Đại biểu")
    fragment = render_article_fragment(replace(sample_article(), featured_image=image))
    assert 'alt="Đại biểu"' in fragment
    assert "<figcaption>Ảnh: Minh Hà</figcaption>" in fragment


def test_no_image_no_figure() -> None:
    assert "<figure" not in render_article_fragment(sample_article())


def test_empty_title_shows_a_placeholder() -> None:
    article = replace(sample_article(), title="  ")
    fragment = render_article_fragment(article)
    assert '<h1 class="article-title article-title--empty">(Chưa có tít)</h1>' in fragment
    page = render_portal_page(article, now=NOW)
    assert "<title>Ủy ban MTTQ Việt Nam tỉnh Quảng Trị</title>" in page


def test_unpublished_article_shows_its_last_update() -> None:
    article = replace(
        sample_article(), publish_at=None, updated_at=datetime(2021, 1, 3, 16, 5, tzinfo=UTC)
    )
    assert "Chủ Nhật, 03/01/2021 - 23:05" in render_article_fragment(article)


def test_article_text_is_escaped() -> None:
    article = replace(
        sample_article(),
        title="<script>alert(1)</script> Tít",
        sapo='"Sa-pô" <b>',
        body="<script>alert(2)</script>Thân bài",
        bylines=(Byline("<i>X</i>"),),
    )
    page = render_portal_page(article, site_name="<Trang>", now=NOW)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tít" in page
    assert "alert(2)" not in page
    assert "&lt;i&gt;X&lt;/i&gt;" in page
    assert "&lt;Trang&gt;" in page


def test_site_name_and_category() -> None:
    article = replace(sample_article(), category="Hoạt động Mặt trận")
    page = render_portal_page(article, site_name="Báo Quảng Trị", now=NOW)
    assert '<span class="site-title">Báo Quảng Trị</span>' in page
    assert '<p class="article-category">Hoạt động Mặt trận</p>' in page


@pytest.mark.parametrize("theme", ["nope", "../portal", ""])
def test_unknown_theme_is_refused(theme: str) -> None:
    with pytest.raises(ValueError, match="theme"):
        render_article_fragment(sample_article(), theme=theme)
