"""The article as the site now holds it, rebuilt on top of what this desk knows."""

from __future__ import annotations

import hashlib

from newsdesk.core.article import Article
from newsdesk.core.site import Site
from newsdesk.render import article_content_html
from newsdesk.render.html_markdown import html_to_markdown
from newsdesk.render.photos import links_in_site_html
from newsdesk.sites.base import RemotePost
from newsdesk.sites.mapping import article_from_post


def content_sha(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()


def with_site_terms(article: Article, post: RemotePost, site: Site) -> Article:
    """Category and tags by name, from the ids the post carries (unknown ids are skipped)."""
    categories = {t.id: t.name for t in site.categories}
    tags = {t.id: t.name for t in site.tags}
    names = [categories[i] for i in post.category_ids if i in categories]
    return article.edited(
        category=names[0] if names else article.category,
        tags=tuple(tags[i] for i in post.tag_ids if i in tags) or article.tags,
    )


def site_version_of(post: RemotePost, base: Article, known_sha: str = "") -> Article:
    """``base`` with the site's title, sapo, body, bylines and status.

    The body comes from the Markdown Newsdesk keeps on the post, unless someone edited the
    post's HTML on the site itself since (the HTML no longer matches that Markdown): then the
    HTML is turned back into Markdown.
    """
    article = article_from_post(post, base)
    if known_sha and content_sha(post.content_html) == known_sha:
        return article
    shown = links_in_site_html(post.content_html)
    if post.meta.markdown and article_content_html(article, shown) == post.content_html:
        return article
    return article.edited(body=html_to_markdown(post.content_html))
