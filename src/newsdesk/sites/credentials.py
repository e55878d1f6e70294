"""Site passwords live in the OS keyring only.

Where the machine has no keyring service, passwords are kept in memory for this session only
and :attr:`Credentials.persistent` is False, so the app can say so and ask again next time.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "newsdesk"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


class Credentials:
    def __init__(self) -> None:
        self.persistent = keyring_available()
        self._memory: dict[str, str] = {}

    @property
    def backend_name(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def set(self, account: str, password: str) -> None:
        if self.persistent:
            try:
                keyring.set_password(SERVICE, account, password)
            except keyring.errors.KeyringError:
                self.persistent = False
            else:
                return
        self._memory[account] = password

    def get(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return None
        try:
            return keyring.get_password(SERVICE, account)
        except keyring.errors.KeyringError:
            return None

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if self.persistent:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, account)
