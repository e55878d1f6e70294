"""Typed errors of the domain. Each carries what went wrong and what to do next."""

from __future__ import annotations

from newsdesk.core.messages import Message


class NewsdeskError(Exception):
    """Base of every error Newsdesk reports to a person.

    ``cause`` says what is wrong, ``action`` what the person can do about it: each a
    :class:`~newsdesk.core.messages.Message`, which the UI words in its language and the
    command line prints in English. Code never parses them.
    """

    def __init__(self, cause: str, action: str = "") -> None:
        super().__init__(cause)
        self.cause = cause
        self.action = action

    def __str__(self) -> Message:
        return Message.joined([self.cause, self.action])


class ValidationError(NewsdeskError):
    """The article (or another input) cannot be used as it is."""


class NotFoundError(NewsdeskError):
    """A local record (article, site) does not exist."""
