"""The rules of notes at their edges: threads keep every reply (replies to replies too), an
anchor finds its paragraph by fingerprint, by its opening words, then by likeness, and the
quote is cut between words exactly at its limit."""

from __future__ import annotations

import hashlib
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.errors import ValidationError
from newsdesk.core.notes import (
    ANCHOR_MAX_CHARS,
    NOTE_TEXT_MAX_CHARS,
    Anchor,
    Note,
    checked_note_text,
    locate,
    opening_words,
    paragraph_fingerprint,
    threads,
)


def _note(note_id: str, minute: int, parent: str = "") -> Note:
    return Note(
        id=note_id,
        article_id=1,
        anchor=Anchor(-1, ""),
        text=f"Ghi chú {note_id}",
        author="bien-tap",
        author_name="Biên tập",
        created_at=f"2026-12-07T10:{minute:02d}:00+00:00",
        parent=parent,
    )


def _ids(found: list[list[Note]]) -> list[list[str]]:
    return [[note.id for note in thread] for thread in found]


def test_replies_to_replies_stay_in_their_thread_in_order() -> None:
    notes = [
        _note("c", 5, parent="b"),
        _note("b", 2, parent="a"),
        _note("root2", 1),
        _note("a", 0),
        _note("b2", 3, parent="a"),
        _note("d", 6, parent="c"),
    ]
    assert _ids(threads(notes)) == [["a", "b", "b2", "c", "d"], ["root2"]]
    assert threads([]) == []


def test_a_reply_whose_note_is_gone_opens_its_own_thread() -> None:
    notes = [_note("x", 4, parent="gone"), _note("y", 5, parent="x"), _note("a", 6)]
    assert _ids(threads(notes)) == [["x", "y"], ["a"]]


@st.composite
def _forests(draw: st.DrawFn) -> list[Note]:
    count = draw(st.integers(min_value=0, max_value=12))
    minutes = draw(st.permutations(range(count)))
    notes = []
    for number in range(count):
        # A note answers an earlier one, none, or one this desk never saw.
        parent = draw(st.sampled_from(["", "missing", *[f"n{i}" for i in range(number)]]))
        notes.append(_note(f"n{number}", minutes[number], parent))
    return draw(st.permutations(notes))


@given(_forests())
def test_every_note_is_in_exactly_one_thread_after_the_note_it_answers(
    notes: list[Note],
) -> None:
    found = threads(list(notes))
    assert sorted(n.id for thread in found for n in thread) == sorted(n.id for n in notes)
    known = {n.id for n in notes}
    for thread in found:
        assert thread[0].parent == "" or thread[0].parent not in known
        position = {n.id: i for i, n in enumerate(thread)}
        for note in thread[1:]:
            assert position[note.parent] < position[note.id]
    starts = [thread[0].created_at for thread in found]
    assert starts == sorted(starts)


def test_the_fingerprint_is_the_start_of_the_sha256_of_the_nfc_text() -> None:
    text = "Hội nghị Diên Hồng"
    expected = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
    assert paragraph_fingerprint(text) == expected[:16]
    assert paragraph_fingerprint(unicodedata.normalize("NFD", text)) == expected[:16]


def test_the_opening_words_at_their_limit() -> None:
    assert opening_words("abcd", 4) == "abcd"
    assert opening_words("abcde", 4) == "abcd"  # one long word is cut inside it
    assert opening_words("ab cdef", 4) == "ab"
    assert opening_words("abc defg", 3) == "abc"  # a space just after the limit
    assert opening_words("ab\ncdef", 4) == "ab"
    assert opening_words("ab\tcdef", 4) == "ab"
    assert opening_words("a b\tcd\nefgh", 8) == "a b\tcd"  # the last break of any kind
    assert opening_words("a\tb cd\nefgh", 8) == "a\tb cd"
    assert opening_words("a\nb\tcd efgh", 8) == "a\nb\tcd"
    assert opening_words("a\nb\ncdefgh", 4) == "a\nb"  # the last of several breaks
    assert opening_words("a\tb\tcdefgh", 4) == "a\tb"
    assert opening_words("a bcdef", 4) == "a"  # a one-letter first word is a word
    assert opening_words(" abcdef", 4) == " abc"  # no break after the first character
    assert opening_words("ab  cdef", 4) == "ab"  # trailing blanks go
    assert opening_words("x" * 121) == "x" * 120
    assert opening_words("x" * 120) == "x" * 120


