from __future__ import annotations

from dataclasses import replace

from newsdesk.core import Byline, new_article
from newsdesk.core.audit import AuditEntry, content_fingerprint, sealed, verify
from newsdesk.core.notes import Anchor, Note, locate, threads


def _chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    for i in range(n):
        entry = AuditEntry(
            "u",
            "submit",
            "draft",
            "submitted",
            "reporter",
            "Thủy Phương",
            f"2026-11-28T0{i}:00:00Z",
            "sha",
            note=f"ghi chú {i}",
        )
        entries.append(sealed(entry, entries[-1] if entries else None))
    return entries


def test_an_intact_chain_verifies() -> None:
    assert verify(_chain(4)) is None
    assert verify([]) is None


def test_changing_any_entry_is_found() -> None:
    for position in range(4):
        chain = _chain(4)
        chain[position] = replace(chain[position], user="someone-else")
        broken = verify(chain)
        assert broken is not None
        assert broken.position == position + 1
        assert "changed" in broken.reason


def test_removing_or_reordering_is_found() -> None:
    chain = _chain(4)
    assert verify(chain[:1] + chain[2:]).position == 2
    assert verify([chain[1], chain[0]]).position == 1


def test_fingerprint_is_about_content_only() -> None:
    a = new_article(title="Tít", body="Nội dung", bylines=(Byline("Thủy Phương"),))
    b = a.edited(version=9, id=4)
    assert content_fingerprint(a) == content_fingerprint(b)
    assert content_fingerprint(a) != content_fingerprint(a.edited(body="Nội dung khác"))


BODY = "Đoạn một về hội nghị.\n\nĐoạn hai về nhiệm vụ năm 2021.\n\nĐoạn ba."


def test_notes_follow_their_paragraph() -> None:
    anchor = Anchor.for_paragraph(BODY, 1)
    assert locate(anchor, BODY) == 1
    moved = "Đoạn mới.\n\n" + BODY
    assert locate(anchor, moved) == 2
    edited = BODY.replace("năm 2021.", "năm 2021 của tỉnh.")
    assert locate(anchor, edited) == 1
    removed = "Đoạn một về hội nghị.\n\nĐoạn ba."
    assert locate(anchor, removed) is None
    assert Anchor.decode(anchor.encode()) == anchor


def test_threads_group_replies_under_their_note() -> None:
    a = Anchor(0, "x")
    root = Note("1", 1, a, "Sửa số liệu", "editor", "BTV", "2026-11-28T01:00:00Z")
    reply = Note("2", 1, a, "Đã sửa", "reporter", "PV", "2026-11-28T02:00:00Z", parent="1")
    other = Note("3", 1, a, "Thêm ảnh", "editor", "BTV", "2026-11-28T01:30:00Z")
    assert [[n.id for n in t] for t in threads([reply, other, root])] == [["1", "2"], ["3"]]
