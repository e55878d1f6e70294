"""The audit record between a desk and a site that seals it: the desk takes the site's
entries, keeps the longest head it has seen, and never calls a damaged record verified."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.core import new_article
from newsdesk.core.audit import AuditBroken, AuditEntry, Head, entry_hash, now_utc, sealed
from newsdesk.sites.base import Capability
from newsdesk.sites.errors import Conflict
from newsdesk.store import Store
from newsdesk.sync.records import RecordSync
from newsdesk.sync.retry import Retrier, RetryPolicy


class SealingSite:
    """Just the audit routes of a site with the plugin: it names the user and seals."""

    def __init__(self) -> None:
        self.chain: list[dict[str, str]] = []
        self.not_yet: set[str] = set()  # moves whose state the post has not reached yet

    def capabilities(self) -> frozenset[Capability]:
        return frozenset({Capability.AUDIT})

    def audit(self, remote_id: int) -> list[dict[str, str]]:
        return [dict(item) for item in self.chain]

    def append_audit(self, remote_id: int, entry: dict[str, str]) -> None:
        if any(item["id"] == entry["id"] for item in self.chain):
            return
        if entry["action"] in self.not_yet:
            raise Conflict("Not on the site yet.", code="newsdesk_audit_not_on_site", status=409)
        last = AuditEntry.from_dict(self.chain[-1]) if self.chain else None
        fields = {**entry, "user": "editor", "user_id": "3", "role": "editor", "at": now_utc()}
        recorded = sealed(AuditEntry.from_dict(fields), last)
        self.chain.append(recorded.to_dict())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "newsdesk.db")
    yield opened
    opened.close()


def _sync(store: Store, site: SealingSite, notices: list[str] | None = None) -> RecordSync:
    retry = Retrier(RetryPolicy(), lambda: False)
    return RecordSync(store, site, retry, [] if notices is None else notices)  # type: ignore[arg-type]


def _move(store: Store, article_id: int, action: str, to_status: str) -> None:
    chain = store.audit(article_id)
    entry = AuditEntry(
        article_uuid="u",
        action=action,
        from_status=chain[-1].to_status if chain else "draft",
        to_status=to_status,
        user="phuong",
        user_name="Thủy Phương",
        at=now_utc(),
        content_sha="ab" * 32,
        id=str(uuid.uuid4()),
    )
    store.append_audit(article_id, sealed(entry, chain[-1] if chain else None))


def _recorded(store: Store, site: SealingSite) -> int:
    """An article with three moves the site has recorded and this desk has taken."""
    article_id = store.create_article(new_article(title="Tin")).pk
    for action, to_status in (("submit", "submitted"), ("approve", "approved")):
        _move(store, article_id, action, to_status)
    _move(store, article_id, "schedule", "scheduled")
    _sync(store, site).push(article_id, 1)
    return article_id


def test_the_desk_takes_the_entries_the_site_sealed(store: Store) -> None:
    site = SealingSite()
    article_id = _recorded(store, site)
    entries, broken = store.audit_record(article_id)
    assert broken is None
    assert [e.to_dict() for e in entries] == site.chain
    assert {e.user for e in entries} == {"editor"}  # the site's word, not the desk's
    assert store.audit_head(article_id) == Head(3, site.chain[-1]["hash"])
    assert store.unsent_audit(article_id) == []


def _rows(store: Store) -> sqlite3.Connection:
    return sqlite3.connect(store.path)


def test_removing_the_last_entry_locally_is_reported_as_truncation(store: Store) -> None:
    article_id = _recorded(store, SealingSite())
    with _rows(store) as connection:
        connection.execute(
            "DELETE FROM audit_entries WHERE article_id = ? AND position = 3", (article_id,)
        )
    entries, broken = store.audit_record(article_id)
    assert len(entries) == 2
    assert broken is not None
    assert (broken.position, "cut short" in broken.reason) == (3, True)


def test_a_rewritten_chain_sealed_again_locally_is_found(store: Store) -> None:
    article_id = _recorded(store, SealingSite())
    entries = store.audit(article_id)
    forged = [sealed(replace(entries[0], user_name="Người khác"), None)]
    for entry in entries[1:]:
        forged.append(sealed(entry, forged[-1]))
    with _rows(store) as connection:
        connection.execute("DELETE FROM audit_entries WHERE article_id = ?", (article_id,))
        for position, entry in enumerate(forged, start=1):
            connection.execute(
                "INSERT INTO audit_entries VALUES (?, ?, ?, ?, 1)",
                (article_id, position, json.dumps(entry.to_dict()), entry.hash),
            )
    _entries, broken = store.audit_record(article_id)
    assert broken is not None
    assert "rewritten" in broken.reason


def test_a_site_record_that_got_shorter_is_reported_and_not_taken(store: Store) -> None:
    site = SealingSite()
    article_id = _recorded(store, site)
    kept = store.audit(article_id)
    site.chain.pop()
    with pytest.raises(AuditBroken, match="cut short"):
        _sync(store, site).pull(article_id, 1)
    entries, broken = store.audit_record(article_id)
    assert entries == kept
    assert broken is not None
    assert (broken.position, "The audit record from the site" in broken.reason) == (0, True)


def test_a_site_record_rewritten_and_sealed_again_is_refused(store: Store) -> None:
    site = SealingSite()
    article_id = _recorded(store, site)
    rewritten: list[AuditEntry] = []
    for item in site.chain:
        entry = AuditEntry.from_dict(item)
        if not rewritten:
            entry = replace(entry, user="reporter", role="contributor")
        rewritten.append(sealed(entry, rewritten[-1] if rewritten else None))
    site.chain = [e.to_dict() for e in rewritten]
    with pytest.raises(AuditBroken, match="rewritten"):
        _sync(store, site).pull(article_id, 1)
    assert store.audit_record(article_id)[1] is not None


def test_a_fetch_of_a_broken_site_record_never_shows_an_empty_verified_history(
    store: Store,
) -> None:
    site = SealingSite()
    source = _recorded(store, site)
    assert source
    site.chain[1]["note"] = "sửa sau"  # changed on the site, hash left as it was
    assert entry_hash(AuditEntry.from_dict(site.chain[1])) != site.chain[1]["hash"]
    fetched = store.create_article(new_article(title="Bài lấy về")).pk
    with pytest.raises(AuditBroken, match="breaks at entry 2"):
        _sync(store, site).pull(fetched, 1)
    entries, broken = store.audit_record(fetched)
    assert entries == []
    assert broken is not None
    assert broken.position == 0
    assert "breaks at entry 2" in broken.reason


def test_a_sound_site_record_clears_the_problem(store: Store) -> None:
    site = SealingSite()
    article_id = _recorded(store, site)
    removed = site.chain.pop()
    with pytest.raises(AuditBroken):
        _sync(store, site).pull(article_id, 1)
    site.chain.append(removed)
    _sync(store, site).pull(article_id, 1)
    assert store.audit_record(article_id)[1] is None


def test_a_move_the_site_has_not_reached_yet_waits_for_the_next_push(store: Store) -> None:
    site = SealingSite()
    site.not_yet = {"schedule"}
    article_id = _recorded(store, site)
    assert [e["action"] for e in site.chain] == ["submit", "approve"]
    assert [e.action for e in store.unsent_audit(article_id)] == ["schedule"]
    assert store.audit_record(article_id)[1] is None
    site.not_yet = set()
    _sync(store, site).push(article_id, 1)
    assert [e["action"] for e in site.chain] == ["submit", "approve", "schedule"]
    assert store.unsent_audit(article_id) == []
