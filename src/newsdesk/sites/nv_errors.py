"""NukeViet's API error codes, worded for a reporter: what happened and what to do.

``0001``-``0020`` come from NukeViet's own ``api.php`` (``NukeViet\\Api\\ApiResult``); ``5001``-
``5007`` from the Newsdesk API actions (packaging/nukeviet/API.md). The site's own words are
kept after the cause.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.core.messages import Message
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    ServerError,
    SiteError,
    UnexpectedAnswer,
)

CODE_REMOTE_OFF = "0011"
CODE_TIME_REFUSED = "0020"
CODE_API_NOT_EXISTS = "0004"
CODE_STALE = "5004"
CODE_AUDIT_MOVED = "5005"
ADMIN_README = "packaging/nukeviet/README.md"


class ClockRefused(SiteError):
    """The site refused the request's time even after correcting for the site's clock."""


@dataclass(frozen=True, slots=True)
class Call:
    """What the failed request was, for the wording."""

    action: str
    module: str
    language: str


Wording = tuple[type[SiteError], Message, Message]


def _admin_again() -> Message:
    return Message("Tell the site administrator; Newsdesk will try again meanwhile.")


def _check_key() -> Message:
    return Message("Check the API key and secret in the site settings.")


def _tell_admin() -> Message:
    return Message("Tell the site administrator.")


_WORDINGS: dict[str, Callable[[Call], Wording]] = {
    "0001": lambda c: (
        AuthError,
        Message("The site's API needs the key of a site administrator, and this key is none."),
        _check_key(),
    ),
    "0002": lambda c: (
        UnexpectedAnswer,
        Message("The site's API failed while writing its own answer."),
        _tell_admin(),
    ),
    "0003": lambda c: (
        UnexpectedAnswer,
        Message("The site's NukeViet is missing a part its API needs."),
        _tell_admin(),
    ),
    "0004": lambda c: (
        PermissionDenied,
        Message(
            "The site does not let your API key use the action {action}: the Newsdesk API is "
            "not installed on the portal, or your API role does not include it.",
            action=c.action,
        ),
        Message(
            "Ask the site administrator to install the Newsdesk API and to give your API "
            "role its actions, as {readme} describes.",
            readme=ADMIN_README,
        ),
    ),
    "0005": lambda c: (
        NotASite,
        Message(
            "The site has no module “{module}” for its API, or your API role does not cover it.",
            module=c.module,
        ),
        Message(
            "Check the module name in the site settings, and ask the site administrator to give "
            "your API role the Newsdesk actions of that module."
        ),
    ),
    "0006": lambda c: (
        NotASite,
        Message("The site's module “{module}” cannot be used through its API.", module=c.module),
        Message("Check the module name in the site settings, or tell the site administrator."),
    ),
    "0007": lambda c: (
        AuthError,
        Message("The site found no administrator account for this API key."),
        _check_key(),
    ),
    "0008": lambda c: (
        AuthError,
        Message("The administrator account of this API key is suspended or no longer exists."),
        Message("Ask the site administrator to restore your account or give you a new API key."),
    ),
    "0009": lambda c: (
        PermissionDenied,
        Message("You are not an administrator of the site's module “{module}”.", module=c.module),
        Message(
            "Ask the site administrator to add you as an administrator of the module "
            "“{module}” with the right to add articles.",
            module=c.module,
        ),
    ),
    "0010": lambda c: (
        PermissionDenied,
        Message(
            "Your administrator level on the site may not use the action {action}.",
            action=c.action,
        ),
        Message("Ask the site administrator to raise your administrator level."),
    ),
    "0011": lambda c: (
        NotASite,
        Message("The site's remote API is switched off."),
        Message(
            "Ask the site administrator to switch it on: NukeViet admin, “Cấu hình” → "
            "“Cấu hình chung” → “Bật Remote API”."
        ),
    ),
    "0012": lambda c: (
        ServerError,
        Message("The site's database failed while checking the API key."),
        _admin_again(),
    ),
    "0013": lambda c: (
        AuthError,
        Message("The site knows no API key like the one stored for it."),
        _check_key(),
    ),
    "0014": lambda c: (
        AuthError,
        Message("The site did not accept the API secret."),
        _check_key(),
    ),
    "0015": lambda c: (
        InvalidRequest,
        Message("The site's API received no action name."),
        _tell_admin(),
    ),
    "0016": lambda c: (
        PermissionDenied,
        Message(
            "Your API role has no actions for the site's language “{language}”.",
            language=c.language,
        ),
        Message(
            "Ask the site administrator to give your API role the Newsdesk actions of the "
            "news module."
        ),
    ),
    "0017": lambda c: (
        InvalidRequest,
        Message(
            "The site's content is not in the language “{language}” Newsdesk asked for.",
            language=c.language,
        ),
        Message("Check the site's language in the site settings."),
    ),
    "0018": lambda c: (
        InvalidRequest,
        Message("The site has several languages and needs to be told which one."),
        Message("Set the site's language in the site settings."),
    ),
    "0019": lambda c: (
        PermissionDenied,
        Message("Your API key may only be used from other computers (by their IP address)."),
        Message("Ask the site administrator to allow this computer's address for your API key."),
    ),
    "0020": lambda c: (
        ClockRefused,
        Message(
            "The site refused the request's time, even after Newsdesk corrected for the site's "
            "clock."
        ),
        Message(
            "Check that this computer's clock and time zone are set automatically, then try again."
        ),
    ),
    "5001": lambda c: (
        InvalidRequest,
        Message("The site refused a value in the article."),
        Message("Correct the field the site names and send the article again."),
    ),
    "5002": lambda c: (
        NotFound,
        Message("The article is no longer on the site, or you may not see it."),
        Message("It may have been deleted on the site; refresh the list or ask an editor."),
    ),
    "5003": lambda c: (
        PermissionDenied,
        Message("Your rights in the site's news module do not allow this."),
        Message(
            "Ask an editor to do it, or the site administrator to give you the right in that "
            "category."
        ),
    ),
    "5004": lambda c: (
        Conflict,
        Message("Someone changed this article on the site after your copy was made."),
        Message("Newsdesk will merge their changes with yours; sync again."),
    ),
    "5005": lambda c: (
        Conflict,
        Message("The article's record on the site has new entries since Newsdesk last read it."),
        Message("Sync again; Newsdesk adds its entry after theirs."),
    ),
    "5006": lambda c: (
        InvalidRequest,
        Message("The site does not accept this photo (not an image it takes, or too large)."),
        Message("Save the photo as JPEG or PNG, at most 2000 pixels wide, and add it again."),
    ),
    "5007": lambda c: (
        ServerError,
        Message("The site's database or file system failed."),
        _admin_again(),
    ),
}


def nukeviet_error(code: str, said: str, call: Call) -> SiteError:
    """The typed error for an ``api.php`` answer with ``status: error``."""
    wording = _WORDINGS.get(code)
    if wording is None:
        return InvalidRequest(
            Message("The site's API refused the request (code {code}).", code=code or "?"),
            _tell_admin(),
            code=code,
            said=said,
        )
    kind, cause, action = wording(call)
    if code == CODE_API_NOT_EXISTS and "not exists" in said.lower():
        kind = NotASite  # the action's class is missing: the API is not installed at all
    return kind(cause, action, code=code, said=said)


def known_codes() -> frozenset[str]:
    return frozenset(_WORDINGS)
