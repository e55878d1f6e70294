"""Everything the app needs, built once in main() and handed down. No singletons."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.paths import Paths, make_private
from newsdesk.settings import Settings
from newsdesk.sites.credentials import Credentials
from newsdesk.store import Store


@dataclass(slots=True)
class AppContext:
    paths: Paths
    settings: Settings
    store: Store
    credentials: Credentials
    desk: Desk

    @classmethod
    def open(cls, paths: Paths) -> AppContext:
        make_private(paths)
        store = Store.open(paths.database)
        credentials = Credentials()
        return cls(
            paths=paths,
            settings=Settings.load(paths.settings_file),
            store=store,
            credentials=credentials,
            desk=Desk(store, credentials),
        )

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_file)

    def close(self) -> None:
        self.store.close()
