"""The sites dialog for a NukeViet portal: found from its address or chosen, it asks for the
API key and API secret, and its test shows the rights per category.

The portal's home page and api.php are scripted (tests/sites/hostile.py) and the connector is
an in-process one; the real NukeViet is at the end."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from newsdesk.core.site import Site, SiteKind
from newsdesk.sites.nukeviet import CategoryRights
from newsdesk.ui.sites_dialog import SitesDialog
from tests.sites.hostile import FakeServer, serving, wordpress_index
from tests.sites.test_nv_discovery import serve_nukeviet
from tests.sync.fakes import FakeConnector, FakeSite
from tests.ui.helpers import commit_text

NETWORK_MS = 15_000
API_KEY = "eeSGOJTGUmV2LoVoYG1RbunfdmZfjpRd"
API_SECRET = "ycVH8DytoYnpUZbqYUS9xzq5IJNbW9vT"
RIGHTS = (
    CategoryRights(1, "Tin tức", add=True, edit=False, publish=False, delete=False, approve=False),
    CategoryRights(
        5, "Thông cáo báo chí", add=True, edit=True, publish=False, delete=False, approve=True
    ),
    CategoryRights(
        4, "Tuyển dụng", **dict.fromkeys(("add", "edit", "publish", "delete", "approve"), False)
    ),
)


class RightsConnector(FakeConnector):
    def rights(self) -> tuple[CategoryRights, ...]:
        return RIGHTS


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Site, str]]:
    connections: list[tuple[Site, str]] = []

    def connect(site: Site, password: str) -> RightsConnector:
        connections.append((site, password))
        return RightsConnector(FakeSite(roles=("contributor",)))

    monkeypatch.setattr("newsdesk.desk.desk.make_connector", connect)
    monkeypatch.setattr("newsdesk.sites.registry.make_connector", connect)
    return connections


@pytest.fixture
def portal() -> Iterator[FakeServer]:
    with serving() as fake:
        serve_nukeviet(fake)
        yield fake


def _dialog(qtbot, window) -> SitesDialog:
    dialog = SitesDialog(window.ctx.desk, window.tasks, persistent=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _labels(dialog: SitesDialog) -> list[str]:
    texts = []
    for row in range(dialog.form.rowCount()):
        item = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        texts.append(label.text())
    return texts


WORDPRESS_LABELS = ["&Name:", "&Address:", "&Software:", "&User name:", "Application &Password:"]
NUKEVIET_LABELS = ["&Name:", "&Address:", "&Software:", "API &key:", "API s&ecret:"]


def _type_address(dialog: SitesDialog, url: str) -> None:
    """As a person does: type it, then leave the field."""
    dialog.url.setText(url)
    dialog.url.editingFinished.emit()


def test_an_address_found_to_be_nukeviet_asks_for_the_api_key_and_secret(
    qtbot, window, portal: FakeServer, made
) -> None:
    dialog = _dialog(qtbot, window)
    assert _labels(dialog) == WORDPRESS_LABELS
    _type_address(dialog, portal.url)
    qtbot.waitUntil(lambda: _labels(dialog) == NUKEVIET_LABELS, timeout=NETWORK_MS)
    assert dialog.kind_found.text() == "found: NukeViet"
    assert "API Credential" in dialog.user.toolTip()
    assert "keyring" in dialog.password.toolTip()
    assert made == []  # finding out signs nothing in

    # Another address: until it is known, the usual fields.
    dialog.url.setText(portal.url + "/khac")
    assert _labels(dialog) == WORDPRESS_LABELS
    assert dialog.kind_found.text() == ""


def test_a_wordpress_address_keeps_the_user_name_and_password(qtbot, window, made) -> None:
    with serving() as blog:
        wordpress_index(blog)
        dialog = _dialog(qtbot, window)
        _type_address(dialog, blog.url)
        qtbot.waitUntil(lambda: dialog.kind_found.text() == "found: WordPress", timeout=NETWORK_MS)
    assert _labels(dialog) == WORDPRESS_LABELS


def test_choosing_nukeviet_shows_its_fields_at_once(qtbot, window, made) -> None:
    dialog = _dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("NukeViet"))
    assert _labels(dialog) == NUKEVIET_LABELS
    dialog.kind.setCurrentIndex(0)
    assert _labels(dialog) == WORDPRESS_LABELS


def test_the_test_shows_the_rights_per_category_and_add_keeps_the_secret_in_the_keyring(
    qtbot, window, portal: FakeServer, made, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.resize(900, 600)
    commit_text(dialog.name, "cong")
    dialog.url.setText(portal.url)
    dialog.user.setText(API_KEY)
    dialog.password.setText(API_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Tuyển dụng" in dialog.outcome.text(), timeout=NETWORK_MS)
    text = dialog.outcome.text()
    assert "Connected to NukeViet as <b>Thủy Phương</b>: reporter (submits for review)" in text
    assert "Your rights in the news module, per category:" in text
    assert "Tin tức</td><td>create</td>" in text
    assert "Thông cáo báo chí</td><td>create, edit, approve</td>" in text
    assert "Tuyển dụng</td><td>no rights</td>" in text
    assert _labels(dialog) == NUKEVIET_LABELS  # found by the test itself
    assert made[0][0].kind is SiteKind.NUKEVIET
    shot = Path(os.environ.get("NEWSDESK_SHOT_DIR", tmp_path)) / "sites-dialog-nukeviet.png"
    assert dialog.grab().save(str(shot))

    with qtbot.waitSignal(dialog.sitesChanged, timeout=NETWORK_MS):
        dialog.add_button.click()
    (site,) = window.ctx.store.list_sites()
    assert (site.name, site.kind, site.url, site.username) == (
        "cong",
        SiteKind.NUKEVIET,
        portal.url,
        API_KEY,
    )
    assert window.ctx.credentials.get(site.key) == API_SECRET
    assert dialog.password.text() == ""
    assert (
        "(NukeViet): reporter (submits for review); 1 categories" in dialog.sites.item(0).toolTip()
    )


def test_check_again_shows_the_rights(qtbot, window, portal: FakeServer, made) -> None:
    window.ctx.desk.add_site("cong", portal.url, API_KEY, API_SECRET)
    dialog = _dialog(qtbot, window)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: "Tuyển dụng" in dialog.outcome.text(), timeout=NETWORK_MS)
    assert "Connected to NukeViet as" in dialog.outcome.text()


@pytest.mark.nukeviet
def test_the_real_portal_is_added_from_the_dialog_with_the_editors_rights(
    qtbot, window, nv_site, tmp_path: Path
) -> None:
    editor = nv_site.users["editor"]
    dialog = _dialog(qtbot, window)
    commit_text(dialog.name, "portal")
    _type_address(dialog, nv_site.url)
    qtbot.waitUntil(lambda: _labels(dialog) == NUKEVIET_LABELS, timeout=NETWORK_MS)
    dialog.user.setText(editor.api_key)
    dialog.password.setText(editor.api_secret)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Tuyển dụng" in dialog.outcome.text(), timeout=NETWORK_MS)
    text = dialog.outcome.text()
    assert f"Connected to NukeViet as <b>{editor.display_name}</b>: editor (can publish)" in text
    assert "Tin tức</td><td>create, edit, approve, publish, delete</td>" in text
    shot = Path(os.environ.get("NEWSDESK_SHOT_DIR", tmp_path)) / "sites-dialog-nukeviet-real.png"
    assert dialog.grab().save(str(shot))
    with qtbot.waitSignal(dialog.sitesChanged, timeout=NETWORK_MS):
        dialog.add_button.click()
    (site,) = window.ctx.store.list_sites()
    assert (site.kind, site.username, site.login) == (SiteKind.NUKEVIET, editor.api_key, "editor")
    assert window.ctx.credentials.get(site.key) == editor.api_secret


def test_no_rights_at_all_is_said(qtbot, window, portal: FakeServer, monkeypatch) -> None:
    class NoRights(RightsConnector):
        def rights(self) -> tuple[CategoryRights, ...]:
            return ()

    monkeypatch.setattr(
        "newsdesk.desk.desk.make_connector", lambda _site, _password: NoRights(FakeSite(roles=()))
    )
    dialog = _dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findText("NukeViet"))
    dialog.url.setText(portal.url)
    dialog.user.setText(API_KEY)
    dialog.password.setText(API_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "rights" in dialog.outcome.text(), timeout=NETWORK_MS)
    assert ": no writing rights; 1 categories." in dialog.outcome.text()
    assert "You have no rights in any category of the news module." in dialog.outcome.text()
    assert portal.seen() == []  # said to be NukeViet: the home page was not read
