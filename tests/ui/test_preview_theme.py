"""The preview shows an article in the look of the site it goes to: NukeViet's for a NukeViet
site, the WordPress portal's for the others, and changes look when another site is chosen."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.core.article import Byline, new_article
from newsdesk.core.site import Site, SiteKind, Term
from newsdesk.render import NUKEVIET_THEME, WORDPRESS_THEME
from tests.ui.helpers import page_text

NUKEVIET_PAGE = "!!document.querySelector('div#news-bodyhtml.bodytext')"
WORDPRESS_PAGE = "!!document.querySelector('div.article-body')"
# The page around the article: NukeViet's breadcrumb bar, and its grey background.
NUKEVIET_CHROME = (
    "!!document.querySelector('nav.third-nav ul.breadcrumbs')"
    " && getComputedStyle(document.body).backgroundColor === 'rgb(238, 238, 238)'"
)


def add_site(window, name: str, kind: SiteKind) -> Site:
    return window.ctx.store.add_site(
        Site(
            name=name,
            url=f"https://{name}.example.invalid",
            username="pv",
            kind=kind,
            roles=("contributor",),
            categories=(Term(1, "Tin tức"),),
        )
    )


def open_sample(qtbot, window) -> None:
    article = window.ctx.store.create_article(
        new_article(
            title="Lúa Đông Xuân vượt kế hoạch",
            body="Nội dung bài.",
            bylines=(Byline("Thủy Phương"),),
        )
    )
    window.reload_list()
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        assert window.article_list.select(article.pk)


def test_an_article_for_a_nukeviet_site_is_shown_as_nukeviet_shows_it(qtbot, window):
    add_site(window, "cong-thong-tin", SiteKind.NUKEVIET)
    window.reload_sites()
    open_sample(qtbot, window)
    assert window.preview.theme == NUKEVIET_THEME
    assert page_text(qtbot, window.preview, NUKEVIET_PAGE) is True
    assert page_text(qtbot, window.preview, NUKEVIET_CHROME) is True
    text = str(page_text(qtbot, window.preview))
    assert "Tác giả: Thủy Phương" in text


def test_choosing_another_site_changes_the_look(qtbot, window):
    add_site(window, "bao-wp", SiteKind.WORDPRESS)
    add_site(window, "cong-thong-tin", SiteKind.NUKEVIET)
    window.ctx.settings.default_site = "bao-wp"
    window.reload_sites()
    open_sample(qtbot, window)
    assert window.preview.theme == WORDPRESS_THEME
    assert page_text(qtbot, window.preview, WORDPRESS_PAGE) is True
    assert page_text(qtbot, window.preview, NUKEVIET_CHROME) is False

    combo = window.metadata.site
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        combo.setCurrentIndex(combo.findText("cong-thong-tin"))
        combo.activated.emit(combo.currentIndex())
    assert page_text(qtbot, window.preview, NUKEVIET_PAGE) is True
    assert page_text(qtbot, window.preview, NUKEVIET_CHROME) is True
    assert page_text(qtbot, window.preview, WORDPRESS_PAGE) is False


def test_a_new_category_shows_in_the_breadcrumb_bar(qtbot, window):
    add_site(window, "cong-thong-tin", SiteKind.NUKEVIET)
    window.reload_sites()
    open_sample(qtbot, window)
    crumbs = (
        "Array.from(document.querySelectorAll('ul.breadcrumbs a'), a => a.textContent).join('|')"
    )
    assert page_text(qtbot, window.preview, crumbs) == "Trang nhất"
    article = window.session.article
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        window.preview.show_article(replace(article, category="Hoạt động Mặt trận"))
    assert page_text(qtbot, window.preview, crumbs) == "Trang nhất|Hoạt động Mặt trận"
