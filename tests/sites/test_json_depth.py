"""The JSON depth guard: what real answers look like passes, bracket bombs are refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.sites.json_depth import MAX_JSON_DEPTH, JsonTooDeep, loads_bounded, nesting_depth

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\aă '),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=20,
)


def _depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(item) for item in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(item) for item in value.values()), default=0)
    return 0


@given(_JSON)
def test_the_depth_counts_levels_and_ignores_brackets_in_strings(value: object) -> None:
    assert nesting_depth(json.dumps(value, ensure_ascii=False).encode()) == _depth(value)


def test_an_answer_at_the_limit_is_read() -> None:
    at_limit = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert nesting_depth(at_limit) == MAX_JSON_DEPTH
    assert loads_bounded(at_limit) is not None


def test_one_level_more_is_refused_without_recursing() -> None:
    over = b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1)
    with pytest.raises(JsonTooDeep):
        loads_bounded(over)
    with pytest.raises(JsonTooDeep):
        loads_bounded(b"[" * 200_000 + b"]" * 200_000)


def test_a_string_full_of_brackets_is_not_nesting() -> None:
    value = {"t": "[" * 500 + '\\"{' * 300}
    assert loads_bounded(json.dumps(value).encode()) == value
