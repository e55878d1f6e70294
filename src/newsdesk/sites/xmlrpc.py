"""XML-RPC over the one HTTP client: marshalling, safe parsing and fault mapping.

The standard library's ``xmlrpc.client`` only marshals and unmarshals here; requests go through
:class:`~newsdesk.sites.http.HttpClient` so timeouts, the deadline and size cap, TLS checks,
the redirect policy (a POST, which carries the password in its body, is never sent on to
another origin), the User-Agent and typed errors are the same as for every other site API.

Parsing a site's answer is the risky part: it is XML from the network. The parser is pyexpat
with no handler for external entities, so nothing outside the document is ever fetched. On top
of that every document type declaration is refused before its internal subset is read: an
XML-RPC answer (or an RSD file) never needs one, and without a DTD there are no entity
definitions to expand, so "billion laughs" and quadratic blow-up cannot start, whatever the
expat version.
"""

from __future__ import annotations

import re
import xml.parsers.expat
import xmlrpc.client  # marshalling only: answers are parsed by parse_xml below
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

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
    Unreachable,
)
from newsdesk.sites.http import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, HttpClient

FAULT_CODE_PREFIX = "xmlrpc:"

# Fault codes of the XML-RPC interoperability spec (servers built on it use them).
_SPEC_TRANSIENT = frozenset({-32603, -32400, -32300})
_SPEC_METHOD_NOT_FOUND = -32601


class DoctypeRefused(ValueError):
    """The document carries a DTD, which nothing Newsdesk reads ever needs."""


class LoginRefused(AuthError):
    """Fault 403. WordPress also answers 403 to a few refusals of a user who did sign in
    (a media item or the comment statuses asked for without the right), so a caller that can
    check the credentials again may turn this into :class:`PermissionDenied` with
    :func:`fault_error` and ``signed_in=True`` (the site's words are in ``said``)."""


StartHandler = Callable[[str, dict[str, str]], None]
EndHandler = Callable[[str], None]
DataHandler = Callable[[str], None]


def _refuse_dtd(*_args: object) -> None:
    raise DoctypeRefused("XML with a document type declaration is not accepted")


def parse_xml(
    data: bytes,
    *,
    start: StartHandler,
    end: EndHandler | None = None,
    text: DataHandler | None = None,
) -> None:
    """Feed ``data`` to expat with the given element handlers, refusing any DTD.

    Raises :class:`DoctypeRefused` for a document with a DTD and
    ``xml.parsers.expat.ExpatError`` for one that is not well-formed.
    """
    parser = xml.parsers.expat.ParserCreate()
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.Parse(data, True)  # noqa: FBT003 - isfinal is positional-only


def _dump_str(
    marshaller: xmlrpc.client.Marshaller, value: Any, write: Callable[[str], Any]
) -> None:
    if value.strip() and value != value.strip():
        write(f"<value>{xmlrpc.client.escape(value)}</value>\n")
    else:
        marshaller.dump_unicode(value, write)


class _Marshaller(xmlrpc.client.Marshaller):
    """Sends a string with white space at either end as an untyped ``<value>`` (a string too,
    by the spec): WordPress trims the contents of every ``<string>`` element it reads, which
    would cut the last line break off a Markdown body."""

    dispatch = {**xmlrpc.client.Marshaller.dispatch, str: _dump_str}  # noqa: RUF012 - never mutated


def encode_call(method: str, params: tuple[Any, ...]) -> bytes:
    """A ``methodCall`` document, UTF-8."""
    body = _Marshaller("utf-8").dumps(params)
    name = xmlrpc.client.escape(method)
    document = f"<?xml version='1.0'?>\n<methodCall>\n<methodName>{name}</methodName>\n{body}"
    return (document + "</methodCall>\n").encode("utf-8")


def _not_xmlrpc(endpoint_url: str, why: str) -> NotASite:
    return NotASite(
        Message("The address {url} does not answer XML-RPC ({why}).", url=endpoint_url, why=why),
        Message(
            "Check the address: it is usually the site's home page followed by /xmlrpc.php, or "
            "the MetaWeblog address the site's administrator gave you."
        ),
    )


def decode_response(body: bytes, *, endpoint_url: str, method: str) -> Any:
    """The value of a ``methodResponse``; a fault becomes a typed :class:`SiteError`."""
    target = xmlrpc.client.Unmarshaller()
    target.xml("", None)  # no encoding: expat hands over text already decoded
    try:
        parse_xml(body, start=target.start, end=target.end, text=target.data)
        return target.close()[0]
    except xmlrpc.client.Fault as fault:
        raise fault_error(fault.faultCode, fault.faultString, method=method) from None
    except DoctypeRefused as exc:
        raise _not_xmlrpc(
            endpoint_url, Message("the answer is a web page or carries a DTD")
        ) from exc
    except (xml.parsers.expat.ExpatError, xmlrpc.client.ResponseError) as exc:
        if b"<methodResponse" in body and b"</methodResponse>" not in body:
            # A connection closed mid-answer (no Content-Length to notice it by).
            raise Unreachable(
                Message("The answer from {url} was cut off.", url=endpoint_url),
                Message("Check the network connection; Newsdesk will try again by itself."),
            ) from exc
        raise _not_xmlrpc(endpoint_url, Message("the answer is not an XML-RPC document")) from exc
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise _not_xmlrpc(
            endpoint_url, Message("the answer cannot be read: {problem}", problem=str(exc))
        ) from exc


