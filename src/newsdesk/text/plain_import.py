"""Turn a Markdown or plain-text file into the parts of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.core.article import Byline
from newsdesk.text.bylines import parse_bylines
from newsdesk.text.normalize import clean_block, clean_line


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """What a file gave: a title, a sapo (plain text), a Markdown body and its bylines."""

    title: str
    sapo: str = ""
    body: str = ""
    bylines: tuple[Byline, ...] = ()


_ATX_TITLE = re.compile(r"#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*")
_BLANK_LINES = re.compile(r"\n{2,}")  # lines are right-stripped by clean_block
_BOLD_PARAGRAPH = re.compile(r"(\*\*|__)(?P<sapo>[^*_]+?)\1", re.DOTALL)
# The end of a sentence (closing quotes and brackets included) followed by white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")

# Plain text must read the same after Markdown has seen it.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# Browsers read "&#0" and "&copy" as characters even without the closing ";".
_ENTITY_LIKE = re.compile(r"&(?=#|[A-Za-z])")
_LIST_NUMBER = re.compile(r"(\d+)\.(?=\s)")
_RULE_OR_UNDERLINE = re.compile(r"[-=]+")


def _escape_line(line: str) -> str:
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _TAG_START.sub("&lt;", _ENTITY_LIKE.sub("&amp;", line))
    if _RULE_OR_UNDERLINE.fullmatch(line):
        # "=" has no backslash escape in Markdown; an entity keeps the line plain text.
        return ("\\-" if line[0] == "-" else "&#61;") + line[1:]
    if line.startswith(("#", ">", "- ", "+ ", "-\t", "+\t")):
        return "\\" + line
    if line.startswith("~~~"):  # a fence, and "~" has no backslash escape either
        return "&#126;" + line[1:]
    return _LIST_NUMBER.sub(r"\1\\.", line, count=1) if _LIST_NUMBER.match(line) else line


def _split_blocks(text: str) -> list[str]:
    return [block for block in _BLANK_LINES.split(text.strip("\n")) if block.strip()]


def _split_byline(paragraph: str) -> tuple[str, tuple[Byline, ...]]:
    """``paragraph`` without a byline at its end, and that byline.

    A byline is either the whole paragraph or 1-4 capitalised words after the paragraph's
    last sentence ("… phía sau". Thủy Phương").
    """
    whole = parse_bylines(paragraph)
    if whole:
        return "", whole
    ends = list(_SENTENCE_END.finditer(paragraph))
    if ends:
        last = ends[-1]
        tail = parse_bylines(paragraph[last.end() :])
        if tail:
            return paragraph[: last.end()].rstrip(), tail
    return paragraph, ()


def _plain_body(text: str) -> tuple[str, tuple[Byline, ...]]:
    paragraphs = [
        "\n".join(line.strip() for line in block.split("\n") if line.strip())
        for block in _split_blocks(text)
    ]
    bylines: tuple[Byline, ...] = ()
    if paragraphs:
        paragraphs[-1], bylines = _split_byline(paragraphs[-1])
    escaped = ["\n".join(_escape_line(line) for line in p.split("\n")) for p in paragraphs if p]
    return "\n\n".join(escaped), bylines


def _markdown_body(text: str) -> tuple[str, str, tuple[Byline, ...]]:
    # Only the first and the last block are looked at; the rest stays exactly as written.
    body = text.strip("\n")
    first, _, after_first = body.partition("\n\n")
    sapo = ""
    if bold := _BOLD_PARAGRAPH.fullmatch(first.strip()):
        sapo = clean_line(bold.group("sapo"))
        body = after_first.lstrip("\n")
    before, _, last = body.rpartition("\n\n")
    last, bylines = _split_byline(last)
    before = before.rstrip("\n")
    return "\n\n".join(part for part in (before, last) if part), sapo, bylines


def parse_plain_article(text: str, *, markdown: bool | None = None) -> ImportedArticle:
    """Title, sapo, body and bylines of an article file.

    A file whose first line is ``# Title`` is Markdown; otherwise ``markdown`` says (default:
    plain text) and the first non-empty line is the title. Markdown keeps its blocks, and a
    first paragraph that is all bold becomes the sapo. In plain text, paragraphs are separated
    by blank lines and anything Markdown would read as formatting is escaped. In both, a byline
    at the end of the last paragraph (or forming it) is split off.
    """
    lines = clean_block(text).split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines):
        return ImportedArticle(title="")
    heading = _ATX_TITLE.fullmatch(lines[start])
    title = clean_line(heading.group("title") if heading else lines[start])
    rest = "\n".join(lines[start + 1 :])
    if markdown if markdown is not None else heading is not None:
        body, sapo, bylines = _markdown_body(rest)
    else:
        body, bylines = _plain_body(rest)
        sapo = ""
    return ImportedArticle(title=title, sapo=sapo, body=body, bylines=bylines)