def test_an_anchor_encodes_to_the_sites_json() -> None:
    assert json.loads(Anchor(-1, "").encode()) == {"index": -1, "quote": ""}
    assert json.loads(Anchor(3, "Đoạn", "ab" * 8).encode()) == {
        "index": 3,
        "quote": "Đoạn",
        "sha": "ab" * 8,
    }
    assert Anchor(3, "Đoạn", "ab" * 8).encode() == (
        '{"index": 3, "quote": "Đoạn", "sha": "abababababababab"}'
    )


def test_an_over_long_quote_is_shortened_only_as_much_as_needed() -> None:
    words = "chữ " * 150
    encoded = Anchor(0, words.strip(), "0" * 16).encode()
    assert len(encoded) <= ANCHOR_MAX_CHARS
    assert len(encoded) > ANCHOR_MAX_CHARS - 12
    quote = json.loads(encoded)["quote"]
    assert words.startswith(quote)
    assert not quote.endswith(" ")
    escaped = Anchor(0, "&" * 200, "0" * 16).encode()
    assert len(escaped) <= ANCHOR_MAX_CHARS
    assert len(escaped) > ANCHOR_MAX_CHARS - 6 * 2


def test_an_anchor_decodes_whatever_the_site_kept() -> None:
    assert Anchor.decode('{"index": 2, "quote": "Mở đầu", "sha": "ff"}') == Anchor(
        2, "Mở đầu", "ff"
    )
    assert Anchor.decode('{"index": 2, "sha": "ff"}') == Anchor(2, "", "ff")
    assert Anchor.decode('{"quote": "Mở đầu"}') == Anchor.of_paragraph(-1, "Mở đầu")
    assert Anchor.decode('{"index": null, "quote": ""}') == Anchor(-1, "")
    assert Anchor.decode('{"index": "x"}') == Anchor(-1, "")
    assert Anchor.decode('"text"') == Anchor(-1, "")
    assert Anchor.decode("{not json") == Anchor(-1, "")
    assert Anchor.decode("") == Anchor(-1, "")
    long_quote = "từ " * 100
    kept = Anchor.decode(json.dumps({"index": 1, "quote": long_quote, "sha": "ab"}))
    assert kept == Anchor(1, opening_words(long_quote), "ab")


def test_an_anchor_for_a_paragraph_that_is_not_there_quotes_nothing() -> None:
    body = "Một.\n\nHai."
    assert Anchor.for_paragraph(body, 1) == Anchor.of_paragraph(1, "Hai.")
    assert Anchor.for_paragraph(body, 0) == Anchor.of_paragraph(0, "Một.")
    assert Anchor.for_paragraph(body, 2) == Anchor(2, "")
    assert Anchor.for_paragraph(body, -1) == Anchor(-1, "")


def test_an_anchor_without_words_points_at_its_position_while_there_is_one() -> None:
    body = "Một.\n\nHai."
    assert locate(Anchor(0, ""), body) == 0
    assert locate(Anchor(1, ""), body) == 1
    assert locate(Anchor(2, ""), body) is None
    assert locate(Anchor(-1, ""), body) is None
    # A fingerprint of a paragraph that is gone, and no words to look for.
    assert locate(Anchor(0, "", paragraph_fingerprint("Ba.")), body) is None


def test_the_same_paragraph_twice_goes_to_the_nearer_then_the_earlier() -> None:
    body = "\n\n".join(["Lặp.", "Khác.", "Lặp.", "Khác nữa.", "Lặp."])
    fingerprint = paragraph_fingerprint("Lặp.")
    assert locate(Anchor(1, "Lặp.", fingerprint), body) == 0  # 0 and 2 are as near
    assert locate(Anchor(3, "Lặp.", fingerprint), body) == 2
    assert locate(Anchor(4, "Lặp.", fingerprint), body) == 4
    assert locate(Anchor(9, "Lặp.", fingerprint), body) == 4
    # Edited (other fingerprint) but opening with the same words: the same preference.
    stale = paragraph_fingerprint("Lặp. Cũ.")
    assert locate(Anchor(1, "Lặp.", stale), body) == 0
    assert locate(Anchor(3, "Lặp.", stale), body) == 2


