"""The audit record's pieces as the desks and the site must agree on them: the stored form of
an entry, the content fingerprint, the id of a move, where a chain breaks, the CSV export,
and how unsent entries are chained after the site's record."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.core.audit import (
    AuditBroken,
    AuditEntry,
    ChainBreak,
    Head,
    canonical_entry,
    check,
    check_head,
    content_fingerprint,
    entry_hash,
    entry_id,
    now_utc,
    rebase,
    sealed,
    verify,
    write_csv,
)

EVENT_FIELDS = ("article_uuid", "user", "at", "action", "to_status")
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12)


def _entry(**changes: str) -> AuditEntry:
    entry = AuditEntry(
        article_uuid="0b7c2a6e-7a59-4a43-9c55-7f0b8a3c1d20",
        action="approve",
        from_status="submitted",
        to_status="approved",
        user="editor",
        user_name="Biên tập viên",
        at="2026-12-07T08:00:00Z",
        content_sha="ab" * 32,
        note="Đạt",
    )
    return replace(entry, **changes)


def _chain(*entries: AuditEntry) -> list[AuditEntry]:
    chain: list[AuditEntry] = []
    for entry in entries:
        chain.append(sealed(entry, chain[-1] if chain else None))
    return chain


# The stored form


def test_keys_an_older_entry_did_not_have_are_left_out_when_empty() -> None:
    stored = _entry().to_dict()
    assert "id" not in stored
    assert "user_id" not in stored
    assert "role" not in stored
    assert stored["note"] == "Đạt"
    assert stored["prev_hash"] == ""  # an older entry had these, even empty
    assert stored["hash"] == ""
    full = _entry(id="e1", user_id="3", role="editor").to_dict()
    assert (full["id"], full["user_id"], full["role"]) == ("e1", "3", "editor")


def test_the_canonical_form_written_out() -> None:
    entry = _entry(note='Đạt "tốt"/ok', hash="ignored", prev_hash="p" * 4)
    assert canonical_entry(entry) == (
        '{"action":"approve","article_uuid":"0b7c2a6e-7a59-4a43-9c55-7f0b8a3c1d20",'
        f'"at":"2026-12-07T08:00:00Z","content_sha":"{"ab" * 32}","from_status":"submitted",'
        '"note":"Đạt \\"tốt\\"/ok","prev_hash":"pppp","to_status":"approved",'
        '"user":"editor","user_name":"Biên tập viên"}'
    )
    expected = hashlib.sha256(canonical_entry(entry).encode("utf-8")).hexdigest()
    assert entry_hash(entry) == expected


@given(st.fixed_dictionaries({f.name: TEXT for f in fields(AuditEntry)}))
def test_an_entry_read_back_from_its_stored_form_is_the_same(values: dict[str, str]) -> None:
    entry = AuditEntry(**values)
    assert AuditEntry.from_dict({**entry.to_dict(), "unknown": "x"}) == entry


def test_stored_values_are_read_as_text() -> None:
    entry = AuditEntry.from_dict({**_entry().to_dict(), "user_id": 3, "extra": 1})
    assert entry.user_id == "3"


# The content fingerprint


def test_the_fingerprint_written_out() -> None:
    article = new_article(
        title="Tít",
        sapo="Sa-pô",
        body="Thân bài.",
        category="Tin tức",
        tags=("b", "a"),
        bylines=(Byline("Thủy Phương", "Bài"), Byline("Minh", "Ảnh")),
    )
    canonical = (
        '{"body":"Thân bài.","bylines":[["Thủy Phương","Bài"],["Minh","Ảnh"]],'
        '"category":"Tin tức","sapo":"Sa-pô","tags":["b","a"],"title":"Tít"}'
    )
    assert content_fingerprint(article) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_the_fingerprint_follows_byline_roles_and_order() -> None:
    first, second = Byline("Thủy Phương", "Bài"), Byline("Minh", "Ảnh")
    article = new_article(title="Tít", bylines=(first, second))
    assert content_fingerprint(article) != content_fingerprint(
        article.edited(bylines=(Byline("Thủy Phương", "Ảnh"), second))
    )
    assert content_fingerprint(article) != content_fingerprint(
        article.edited(bylines=(second, first))
    )


def test_the_fingerprint_ignores_what_is_not_content() -> None:
    article = new_article(title="Tít", body="Thân bài.")
    other = article.edited(uuid="another", version=7, slug="tit-khac")
    assert content_fingerprint(other) == content_fingerprint(article)


# The id of a move


def test_an_entry_keeps_the_id_it_was_recorded_with() -> None:
    assert entry_id(_entry(id="e-1")) == "e-1"


def test_an_entry_recorded_without_an_id_gets_one_from_the_move() -> None:
    entry = _entry()
    event = "\x1f".join([entry.article_uuid, entry.user, entry.at, entry.action, entry.to_status])
    assert entry_id(entry) == str(uuid.uuid5(uuid.NAMESPACE_URL, "newsdesk-audit:" + event))
    assert entry_id(replace(entry, note="other", user_name="x", hash="h")) == entry_id(entry)


@pytest.mark.parametrize("name", EVENT_FIELDS)
def test_the_derived_id_changes_with_each_part_of_the_move(name: str) -> None:
    entry = _entry()
    assert entry_id(replace(entry, **{name: getattr(entry, name) + "x"})) != entry_id(entry)


# Sealing and checking the chain


def test_sealing_links_each_entry_to_the_one_before() -> None:
    first, second = _chain(_entry(), _entry(action="schedule", to_status="scheduled"))
    assert first.prev_hash == ""
    assert first.hash == entry_hash(replace(first, hash=""))
    assert second.prev_hash == first.hash
    assert second.hash == entry_hash(replace(second, hash=""))
    assert sealed(replace(first, prev_hash="stale", hash="stale"), None) == first


def test_the_head_of_a_chain() -> None:
    assert Head.of([]) == Head(0, "")
    chain = _chain(_entry(), _entry(at="2026-12-07T09:00:00Z"))
    assert Head.of(chain) == Head(2, chain[1].hash)


def test_verify_names_the_first_broken_entry() -> None:
    chain = _chain(*(_entry(at=f"2026-12-07T0{n}:00:00Z") for n in range(5)))
    assert verify(chain) is None
    changed = [*chain[:2], replace(chain[2], note="sửa"), *chain[3:]]
    assert verify(changed) == ChainBreak(3, "was changed after it was recorded")
    removed = [*chain[:2], *chain[3:]]
    assert verify(removed) == ChainBreak(3, "does not follow the entry before it")
    assert verify(chain[1:]) == ChainBreak(1, "does not follow the entry before it")
    swapped = [chain[0], chain[2], chain[1], *chain[3:]]
    assert verify(swapped) == ChainBreak(2, "does not follow the entry before it")


def test_check_head_against_what_the_desk_saw() -> None:
    chain = _chain(*(_entry(at=f"2026-12-07T0{n}:00:00Z") for n in range(3)))
    assert check_head(chain, None) is None
    assert check_head([], Head(0, "")) is None
    assert check_head(chain, Head(3, chain[2].hash)) is None
    assert check_head(chain, Head(1, chain[0].hash)) is None
    short = check_head(chain[:1], Head(3, chain[2].hash))
    assert short == ChainBreak(
        2, "is missing: the record was cut short (this desk has seen 3 entries)"
    )
    assert check_head([], Head(1, chain[0].hash)) == ChainBreak(
        1, "is missing: the record was cut short (this desk has seen 1 entries)"
    )
    assert check_head(chain, Head(2, "other")) == ChainBreak(
        2, "is not the entry this desk saw before: the record was rewritten"
    )


def test_a_broken_link_is_reported_before_a_lost_head() -> None:
    chain = _chain(*(_entry(at=f"2026-12-07T0{n}:00:00Z") for n in range(3)))
    changed = [replace(chain[0], note="sửa"), *chain[1:2]]
    assert check(changed, Head(3, chain[2].hash)) == ChainBreak(
        1, "was changed after it was recorded"
    )
    assert check(chain[:2], Head(3, chain[2].hash)) is not None
    assert check(chain, Head(3, chain[2].hash)) is None


def test_a_broken_record_error_keeps_where_and_why() -> None:
    broken = ChainBreak(2, "was changed after it was recorded")
    error = AuditBroken(broken, "The record was changed.", "Ask the site's administrator.")
    assert error.broken is broken
    assert error.problem == error.cause == "The record was changed."
    assert error.action == "Ask the site's administrator."
    assert AuditBroken(broken, "The record was changed.").action == ""


@pytest.fixture
def away_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's clock set to Hanoi time (UTC+7, no summer time)."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("away_from_utc")
def test_now_is_utc_to_the_second() -> None:
    stamp = now_utc()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - moment) < timedelta(seconds=5)


def test_the_csv_export_holds_every_field_of_every_entry() -> None:
    chain = _chain(
        _entry(note='dòng 1\n"dòng 2", hết'), _entry(id="e2", user_id="3", role="editor")
    )
    stream = io.StringIO()
    write_csv(chain, stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert stream.getvalue().splitlines()[0] == ",".join(f.name for f in fields(AuditEntry))
    assert [AuditEntry(**row) for row in rows] == chain
    assert verify([AuditEntry(**row) for row in rows]) is None


# Chaining this desk's unsent entries after the site's record


def test_unsent_entries_are_chained_after_the_sites_record() -> None:
    confirmed = _chain(_entry(action="submit", from_status="draft", to_status="submitted"))
    pending = [
        _entry(id="a1"),
        _entry(id="a2", action="schedule", from_status="approved", to_status="scheduled"),
    ]
    to_send, dropped = rebase(confirmed, pending)
    assert dropped == []
    assert [e.id for e in to_send] == ["a1", "a2"]
    assert to_send[0].prev_hash == confirmed[0].hash
    assert to_send[1].prev_hash == to_send[0].hash
    assert verify([*confirmed, *to_send]) is None


def test_the_first_entry_of_an_empty_record_starts_the_chain() -> None:
    to_send, dropped = rebase([], [_entry(id="a1", prev_hash="stale", hash="stale")])
    assert dropped == []
    assert to_send == _chain(_entry(id="a1"))


def test_an_entry_the_site_already_holds_is_neither_sent_nor_dropped() -> None:
    held = _chain(_entry(id="a1"))
    # The answer to an earlier send was lost: the same entry, by its id.
    assert rebase(held, [replace(held[0], note="changed since", prev_hash="", hash="")]) == (
        [],
        [],
    )


def test_an_entry_without_an_id_is_known_by_who_when_and_what() -> None:
    held = _chain(_entry(id="recorded-by-the-site"))
    same_move = _entry(note="another note", article_uuid="other")
    assert rebase(held, [same_move]) == ([], [])


def test_the_same_move_by_someone_else_is_dropped() -> None:
    held = _chain(_entry(id="site-1"))
    pending = replace(held[0], id="", prev_hash="", hash="", user="other")
    assert rebase(held, [pending]) == ([], [pending])  # someone else recorded it first


def test_the_same_move_by_the_same_user_at_another_time_is_skipped_quietly() -> None:
    held = _chain(_entry(id="site-1"))
    pending = replace(held[0], id="", prev_hash="", hash="", at="other")
    assert rebase(held, [pending]) == ([], [])  # their own move, already on the site


@pytest.mark.parametrize("name", ["action", "to_status"])
def test_another_move_by_the_same_person_at_the_same_time_is_sent(name: str) -> None:
    held = _chain(_entry(id="site-1"))
    pending = replace(held[0], id="", prev_hash="", hash="", **{name: "other"})
    to_send, dropped = rebase(held, [pending])
    assert (len(to_send), dropped) == (1, [])
    assert to_send[0].prev_hash == held[0].hash


def test_the_same_move_made_by_someone_else_first_is_dropped() -> None:
    """Two editors approve at once: the site recorded the other's approval first."""
    theirs = _chain(_entry(id="theirs", user="editor2", at="2026-12-07T08:00:01Z"))
    mine = _entry(id="mine")
    after = _entry(id="mine-2", action="schedule", to_status="scheduled")
    to_send, dropped = rebase(theirs, [mine, after])
    assert dropped == [mine]
    assert [e.id for e in to_send] == ["mine-2"]
    assert to_send[0].prev_hash == theirs[0].hash


def test_a_repeated_move_of_this_desk_is_sent_once() -> None:
    first, second = _entry(id="m1"), _entry(id="m2", at="2026-12-07T08:05:00Z")
    to_send, dropped = rebase([], [first, second])
    assert [e.id for e in to_send] == ["m1"]
    assert dropped == []  # this desk's own repeat: not someone else's move


def test_a_move_to_the_same_state_by_another_action_is_sent() -> None:
    held = _chain(_entry(id="s1", action="schedule", to_status="scheduled"))
    again = _entry(id="s2", action="publish", to_status="scheduled")
    to_send, dropped = rebase(held, [again])
    assert ([e.id for e in to_send], dropped) == (["s2"], [])
    other_state = _entry(id="s3", action="schedule", to_status="published")
    assert [e.id for e in rebase(held, [other_state])[0]] == ["s3"]
