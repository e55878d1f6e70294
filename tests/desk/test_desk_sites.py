"""The desk's site operations and the operations that talk to a site, against an in-process
site: what is checked, stored, kept in the keyring and returned, word for word."""

from __future__ import annotations

import pytest

from newsdesk.core import OutboxAction, Site, WorkflowStatus, new_article
from newsdesk.core.errors import NotFoundError, ValidationError
from newsdesk.core.site import SiteKind, Term
from newsdesk.desk import Changes, Desk
from newsdesk.sites.base import PostMeta, RemotePost, SiteUser
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.discovery import DiscoveredSite
from newsdesk.sites.errors import Unreachable
from newsdesk.store import Store
from tests.sync.fakes import FakeConnector, FakeSite

PASSWORD = "abcd efgh ijkl mnop"


class TermsConnector(FakeConnector):
    """Tells categories from tags, and remembers that it was closed."""

    def tags(self) -> list[Term]:
        return [Term(9, "Mặt trận")]

    def close(self) -> None:
        self.site.closed += 1  # type: ignore[attr-defined]


class TermsSite(FakeSite):
    closed: int = 0

    def connector(self) -> TermsConnector:
        return TermsConnector(self)


class Connections:
    """Stands in for the network: every connector made, with the password it was given."""

    def __init__(self, site: TermsSite) -> None:
        self.site = site
        self.made: list[tuple[Site, str]] = []

    def __call__(self, site: Site, password: str) -> TermsConnector:
        self.made.append((site, password))
        return self.site.connector()


@pytest.fixture
def remote() -> TermsSite:
    return TermsSite(roles=("editor",))


@pytest.fixture
def connections(remote: TermsSite, monkeypatch: pytest.MonkeyPatch) -> Connections:
    made = Connections(remote)
    monkeypatch.setattr("newsdesk.desk.desk.make_connector", made)
    monkeypatch.setattr("newsdesk.sites.registry.make_connector", made)
    return made


