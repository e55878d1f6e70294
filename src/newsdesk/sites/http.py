"""The one HTTP client: every request to a site goes through :class:`HttpClient`."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from newsdesk import __version__
from newsdesk.core.messages import Message
from newsdesk.sites.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    SiteError,
    Unreachable,
)

USER_AGENT = f"Newsdesk/{__version__} (+desktop editorial client)"
DEFAULT_TIMEOUT = (6.0, 30.0)  # connect, read


class HttpClient:
    """A ``requests.Session`` with timeouts, a User-Agent, TLS verification and typed errors.

    Responses with status >= 400 become :class:`SiteError` subclasses carrying the site's own
    error code (WordPress's ``code`` field) and a message a reporter can act on.
    """

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
    ) -> None:
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.verify = True
        self._auth = auth
        self.timeout = timeout

    def close(self) -> None:
        self._session.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=dict(headers or {}),
                auth=self._auth,
                timeout=self.timeout,
            )
        except requests.exceptions.SSLError as exc:
            raise Unreachable(
                Message(
                    "The secure connection to {url} could not be verified ({problem}).",
                    url=url,
                    problem=exc.__class__.__name__,
                ),
                Message("Check the address and the site's certificate with your administrator."),
            ) from exc
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as exc:
            raise Unreachable(
                Message("The site at {url} did not answer.", url=url),
                Message("Check the network connection; Newsdesk will try again by itself."),
            ) from exc
        except requests.RequestException as exc:
            raise NotASite(
                Message("The address {url} cannot be used ({problem}).", url=url, problem=str(exc)),
                Message("Check the site address: it should look like https://example.org."),
            ) from exc
        if response.status_code >= 400:
            raise error_for(response)
        return response

    def download(self, url: str, *, site_url: str) -> bytes:
        """A file the site serves (a photo shown in a post). Only from the site's own host: an
        address found in a post is not trusted to lead anywhere else with the credentials."""
        wanted, asked = urlsplit(site_url), urlsplit(url)
        if asked.scheme not in {"http", "https"} or asked.hostname != wanted.hostname:
            raise InvalidRequest(
                Message("The photo at {url} is not on the site {site}.", url=url, site=site_url),
                Message("Newsdesk fetches photos only from the site itself."),
            )
        return self.request("GET", url).content

    def request_json(self, method: str, url: str, **kwargs: Any) -> Any:
        """:meth:`request`, decoding a JSON answer."""
        return self.decode_json(self.request(method, url, **kwargs), url)

    @staticmethod
    def decode_json(response: requests.Response, url: str) -> Any:
        """The answer's JSON. One that is not JSON (cut off by a dropped connection, or a PHP
        error page) may be whole next time: retryable."""
        try:
            return response.json()
        except ValueError as exc:
            raise ServerError(
                Message("The site's answer from {url} was cut off or garbled.", url=url),
                Message(
                    "Newsdesk will try again; if it keeps happening, tell the site administrator."
                ),
                status=response.status_code,
            ) from exc


# WordPress answers 500 to some uploads it will never accept; retrying cannot help.
_PERMANENT_SERVER_CODES = frozenset({"rest_upload_sideload_error", "rest_upload_unknown_error"})


def _retry_after(response: requests.Response) -> float:
    value = response.headers.get("Retry-After", "")
    if not value:
        return 0.0
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _site_message(response: requests.Response) -> tuple[str, str]:
    """The site's own error code and message, when it sent JSON like WordPress does."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if isinstance(body, dict):
        return str(body.get("code", "")), str(body.get("message", ""))
    return "", ""


def error_for(response: requests.Response) -> SiteError:
    """Translate an HTTP error response into a typed error."""
    status = response.status_code
    code, said = _site_message(response)
    if status == 401:
        return AuthError(
            Message("The site did not accept the user name or application password."),
            Message(
                "Check the user name and create a new Application Password in the site's "
                "profile page."
            ),
            code=code,
            status=status,
            said=said,
        )
    if status == 403:
        return PermissionDenied(
            Message("Your role on the site does not allow this."),
            Message("Ask an editor or the site administrator to do it or to change your role."),
            code=code,
            status=status,
            said=said,
        )
    if status == 404:
        return NotFound(
            Message("The site has no such item ({url}).", url=response.url),
            Message("It may have been deleted on the site; refresh the list."),
            code=code,
            status=status,
            said=said,
        )
    if status in (409, 412):
        return Conflict(
            Message("Someone changed this article on the site after you last synced it."),
            Message("Sync to get their version, then send yours again."),
            code=code,
            status=status,
            said=said,
        )
    if status == 429:
        return RateLimited(
            Message("The site asked Newsdesk to slow down."),
            Message("Newsdesk will try again shortly."),
            retry_after=_retry_after(response),
            said=said,
        )
    if status >= 500 and code not in _PERMANENT_SERVER_CODES:
        return ServerError(
            Message("The site had an internal error (HTTP {status}).", status=status),
            Message("Newsdesk will try again; if it keeps failing, tell the site administrator."),
            code=code,
            status=status,
            said=said,
        )
    return InvalidRequest(
        Message("The site refused the request (HTTP {status}).", status=status),
        Message("Correct the article as the message says and send it again."),
        code=code,
        status=status,
        said=said,
    )
