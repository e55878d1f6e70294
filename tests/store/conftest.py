from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.core import Site
from newsdesk.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "newsdesk.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def site(store: Store) -> Site:
    return store.add_site(
        Site(name="MTTQ Quảng Trị", url="https://mttq.example.vn", username="phuong")
    )