@pytest.fixture
def found(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def discover(url: str) -> DiscoveredSite:
        asked.append(url)
        if "xmlrpc" in url:
            return DiscoveredSite(
                "xmlrpc",
                "https://example.net/xmlrpc.php",
                "https://example.net",
                "Cổng",
                blog_id="7",
            )
        return DiscoveredSite(
            "wordpress-rest", "https://example.org/wp-json/", "https://example.org", "Portal"
        )

    monkeypatch.setattr("newsdesk.desk.desk.discover_site", discover)
    return asked


@pytest.fixture
def credentials() -> Credentials:
    return Credentials()


@pytest.fixture
def desk(store: Store, credentials: Credentials, connections: Connections) -> Desk:
    return Desk(store, credentials)


def _stored(
    store: Store, credentials: Credentials, roles: tuple[str, ...] = ("contributor",)
) -> Site:
    site = store.add_site(Site("portal", "https://example.org", "bientap", roles=roles))
    credentials.set(site.key, PASSWORD)
    return site


USER = SiteUser(1, "reporter", "Thủy Phương", ("editor",))


def test_an_unknown_site_is_named_with_the_way_to_add_it(desk: Desk) -> None:
    with pytest.raises(NotFoundError) as caught:
        desk.site("nowhere")
    assert caught.value.cause == "There is no site named “nowhere”."
    assert caught.value.action == "Add it first (`newsdesk site add`)."


def test_checking_a_rest_site_reads_the_user_and_terms_and_stores_nothing(
    store: Store, desk: Desk, found: list[str], connections: Connections, remote: TermsSite
) -> None:
    site, user = desk.check_site("https://example.org/home", "  bientap \n", PASSWORD)
    assert found == ["https://example.org/home"]
    assert connections.made == [
        (
            Site("", "https://example.org", "bientap", SiteKind.WORDPRESS, api_url="", blog_id="1"),
            PASSWORD,
        )
    ]
    assert user == USER
    assert site == Site(
        "",
        "https://example.org",
        "bientap",
        SiteKind.WORDPRESS,
        display_name="Thủy Phương",
        roles=("editor",),
        categories=(Term(1, "Tin tức"),),
        tags=(Term(9, "Mặt trận"),),
        api_url="",
        blog_id="1",
    )
    assert remote.closed == 1
    assert store.list_sites() == []


def test_checking_an_xmlrpc_site_keeps_its_endpoint_and_blog(
    desk: Desk, found: list[str], connections: Connections
) -> None:
    site, _user = desk.check_site("https://example.net/xmlrpc", "phuong", PASSWORD)
    expected = Site(
        "", "https://example.net", "phuong", SiteKind.METAWEBLOG,
        api_url="https://example.net/xmlrpc.php", blog_id="7",
    )  # fmt: skip
    assert connections.made == [(expected, PASSWORD)]
    assert site.kind is SiteKind.METAWEBLOG
    assert site.api_url == "https://example.net/xmlrpc.php"
    assert site.blog_id == "7"


def test_a_site_that_refuses_the_sign_in_is_still_closed(
    desk: Desk, found: list[str], remote: TermsSite
) -> None:
    remote.down = True
    with pytest.raises(Unreachable, match="did not answer"):
        desk.check_site("https://example.org", "bientap", PASSWORD)
    assert remote.closed == 1


def test_adding_a_site_stores_it_and_its_password_in_the_keyring(
    store: Store, desk: Desk, credentials: Credentials, found: list[str], connections: Connections
) -> None:
    site = desk.add_site("  portal ", "https://example.org", "bientap", PASSWORD)
    assert [password for _site, password in connections.made] == [PASSWORD]
    assert site.name == "portal"
    assert site.id is not None
    assert store.find_site("portal") == site
    assert site.roles == ("editor",)
    assert site.display_name == "Thủy Phương"
    assert credentials.get("bientap@https://example.org") == PASSWORD


def test_a_site_needs_a_name_and_a_new_one(
    store: Store, desk: Desk, credentials: Credentials, found: list[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.add_site("   ", "https://example.org", "bientap", PASSWORD)
    assert caught.value.cause == "The site needs a name."
    assert caught.value.action == "Give it a short name, e.g. “portal”."
    assert found == []
    _stored(store, credentials)
    with pytest.raises(ValidationError) as caught:
        desk.add_site(" portal", "https://example.org", "other", "secret")
    assert caught.value.cause == "A site named “portal” already exists."
    assert caught.value.action == "Choose another name or remove it."
    assert found == []
    assert credentials.get("other@https://example.org") is None


def test_refreshing_a_site_uses_the_stored_password_and_keeps_roles_and_terms(
    store: Store, desk: Desk, credentials: Credentials, connections: Connections, remote: TermsSite
) -> None:
    stored = _stored(store, credentials)
    site, user = desk.refresh_site("portal")
    assert connections.made == [(stored, PASSWORD)]
    assert user == USER
    expected = stored.edited(
        display_name="Thủy Phương",
        roles=("editor",),
        categories=(Term(1, "Tin tức"),),
        tags=(Term(9, "Mặt trận"),),
    )
    assert site == expected
    assert store.find_site("portal") == expected
    assert remote.closed == 1
    remote.down = True
    with pytest.raises(Unreachable, match="did not answer"):
        desk.refresh_site("portal")
    assert remote.closed == 2


def test_removing_a_site_forgets_its_password(
    store: Store, desk: Desk, credentials: Credentials
) -> None:
    stored = _stored(store, credentials)
    other = store.add_site(Site("cong", "https://example.net", "phuong"))
    credentials.set(other.key, "other")
    desk.remove_site("portal")
    assert store.list_sites() == [other]
    assert credentials.get(stored.key) is None
    assert credentials.get(other.key) == "other"


def test_a_new_article_and_a_deleted_one_say_what_changed(store: Store, desk: Desk) -> None:
    article, changes = desk.create_article()
    ids = frozenset({article.pk})
    assert changes == Changes(articles=ids, list=True)
    assert store.get_article(article.pk) == article
    assert article.status is WorkflowStatus.DRAFT
    assert desk.delete_article(article.pk) == Changes(
        articles=ids, list=True, records=ids, outbox=ids
    )
    with pytest.raises(NotFoundError):
        store.get_article(article.pk)


def test_the_review_queue_and_opening_a_submission_go_through_the_stored_password(
    store: Store, desk: Desk, credentials: Credentials, connections: Connections, remote: TermsSite
) -> None:
    stored = _stored(store, credentials, ("editor",))
    post = RemotePost(
        id=12,
        status="pending",
        link="https://example.org/?p=12",
        title="Hội nghị tổng kết",
        excerpt="Sáng 25/12.",
        content_html="<p>Hội nghị đánh giá kết quả.</p>",
        modified_gmt="2020-12-25T08:00:00",
        version="v1",
        meta=PostMeta(client_uuid="", markdown="Hội nghị đánh giá kết quả."),
    )
    remote.posts[12] = post
    remote.posts[13] = RemotePost(13, "draft", "https://example.org/?p=13", "Nháp", "", "", "")
    assert desk.review_queue("portal") == [post]
    assert connections.made == [(stored, PASSWORD)]
    article = desk.open_submission("portal", 12)
    assert article.title == "Hội nghị tổng kết"
    assert store.find_article_by_remote(stored.pk, 12) == article
    closed = remote.closed
    assert closed >= 2
    remote.down = True
    with pytest.raises(Unreachable, match="did not answer"):
        desk.open_submission("portal", 12)
    assert remote.closed == closed + 1


def test_syncing_one_site_or_every_site_sends_the_queue(
    store: Store, desk: Desk, credentials: Credentials, remote: TermsSite
) -> None:
    _stored(store, credentials, ("editor",))
    article = store.create_article(
        new_article(title="Hội nghị", body="Hội nghị đánh giá kết quả.", category="Tin tức")
    )
    cong = store.add_site(Site("cong", "https://example.net", "phuong", roles=("author",)))
    credentials.set(cong.key, PASSWORD)
    elsewhere = store.create_article(
        new_article(title="Đại hội", body="Đại biểu phát biểu ý kiến.", category="Tin tức")
    )
    desk.submit(elsewhere.pk, "cong")
    desk.submit(article.pk, "portal")
    cancelled = desk.sync("portal", cancel=lambda: True)
    assert cancelled.sent == []
    assert cancelled.cancelled
    assert remote.writes == 0
    seen: list[object] = []
    report = desk.sync("portal", cancel=lambda: False, progress=lambda *step: seen.append(step))
    assert report.sent == [article.pk]
    assert not report.cancelled
    assert seen
    assert remote.writes == 1
    assert [i.article_id for i in store.pending_outbox()] == [elsewhere.pk]
    desk.submit(article.pk, "portal")
    seen.clear()
    again = desk.sync("portal", progress=lambda *step: seen.append(step))
    assert again.sent == [article.pk]
    assert seen
    assert [i.article_id for i in store.pending_outbox()] == [elsewhere.pk]
    assert desk.sync().sent == [elsewhere.pk]
    with pytest.raises(NotFoundError):
        desk.sync("nowhere")


def test_the_history_is_the_stored_audit_record(
    store: Store, desk: Desk, credentials: Credentials
) -> None:
    _stored(store, credentials)
    article = store.create_article(
        new_article(title="Hội nghị", body="Hội nghị đánh giá kết quả.", category="Tin tức")
    )
    desk.submit(article.pk, "portal")
    entries, broken = desk.history(article.pk)
    assert (entries, broken) == store.audit_record(article.pk)
    assert [(e.action, e.note) for e in entries] == [("submit", "")]
    assert broken is None
    assert [i.action for i in store.outbox_for_article(article.pk)] == [OutboxAction.SUBMIT]
