"""Read an author line as Vietnamese articles print it: "Thủy Phương", "Bài và ảnh: X"."""

from __future__ import annotations

import re

from newsdesk.core.article import Byline

# How each role is written at the head of a byline, longest first so "Bài, ảnh" wins over "Bài".
_ROLE_PREFIX = re.compile(r"(Bài và ảnh|Bài, ảnh|Bài|Ảnh|Video)\s*:\s*", re.IGNORECASE)
_ROLES = {role.casefold(): role for role in ("Bài và ảnh", "Bài, ảnh", "Bài", "Ảnh", "Video")}
_THEO = re.compile(r"Theo\s+", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r"\s+[-–]\s+")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$", re.DOTALL)
_MAX_WORDS = 4


def _is_name(text: str) -> bool:
    """1 to 4 words, each all letters and starting with a capital ("Thủy Phương", "Nhóm PV")."""
    words = text.split()
    return 0 < len(words) <= _MAX_WORDS and all(w.isalpha() and w[0].isupper() for w in words)


def parse_bylines(text: str) -> tuple[Byline, ...]:
    """The bylines ``text`` spells, or ``()`` if it does not read as an author line.

    "Thủy Phương - Minh Hà" gives two bylines; "Bài và ảnh: X" one with the role
    "Bài và ảnh"; "Theo TTXVN" one with the role "Theo". Markdown bold or italic around the
    whole line is ignored.
    """
    line = " ".join(text.split())
    emphasis = _EMPHASIS.match(line)
    if emphasis:
        line = emphasis.group(2).strip()
    role = ""
    prefix = _ROLE_PREFIX.match(line)
    if prefix:
        role = _ROLES[prefix.group(1).casefold()]
        line = line[prefix.end() :]
    elif theo := _THEO.match(line):
        role = "Theo"
        line = line[theo.end() :]
    names = _NAME_SEPARATOR.split(line)
    if not all(_is_name(name) for name in names):
        return ()
    return tuple(Byline(name=name, role=role) for name in names)
