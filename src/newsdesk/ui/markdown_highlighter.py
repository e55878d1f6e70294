"""The body's Markdown shown with its look while the text stays Markdown.

Bold is shown bold, headings larger, quotes italic and grey, links coloured, photos set apart,
code and tables in a fixed-width font. Markdown's own marks (``**``, ``#``, ``>``, a link's
address) are faded, except on the line under the cursor, where they are shown in full so the
person sees what they are editing. Only colours change between the two, never sizes, so moving
the cursor never reflows the text.

A QSyntaxHighlighter works line by line: a keystroke formats its own line again (and the lines
after it only while a fenced code block opens or closes), and moving the cursor to another line
formats just the line left and the line entered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from newsdesk.ui.markdown_spans import Fence, Style, scan_line, styled_ranges

MARK_FADED = "#c4c4c4"
MARK_SHOWN = "#7a7a7a"
QUOTE_COLOUR = "#5f6368"
LINK_COLOUR = "#1a5fb4"
LIST_COLOUR = "#1a5fb4"
PHOTO_COLOUR = "#2e6b30"
PHOTO_BACKGROUND = "#e9f3e6"
CODE_BACKGROUND = "#f2f2f2"
HEADING_SCALE = {Style.H1: 1.5, Style.H2: 1.35, Style.H3: 1.2, Style.H4: 1.1}
QUOTE_INDENT_PX = 6.0  # extra room after each character of a quote's "> "

FormatKey = tuple[frozenset[Style], bool, float]
LineKey = tuple[str, Fence, bool, float]


class MarkdownHighlighter(QSyntaxHighlighter):
    """Formats the body's lines; :meth:`follow_cursor` tells it which line is being edited.

    Widgets given as ``quiet`` (the body) do not report the formatting as a change of their
    text: without that, showing a line's marks would count as an edit and be saved."""

    def __init__(self, document: QTextDocument, quiet: QObject | None = None) -> None:
        super().__init__(document)
        self._active = -1  # the number of the line under the cursor
        self._quiet = quiet
        self._formats: dict[FormatKey, QTextCharFormat] = {}
        # The last line formatted: typing formats its line up to three times in a row (the
        # edit, then the input method's commit marks it changed again).
        self._last: tuple[LineKey, list[tuple[int, int, QTextCharFormat]], Fence] = (
            ("", Fence.NONE, False, 0.0),
            [],
            Fence.NONE,
        )
        self._fixed_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()

    @property
    def active_line(self) -> int:
        """The number of the line whose marks are shown in full (-1: none)."""
        return self._active

    def follow_cursor(self, block: QTextBlock) -> None:
        """The cursor is in ``block``: show its marks, fade those of the line it left.

        Lines are known by number, not by QTextBlock: a block kept after the text was
        replaced would point at freed memory."""
        number = block.blockNumber() if block.isValid() else -1
        if number == self._active:
            return
        previous, self._active = self._active, number
        document = self.document()
        if document is None:
            return
        blocker = QSignalBlocker(self._quiet) if self._quiet is not None else None
        try:
            for line in (previous, number):
                found = document.findBlockByNumber(line) if line >= 0 else QTextBlock()
                if found.isValid():
                    self.rehighlightBlock(found)
        finally:
            del blocker

    def forget_cursor(self) -> None:
        """The text is about to be replaced: no line is under the cursor until told again."""
        self._active = -1

    def rehighlight_all(self) -> None:
        """Format every line again (after the editor's font changed)."""
        self._formats.clear()
        self._last = (("", Fence.NONE, False, 0.0), [], Fence.NONE)
        blocker = QSignalBlocker(self._quiet) if self._quiet is not None else None
        try:
            self.rehighlight()
        finally:
            del blocker

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        fence = Fence(previous) if previous in (Fence.BACKTICKS, Fence.TILDES) else Fence.NONE
        active = self._active >= 0 and self.currentBlock().blockNumber() == self._active
        key = (text, fence, active, self.document().defaultFont().pointSizeF())
        if key != self._last[0]:
            self._last = (key, *self._ranges(text, fence, active, key[3]))
        _key, ranges, after = self._last
        self.setCurrentBlockState(int(after))
        for start, length, made in ranges:
            self.setFormat(start, length, made)

    def _ranges(
        self, text: str, fence: Fence, active: bool, size: float
    ) -> tuple[list[tuple[int, int, QTextCharFormat]], Fence]:
        """The formats of a line: (start, length, format) in Qt's positions; the fence
        state of the next line."""
        spans, after = scan_line(text, fence)
        units = _utf16_offsets(text)
        ranges = []
        for start, end, styles in styled_ranges(len(text), spans):
            begin = units[start] if units else start
            stop = units[end] if units else end
            ranges.append((begin, stop - begin, self._format((styles, active, size))))
        return ranges, after

    def _format(self, key: FormatKey) -> QTextCharFormat:
        made = self._formats.get(key)
        if made is None:
            made = self._formats[key] = _char_format(*key, fixed_family=self._fixed_family)
        return made


def _utf16_offsets(text: str) -> list[int] | None:
    """Qt's position of each index of ``text`` (and of its end); None when they are equal
    (no character outside the Basic Multilingual Plane, the usual case)."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def _char_format(
    styles: frozenset[Style], active: bool, size: float, *, fixed_family: str
) -> QTextCharFormat:
    made = QTextCharFormat()
    for style, scale in HEADING_SCALE.items():
        if style in styles:
            made.setFontWeight(QFont.Weight.Bold)
            if size > 0:
                made.setFontPointSize(size * scale)
    if Style.BOLD in styles:
        made.setFontWeight(QFont.Weight.Bold)
    if Style.ITALIC in styles or Style.QUOTE in styles:
        made.setFontItalic(True)
    if Style.QUOTE in styles:
        made.setForeground(QColor(QUOTE_COLOUR))
    if Style.LIST_MARKER in styles:
        made.setFontWeight(QFont.Weight.Bold)
        made.setForeground(QColor(LIST_COLOUR))
    if Style.LINK in styles:
        made.setForeground(QColor(LINK_COLOUR))
        made.setFontUnderline(True)
    if Style.PHOTO in styles:
        made.setForeground(QColor(PHOTO_COLOUR))
        made.setBackground(QColor(PHOTO_BACKGROUND))
    if Style.CODE in styles or Style.TABLE in styles:
        made.setFontFamilies([fixed_family])
        made.setFontFixedPitch(True)
    if Style.CODE in styles:
        made.setBackground(QColor(CODE_BACKGROUND))
    if Style.MARK in styles:
        made.setForeground(QColor(MARK_SHOWN if active else MARK_FADED))
        made.setFontUnderline(False)
    if Style.QUOTE_MARK in styles:
        made.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        made.setFontLetterSpacing(QUOTE_INDENT_PX)
    return made
