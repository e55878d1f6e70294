from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from newsdesk.sites.credentials import Credentials


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    backend = PlaintextKeyring()
    monkeypatch.setattr(PlaintextKeyring, "file_path", str(tmp_path / "keyring.cfg"))
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path / "keyring.cfg"
    keyring.set_keyring(previous)


def test_passwords_go_to_the_keyring(file_keyring) -> None:
    credentials = Credentials()
    assert credentials.persistent
    credentials.set("reporter@http://127.0.0.1", "abcd efgh")

    assert Credentials().get("reporter@http://127.0.0.1") == "abcd efgh"
    assert file_keyring.exists()
    credentials.delete("reporter@http://127.0.0.1")
    assert Credentials().get("reporter@http://127.0.0.1") is None


def test_without_a_keyring_service_passwords_stay_in_memory_only(tmp_path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        credentials = Credentials()
        assert not credentials.persistent
        credentials.set("editor@http://site", "secret")
        assert credentials.get("editor@http://site") == "secret"
        assert Credentials().get("editor@http://site") is None
    finally:
        keyring.set_keyring(previous)


def test_the_database_and_settings_never_hold_the_password(tmp_path, file_keyring) -> None:
    from newsdesk.context import AppContext
    from newsdesk.core import Site
    from newsdesk.paths import Paths

    ctx = AppContext.open(Paths.resolve(tmp_path / "desk"))
    site = ctx.store.add_site(Site("portal", "http://127.0.0.1:1", "reporter"))
    ctx.credentials.set(site.key, "very-secret-app-password")
    ctx.save_settings()
    ctx.close()

    for path in (tmp_path / "desk").rglob("*"):
        if path.is_file():
            assert b"very-secret-app-password" not in path.read_bytes(), path
    assert file_keyring.read_text().strip()  # it went to the keyring file, encoded
