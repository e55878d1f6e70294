"""Sentences for a person, kept so that the window can word them in its own language.

A :class:`Message` *is* the English sentence (a ``str``), so logs, the command line and code
that compares text keep working. It also remembers its ``template`` (English, with ``{name}``
placeholders) and the ``params`` that fill it. The window looks the template up in its
translations and fills in the same values.

Templates are string literals where the message is made: the translation script collects them
from the source. A value that comes from outside (the site's own words, an address, a title)
is a plain string and stays as it is; a value that is itself a Message is translated too.

A Message kept in a text column goes through :func:`to_stored` and :func:`from_stored`; text
stored before there were Messages reads back as it was, untranslated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Param = str | int | float  # a Message is a str, so it may fill another one
Translate = Callable[[str], str]

STORED_PREFIX = "newsdesk-message:"


class Message(str):
    """An English sentence that can be worded again in another language."""

    template: str
    params: Mapping[str, Param]

    def __new__(cls, template: str, /, **params: Param) -> Message:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = " ") -> Message:
        """Several sentences shown as one, each translated on its own."""
        texts = [part for part in parts if part]
        params: dict[str, Param] = {f"part{index}": text for index, text in enumerate(texts)}
        escaped = separator.replace("{", "{{").replace("}", "}}")
        return cls(escaped.join("{" + name + "}" for name in params), **params)

    def render(self, translate: Translate) -> str:
        """The message in the language ``translate`` gives templates in."""
        values = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a faulty translation must not hide it
            return self.template.format(**values)

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Param]]:
        return (self.template,), dict(self.params)

    def __repr__(self) -> str:
        values = [f"{name}={value!r}" for name, value in self.params.items()]
        return f"Message({', '.join([repr(self.template), *values])})"


def in_language(text: str, translate: Translate) -> str:
    """``text`` worded by ``translate`` when it is a Message (or a stored one); other text
    stays as it is."""
    message = text if isinstance(text, Message) else from_stored(text)
    return message.render(translate) if isinstance(message, Message) else text


# Keeping messages in the database


def _encode(message: Message) -> dict[str, Any]:
    return {
        "template": message.template,
        "params": {
            name: _encode(value) if isinstance(value, Message) else value
            for name, value in message.params.items()
        },
    }


def _decode(data: object) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("template"), str):
        raise ValueError("not a stored message")
    raw = data.get("params")
    if not isinstance(raw, dict):
        raise ValueError("not a stored message")
    params: dict[str, Param] = {}
    for name, value in raw.items():
        if isinstance(value, dict):
            params[name] = _decode(value)
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            params[name] = value
        else:
            raise ValueError(f"a stored message's value {name!r} is {value!r}")
    return Message(data["template"], **params)


def to_stored(text: str) -> str:
    """How ``text`` is kept in a text column: a Message with its template and values, plain
    text as it is."""
    if not isinstance(text, Message):
        return text
    return STORED_PREFIX + json.dumps(_encode(text), ensure_ascii=False, sort_keys=True)


def from_stored(text: str) -> str:
    """What :func:`to_stored` kept: the Message again, or the plain text. A damaged record
    reads back as the text it holds."""
    if not text.startswith(STORED_PREFIX):
        return text
    try:
        return _decode(json.loads(text[len(STORED_PREFIX) :]))
    except (ValueError, KeyError, IndexError):  # JSONDecodeError is a ValueError
        return text
