"""A post's HTML (as the site holds it) back into the Markdown a reporter edits.

The output is written for :func:`newsdesk.render.markdown_html.markdown_to_html`, whose
Markdown dialect decides the escapes: a hard break is written ``<br>`` (a backslash before a
line end is not a break there, and trailing spaces do not survive ``clean_block``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from newsdesk.text.normalize import clean_input

_VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "source", "col", "area"})
_DROPPED = frozenset({"script", "style", "template", "noscript", "head", "title", "iframe"})
_DROPPED_CLASSES = frozenset({"newsdesk-byline", "newsdesk-sapo"})  # made from metadata
_HEADINGS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
# Elements that hold blocks (their runs of inline content become paragraphs).
_BLOCKS = frozenset(
    {"html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav",
     "figure", "li", "dl", "dt", "dd", "p", "ul", "ol", "blockquote", "pre", "hr", "table",
     "figcaption", *_HEADINGS}
)  # fmt: skip
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_BREAK = "<br>\n"

_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")  # what a browser collapses; no-break spaces stay
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPECIAL = re.compile(r"[\\`*_\[\]#|]|&(?=#?\w+;)|<(?=[A-Za-z/!?])")
_LEADING_GAP = re.compile(r"\A(?: |<br>\n)+")
_TRAILING_GAP = re.compile(r"(?: |<br>\n)+\Z")
_OUTER_GAP = re.compile(r"\A(?:\s|<br>\n)+|(?:\s|<br>\n)+\Z")
_ORDERED_MARKER = re.compile(r"^(\d+)\.(?=\s|$)")
_ALIGN = re.compile(r"text-align[:-]\s*(left|right|center)")
# Elements nested deeper than this are read as if their tags were not there: the converter
# recurses once or twice per level, and no real page nests anywhere near so deep.
MAX_DEPTH = 150


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Just enough of the HTML tree rules for post bodies: void tags, and an open ``p`` or
    ``li`` closed by what would close it in a browser. Comments are ignored.

    With ``word_sections``, what Word writes between ``<![if !supportLists]>`` (or another
    ``!support…`` feature) and ``<![endif]>`` is left out of the tree: it is what Word draws
    for readers that lack the feature (a list's bullet or number, a comment's mark). A list
    marker found there is kept as the ``data-word-marker`` attribute of its paragraph."""

    def __init__(self, *, word_sections: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("body")
        self._stack = [self.root]
        self._word_sections = word_sections
        self._fallback: _Element | None = None  # collects a "!support…" section's content
        self._fallback_owner: _Element | None = None
        self._flattened: list[str] = []  # the open tags left out past MAX_DEPTH

    def unknown_decl(self, data: str) -> None:
        if not self._word_sections:
            return
        condition = data.strip().lower()
        if condition.startswith("if !support") and self._fallback is None:
            self._fallback = _Element("fallback")
            self._fallback_owner = self._stack[-1]
            self._stack.append(self._fallback)
        elif condition == "endif" and self._fallback is not None:
            for index in range(len(self._stack) - 1, 0, -1):
                if self._stack[index] is self._fallback:
                    del self._stack[index:]
                    break
            marker = _COLLAPSIBLE.sub(" ", _text_of(self._fallback)).replace("\xa0", " ")
            if self._fallback_owner is not None and marker.strip():
                self._fallback_owner.attrs.setdefault("data-word-marker", marker.strip())
            self._fallback = self._fallback_owner = None

    def _close_open(self, tag: str, boundaries: frozenset[str]) -> None:
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return
            if self._stack[index].tag in boundaries:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._close_open("p", frozenset({"li", "td", "th", "blockquote", "div", "figure"}))
        if tag == "li":
            self._close_open("li", frozenset({"ul", "ol"}))
        if len(self._stack) >= MAX_DEPTH and tag not in _VOID:
            self._flattened.append(tag)
            return
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self._stack[-1].children.append(element)
        if tag not in _VOID:
            self._stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if self._flattened and self._flattened[-1] == tag:
            self._flattened.pop()
            return
        self._close_open(tag, frozenset())

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _text_of(node: _Element | str) -> str:
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    return "".join(_text_of(child) for child in node.children)


def _escape(text: str) -> str:
    text = _COLLAPSIBLE.sub(" ", _CONTROL.sub("", text))
    return _SPECIAL.sub(lambda m: {"&": "&amp;", "<": "&lt;"}.get(m[0], "\\" + m[0]), text)


def written_address(url: str) -> str:
    """``url`` as a link or an image names it in the Markdown this module writes."""
    url = url.strip().replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return url.replace("(", "\\(").replace(")", "\\)")


def _destination(url: str, title: str) -> str:
    url = written_address(url)
    title = _COLLAPSIBLE.sub(" ", title).strip()
    return f'({url} "{title}")' if title else f"({url})"


def _join(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        if out.endswith("!") and piece.startswith("["):
            out = out[:-1] + "\\!"  # "!" then a link would read as an image
        out += piece
    return out


def _fence(code: str, least: int) -> str:
    return "`" * max(least, max((len(run) for run in re.findall(r"`+", code)), default=0) + 1)


def _code_span(text: str) -> str:
    text = _COLLAPSIBLE.sub(" ", text).strip()
    if not text:
        return ""
    fence = _fence(text, 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _inline(node: _Element | str, active: frozenset[str], br: str) -> str:
    if isinstance(node, str):
        return _escape(node)
    tag, attrs = node.tag, node.attrs
    if tag in _DROPPED:
        return ""
    if tag == "br":
        return br
    if tag == "img":
        alt, src = _escape(attrs.get("alt", "")), attrs.get("src", "")
        return f"![{alt}]{_destination(src, attrs.get('title', ''))}" if src else ""
    if tag in _CODE:
        return _code_span(_text_of(node))
    marker = _EMPHASIS.get(tag, "")
    inner = _join([_inline(child, active | {marker}, br) for child in node.children])
    if tag == "a" and attrs.get("href"):
        return f"[{inner}]{_destination(attrs['href'], attrs.get('title', ''))}"
    if tag in {"sub", "sup"} and inner.strip():
        return f"<{tag}>{inner}</{tag}>"
    if not marker or marker in active:
        return inner
    # Delimiters must hug the text: spaces and breaks at the edges go outside them.
    rest = _LEADING_GAP.sub("", inner)
    core = _TRAILING_GAP.sub("", rest)
    lead, trail = inner[: len(inner) - len(rest)], rest[len(core) :]
    return f"{lead}{marker}{core}{marker}{trail}" if core else lead + trail


def _escape_line_start(line: str) -> str:
    if _ORDERED_MARKER.match(line):
        return _ORDERED_MARKER.sub(r"\1\\.", line, count=1)
    if line[:1] in {"-", "+", ">"}:
        return "\\" + line
    if re.fullmatch(r"=+", line) or line.startswith("~~~"):
        return f"&#{ord(line[0])};{line[1:]}"  # no backslash escape for these two
    return line


def _paragraph(nodes: list[_Element | str], active: frozenset[str] = frozenset()) -> str:
    text = _join([_inline(node, active, _BREAK) for node in nodes])
    text = re.sub(r" *<br>\n *", _BREAK, re.sub(r" {2,}", " ", text))
    text = _OUTER_GAP.sub("", text)
    return "\n".join(_escape_line_start(line) for line in text.split("\n"))


def _indent(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0]] + [rest + line if line else "" for line in lines[1:]])


def _list(element: _Element, depth: int) -> str:
    items: list[_Element] = []
    for child in element.children:
        if isinstance(child, _Element) and child.tag == "li":
            items.append(child)
        elif isinstance(child, _Element) or child.strip():  # e.g. a list put straight in a list
            items += [] if items else [_Element("li")]
            items[-1].children.append(child)
    start = element.attrs.get("start", "1")
    number = int(start) if element.tag == "ol" and start.isdigit() else 1
    out, loose_before, several_before = "", False, False
    for item in items:
        # An item holding paragraphs is "loose" (its text wrapped in <p>). The Markdown for
        # that is a blank line between it and its neighbours; a blank line after an item of
        # several blocks is needed in any case, or the next item would join its last block.
        loose = any(
            isinstance(c, _Element) and c.tag in _BLOCKS and c.tag not in {"ul", "ol"}
            for c in item.children
        )
        blocks = _blocks(item.children, depth + 1)
        if not blocks:
            continue
        marker = f"{number}. " if element.tag == "ol" else "- "
        if out:
            out += "\n\n" if loose_before and (loose or several_before) else "\n"
        out += _indent(("\n\n" if loose else "\n").join(blocks), marker, "    ")
        loose_before, several_before, number = loose, len(blocks) > 1, number + 1
    return out


def _find(node: _Element, tags: set[str]) -> list[_Element]:
    """The elements named ``tags`` under ``node``, not looking inside the ones found."""
    found: list[_Element] = []
    for child in node.children:
        if isinstance(child, _Element):
            found += [child] if child.tag in tags else _find(child, tags)
    return found


def _outside_cells(node: _Element) -> list[_Element | str]:
    """What a browser would move out in front of a table: anything not in a cell or caption."""
    found: list[_Element | str] = []
    for child in node.children:
        if isinstance(child, str) or child.tag not in _TABLE_PARTS:
            found.append(child)
        elif child.tag not in {"td", "th", "caption"}:
            found += _outside_cells(child)
    return found


def _table(element: _Element, depth: int) -> list[str]:
    captions = [_paragraph(caption.children) for caption in _find(element, {"caption"})]
    captions += _blocks(_outside_cells(element), depth)
    rows = [cells for row in _find(element, {"tr"}) if (cells := _find(row, {"td", "th"}))]
    if stray := [cell for cell in _find(element, {"tr", "td", "th"}) if cell.tag != "tr"]:
        rows.append(stray)  # cells outside any row make one
    if not rows:
        return captions
    width = max(len(row) for row in rows)

    def line(texts: list[str]) -> str:
        return "| " + " | ".join(texts + [""] * (width - len(texts))) + " |"

    def cell(node: _Element) -> str:
        text = _join([_inline(child, frozenset(), "<br>") for child in node.children])
        return re.sub(r" {2,}", " ", text).strip()

    aligns = []
    for node in rows[0] + [_Element("td")] * (width - len(rows[0])):
        found = _ALIGN.search(node.attrs.get("style", "") + " " + node.attrs.get("class", ""))
        aligns.append(
            {"left": ":--", "right": "--:", "center": ":-:"}[found[1]] if found else "---"
        )
    table = [line([cell(node) for node in row]) for row in rows]
    return [*captions, "\n".join([table[0], line(aligns), *table[1:]])]


def _pre(element: _Element, depth: int) -> str:
    code = _text_of(element).removeprefix("\n").removesuffix("\n")
    if not code.strip():
        return ""
    if depth:  # fences only work at the top level; nested code is indented
        return "\n".join("    " + line if line else "" for line in code.split("\n"))
    fence = _fence(code, 3)
    return f"{fence}\n{code}\n{fence}"


def _block(element: _Element, depth: int) -> list[str]:
    tag = element.tag
    if tag in _DROPPED or _DROPPED_CLASSES & set(element.attrs.get("class", "").split()):
        return []
    if tag == "p":
        return [_paragraph(element.children)]
    if tag in _HEADINGS:
        text = _join([_inline(child, frozenset(), " ") for child in element.children])
        text = re.sub(r" {2,}", " ", text).strip()
        return ["#" * _HEADINGS[tag] + " " + text if text else ""]
    if tag in {"ul", "ol"}:
        return [_list(element, depth)]
    if tag == "blockquote":
        inner = "\n\n".join(_blocks(element.children, depth + 1))
        return ["\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))]
    if tag == "pre":
        return [_pre(element, depth)]
    if tag == "hr":
        return ["* * *"]  # "---" after a list marker would read as a rule of dashes
    if tag == "table":
        return _table(element, depth)
    if tag == "figcaption":
        caption = _paragraph(element.children, frozenset({"*"}))
        return [f"*{caption}*" if caption else ""]
    return _blocks(element.children, depth)


def _kind(block: str) -> str:
    if block.startswith(("- ", "> ", "    ")):
        return block[:2]
    return "1." if re.match(r"\d+\. ", block) else ""


def _blocks(children: list[_Element | str], depth: int) -> list[str]:
    """The Markdown blocks of a container: block children in turn, runs of inline content
    between them as paragraphs."""
    rendered: list[str] = []
    run: list[_Element | str] = []
    for child in children:
        if isinstance(child, str) or child.tag not in _BLOCKS:
            run.append(child)
            continue
        rendered += [_paragraph(run), *_block(child, depth)] if run else _block(child, depth)
        run = []
    rendered.append(_paragraph(run))
    blocks: list[str] = []
    for block in filter(None, rendered):
        kinds = (_kind(blocks[-1]) if blocks else "", _kind(block))
        # Two lists, quotes or code blocks in a row would merge, and code after a list would
        # join its last item, without something in between that shows nothing.
        if kinds[1] and (kinds[0] == kinds[1] or kinds in {("- ", "  "), ("1.", "  ")}):
            blocks.append("<!-- -->")
        blocks.append(block)
    return blocks


def html_to_markdown(html: str) -> str:
    """``html`` (a post body as the site holds it) as Markdown that renders back to the same
    text and structure. The author line and sapo paragraphs Newsdesk adds are left out."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    markdown = "\n\n".join(_blocks(builder.root.children, 0))
    return "\n".join(line.rstrip() for line in clean_input(markdown).split("\n"))


# Pasted HTML ------------------------------------------------------------------------------
# What Word, LibreOffice, Google Docs and browsers put on the clipboard: the writing is in the
# tags and, for bold and italic, sometimes only in a style; everything else (fonts, colours,
# Word's own elements and styles) is dropped.

_BOLD_STYLE = re.compile(r"(?<![\w-])font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_NORMAL_WEIGHT = re.compile(r"(?<![\w-])font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b", re.I)
_ITALIC_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*(?:italic|oblique)\b", re.I)
_NORMAL_STYLE = re.compile(r"(?<![\w-])font-style\s*:\s*normal\b", re.I)
_HIDDEN = re.compile(
    r"(?<![\w-])display\s*:\s*none|mso-element\s*:\s*(?:comment|footnote|endnote)|"
    r"mso-list\s*:\s*ignore",
    re.I,
)
_WORD_MARKER = re.compile(r"mso-list\s*:\s*ignore", re.I)  # a list item's bullet or number
_WORD_LIST = re.compile(r"mso-list\s*:\s*l(\d+)\s+level(\d+)", re.I)
_ORDERED_WORD_MARKER = re.compile(r"\(?(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")
_CLIPBOARD_HEADER = re.compile(r"\AVersion:\d[^<]*", re.S)  # Windows' CF_HTML preamble


def _style(element: _Element) -> str:
    return element.attrs.get("style", "")


def _emphasis_from_style(element: _Element) -> None:
    """Bold and italic said by a style (Google Docs, some web pages) made tags; a ``b`` whose
    style says normal weight (Google Docs wraps a whole clip in one) made plain."""
    style = _style(element)
    undone_by = {"b": _NORMAL_WEIGHT, "strong": _NORMAL_WEIGHT, "i": _NORMAL_STYLE,
                 "em": _NORMAL_STYLE}.get(element.tag)  # fmt: skip
    if undone_by and undone_by.search(style):
        element.tag = "span"
    if element.tag not in {"span", "font"}:
        return
    bold, italic = _BOLD_STYLE.search(style), _ITALIC_STYLE.search(style)
    if bold and italic:
        element.tag = "b"
        element.children = [_Element("i", children=element.children)]
    elif bold or italic:
        element.tag = "b" if bold else "i"


def _holds_blocks(element: _Element) -> bool:
    return any(isinstance(c, _Element) and (c.tag in _BLOCKS or _holds_blocks(c))
               for c in element.children)  # fmt: skip


def _word_list_item(element: _Element) -> tuple[int, bool, int] | None:
    """(level, ordered, first number) of a paragraph Word wrote for a list item."""
    found = _WORD_LIST.search(_style(element))
    if element.tag != "p" or not found:
        return None
    marker = element.attrs.get("data-word-marker", "")
    ordered = _ORDERED_WORD_MARKER.fullmatch(marker)
    start = int(ordered[1]) if ordered and ordered[1].isdigit() else 1
    return int(found[2]), bool(ordered), start


def _word_lists(children: list[_Element | str]) -> list[_Element | str]:
    """Runs of Word's list paragraphs (``mso-list`` in their style) as ``ul``/``ol`` lists,
    nested by their level."""
    out: list[_Element | str] = []
    stack: list[tuple[int, _Element]] = []  # (level, list) from the outermost
    for child in children:
        item = _word_list_item(child) if isinstance(child, _Element) else None
        if item is None:
            if isinstance(child, str) and not child.strip() and stack:
                continue  # white space between two items
            stack = []
            out.append(child)
            continue
        assert isinstance(child, _Element)  # noqa: S101 - only elements are list items
        level, ordered, start = item
        while stack and stack[-1][0] > level:
            stack.pop()
        if not stack or stack[-1][0] < level:
            tag = "ol" if ordered else "ul"
            new_list = _Element(tag, {"start": str(start)} if ordered else {})
            if stack and stack[-1][1].children:
                parent_item = stack[-1][1].children[-1]
                assert isinstance(parent_item, _Element)  # noqa: S101 - items are elements
                parent_item.children.append(new_list)
            else:
                out.append(new_list)
            stack.append((level, new_list))
        stack[-1][1].children.append(_Element("li", children=child.children))
    return out


def _tidy_pasted(
    element: _Element,
    image_source: Callable[[str], str | None],
    paragraph: _Element | None = None,
) -> None:
    """``element``'s subtree as Markdown should see it (see the section's comment);
    ``paragraph`` is the ``p`` it is in, if any."""
    kept: list[_Element | str] = []
    for child in element.children:
        if isinstance(child, str):
            kept.append(child)
            continue
        if ":" in child.tag or _HIDDEN.search(_style(child)):
            if paragraph is not None and _WORD_MARKER.search(_style(child)):
                marker = _text_of(child).replace("\xa0", " ").strip()
                paragraph.attrs.setdefault("data-word-marker", marker)
            continue  # <o:p>, <v:shape>…: Word's own; hidden parts stay hidden
        if child.tag == "img":
            source = image_source(child.attrs.get("src", ""))
            if source is None:
                continue
            child.attrs["src"] = source
        _emphasis_from_style(child)
        _tidy_pasted(child, image_source, child if child.tag == "p" else paragraph)
        if child.tag not in _BLOCKS and child.tag not in _TABLE_PARTS and _holds_blocks(child):
            child.tag = "div"  # a span or b around paragraphs (Google Docs) holds blocks
        kept.append(child)
    element.children = _word_lists(kept)
    blocks = [c for c in element.children if isinstance(c, _Element) and c.tag in _BLOCKS]
    if element.tag == "li" and len(blocks) == 1 and blocks[0].tag == "p":
        # LibreOffice writes each item's text as a paragraph: a tight list all the same.
        element.children = [
            grandchild
            for child in element.children
            for grandchild in (child.children if child is blocks[0] else [child])
        ]
    if element.tag in {"td", "th"}:
        # A cell's paragraphs (Word, LibreOffice) as lines of the cell.
        cell: list[_Element | str] = []
        for child in element.children:
            if isinstance(child, _Element) and child.tag == "p":
                shown = any(isinstance(c, _Element) or c.strip() for c in cell)
                cell += [_Element("br")] if shown else []
                cell += child.children
            else:
                cell.append(child)
        element.children = cell


def _keep_source(source: str) -> str:
    return source


def pasted_html_to_markdown(
    html: str, image_source: Callable[[str], str | None] = _keep_source
) -> str:
    """``html`` as put on the clipboard by Word, LibreOffice, Google Docs or a browser, as
    Markdown: bold, italic, headings, lists, links, tables and images kept, the rest dropped.
    ``image_source`` gives each image's address in the Markdown (None: leave it out)."""
    builder = _TreeBuilder(word_sections=True)
    builder.feed(_CLIPBOARD_HEADER.sub("", html, count=1))
    builder.close()
    _tidy_pasted(builder.root, image_source)
    markdown = "\n\n".join(_blocks(builder.root.children, 0))
    return "\n".join(line.rstrip() for line in clean_input(markdown).split("\n"))
