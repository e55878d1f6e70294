"""The audit chain's hash, the head a desk has seen, and the site's copy of both rules
(the plugin's includes/audit-chain.php, run with the PHP command line)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.core import Byline, new_article
from newsdesk.core.audit import (
    AuditEntry,
    Head,
    canonical_entry,
    check,
    check_head,
    content_fingerprint,
    entry_hash,
    sealed,
    verify,
)
from newsdesk.core.workflow import EDITOR, TRANSITIONS

CHAIN_PHP = (
    Path(__file__).resolve().parents[2]
    / "packaging/wordpress/newsdesk-bridge/includes/audit-chain.php"
)
needs_php = pytest.mark.skipif(shutil.which("php") is None, reason="needs the PHP command line")

ENTRY_FIELDS = [f.name for f in fields(AuditEntry) if f.name != "hash"]
# Text that JSON encoders are known to disagree on: quotes, slashes, control characters,
# line and paragraph separators, DEL, non-BMP characters, decomposed Vietnamese.
TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"\\/\n\r\t\b\f\x00\x1f\x7f\u2028\u2029 ệ😀e\u0302\u0301<>&'")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=30,
)


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
        note="Đã xem, đạt yêu cầu.",
        id="5f0e7f7e-0c8b-4e0a-9d3e-2c9f1d1f6b11",
        user_id="3",
        role="editor",
    )
    return replace(entry, **changes)


def _chain(n: int) -> list[AuditEntry]:
    chain: list[AuditEntry] = []
    for i in range(n):
        chain.append(sealed(_entry(at=f"2026-12-07T0{i}:00:00Z"), chain[-1] if chain else None))
    return chain


@settings(max_examples=60)
@given(name=st.sampled_from(ENTRY_FIELDS), value=TRICKY)
def test_the_hash_changes_with_every_recorded_field(name: str, value: str) -> None:
    entry = _entry()
    changed = replace(entry, **{name: value})
    if getattr(entry, name) != value:
        assert entry_hash(changed) != entry_hash(entry)


@settings(max_examples=60)
@given(
    name=st.sampled_from(["title", "sapo", "body", "category", "bylines", "tags"]),
    value=TRICKY.filter(bool),
)
def test_the_fingerprint_changes_with_every_field_of_the_content(name: str, value: str) -> None:
    article = new_article(
        title="Tít", sapo="Sa-pô", body="Thân bài.", category="Tin tức", tags=("a",)
    )
    article = article.edited(bylines=(Byline("Thủy Phương"),))
    if name == "bylines":
        changed = article.edited(bylines=(Byline(value),))
    elif name == "tags":
        changed = article.edited(tags=(value,))
    else:
        changed = article.edited(**{name: value})
    if changed != article:
        assert content_fingerprint(changed) != content_fingerprint(article)


def test_entries_recorded_before_the_site_sealed_them_still_verify() -> None:
    old = _entry(id="", user_id="", role="")
    assert "role" not in canonical_entry(old)
    assert verify([sealed(old, None)]) is None


def test_the_last_entry_removed_is_a_truncation() -> None:
    chain = _chain(4)
    seen = Head.of(chain)
    assert check(chain, seen) is None
    assert verify(chain[:3]) is None  # the chain alone cannot tell
    broken = check(chain[:3], seen)
    assert broken is not None
    assert broken.position == 4
    assert "cut short" in broken.reason


def test_a_rewritten_chain_sealed_again_is_found() -> None:
    chain = _chain(4)
    seen = Head.of(chain)
    forged = [sealed(replace(chain[0], user="editor", user_name="Người khác"), None)]
    for entry in chain[1:]:
        forged.append(sealed(entry, forged[-1]))
    assert verify(forged) is None  # the public algorithm seals it again
    broken = check_head(forged, seen)
    assert broken is not None
    assert broken.position == 4
    assert "rewritten" in broken.reason
    # A chain that only grew past the head is fine.
    longer = [*chain, sealed(_entry(action="schedule"), chain[-1])]
    assert check(longer, seen) is None


def _php(script: str, stdin: str) -> str:
    program = f"define('ABSPATH', '/');\nrequire {json.dumps(str(CHAIN_PHP))};\n{script}"
    done = subprocess.run(
        ["php", "-d", "display_errors=stderr", "-r", program],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    return done.stdout


@needs_php
@settings(max_examples=5, deadline=None)
@given(st.lists(st.fixed_dictionaries(dict.fromkeys(ENTRY_FIELDS, TRICKY)), min_size=20))
def test_the_site_and_the_desk_compute_the_same_hash(items: list[dict[str, str]]) -> None:
    entries = [AuditEntry(**item) for item in items]
    entries += [_entry(), _entry(id="", user_id="", role=""), _entry(note="a/b\u2028c\x7f😀")]
    sent = json.dumps([{**e.to_dict(), "hash": "x"} for e in entries], ensure_ascii=True)
    script = (
        "$out = array();"
        "foreach (json_decode(stream_get_contents(STDIN), true) as $fields) {"
        "  $out[] = array(newsdesk_bridge_audit_canonical($fields),"
        "                 newsdesk_bridge_audit_hash($fields)); }"
        "echo json_encode($out);"
    )
    answers = json.loads(_php(script, sent))
    assert [a[0] for a in answers] == [canonical_entry(e) for e in entries]
    assert [a[1] for a in answers] == [entry_hash(e) for e in entries]


@needs_php
def test_the_site_knows_the_same_moves_as_the_desk() -> None:
    site = json.loads(_php("echo json_encode(newsdesk_bridge_audit_moves());", ""))
    desk = [
        [t.action.value, t.source.value, t.target.value, t.roles == frozenset({EDITOR})]
        for t in TRANSITIONS
    ]
    assert sorted(site) == sorted(desk)
