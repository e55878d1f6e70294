"""Typed errors for everything that can go wrong talking to a site.

Each error says what is wrong (``cause``) and what to do (``action``). ``retryable`` tells the
sync engine whether the same request may succeed later without a person doing anything.
``said`` keeps the site's own words about it (in the site's language, never translated); they
are shown after the cause, on one line and cut short: a hostile site must not fill the
screen or the log through them.
"""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError
from newsdesk.core.messages import Message

SAID_LIMIT = 300  # characters of the site's own words kept in a message


class SiteError(NewsdeskError):
    retryable = False

    def __init__(
        self, cause: str, action: str = "", *, code: str = "", status: int = 0, said: str = ""
    ) -> None:
        said = one_line(said)
        if said:
            cause = Message("{cause} The site said: {said}", cause=cause, said=said)
        super().__init__(cause, action)
        self.code = code
        self.status = status
        self.said = said


def one_line(text: str, limit: int = SAID_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class Unreachable(SiteError):
    """No answer: no network, DNS failure, refused connection, timeout."""

    retryable = True


class ServerError(SiteError):
    """The site answered 5xx."""

    retryable = True


class RateLimited(SiteError):
    retryable = True

    def __init__(
        self, cause: str, action: str = "", *, retry_after: float = 0.0, said: str = ""
    ) -> None:
        super().__init__(cause, action, status=429, said=said)
        self.retry_after = retry_after


class AuthError(SiteError):
    """The site does not accept the user name or password (401)."""


class PermissionDenied(SiteError):
    """The user is known but their role may not do this (403)."""


class NotFound(SiteError):
    pass


class Conflict(SiteError):
    """The site refused a stale write (409/412)."""


class InvalidRequest(SiteError):
    """The site refused what was sent (400): a validation error a person must fix."""


class NotASite(SiteError):
    """The address answers, but not as a site Newsdesk can talk to."""


class TimedOut(Unreachable):
    """The site did not finish its answer within the overall deadline (it may be dripping it)."""


class AnswerTooLarge(SiteError):
    """The answer is larger than Newsdesk reads; it stopped reading."""


class UnexpectedAnswer(SiteError):
    """The site answered, but not with what the request asks for (wrong shape, not JSON)."""


class RedirectRefused(SiteError):
    """The site sent the request on to an address Newsdesk does not follow with it.

    ``from_url`` is where the request went, ``to_url`` where the site wanted it to go.
    """

    def __init__(
        self, cause: str, action: str = "", *, from_url: str = "", to_url: str = "", status: int = 0
    ) -> None:
        super().__init__(cause, action, status=status)
        self.from_url = from_url
        self.to_url = to_url


class SiteElsewhere(SiteError):
    """The address typed answers, but the site says it lives at another origin. Nothing was
    sent there; a person must confirm ``claimed_url`` (by adding the site with it) first."""

    def __init__(self, cause: str, action: str = "", *, typed_url: str, claimed_url: str) -> None:
        super().__init__(cause, action)
        self.typed_url = typed_url
        self.claimed_url = claimed_url
