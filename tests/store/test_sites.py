from __future__ import annotations

import dataclasses

import pytest

from newsdesk.core import NotFoundError, RemoteRef, Site, Term, ValidationError, new_article
from newsdesk.store import Store


def make_site(name: str = "MTTQ Quảng Trị") -> Site:
    return Site(
        name=name,
        url="https://mttq.example.vn",
        username="phuong",
        display_name="Thủy Phương",
        roles=("contributor",),
        categories=(Term(3, "Tin tức"), Term(5, "Hoạt động")),
        tags=(Term(11, "MTTQ"),),
    )


def test_add_get_find_list(store: Store) -> None:
    added = store.add_site(make_site())
    assert added.id is not None
    assert dataclasses.replace(added, id=None) == make_site()
    assert store.get_site(added.id) == added
    assert store.find_site("MTTQ Quảng Trị") == added
    assert store.find_site("nowhere") is None

    second = store.add_site(make_site("Báo Quảng Trị"))
    assert store.list_sites() == [second, added]  # by name


def test_site_names_are_unique(store: Store) -> None:
    store.add_site(make_site())
    with pytest.raises(ValidationError, match="already exists"):
        store.add_site(make_site())
    assert len(store.list_sites()) == 1


def test_update_site(store: Store) -> None:
    added = store.add_site(make_site())
    other = store.add_site(make_site("Báo tỉnh"))
    changed = dataclasses.replace(added, roles=("editor",), categories=(Term(9, "Thời sự"),))

    assert store.update_site(changed) == changed
    assert store.get_site(added.id) == changed
    with pytest.raises(ValidationError):
        store.update_site(dataclasses.replace(changed, name=other.name))
    with pytest.raises(NotFoundError):
        store.update_site(dataclasses.replace(changed, id=404))
    with pytest.raises(ValueError, match="add_site"):
        store.update_site(make_site("new"))


def test_remove_site(store: Store) -> None:
    added = store.add_site(make_site())
    store.remove_site(added.id)
    assert store.list_sites() == []
    with pytest.raises(NotFoundError) as caught:
        store.get_site(added.id)
    assert caught.value.cause == f"Site {added.id} does not exist."
    with pytest.raises(NotFoundError):
        store.remove_site(added.id)


def test_remote_refs(store: Store, site: Site) -> None:
    other = store.add_site(make_site("Báo tỉnh"))
    article = store.create_article(new_article(title="x"))
    assert store.get_remote(article.id, site.id) is None

    ref = RemoteRef(site.id, 1234, "pending", "https://mttq.example.vn/?p=1234", 1)
    store.set_remote(article.id, ref)
    assert store.get_remote(article.id, site.id) == ref
    assert store.find_article_by_remote(site.id, 1234) == article
    assert store.find_article_by_remote(other.id, 1234) is None
    assert store.find_article_by_remote(site.id, 999) is None

    updated = RemoteRef(site.id, 1234, "publish", "https://mttq.example.vn/tin-moi", 2)
    store.set_remote(article.id, updated)
    elsewhere = RemoteRef(other.id, 77, "draft")
    store.set_remote(article.id, elsewhere)
    assert store.remotes(article.id) == [updated, elsewhere]


def test_remote_refs_need_article_and_site(store: Store, site: Site) -> None:
    article = store.create_article(new_article(title="x"))
    with pytest.raises(NotFoundError, match="Article 404"):
        store.set_remote(404, RemoteRef(site.id, 1))
    with pytest.raises(NotFoundError, match="Site 404"):
        store.set_remote(article.id, RemoteRef(404, 1))


def test_remote_refs_go_with_their_article_or_site(store: Store, site: Site) -> None:
    other = store.add_site(make_site("Báo tỉnh"))
    a = store.create_article(new_article(title="a"))
    b = store.create_article(new_article(title="b"))
    store.set_remote(a.id, RemoteRef(site.id, 1))
    store.set_remote(b.id, RemoteRef(site.id, 2))
    store.set_remote(b.id, RemoteRef(other.id, 3))

    store.delete_article(a.id)
    store.remove_site(site.id)

    assert store.remotes(a.id) == []
    assert store.remotes(b.id) == [RemoteRef(other.id, 3)]
    assert store.find_article_by_remote(site.id, 2) is None


def test_remote_refs_of_a_site(store: Store, site: Site) -> None:
    other = store.add_site(make_site("Báo tỉnh"))
    a = store.create_article(new_article(title="a"))
    b = store.create_article(new_article(title="b"))
    store.set_remote(b.id, RemoteRef(site.id, 2, "publish"))
    store.set_remote(a.id, RemoteRef(site.id, 1, "pending"))
    store.set_remote(a.id, RemoteRef(other.id, 3))

    assert store.remote_refs(site.id) == [
        (a.id, RemoteRef(site.id, 1, "pending")),
        (b.id, RemoteRef(site.id, 2, "publish")),
    ]
    assert store.remote_refs(other.id) == [(a.id, RemoteRef(other.id, 3))]
    assert store.remote_refs(404) == []
