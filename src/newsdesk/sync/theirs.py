"""The article as the site now holds it, rebuilt on top of what this desk knows."""

from __future__ import annotations

from newsdesk.core.article import Article
from newsdesk.core.site import Site
from newsdesk.sites.base import RemotePost
from newsdesk.sites.mapping import article_from_post, content_sha

__all__ = ["content_sha", "site_version_of", "with_site_terms"]


def with_site_terms(article: Article, post: RemotePost, site: Site) -> Article:
    """Category and tags by name from the ids the post carries, for a connector that gave
    only the ids (unknown ids are skipped)."""
    categories = {t.id: t.name for t in site.categories}
    tags = {t.id: t.name for t in site.tags}
    names = [categories[i] for i in post.category_ids if i in categories]
    if post.category_names is None and names:
        article = article.edited(category=names[0])
    if post.tag_names is None:
        article = article.edited(
            tags=tuple(tags[i] for i in post.tag_ids if i in tags) or article.tags
        )
    return article


def site_version_of(post: RemotePost, base: Article, known_sha: str = "") -> Article:
    """``base`` with what the site holds of the article (sites.mapping.article_from_post):
    the body from the Markdown Newsdesk keeps on the post only while it is still the post's
    content (``known_sha``: the fingerprint of HTML this desk knows matched it)."""
    return article_from_post(post, base, known_sha)