def fault_error(
    code: object, message: object, *, method: str, signed_in: bool = False
) -> SiteError:
    """Translate a fault into a typed error.

    WordPress's codes: 403 a wrong user name or password (but also a few refusals that are
    about permission; :class:`~newsdesk.sites.metaweblog.MetaWeblogConnector` tells them
    apart), 401 not allowed, 404 no such item, 409 a newer copy exists, 405 XML-RPC switched
    off, 400 too few arguments. WordPress answers 500 for failed inserts and validation errors
    alike; those do not go away by themselves, so 500 is a request the site refused, not a
    retryable server failure.
    """
    try:
        number = int(str(code).strip())
    except ValueError:
        number = 0
    said = str(message or "").strip()
    tag = f"{FAULT_CODE_PREFIX}{code}"
    if number == 403 and not signed_in:
        return LoginRefused(
            Message("The site did not accept the user name or password."),
            Message(
                "Check the user name and the password (or Application Password) in the site "
                "settings."
            ),
            code=tag,
            said=said,
        )
    if number in (401, 403):
        return PermissionDenied(
            Message("Your role on the site does not allow this."),
            Message("Ask an editor or the site administrator to do it or to change your role."),
            code=tag,
            said=said,
        )
    if number == 404:
        return NotFound(
            Message("The site has no such item."),
            Message("It may have been deleted on the site; refresh the list."),
            code=tag,
            said=said,
        )
    if number == 409:
        return Conflict(
            Message("Someone changed this article on the site after you last synced it."),
            Message("Sync to get their version, then send yours again."),
            code=tag,
            said=said,
        )
    if number == 405:
        return NotASite(
            Message("XML-RPC is switched off on this site."),
            Message("Ask the site administrator to switch XML-RPC on, or use the site's REST API."),
            code=tag,
            said=said,
        )
    if number == _SPEC_METHOD_NOT_FOUND:
        return NotASite(
            Message("The site's XML-RPC service does not offer {method}.", method=method),
            Message(
                "Check that the address is the site's MetaWeblog or WordPress XML-RPC address."
            ),
            code=tag,
            said=said,
        )
    if number in _SPEC_TRANSIENT:
        return ServerError(
            Message("The site had an internal error."),
            Message("Newsdesk will try again; if it keeps failing, tell the site administrator."),
            code=tag,
            said=said,
        )
    return InvalidRequest(
        Message("The site refused the request (XML-RPC fault {code}).", code=str(code)),
        Message("Correct the article as the message says and send it again."),
        code=tag,
        said=said,
    )


class XmlRpcClient:
    """Calls methods on one XML-RPC endpoint."""

    def __init__(
        self,
        endpoint_url: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        http: HttpClient | None = None,
    ) -> None:
        self.endpoint_url = endpoint_url
        # No credentials on the client: they travel in the body, and the client's redirect
        # policy treats every POST as carrying secrets.
        self._http = http or HttpClient(timeout=timeout, deadline=deadline)

    def close(self) -> None:
        self._http.close()

    def download(self, url: str) -> bytes:
        """A file served by the endpoint's own site (see :meth:`HttpClient.download`)."""
        return self._http.download(url, site_url=self.endpoint_url)

    def call(self, method: str, *params: Any) -> Any:
        try:
            response = self._http.request(
                "POST",
                self.endpoint_url,
                data=encode_call(method, params),
                headers={"Content-Type": "text/xml; charset=utf-8", "Accept": "text/xml"},
            )
        except (NotFound, PermissionDenied, InvalidRequest) as exc:
            # An XML-RPC server answers 200 even for errors; 403/404/405 on the endpoint
            # itself mean it is missing or blocked (often by a security plugin).
            raise _not_xmlrpc(self.endpoint_url, f"HTTP {exc.status}") from exc
        return decode_response(response.content, endpoint_url=self.endpoint_url, method=method)


# --------------------------------------------------------------- dates on the wire

_ISO8601 = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?"
)


def to_datetime(value: object) -> datetime | None:
    """A wire date as an aware UTC datetime; None for an empty or all-zero date.

    Dates without a zone are taken as UTC: callers pass the ``*_gmt`` fields where a site
    sends both.
    """
    raw = value.value if isinstance(value, xmlrpc.client.DateTime) else value
    if isinstance(raw, datetime):
        return raw.replace(tzinfo=UTC) if raw.tzinfo is None else raw.astimezone(UTC)
    match = _ISO8601.fullmatch(str(raw or "").strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    if year == 0:
        return None
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    zone = match.group(7)
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = moment - offset if zone[0] == "+" else moment + offset
    return moment


def wire_datetime(moment: datetime) -> xmlrpc.client.DateTime:
    """``moment`` in UTC, as the zone-less ``dateTime.iso8601`` WordPress expects."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return xmlrpc.client.DateTime(moment.strftime("%Y%m%dT%H:%M:%S"))
