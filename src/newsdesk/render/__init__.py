"""Markdown -> safe HTML -> portal page. Pure functions; themes are Jinja2 templates + CSS."""

from __future__ import annotations

from newsdesk.render.article_html import (
    article_body_html,
    article_content_html,
    byline_html,
    format_bylines,
    sapo_html,
)
from newsdesk.render.markdown_html import markdown_to_html, sanitize_html
from newsdesk.render.portal import (
    NUKEVIET_THEME,
    WORDPRESS_THEME,
    render_article_fragment,
    render_portal_page,
    theme_for_site,
)

__all__ = [
    "NUKEVIET_THEME",
    "WORDPRESS_THEME",
    "article_body_html",
    "article_content_html",
    "byline_html",
    "format_bylines",
    "markdown_to_html",
    "render_article_fragment",
    "render_portal_page",
    "sanitize_html",
    "sapo_html",
    "theme_for_site",
]
