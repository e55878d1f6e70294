"""A desk's sync in a process of its own, for tests that kill it mid-sync (SIGKILL).

    python -m tests.nukeviet_sync_child DATABASE URL API_KEY   (the API secret on stdin)

Runs one ``SyncEngine.run()`` of the store at DATABASE against the NukeViet site at URL (a
fault proxy in the tests), with one worker so the order of requests is known, and prints the
report's summary if it gets that far.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdesk.core import Site
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.store import Store
from newsdesk.sync import SyncEngine


def main(argv: list[str]) -> int:
    database, url, api_key = argv
    api_secret = sys.stdin.readline().strip()
    store = Store.open(Path(database))

    def connect(_site: Site) -> NukeVietConnector:
        return NukeVietConnector(url, api_key, api_secret)

    try:
        report = SyncEngine(store, connect, workers=1).run()
    finally:
        store.close()
    print(report.summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