def test_words_put_in_before_the_quoted_ones_still_find_the_paragraph() -> None:
    original = "Sau khi dịch bệnh bùng phát, " + "nhiều doanh nghiệp nhỏ phải đóng cửa " * 10
    anchor = Anchor.of_paragraph(1, original)
    inserted = "Theo số liệu mới công bố hôm qua của tổng cục thống kê, " + original
    assert not inserted.startswith(anchor.quote)
    body = "\n\n".join(["Mở đầu ngắn.", inserted, "Kết luận của bài."])
    assert locate(anchor, body) == 1


def test_likeness_must_pass_the_threshold_unless_at_the_notes_own_position() -> None:
    # "abcde" against "abcXY": 3 of 5 characters in common, a ratio of exactly 0.6.
    assert locate(Anchor(0, "abcde"), "abcXY") == 0
    assert locate(Anchor(1, "abcde"), "abcXY\n\nzzzzz") is None
    # Two openings equally like the quote: the note's own position wins, else the first.
    body = "abcdX\n\nzzzzz\n\nabcdY"
    assert locate(Anchor(2, "abcde"), body) == 2
    assert locate(Anchor(1, "abcde"), body) == 0
    # The better likeness wins over the note's position.
    assert locate(Anchor(0, "abcde"), "abcXY\n\nabcdY") == 1
    # A quote in decomposed form still matches the composed paragraph's opening.
    composed = "Mở đầu bài"
    nfd_body = "Khác hẳn\n\n" + unicodedata.normalize("NFD", composed)
    assert locate(Anchor(0, composed), nfd_body) == 1


def test_the_fingerprint_wins_over_words_another_paragraph_shares() -> None:
    body = "Lặp lại. Một.\n\nLặp lại. Hai."
    anchor = Anchor(0, "Lặp lại.", paragraph_fingerprint("Lặp lại. Hai."))
    assert locate(anchor, body) == 1


def test_the_opening_compared_has_room_for_words_put_in_but_no_more() -> None:
    quote = "abcdefghijklmnopqrst"
    # Ten characters put in before the quote: the opening compared (one and a half times the
    # quote) still holds all of it, and reads as more like the quote than a paragraph whose
    # own opening lost its last five characters.
    pushed = "X" * 10 + quote + "y" * 20
    cut = quote[:15] + "ZZZZZ"
    assert locate(Anchor(5, quote), f"{pushed}\n\n{cut}") == 0
    assert locate(Anchor(5, quote), f"{cut}\n\n{pushed}") == 1


def test_a_refused_note_says_why_and_what_to_do() -> None:
    with pytest.raises(ValidationError) as empty:
        checked_note_text(" \n ")
    assert (empty.value.cause, empty.value.action) == (
        "The note is empty.",
        "Write the note first.",
    )
    with pytest.raises(ValidationError) as long:
        checked_note_text("ư" * (NOTE_TEXT_MAX_CHARS + 1))
    assert (long.value.cause, long.value.action) == (
        "The note is 5001 characters long; a note may have at most 5000.",
        "Shorten it, or split it into two notes.",
    )


def test_an_anchor_of_exactly_the_sites_limit_is_kept_and_one_more_loses_one() -> None:
    fingerprint = "0" * 16
    room = ANCHOR_MAX_CHARS - len(Anchor(0, "", fingerprint).encode())
    fits = "a" * room
    assert len(Anchor(0, fits, fingerprint).encode()) == ANCHOR_MAX_CHARS
    assert json.loads(Anchor(0, fits, fingerprint).encode())["quote"] == fits
    over = Anchor(0, fits + "a", fingerprint).encode()
    assert json.loads(over)["quote"] == fits


def test_an_anchor_that_cannot_fit_gives_up_its_quote_and_ends() -> None:
    # A fingerprint as long as this never comes from the desk, only from a damaged record.
    encoded = Anchor(0, "ab", "f" * ANCHOR_MAX_CHARS).encode()
    assert json.loads(encoded)["quote"] == ""
