"""The article laid out as the office's portal shows it, for the preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from newsdesk.core.article import Article, FeaturedImage
from newsdesk.core.site import SiteKind
from newsdesk.render.article_html import article_body_html, byline_html, format_bylines
from newsdesk.render.nukeviet import nukeviet_datetime, nukeviet_iso
from newsdesk.render.photos import PhotoLinks, caption_line, no_photos
from newsdesk.resources import resource_path
from newsdesk.text.dates import format_date_vi, format_datetime_vi, to_vietnam_time, weekday_name
from newsdesk.text.normalize import clean_line

DEFAULT_SITE_NAME = "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"
PAGE_TEMPLATE = "page.html.j2"
ARTICLE_TEMPLATE = "article.html.j2"
# The office's WordPress portal, and NukeViet 4.5's default theme.
WORDPRESS_THEME = "portal"
NUKEVIET_THEME = "nukeviet"


@dataclass(frozen=True, slots=True)
class _Image:
    src: str
    alt: str
    caption: str  # the caption line: "Quang cảnh hội nghị - Ảnh: Thủy Phương"
    # The caption alone: all a NukeViet portal keeps of the words (its ``homeimgalt``, which
    # the connector fills with the caption), so all its article page shows.
    note: str


@dataclass(frozen=True, slots=True)
class _Theme:
    folder: Path
    environment: Environment

    def stylesheet(self) -> str:
        """The theme's CSS: ``<theme>.css`` in its folder."""
        return (self.folder / f"{self.folder.name}.css").read_text(encoding="utf-8")


def theme_for_site(kind: SiteKind | None) -> str:
    """The theme a site of ``kind`` shows its articles in (None: no site yet)."""
    return NUKEVIET_THEME if kind is SiteKind.NUKEVIET else WORDPRESS_THEME


def _load_theme(name: str) -> _Theme:
    folder = resource_path("themes", name)
    if not name or Path(name).name != name or not folder.is_dir():
        raise ValueError(f"No theme named {name!r} in {folder.parent}")
    environment = Environment(
        loader=FileSystemLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["nukeviet_date"] = nukeviet_datetime
    environment.filters["nukeviet_iso"] = nukeviet_iso
    return _Theme(folder=folder, environment=environment)


def _image_src(path: str) -> str:
    if "://" in path:
        return path
    local = Path(path)
    return (local if local.is_absolute() else local.absolute()).as_uri()


def _image(image: FeaturedImage | None) -> _Image | None:
    if image is None or not image.path:
        return None
    caption, credit = clean_line(image.caption), clean_line(image.credit)
    return _Image(
        src=_image_src(image.path),
        alt=clean_line(image.alt) or caption,
        caption=caption_line(caption, credit),
        note=caption,
    )


def _render_fragment(environment: Environment, article: Article, photos: PhotoLinks) -> str:
    """The article template gets every piece; each theme places the ones its portal shows
    (the WordPress portal prints the author line in the body, NukeViet under it)."""
    shown_at = article.publish_at or article.updated_at
    body = article_body_html(article, photos)
    byline = byline_html(article.bylines)
    return environment.get_template(ARTICLE_TEMPLATE).render(
        title=clean_line(article.title),
        category=clean_line(article.category),
        shown_at=shown_at,
        dateline=format_datetime_vi(shown_at),
        sapo=clean_line(article.sapo),
        image=_image(article.featured_image),
        body=Markup(body),  # noqa: S704 (sanitised by nh3)
        content=Markup("\n".join(part for part in (body, byline) if part)),  # noqa: S704 (escaped)
        author=format_bylines(article.bylines),
        source=clean_line(article.source),
        tags=[tag for tag in map(clean_line, article.tags) if tag],
    )


def render_article_fragment(
    article: Article, *, theme: str = WORDPRESS_THEME, photos: PhotoLinks = no_photos
) -> str:
    """The inside of the page's ``<article id="newsdesk-article">``: title, date line, sapo,
    lead image, body and author line. The preview swaps it in to update a shown page."""
    return _render_fragment(_load_theme(theme).environment, article, photos)


def render_portal_page(
    article: Article,
    *,
    theme: str = WORDPRESS_THEME,
    site_name: str = DEFAULT_SITE_NAME,
    now: datetime | None = None,
    photos: PhotoLinks = no_photos,
) -> str:
    """A whole portal page around ``article``, styles inlined so it needs no other file.

    ``now`` is the day the page header shows (default: the current time); ``photos`` says
    where the body's photos are (render/photos.py).
    """
    loaded = _load_theme(theme)
    today = now or datetime.now(UTC)
    title = clean_line(article.title)
    page = loaded.environment.get_template(PAGE_TEMPLATE)
    return page.render(
        site_name=site_name,
        page_title=f"{title} - {site_name}" if title else site_name,
        css=Markup(loaded.stylesheet()),  # noqa: S704 (the theme's own file)
        today=f"{weekday_name(today)}, {format_date_vi(today)}",
        now=today,
        year=to_vietnam_time(today).year,
        category=clean_line(article.category),
        article_html=Markup(_render_fragment(loaded.environment, article, photos)),  # noqa: S704 (escaped)
    )
