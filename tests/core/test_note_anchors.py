"""A note's anchor on the portal's real (long) paragraphs: bounded, and still finding its
paragraph; the limits are the plugin's."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from newsdesk.core.errors import ValidationError
from newsdesk.core.merge import paragraphs
from newsdesk.core.notes import (
    ANCHOR_MAX_CHARS,
    ANCHOR_QUOTE_MAX_CHARS,
    NOTE_TEXT_MAX_CHARS,
    Anchor,
    checked_note_text,
    locate,
    opening_words,
    paragraph_fingerprint,
)
from tests.text.samples import sample_markdown

PLUGIN_NOTES = (
    Path(__file__).resolve().parents[2] / "packaging/wordpress/newsdesk-bridge/includes/notes.php"
)


def _php_constant(name: str) -> int:
    found = re.search(rf"const {name} = (\d+);", PLUGIN_NOTES.read_text(encoding="utf-8"))
    assert found is not None, name
    return int(found.group(1))


def test_the_desk_and_the_site_bound_notes_alike() -> None:
    assert _php_constant("NEWSDESK_BRIDGE_ANCHOR_MAX_CHARS") == ANCHOR_MAX_CHARS
    assert _php_constant("NEWSDESK_BRIDGE_NOTE_MAX_CHARS") == NOTE_TEXT_MAX_CHARS
    assert ANCHOR_QUOTE_MAX_CHARS < ANCHOR_MAX_CHARS


BODY = "\n\n".join(p for p in paragraphs(sample_markdown()) if not p.startswith("# "))
PARTS = paragraphs(BODY)


def test_an_anchor_on_each_real_paragraph_is_bounded_and_finds_it() -> None:
    assert max(len(p) for p in PARTS) > 3000
    for index, text in enumerate(PARTS):
        anchor = Anchor.for_paragraph(BODY, index)
        encoded = anchor.encode()
        assert len(encoded) <= ANCHOR_MAX_CHARS
        assert 0 < len(anchor.quote) <= ANCHOR_QUOTE_MAX_CHARS
        assert text.startswith(anchor.quote)
        assert anchor.fingerprint == paragraph_fingerprint(text)
        assert Anchor.decode(encoded) == anchor
        assert locate(anchor, BODY) == index


def test_the_quote_is_cut_between_words_and_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", PARTS[1])
    quote = opening_words(decomposed)
    assert unicodedata.is_normalized("NFC", quote)
    assert len(quote) <= ANCHOR_QUOTE_MAX_CHARS
    assert PARTS[1].startswith(quote)
    assert PARTS[1][len(quote)] == " "  # the next word is left out whole
    assert opening_words("x" * 500) == "x" * ANCHOR_QUOTE_MAX_CHARS
    assert opening_words("Ngắn.") == "Ngắn."


def test_markup_in_the_quote_survives_the_sites_tag_stripping() -> None:
    text = '<b>Chú ý</b> & số liệu "quý IV" ' + "rất dài " * 60
    anchor = Anchor.of_paragraph(2, text)
    encoded = anchor.encode()
    assert "<" not in encoded
    assert ">" not in encoded
    assert "&" not in encoded
    assert Anchor.decode(encoded) == anchor
    assert anchor.quote.startswith("<b>Chú ý</b> &")


def test_an_anchor_full_of_escaped_characters_still_fits() -> None:
    anchor = Anchor(0, "<" * ANCHOR_QUOTE_MAX_CHARS, "0" * 16)
    encoded = anchor.encode()
    assert len(encoded) <= ANCHOR_MAX_CHARS
    assert set(Anchor.decode(encoded).quote) == {"<"}


def test_an_old_anchor_quoting_its_whole_paragraph_still_loads_and_finds_it() -> None:
    old = json.dumps({"index": 1, "quote": PARTS[1]}, ensure_ascii=False)
    assert len(old) > 3000
    anchor = Anchor.decode(old)
    assert len(anchor.encode()) <= ANCHOR_MAX_CHARS
    assert PARTS[1].startswith(anchor.quote)
    assert locate(anchor, BODY) == 1
    for broken in ("", "p-2", "[1, 2]", '{"index": "x"}'):
        assert Anchor.decode(broken).index == -1


def test_a_long_paragraph_is_found_after_edits_and_moves() -> None:
    anchor = Anchor.for_paragraph(BODY, 1)
    edited_end = BODY.replace("bị bỏ lại phía sau", "bị bỏ lại ở phía sau")
    assert edited_end != BODY
    assert locate(anchor, edited_end) == 1
    edited_start = BODY.replace(PARTS[1][:20], PARTS[1][:20].replace("Sau khi", "Sau  khi"), 1)
    assert edited_start != BODY
    assert locate(anchor, edited_start) == 1
    moved = "Đoạn mới ở đầu bài.\n\n" + BODY
    assert locate(anchor, moved) == 2
    removed = "\n\n".join(p for i, p in enumerate(PARTS) if i != 1)
    assert locate(anchor, removed) is None


def test_a_note_longer_than_the_site_takes_is_refused_on_the_desk() -> None:
    assert checked_note_text("  ư" * 1 + "  ") == "ư"
    assert len(checked_note_text("ư" * NOTE_TEXT_MAX_CHARS)) == NOTE_TEXT_MAX_CHARS
    with pytest.raises(ValidationError, match="at most 5000"):
        checked_note_text("ư" * (NOTE_TEXT_MAX_CHARS + 1))
    with pytest.raises(ValidationError, match="empty"):
        checked_note_text("   ")
