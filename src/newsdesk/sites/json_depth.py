"""Refuse JSON nested deeper than any real answer before Python's recursive parser sees it.

``json.loads`` recurses once per level. A hostile answer of a few hundred kilobytes of
brackets drives it to the interpreter's recursion limit, and anything that runs at that depth
(a garbage collection calling a finaliser, a warning) fails in turn. Counting the brackets
first, with no recursion, keeps the parser well away from the limit.
"""

from __future__ import annotations

import json as jsonlib
import re
from itertools import accumulate
from typing import Any

MAX_JSON_DEPTH = 128
"""No WordPress, XML-RPC or NukeViet answer nests more than a dozen levels."""

_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(rb"[^\[\]{}]+")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class JsonTooDeep(ValueError):
    """The JSON nests deeper than :data:`MAX_JSON_DEPTH`."""


def nesting_depth(content: bytes) -> int:
    """How deep the arrays and objects of ``content`` nest (brackets inside strings aside)."""
    brackets = _NOT_BRACKETS.sub(b"", _STRINGS.sub(b"", content))
    return max(accumulate(_STEP[byte] for byte in brackets), default=0)


def loads_bounded(content: bytes) -> Any:
    """``json.loads``, refusing with :class:`JsonTooDeep` what nests too deeply."""
    if len(content) > MAX_JSON_DEPTH and nesting_depth(content) > MAX_JSON_DEPTH:
        raise JsonTooDeep(f"JSON nests deeper than {MAX_JSON_DEPTH} levels")
    return jsonlib.loads(content)
