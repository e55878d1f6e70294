"""The sites dialog sends the password only where the person said, and warns about plain http.

Fake sites on loopback (see ``tests/sites/hostile.py``): the typed one on 127.0.0.1, the one
its REST index claims to be on 127.0.0.2.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from newsdesk.ui.sites_dialog import SitesDialog
from tests.sites.hostile import FakeServer, serving, wordpress_index

PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"
NETWORK_MS = 15_000


@pytest.fixture
def sites() -> Iterator[tuple[FakeServer, FakeServer]]:
    with serving("127.0.0.1") as typed, serving("127.0.0.2") as claimed:
        wordpress_index(typed, home=claimed.url)
        wordpress_index(claimed)
        for fake in (typed, claimed):
            fake.json("GET", "/wp-json/wp/v2/categories", [{"id": 1, "name": "Thời sự"}])
            fake.json("GET", "/wp-json/wp/v2/tags", [])
        yield typed, claimed


def _dialog(qtbot, window) -> SitesDialog:
    dialog = SitesDialog(window.ctx.desk, window.tasks, persistent=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _signed_in(fake: FakeServer) -> bool:
    return any("Authorization" in seen.headers for seen in fake.received)


def test_plain_http_address_shows_a_warning(qtbot, window) -> None:
    dialog = _dialog(qtbot, window)
    dialog.url.setText("https://portal.example.vn")
    assert not dialog.http_warning.isVisible()
    dialog.url.setText("http://portal.example.vn")
    assert dialog.http_warning.isVisible()
    assert "not encrypted" in dialog.http_warning.text()
    assert "anyone on the network" in dialog.http_warning.text()
    dialog.url.setText("http://127.0.0.1:8080")  # this computer: still said, more mildly
    assert "not encrypted" in dialog.http_warning.text()
    assert "does not cross the network" in dialog.http_warning.text()


def test_a_site_claiming_another_host_is_asked_about_first(qtbot, window, sites) -> None:
    typed, claimed = sites
    dialog = _dialog(qtbot, window)
    dialog.url.setText(typed.url)
    dialog.user.setText("pv")
    dialog.password.setText(PASSWORD)

    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.elsewhere_question is not None, timeout=NETWORK_MS)
    box = dialog.elsewhere_question
    assert box is not None
    assert box.isVisible()
    assert claimed.url in box.text()
    assert claimed.received == []
    box.button(QMessageBox.StandardButton.No).click()
    assert dialog.url.text() == typed.url
    assert claimed.received == []
    assert not _signed_in(typed)

    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.elsewhere_question is not box and dialog.elsewhere_question is not None,
        timeout=NETWORK_MS,
    )
    dialog.elsewhere_question.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.url.text() == claimed.url
    qtbot.waitUntil(lambda: "Phóng viên" in dialog.outcome.text(), timeout=NETWORK_MS)
    assert _signed_in(claimed)  # the person chose it
    assert not _signed_in(typed)
    assert "not encrypted" in dialog.outcome.text()
