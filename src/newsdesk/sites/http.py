"""The one HTTP client: every request to a site goes through :class:`HttpClient`.

What a hostile or broken server can do, and what holds here:

- Redirects are followed by hand, never by ``requests``: within the same origin (scheme, host
  and port), or up from ``http`` to ``https`` on the same host. A request that carries the
  password (the client has credentials) or a body (every write, and XML-RPC, which has the
  password in the body) is never sent on to another origin; nothing goes from ``https`` down
  to ``http``. A refused redirect is a :class:`RedirectRefused` naming both addresses.
- Every request has an overall deadline across connecting and all reads
  (:class:`~newsdesk.sites.deadline.Deadline`) and a size cap on the answer; answers are
  streamed and reading stops at the cap.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.structures import CaseInsensitiveDict
from requests.utils import parse_header_links

from newsdesk import __version__
from newsdesk.core.messages import Message
from newsdesk.sites.deadline import Deadline, DeadlineAdapter
from newsdesk.sites.errors import (
    AnswerTooLarge,
    AuthError,
    Conflict,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    RateLimited,
    RedirectRefused,
    ServerError,
    SiteError,
    TimedOut,
    UnexpectedAnswer,
    Unreachable,
)
from newsdesk.sites.json_depth import JsonTooDeep, loads_bounded
from newsdesk.sites.origin import Origin, host_of

USER_AGENT = f"Newsdesk/{__version__} (+desktop editorial client)"
DEFAULT_TIMEOUT = (6.0, 30.0)  # connect, and each wait for data
DEFAULT_DEADLINE = 120.0  # seconds for a whole request: connecting, sending, the whole answer
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # an API answer (JSON, XML-RPC, a home page)
MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024  # a photo
# A photo sent or fetched over a slow line needs longer than an API call: the deadline grows
# with the size of what is sent, and a download may take DOWNLOAD_DEADLINE_FACTOR times as
# long. A server dripping an answer gains nothing from either.
MIN_SEND_RATE = 32 * 1024  # bytes a second
DOWNLOAD_DEADLINE_FACTOR = 5
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_READS = frozenset({"GET", "HEAD"})


@dataclass(frozen=True, slots=True)
class SiteResponse:
    """A site's whole answer, read within the deadline and the size cap."""

    status_code: int
    url: str
    headers: CaseInsensitiveDict[str]
    content: bytes

    @property
    def text(self) -> str:
        """The body as text: the charset the site declares, else UTF-8 (what nearly every
        site sends); bytes that do not decode are replaced."""
        charset = requests.utils.get_encoding_from_headers(self.headers)
        if "charset=" not in self.headers.get("Content-Type", "").lower():
            charset = "utf-8"
        try:
            return self.content.decode(charset or "utf-8", errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON; ``ValueError`` when it is not JSON, :class:`JsonTooDeep` (a
        ``ValueError``) when it nests deeper than any real answer."""
        return loads_bounded(self.content)

    @property
    def links(self) -> dict[str, dict[str, str]]:
        """The ``Link:`` header by ``rel``, as ``requests`` gives it."""
        found: dict[str, dict[str, str]] = {}
        for link in parse_header_links(self.headers.get("Link", "")):
            key = link.get("rel") or link.get("url")
            if key:
                found[key] = link
        return found


class HttpClient:
    """A ``requests.Session`` with timeouts, an overall deadline, size caps, a User-Agent,
    TLS verification, a redirect policy and typed errors.

    Responses with status >= 400 become :class:`SiteError` subclasses carrying the site's own
    error code (WordPress's ``code`` field) and a message a reporter can act on.
    """

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
        session: requests.Session | None = None,
    ) -> None:
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.verify = True
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, DeadlineAdapter())
        self._auth = auth
        self.timeout = timeout
        self.deadline = deadline
        self.max_answer_bytes = max_answer_bytes
        self.max_download_bytes = max_download_bytes

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
        max_bytes: int | None = None,
        deadline: float | None = None,
    ) -> SiteResponse:
        method = method.upper()
        limit = self.max_answer_bytes if max_bytes is None else max_bytes
        seconds = self.deadline if deadline is None else deadline
        seconds += len(data or b"") / MIN_SEND_RATE
        ends = time.monotonic() + seconds  # one deadline for the whole chain of redirects
        current, query = url, params
        for _hop in range(MAX_REDIRECTS + 1):
            left = ends - time.monotonic()
            if left <= 0:
                raise _timed_out(url, seconds)
            response = self._send(
                method,
                current,
                params=query,
                json=json,
                data=data,
                headers=headers,
                limit=limit,
                seconds=left,
                total=seconds,
            )
            if response.status_code not in _REDIRECTS or "Location" not in response.headers:
                break
            current = self._redirect_target(method, current, response)
            query = None  # the new address carries its own query
        else:
            raise RedirectRefused(
                Message("The site at {url} redirected the request too many times.", url=url),
                Message("Tell the site administrator: its addresses lead in a circle."),
                from_url=url,
                to_url=current,
            )
        if response.status_code >= 400:
            raise error_for(response)
        return response

    def _carries_secrets(self, method: str) -> bool:
        """The request holds something only the typed site may receive: the password (in the
        Authorization header, or in an XML-RPC body) or an article."""
        return self._auth is not None or method not in _READS

    def _redirect_target(self, method: str, url: str, response: SiteResponse) -> str:
        """Where to follow a redirect, or :class:`RedirectRefused`."""
        target = urljoin(response.url or url, response.headers["Location"].strip())
        here, there = Origin.of(url), Origin.of(target)
        if there.scheme not in ("http", "https") or not there.host:
            raise _refused(url, target, response.status_code)
        if here.is_downgrade_to(there):
            raise RedirectRefused(
                Message(
                    "The site at {here} sent the request on to {there} without encryption; "
                    "Newsdesk did not follow it.",
                    here=host_of(url),
                    there=str(there),
                ),
                Message(
                    "Keep the https:// address and ask the site administrator to stop "
                    "redirecting to plain http."
                ),
                from_url=url,
                to_url=target,
                status=response.status_code,
            )
        if here != there and not here.is_upgrade_to(there) and self._carries_secrets(method):
            raise _refused(url, target, response.status_code)
        if method not in _READS and response.status_code not in (307, 308):
            # 301/302/303 would turn the write into a GET: the article would not be sent, and
            # the answer to the GET would look like an answer to the write.
            raise _refused(url, target, response.status_code)
        return target

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        data: bytes | str | None,
        headers: Mapping[str, str] | None,
        limit: int,
        seconds: float,
        total: float,
    ) -> SiteResponse:
        """One hop: ``seconds`` left of the request's ``total`` deadline."""
        connect, read = self.timeout
        with Deadline(seconds) as deadline:
            try:
                raw = self._session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    data=data,
                    headers=dict(headers or {}),
                    auth=self._auth,
                    timeout=(min(connect, seconds), min(read, seconds)),
                    allow_redirects=False,
                    stream=True,
                )
                try:
                    body = b"" if raw.is_redirect else _read_capped(raw, limit)
                finally:
                    raw.close()
            except requests.exceptions.SSLError as exc:
                if deadline.expired:
                    raise _timed_out(url, total) from exc
                raise Unreachable(
                    Message(
                        "The secure connection to {url} could not be verified ({problem}).",
                        url=url,
                        problem=exc.__class__.__name__,
                    ),
                    Message(
                        "Check the address and the site's certificate with your administrator."
                    ),
                ) from exc
            except (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ) as exc:
                if deadline.expired:
                    raise _timed_out(url, total) from exc
                raise Unreachable(
                    Message("The site at {url} did not answer.", url=url),
                    Message("Check the network connection; Newsdesk will try again by itself."),
                ) from exc
            except requests.RequestException as exc:
                raise NotASite(
                    Message(
                        "The address {url} cannot be used ({problem}).", url=url, problem=str(exc)
                    ),
                    Message("Check the site address: it should look like https://example.org."),
                ) from exc
            except _TooLarge as exc:
                raise AnswerTooLarge(
                    Message(
                        "The answer from {url} is larger than Newsdesk reads ({limit} MB); "
                        "it stopped reading.",
                        url=url,
                        limit=max(1, limit // (1024 * 1024)),
                    ),
                    Message(
                        "Check that the address is the site's own; if it is, tell the site "
                        "administrator."
                    ),
                ) from exc
            if deadline.expired:  # the answer had no length: a cut-off one looks complete
                raise _timed_out(url, total)
        return SiteResponse(raw.status_code, raw.url or url, raw.headers, body)

    def download(self, url: str, *, site_url: str) -> bytes:
        """A file the site serves (a photo shown in a post). Only from the site's own origin:
        an address found in a post is not trusted to lead anywhere else with the credentials.
        A plain ``http`` address on an ``https`` site is fetched over ``https``."""
        wanted, asked = Origin.of(site_url), Origin.of(url)
        if wanted.encrypted and asked.is_upgrade_to(wanted):
            url = urlunsplit(
                urlsplit(url)._replace(scheme="https", netloc=urlsplit(site_url).netloc)
            )
            asked = wanted
        if asked != wanted:
            raise InvalidRequest(
                Message("The photo at {url} is not on the site {site}.", url=url, site=site_url),
                Message("Newsdesk fetches photos only from the site itself."),
            )
        return self.request(
            "GET",
            url,
            max_bytes=self.max_download_bytes,
            deadline=self.deadline * DOWNLOAD_DEADLINE_FACTOR,
        ).content

    def request_json(self, method: str, url: str, **kwargs: Any) -> Any:
        """:meth:`request`, decoding a JSON answer."""
        return self.decode_json(self.request(method, url, **kwargs), url)

    @staticmethod
    def decode_json(response: SiteResponse, url: str) -> Any:
        """The answer's JSON. One that is not JSON (cut off by a dropped connection, or a PHP
        error page) may be whole next time: retryable."""
        try:
            return response.json()
        except JsonTooDeep as exc:
            raise unexpected_answer(url, Message("it nests too deeply")) from exc
        except ValueError as exc:
            raise ServerError(
                Message("The site's answer from {url} was cut off or garbled.", url=url),
                Message(
                    "Newsdesk will try again; if it keeps happening, tell the site administrator."
                ),
                status=response.status_code,
            ) from exc


class _TooLarge(Exception):
    pass


def _read_capped(raw: requests.Response, limit: int) -> bytes:
    declared = raw.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    body = bytearray()
    for chunk in raw.iter_content(_CHUNK):
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _timed_out(url: str, seconds: float) -> TimedOut:
    return TimedOut(
        Message(
            "The site at {url} did not finish answering within {seconds} seconds.",
            url=url,
            seconds=round(seconds),
        ),
        Message("Check the network connection; Newsdesk will try again by itself."),
    )


def _refused(url: str, target: str, status: int) -> RedirectRefused:
    return RedirectRefused(
        Message(
            "The site at {here} sent the request on to {there}; Newsdesk did not follow it, "
            "so nothing was sent there.",
            here=host_of(url),
            there=host_of(target),
        ),
        Message(
            "If the site has really moved, add it again with the address {there}; otherwise "
            "tell the site administrator.",
            there=str(Origin.of(target)),
        ),
        from_url=url,
        to_url=target,
        status=status,
    )


def unexpected_answer(url: str, problem: str) -> UnexpectedAnswer:
    """The site's answer at ``url`` is not what the request asks for."""
    return UnexpectedAnswer(
        Message(
            "The site's answer from {url} is not what Newsdesk expected ({problem}).",
            url=url,
            problem=problem,
        ),
        Message("Check that the address is the site's own; if it is, tell the site administrator."),
    )


# WordPress answers 500 to some uploads it will never accept; retrying cannot help.
_PERMANENT_SERVER_CODES = frozenset({"rest_upload_sideload_error", "rest_upload_unknown_error"})


def _retry_after(response: SiteResponse) -> float:
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


def _site_message(response: SiteResponse) -> tuple[str, str]:
    """The site's own error code and message, when it sent JSON like WordPress does."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if isinstance(body, dict):
        return str(body.get("code", "")), str(body.get("message", ""))
    return "", ""


def error_for(response: SiteResponse) -> SiteError:
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
