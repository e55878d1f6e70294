"""Typed errors for everything that can go wrong talking to a site.

Each error says what is wrong (``cause``) and what to do (``action``). ``retryable`` tells the
sync engine whether the same request may succeed later without a person doing anything.
``said`` keeps the site's own words about it (in the site's language, never translated); they
are shown after the cause.
"""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError
from newsdesk.core.messages import Message


class SiteError(NewsdeskError):
    retryable = False

    def __init__(
        self, cause: str, action: str = "", *, code: str = "", status: int = 0, said: str = ""
    ) -> None:
        if said:
            cause = Message("{cause} The site said: {said}", cause=cause, said=said)
        super().__init__(cause, action)
        self.code = code
        self.status = status
        self.said = said


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
