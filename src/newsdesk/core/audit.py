"""The audit trail: an append-only chain of who moved which article, when, and to what.

Each entry carries the hash of the one before it, so changing, removing or reordering any
stored entry breaks every hash after it and :func:`verify` says where. A chain that was
rewritten and sealed again verifies by itself; what catches it (and a chain cut short) is
the head a desk has seen before, :func:`check_head`. With the Newsdesk Bridge plugin the
site records who made each move and computes each hash itself
(``packaging/wordpress/newsdesk-bridge/includes/audit-chain.php`` holds the same canonical
form as :func:`canonical_entry`).
"""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import IO

from newsdesk.core.article import Article
from newsdesk.core.errors import ValidationError
from newsdesk.core.messages import Message

# Keys entries recorded before the site sealed them did not have: the canonical form leaves
# them out when they are empty, so those older chains still verify.
NEW_KEYS = ("id", "user_id", "role")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    article_uuid: str
    action: str
    from_status: str
    to_status: str
    user: str  # the site login that did it
    user_name: str
    at: str  # UTC, ISO 8601 with seconds
    content_sha: str  # which version of the article it concerned (same on every desk)
    note: str = ""
    prev_hash: str = ""
    hash: str = ""
    id: str = ""  # made by the desk that recorded the move: a retried send is found by it
    user_id: str = ""  # the site's id of the user, recorded by the site
    role: str = ""  # the user's role on the site when the site recorded the move

    def to_dict(self) -> dict[str, str]:
        fields = asdict(self)
        for key in NEW_KEYS:
            if not fields[key]:
                del fields[key]
        return fields

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> AuditEntry:
        names = cls.__dataclass_fields__
        return cls(**{k: str(v) for k, v in data.items() if k in names})


def content_fingerprint(article: Article) -> str:
    """The same article content gives the same fingerprint on every desk."""
    content = {
        "title": article.title,
        "sapo": article.sapo,
        "body": article.body,
        "bylines": [[b.name, b.role] for b in article.bylines],
        "category": article.category,
        "tags": list(article.tags),
    }
    return hashlib.sha256(_canonical(content).encode("utf-8")).hexdigest()


def _canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_entry(entry: AuditEntry) -> str:
    """The text an entry's hash is computed over: a JSON object of every field but
    ``hash`` (``prev_hash`` included, so it seals the chain before it), keys sorted, no
    spaces, non-ASCII characters as themselves in UTF-8."""
    fields = entry.to_dict()
    del fields["hash"]
    return _canonical(fields)


def entry_hash(entry: AuditEntry) -> str:
    return hashlib.sha256(canonical_entry(entry).encode("utf-8")).hexdigest()


def entry_id(entry: AuditEntry) -> str:
    """The entry's id; one derived from the move itself for entries recorded without."""
    if entry.id:
        return entry.id
    event = "\x1f".join((entry.article_uuid, entry.user, entry.at, entry.action, entry.to_status))
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "newsdesk-audit:" + event))


def sealed(entry: AuditEntry, previous: AuditEntry | None) -> AuditEntry:
    """``entry`` chained after ``previous``, with its own hash."""
    linked = replace(entry, prev_hash=previous.hash if previous else "", hash="")
    return replace(linked, hash=entry_hash(linked))


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class ChainBreak:
    position: int  # 1-based, as a person counts entries; 0: the record as a whole
    reason: str


@dataclass(frozen=True, slots=True)
class Head:
    """The last entry of a chain as a desk saw it: how many entries, and the last hash."""

    length: int
    hash: str

    @classmethod
    def of(cls, entries: list[AuditEntry]) -> Head:
        return cls(len(entries), entries[-1].hash if entries else "")


class AuditBroken(ValidationError):
    """A record that does not hold together, or is not the one seen before."""

    def __init__(self, broken: ChainBreak, problem: str, action: str = "") -> None:
        super().__init__(problem, action)
        self.broken = broken
        self.problem = problem


def verify(entries: list[AuditEntry]) -> ChainBreak | None:
    """The first place the chain does not hold, or None when every entry is intact."""
    previous = ""
    for position, entry in enumerate(entries, start=1):
        if entry.prev_hash != previous:
            return ChainBreak(position, Message("does not follow the entry before it"))
        if entry_hash(entry) != entry.hash:
            return ChainBreak(position, Message("was changed after it was recorded"))
        previous = entry.hash
    return None


def check_head(entries: list[AuditEntry], seen: Head | None) -> ChainBreak | None:
    """Whether ``entries`` still hold the head seen before: a chain cut short, or rewritten
    and sealed again, no longer does."""
    if seen is None or seen.length == 0:
        return None
    if len(entries) < seen.length:
        return ChainBreak(
            len(entries) + 1,
            Message(
                "is missing: the record was cut short (this desk has seen {seen} entries)",
                seen=seen.length,
            ),
        )
    if entries[seen.length - 1].hash != seen.hash:
        return ChainBreak(
            seen.length,
            Message("is not the entry this desk saw before: the record was rewritten"),
        )
    return None


def check(entries: list[AuditEntry], seen: Head | None) -> ChainBreak | None:
    """The first reason not to trust ``entries``: a broken link, or a lost head."""
    return verify(entries) or check_head(entries, seen)


def write_csv(entries: list[AuditEntry], stream: IO[str]) -> None:
    """The entries as CSV for the office's records: a header, then one row per entry with
    every field, hashes included, so the chain can be checked again from the file."""
    writer = csv.DictWriter(stream, fieldnames=list(AuditEntry.__dataclass_fields__))
    writer.writeheader()
    for entry in entries:
        writer.writerow(entry.to_dict())


def _same_event(a: AuditEntry, b: AuditEntry) -> bool:
    return entry_id(a) == entry_id(b) or ((a.user, a.at) == (b.user, b.at) and _same_move(a, b))


def _same_move(a: AuditEntry, b: AuditEntry) -> bool:
    """The same move from the same state: two desks did one thing, only one of them counts."""
    return (a.action, a.from_status, a.to_status) == (b.action, b.from_status, b.to_status)


def same_user(a: str, b: str) -> bool:
    """Site logins compare without regard to case, as WordPress compares them."""
    return a.strip().casefold() == b.strip().casefold()


def rebase(
    confirmed: list[AuditEntry], pending: list[AuditEntry]
) -> tuple[list[AuditEntry], list[AuditEntry]]:
    """This desk's unsent entries chained after the site's record.

    Returns (entries still to send, entries dropped because someone else recorded the same
    move from the same state first, e.g. two editors approving at once). Entries the site
    already holds (an earlier send whose answer was lost, or the same user's same move sent
    from elsewhere) are neither. A move from another state is a new move, even when it
    leads where the last one did (a resubmission after a return made on the site itself).
    """
    last = confirmed[-1] if confirmed else None
    to_send: list[AuditEntry] = []
    dropped: list[AuditEntry] = []
    for entry in pending:
        if any(_same_event(entry, held) for held in confirmed):
            continue
        if last is not None and _same_move(last, entry):
            if not same_user(last.user, entry.user):
                dropped.append(entry)
            continue
        last = sealed(entry, last)
        to_send.append(last)
    return to_send, dropped
