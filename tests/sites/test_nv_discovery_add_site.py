"""Adding a NukeViet site, on the desk and on the command line, with an in-process portal:
the kind found or given, the API key kept as the user name, the secret in the keyring only,
the rights per category read at the test. The real portal is in tests/e2e."""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from newsdesk import cli
from newsdesk.core import WorkflowStatus, new_article
from newsdesk.core.audit import AuditEntry
from newsdesk.core.errors import ValidationError
from newsdesk.core.site import DeskRole, Site, SiteKind
from newsdesk.core.workflow import Action
from newsdesk.desk import Desk
from newsdesk.desk.rules import desk_moves
from newsdesk.logs import stop_logging
from newsdesk.sites.credentials import SERVICE, Credentials
from newsdesk.sites.discovery import DiscoveredSite
from newsdesk.sites.errors import AuthError
from newsdesk.sites.nukeviet import CategoryRights
from newsdesk.store import Store
from tests.sync.fakes import FakeConnector, FakeSite

API_KEY = "eeSGOJTGUmV2LoVoYG1RbunfdmZfjpRd"
API_SECRET = "ycVH8DytoYnpUZbqYUS9xzq5IJNbW9vT"
PORTAL = "https://mattran.example.vn"
REPORTER_RIGHTS = (
    CategoryRights(1, "Tin tức", add=True, edit=False, publish=False, delete=False, approve=False),
    CategoryRights(
        4, "Tuyển dụng", add=False, edit=False, publish=False, delete=False, approve=False
    ),
)
EDITOR_RIGHTS = (
    CategoryRights(1, "Tin tức", add=True, edit=True, publish=True, delete=True, approve=True),
)


class NukeVietPortal(FakeSite):
    rights: tuple[CategoryRights, ...] = REPORTER_RIGHTS
    refuse: AuthError | None = None

    def connector(self) -> NukeVietFake:
        return NukeVietFake(self)


class NukeVietFake(FakeConnector):
    site: NukeVietPortal

    def whoami(self):  # type: ignore[no-untyped-def]
        if self.site.refuse is not None:
            raise self.site.refuse
        return super().whoami()

    def rights(self) -> tuple[CategoryRights, ...]:
        return self.site.rights


class Network:
    """Stands in for the network: each connector made, with what it was given; each home
    page read."""

    def __init__(self, portal: NukeVietPortal) -> None:
        self.portal = portal
        self.made: list[tuple[Site, str]] = []
        self.discovered: list[str] = []

    def connect(self, site: Site, password: str) -> NukeVietFake:
        self.made.append((site, password))
        return self.portal.connector()

    def discover(self, url: str) -> DiscoveredSite:
        self.discovered.append(url)
        return DiscoveredSite("nukeviet", f"{PORTAL}/api.php", PORTAL, "Cổng thông tin")


@pytest.fixture
def portal() -> NukeVietPortal:
    return NukeVietPortal(roles=("contributor",))


@pytest.fixture
def network(portal: NukeVietPortal, monkeypatch: pytest.MonkeyPatch) -> Iterator[Network]:
    net = Network(portal)
    monkeypatch.setattr("newsdesk.desk.desk.make_connector", net.connect)
    monkeypatch.setattr("newsdesk.sites.registry.make_connector", net.connect)
    monkeypatch.setattr("newsdesk.desk.desk.discover_site", net.discover)
    yield net
    stop_logging()


@pytest.fixture
def desk(tmp_path: Path, network: Network) -> Iterator[Desk]:
    store = Store.open(tmp_path / "desk.sqlite3")
    yield Desk(store, Credentials())
    store.close()


# ------------------------------------------------------------------ the desk


def test_a_found_nukeviet_portal_is_stored_with_its_key_and_its_secret_in_the_keyring(
    desk: Desk, network: Network
) -> None:
    site = desk.add_site("portal", f"{PORTAL}/", f"  {API_KEY}\n", API_SECRET)
    assert network.discovered == [f"{PORTAL}/"]
    assert (site.kind, site.url, site.username, site.api_url) == (
        SiteKind.NUKEVIET,
        PORTAL,
        API_KEY,
        "",
    )
    assert site.desk_role is DeskRole.REPORTER
    # The site's records name the admin by their user name, not by the key.
    assert (site.login, site.user_login) == ("reporter", "reporter")
    assert [made[1] for made in network.made] == [API_SECRET]
    assert desk.credentials.get(site.key) == API_SECRET
    assert keyring.get_password(SERVICE, site.key) == API_SECRET
    assert desk.store.find_site("portal") == site


def test_the_kind_given_skips_the_home_page(desk: Desk, network: Network) -> None:
    access = desk.sign_in("mattran.example.vn/api.php", API_KEY, API_SECRET, kind=SiteKind.NUKEVIET)
    assert network.discovered == []
    assert network.made[0][0] == Site(name="", url=PORTAL, username=API_KEY, kind=SiteKind.NUKEVIET)
    assert access.rights == REPORTER_RIGHTS
    assert access.site.kind is SiteKind.NUKEVIET
    assert desk.store.list_sites() == []  # a test stores nothing


def test_the_site_test_reads_the_rights_again(
    desk: Desk, network: Network, portal: NukeVietPortal
) -> None:
    desk.add_site("portal", PORTAL, API_KEY, API_SECRET)
    portal.roles, portal.rights = ("editor",), EDITOR_RIGHTS
    access = desk.test_site("portal")
    assert access.rights == EDITOR_RIGHTS
    assert access.site.desk_role is DeskRole.EDITOR
    assert desk.store.find_site("portal").desk_role is DeskRole.EDITOR  # type: ignore[union-attr]


