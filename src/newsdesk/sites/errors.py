"""Typed errors for everything that can go wrong talking to a site.

Each error says what is wrong (``cause``) and what to do (``action``). ``retryable`` tells the
sync engine whether the same request may succeed later without a person doing anything.
"""

from __future__ import annotations

from newsdesk.core.errors import NewsdeskError


class SiteError(NewsdeskError):
    retryable = False

    def __init__(self, cause: str, action: str = "", *, code: str = "", status: int = 0) -> None:
        super().__init__(cause, action)
        self.code = code
        self.status = status


class Unreachable(SiteError):
    """No answer: no network, DNS failure, refused connection, timeout."""

    retryable = True


class ServerError(SiteError):
    """The site answered 5xx."""

    retryable = True


class RateLimited(SiteError):
    retryable = True

    def __init__(self, cause: str, action: str = "", *, retry_after: float = 0.0) -> None:
        super().__init__(cause, action, status=429)
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
