"""A page's elements found by simple CSS selectors, for tests that read a page's structure
(``figure.article.center > img``, ``h1.title[itemprop=headline]``, ``div#news-bodyhtml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_COMPOUND = re.compile(r"([a-z0-9]*)((?:[.#][\w-]+|\[[\w-]+(?:=[^\]]*)?\])*)$")
_PART = re.compile(r"([.#])([\w-]+)|\[([\w-]+)(?:=([^\]]*))?\]")


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """The text inside, as a reader sees it: runs of white space made one space."""
        return " ".join(self._raw_text().split())

    def _raw_text(self) -> str:
        return "".join(c if isinstance(c, str) else c._raw_text() for c in self.children)

    def elements(self) -> list[Node]:
        """Every element inside, in document order."""
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                found.append(child)
                found.extend(child.elements())
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self._open = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self._open)
        self._open.children.append(node)
        if tag not in _VOID:
            self._open = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.children.append(Node(tag, {k: v or "" for k, v in attrs}, parent=self._open))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self._open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self._open = node.parent

    def handle_data(self, data: str) -> None:
        self._open.children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _matches(node: Node, compound: str) -> bool:
    found = _COMPOUND.match(compound)
    if found is None:
        raise ValueError(f"selector not understood: {compound!r}")
    tag, rest = found.groups()
    if tag and node.tag != tag:
        return False
    for kind, name, attr, value in _PART.findall(rest):
        if kind == "." and name not in node.classes:
            return False
        if kind == "#" and node.attrs.get("id") != name:
            return False
        if attr and (attr not in node.attrs or (value and node.attrs[attr] != value)):
            return False
    return True


def _matches_chain(node: Node, steps: list[str]) -> bool:
    """``steps`` right to left: compound, combinator, compound, ... (combinator ">" or " ")."""
    if not _matches(node, steps[0]):
        return False
    if len(steps) == 1:
        return True
    combinator, rest = steps[1], steps[2:]
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "#document":
        if _matches_chain(ancestor, rest):
            return True
        if combinator == ">":
            return False
        ancestor = ancestor.parent
    return False


def select(root: Node, selector: str) -> list[Node]:
    """The elements under ``root`` matching ``selector`` (tags, classes, ids, attributes,
    descendant and child combinators)."""
    tokens = selector.replace(">", " > ").split()
    steps: list[str] = []
    for token in reversed(tokens):
        if token == ">":
            steps.append(">")
        else:
            if steps and steps[-1] != ">":
                steps.append(" ")
            steps.append(token)
    return [node for node in root.elements() if _matches_chain(node, steps)]


def select_one(root: Node, selector: str) -> Node:
    found = select(root, selector)
    assert len(found) == 1, f"{selector}: {len(found)} elements"
    return found[0]
