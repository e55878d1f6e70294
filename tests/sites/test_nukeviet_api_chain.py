"""The NukeViet package's audit rules: the copy of the WordPress plugin's audit-chain.php it
requires is the one made from it, and run by PHP it seals entries as the app does."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from dataclasses import fields
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.core.audit import AuditEntry, canonical_entry, entry_hash
from newsdesk.core.workflow import EDITOR, TRANSITIONS

PACKAGE = Path(__file__).resolve().parents[2] / "packaging" / "nukeviet"
CHAIN_PHP = PACKAGE / "modules/news/Newsdesk/audit-chain.php"
needs_php = pytest.mark.skipif(shutil.which("php") is None, reason="needs the PHP command line")

ENTRY_FIELDS = [f.name for f in fields(AuditEntry) if f.name != "hash"]
TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"\\/\n\r\t\b\f\x00\x1f\x7f\u2028\u2029 ệ😀e\u0302\u0301<>&'")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=30,
)


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_audit_chain", PACKAGE / "make_audit_chain.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _php(script: str, stdin: str) -> str:
    """Run script after requiring the NukeViet copy the way the actions do (NV_MAINFILE set)."""
    program = f"define('NV_MAINFILE', true);\nrequire {json.dumps(str(CHAIN_PHP))};\n{script}"
    done = subprocess.run(
        ["php", "-d", "display_errors=stderr", "-r", program],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    assert done.stderr == ""
    return done.stdout


def test_the_package_holds_the_copy_made_from_the_plugins_rules():
    maker = _maker()
    made = maker.nukeviet_copy(maker.SOURCE.read_text(encoding="utf-8"))
    assert CHAIN_PHP.read_text(encoding="utf-8") == made, (
        "run python3 packaging/nukeviet/make_audit_chain.py"
    )
    assert "ABSPATH" not in made


@needs_php
def test_the_copy_refuses_to_run_outside_nukeviet():
    done = subprocess.run(
        ["php", "-r", f"require {json.dumps(str(CHAIN_PHP))}; echo 'loaded';"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "loaded" not in done.stdout


@needs_php
@settings(max_examples=5, deadline=None)
@given(st.lists(st.fixed_dictionaries(dict.fromkeys(ENTRY_FIELDS, TRICKY)), min_size=20))
def test_nukeviet_and_the_desk_compute_the_same_hash(items: list[dict[str, str]]) -> None:
    entries = [AuditEntry(**item) for item in items]
    entries.append(
        AuditEntry(
            article_uuid="0b7c2a6e-7a59-4a43-9c55-7f0b8a3c1d20",
            action="approve",
            from_status="submitted",
            to_status="approved",
            user="editor",
            user_name="Biên tập viên",
            at="2026-12-07T08:00:00Z",
            content_sha="ab" * 32,
            note="Đã xem: “đạt” / ổn\u2028😀",
            id="5f0e7f7e-0c8b-4e0a-9d3e-2c9f1d1f6b11",
            user_id="3",
            role="editor",
        )
    )
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
def test_nukeviet_knows_the_same_moves_as_the_desk() -> None:
    site = json.loads(_php("echo json_encode(newsdesk_bridge_audit_moves());", ""))
    desk = [
        [t.action.value, t.source.value, t.target.value, t.roles == frozenset({EDITOR})]
        for t in TRANSITIONS
    ]
    assert sorted(site) == sorted(desk)
