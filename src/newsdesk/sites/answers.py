"""Reading a site's decoded answer: the shape a request expects, or :class:`UnexpectedAnswer`.

A site may answer valid JSON of any shape (a proxy's error object, a list where one post was
expected, a number where an id should be). Whatever it sends, reading it ends in a value of
the expected shape or in a typed error with a one-line message, never in ``KeyError`` or
``TypeError`` from deep inside the connector.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from newsdesk.core.messages import Message
from newsdesk.sites.http import unexpected_answer

# What reading a field of the wrong kind raises: a missing key, int("x"), None["id"]...
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def object_answer(value: Any, url: str) -> dict[str, Any]:
    """``value`` if it is a JSON object."""
    if not isinstance(value, dict):
        raise unexpected_answer(
            url, Message("an object was expected, not {kind}", kind=_kind(value))
        )
    return value


def list_answer(value: Any, url: str) -> list[dict[str, Any]]:
    """``value`` if it is a JSON list of objects."""
    if not isinstance(value, list):
        raise unexpected_answer(url, Message("a list was expected, not {kind}", kind=_kind(value)))
    for item in value:
        object_answer(item, url)
    return value


def list_field(value: Any, url: str) -> list[Any]:
    """A field that must hold a list (``roles``, ``features``); a missing one is empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise unexpected_answer(url, Message("a list was expected, not {kind}", kind=_kind(value)))
    return value


@contextmanager
def reading(url: str) -> Iterator[None]:
    """Turn a field of the wrong kind, met while reading the answer from ``url``, into
    :class:`~newsdesk.sites.errors.UnexpectedAnswer`."""
    try:
        yield
    except SHAPE_ERRORS as exc:
        raise unexpected_answer(
            url, Message("a field is missing or of the wrong kind: {field}", field=_field(exc))
        ) from exc


def _kind(value: Any) -> Message:
    if isinstance(value, dict):
        return Message("an object")
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, str):
        return Message("text")
    if value is None:
        return Message("null")
    return Message("a number or true/false")


def _field(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:
        return repr(exc.args[0])[:40]
    return type(exc).__name__