def test_a_refused_secret_stores_nothing(
    desk: Desk, network: Network, portal: NukeVietPortal
) -> None:
    portal.refuse = AuthError("The site did not accept the API secret.", "Check it.")
    key = "refusedKeyXXXXXXXXXXXXXXXXXXXXXX"  # the keyring lasts the whole test session
    with pytest.raises(AuthError):
        desk.add_site("portal", PORTAL, key, "wrong")
    assert desk.store.list_sites() == []
    assert desk.credentials.get(f"{key}@{PORTAL}") is None


# ------------------------------------------------------------------ the command line


def _add(data_dir: Path) -> int:
    return _newsdesk(
        data_dir, "site", "add", "portal", "--url", PORTAL, "--user", API_KEY, stdin=API_SECRET
    )


def _newsdesk(data_dir: Path, *args: str, stdin: str = "") -> int:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return cli.main(["--data-dir", str(data_dir), *args])
    finally:
        sys.stdin = old


def test_site_add_takes_the_key_and_the_secret_on_stdin(
    tmp_path: Path, network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _newsdesk(
        tmp_path,
        *("site", "add", "portal", "--url", PORTAL, "--user", API_KEY, "--kind", "nukeviet"),
        stdin=API_SECRET + "\n",
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert network.discovered == []
    assert out == (
        f"Added “portal”: the NukeViet portal {PORTAL} as Thủy Phương; desk role: reporter. "
        "`newsdesk site test portal` lists your rights per category.\n"
    )
    assert network.made[0][1] == API_SECRET
    # The secret is in the keyring, and nowhere in the data folder: database, settings, log.
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert API_SECRET.encode() not in path.read_bytes(), path
    with sqlite3.connect(tmp_path / "newsdesk.sqlite3") as db:
        assert db.execute("SELECT username, kind FROM sites").fetchall() == [(API_KEY, "nukeviet")]


def test_site_test_lists_the_rights_per_category(
    tmp_path: Path, network: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    _newsdesk(
        tmp_path, "site", "add", "portal", "--url", PORTAL, "--user", API_KEY, stdin=API_SECRET
    )
    assert network.discovered == [PORTAL]
    capsys.readouterr()
    assert _newsdesk(tmp_path, "site", "test", "portal") == 0
    assert capsys.readouterr().out == (
        "portal: connected to NukeViet as Thủy Phương (reporter)\n"
        "desk role: reporter; 1 categories, 0 tags\n"
        "your rights in the news module, per category:\n"
        "  Tin tức (1): add\n"
        "  Tuyển dụng (4): none\n"
    )


def test_site_test_with_no_rights_says_so(
    tmp_path: Path, network: Network, portal: NukeVietPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    _newsdesk(
        tmp_path, "site", "add", "portal", "--url", PORTAL, "--user", API_KEY, stdin=API_SECRET
    )
    portal.roles, portal.rights = (), ()
    capsys.readouterr()
    assert _newsdesk(tmp_path, "site", "test", "portal") == 0
    out = capsys.readouterr().out
    assert "desk role: none;" in out
    assert out.endswith("you have no rights in the news module's categories\n")


def test_a_refused_key_is_one_line_with_the_next_step(
    tmp_path: Path, network: Network, portal: NukeVietPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    portal.refuse = AuthError(
        "The site did not accept the API secret.",
        "Check the API key and secret in the site settings.",
    )
    code = _newsdesk(
        tmp_path, "site", "add", "portal", "--url", PORTAL, "--user", API_KEY, stdin="wrong\n"
    )
    assert code == 1
    assert capsys.readouterr().err == (
        "newsdesk: The site did not accept the API secret. "
        "Check the API key and secret in the site settings.\n"
    )


def test_a_returned_article_is_this_desks_to_resubmit_by_the_login_the_site_records(
    desk: Desk,
) -> None:
    """The site records who submitted by the admin's user name ("reporter"), never by the API
    key the desk signs in with: the reporter's own desk may resubmit what came back."""
    site = desk.add_site("portal", PORTAL, API_KEY, API_SECRET)
    article = new_article(title="Hội nghị", body="Đoạn một.")
    returned = article.edited(status=WorkflowStatus.CHANGES_REQUESTED)
    as_the_site_records = [
        AuditEntry(article.uuid, "submit", "draft", "submitted", "reporter", "Thủy Phương", "", ""),
        AuditEntry(
            article.uuid, "return", "submitted", "changes_requested", "editor", "Biên tập", "", ""
        ),
    ]
    assert Action.SUBMIT in desk_moves(site, returned, as_the_site_records)
    someone_else = site.edited(login="reporter2")
    assert Action.SUBMIT not in desk_moves(someone_else, returned, as_the_site_records)


def test_wordpress_said_skips_the_home_page_too_and_metaweblog_cannot_be_said(
    desk: Desk, network: Network
) -> None:
    access = desk.sign_in("blog.example.vn/", "bientap", "abcd efgh", kind=SiteKind.WORDPRESS)
    assert network.discovered == []
    assert (access.site.url, access.site.kind, access.site.login) == (
        "https://blog.example.vn",
        SiteKind.WORDPRESS,
        "",
    )
    with pytest.raises(ValidationError) as refused:
        desk.sign_in("blog.example.vn", "bientap", "abcd efgh", kind=SiteKind.METAWEBLOG)
    assert refused.value.action == "Add the site without choosing what it runs."
    assert network.made[1:] == []
