"""NukeViet 4.5 connector: NukeViet's remote API (``api.php``) with the Newsdesk API actions
of the news module (packaging/nukeviet/API.md).

Every call is one signed form POST to ``<site>/api.php`` (nv_signing.py); the answer is JSON
with ``status`` and a four-digit ``code`` (nv_errors.py). What the user may do comes from
their module-admin rights per category, as the site reports them (``NewsdeskWhoami``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from newsdesk.core.audit import AuditEntry
from newsdesk.core.messages import Message
from newsdesk.core.site import RemoteMedia, Term
from newsdesk.sites.answers import list_answer, list_field, object_answer, reading
from newsdesk.sites.base import (
    Capability,
    OutgoingPost,
    RemotePost,
    RemoteStatus,
    SiteUser,
)
from newsdesk.sites.errors import (
    AuthError,
    InvalidRequest,
    NotASite,
    NotFound,
    PermissionDenied,
    SiteError,
)
from newsdesk.sites.http import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    HttpClient,
    SiteResponse,
    unexpected_answer,
)
from newsdesk.sites.nv_errors import CODE_TIME_REFUSED, Call, nukeviet_error
from newsdesk.sites.nv_posts import payload, remote_post
from newsdesk.sites.nv_signing import ApiCredential, ServerClock

EDITOR = "editor"
REPORTER = "reporter"
_FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
_FEATURE_CAPABILITIES = (Capability.WORKFLOW_STATUSES, Capability.NOTES, Capability.AUDIT)
# What every user of the Newsdesk API may do; the rest depends on the role and the features.
_BASE_CAPABILITIES = frozenset(
    {
        Capability.PENDING_REVIEW,
        Capability.CATEGORIES,
        Capability.TAGS,
        Capability.CREATE_TAGS,
        Capability.CUSTOM_META,
        Capability.CONFLICT_CHECK,
        Capability.CLIENT_UUID_LOOKUP,
        Capability.MEDIA_UPLOAD,
    }
)
_SITE_ROLES = {EDITOR: ("editor",), REPORTER: ("contributor",)}


@dataclass(frozen=True, slots=True)
class CategoryRights:
    """A module admin's rights in one category of the news module."""

    catid: int
    title: str
    add: bool
    edit: bool
    publish: bool
    delete: bool
    approve: bool


@dataclass(frozen=True, slots=True)
class _Whoami:
    user: SiteUser
    role: str
    rights: tuple[CategoryRights, ...]
    features: frozenset[str]


class NukeVietConnector:
    """Talks to one NukeViet portal's news module as one admin (an API key and secret)."""

    def __init__(
        self,
        url: str,
        api_key: str,
        api_secret: str,
        *,
        module: str = "news",
        language: str = "vi",
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        # The secret travels in the body: HttpClient sends a POST on to no other origin.
        self._http = HttpClient(timeout=timeout, deadline=deadline)
        self._site_url = url.rstrip("/")
        self._credential = ApiCredential(api_key, api_secret)
        self._module = module
        self._language = language
        self.clock = ServerClock.of_site(self._site_url)
        self._category_cache: list[Term] | None = None

    def __repr__(self) -> str:
        return f"NukeVietConnector({self._site_url!r}, {self._credential!r})"

    @property
    def api_url(self) -> str:
        return f"{self._site_url}/api.php"

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------------ calls

    def _post(self, action: str, fields: dict[str, str]) -> tuple[SiteResponse, bool]:
        """The site's answer, and whether it said what time it was."""
        body = {
            **self._credential.signed_fields(self.clock.timestamp()),
            "language": self._language,
            "module": self._module,
            "action": action,
            **fields,
        }
        sent = self.clock.local()
        try:
            response = self._http.request("POST", self.api_url, data=urlencode(body), headers=_FORM)
        except NotFound as exc:
            raise _no_api(self.api_url) from exc
        except AuthError as exc:
            raise AuthError(
                Message("The site refused Newsdesk before its API saw the request (HTTP 401)."),
                Message("Check the site address and the API key and secret in the site settings."),
                status=exc.status,
            ) from exc
        except PermissionDenied as exc:
            raise PermissionDenied(
                Message("The site's web server does not let requests reach its API (HTTP 403)."),
                Message("Ask the site administrator to allow requests to api.php."),
                status=exc.status,
            ) from exc
        dated = self.clock.observe_date(response.headers.get("Date", ""), sent, self.clock.local())
        return response, dated

    def _call(self, action: str, **fields: Any) -> dict[str, Any]:
        """The answer of one action; a typed error when the site says ``error``. A request
        refused for its time is signed again once, by the clock the refusal measured."""
        form = {
            name: value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            for name, value in fields.items()
        }
        response, dated = self._post(action, form)
        answer = self._answer(response)
        if answer.get("status") != "success" and str(answer.get("code")) == CODE_TIME_REFUSED:
            if not dated:
                self.clock.observe_refusal(str(answer.get("message", "")))
            answer = self._answer(self._post(action, form)[0])
        if answer.get("status") == "success":
            return answer
        code = str(answer.get("code", ""))
        raise nukeviet_error(
            code,
            str(answer.get("message", "")),
            Call(action=action, module=self._module, language=self._language),
        )

    def _answer(self, response: SiteResponse) -> dict[str, Any]:
        head = response.content[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            raise _no_api(self.api_url)
        answer = object_answer(self._http.decode_json(response, self.api_url), self.api_url)
        if answer.get("status") not in ("success", "error"):
            raise _no_api(self.api_url)
        return answer

    def _post_of(self, answer: dict[str, Any]) -> RemotePost:
        return remote_post(answer.get("post"), self.api_url)

    # ------------------------------------------------------------------ who

    @cached_property
    def _me(self) -> _Whoami:
        sent = self.clock.local()
        answer = self._call("NewsdeskWhoami")
        received = self.clock.local()
        url = self.api_url
        with reading(url):
            if "time" in answer and not self.clock.measured:  # a site that sends no Date
                self.clock.observe(float(answer["time"]) + 0.5, sent, received)
            user = object_answer(answer["user"], url)
            role = str(answer.get("role", ""))
            rights = tuple(
                CategoryRights(
                    catid=int(r["catid"]),
                    title=str(r.get("title", "")),
                    add=bool(r.get("add")),
                    edit=bool(r.get("edit")),
                    publish=bool(r.get("publish")),
                    delete=bool(r.get("delete")),
                    approve=bool(r.get("approve")),
                )
                for r in list_answer(list_field(answer.get("rights"), url), url)
            )
            return _Whoami(
                user=SiteUser(
                    id=int(user["id"]),
                    username=str(user.get("username", "")),
                    display_name=str(user.get("display_name", "")),
                    roles=_SITE_ROLES.get(role, ()),
                ),
                role=role,
                rights=rights,
                features=frozenset(str(f) for f in list_field(answer.get("features"), url)),
            )

    def whoami(self) -> SiteUser:
        self.__dict__.pop("_me", None)  # asked again: the rights may have changed
        return self._me.user

    def rights(self) -> tuple[CategoryRights, ...]:
        """The user's module-admin rights, per category of the news module."""
        return self._me.rights

    def capabilities(self) -> frozenset[Capability]:
        me = self._me
        caps = set(_BASE_CAPABILITIES)
        caps |= {c for c in _FEATURE_CAPABILITIES if c.value in me.features}
        if me.role == EDITOR:
            caps |= {Capability.PUBLISH, Capability.SCHEDULING}
        return frozenset(caps)

    # ------------------------------------------------------------------ terms

    def _terms(self) -> tuple[list[Term], list[Term]]:
        answer = self._call("NewsdeskCategories")
        url = self.api_url
        with reading(url):
            categories = [
                Term(int(c["id"]), str(c["title"]))
                for c in list_answer(list_field(answer.get("categories"), url), url)
            ]
            tags = [
                Term(int(t["id"]), str(t["name"]))
                for t in list_answer(list_field(answer.get("tags"), url), url)
            ]
        self._category_cache = categories
        return categories, tags

    def categories(self) -> list[Term]:
        return self._terms()[0]

    def tags(self) -> list[Term]:
        return self._terms()[1]

    def _category_id(self, name: str) -> int:
        for fresh in (False, True):
            if fresh or self._category_cache is None:
                self._terms()
            for term in self._category_cache or ():
                if term.name.casefold() == name.casefold():
                    return term.id
        raise InvalidRequest(
            Message("The site has no category “{name}”.", name=name),
            Message("Choose one of the site's categories (refresh them in the site settings)."),
        )

    # ------------------------------------------------------------------ posts

    def find_by_client_uuid(self, client_uuid: str) -> RemotePost | None:
        try:
            answer = self._call("NewsdeskRead", client_uuid=client_uuid)
        except NotFound:
            return None
        return self._post_of(answer)

    def create_post(self, post: OutgoingPost) -> RemotePost:
        answer = self._call("NewsdeskCreate", payload=payload(post, self._category_id))
        return self._post_of(answer)

    def update_post(
        self, remote_id: int, post: OutgoingPost, *, if_version: str = ""
    ) -> RemotePost:
        fields: dict[str, Any] = {
            "id": str(remote_id),
            "payload": payload(post, self._category_id),
        }
        if if_version:
            fields["if_rev"] = if_version.removeprefix("rev:")
        return self._post_of(self._call("NewsdeskUpdate", **fields))

    def set_status(self, remote_id: int, status: RemoteStatus) -> RemotePost:
        answer = self._call("NewsdeskStatus", id=str(remote_id), status=str(status))
        return self._post_of(answer)

    def get_post(self, remote_id: int) -> RemotePost:
        return self._post_of(self._call("NewsdeskRead", id=str(remote_id)))

    def list_posts(self, status: RemoteStatus) -> list[RemotePost]:
        answer = self._call("NewsdeskList", status=str(status))
        posts = list_answer(list_field(answer.get("posts"), self.api_url), self.api_url)
        return [remote_post(post, self.api_url) for post in posts]

    # ------------------------------------------------------------------ media

    def upload_media(
        self, path: Path, *, sha256: str, alt: str = "", caption: str = ""
    ) -> RemoteMedia:
        del caption  # NukeViet shows the alt text as the caption; the article keeps both
        data = _unchanged_bytes(path, sha256)
        answer = self._call(
            "NewsdeskUpload",
            sha256=sha256,
            filename=path.name,  # the site names it <first 16 hex digits of sha256>-<name>
            data=base64.b64encode(data).decode("ascii"),
            alt=alt,
        )
        media = self._media(answer)
        if media is None:
            raise _unexpected(self.api_url)
        return media

    def find_media(self, sha256: str) -> RemoteMedia | None:
        return self._media(self._call("NewsdeskUpload", find=sha256))

    def _media(self, answer: dict[str, Any]) -> RemoteMedia | None:
        found = answer.get("media")
        if found is None:
            return None
        with reading(self.api_url):
            media = object_answer(found, self.api_url)
            return RemoteMedia(int(media["id"]), str(media.get("url", "")))

    def fetch_media(self, url: str) -> bytes:
        return self._http.download(url, site_url=self._site_url)

    # Photos wait for an editor only with the WordPress bridge: never HELD_PHOTOS here.

    def hold_photo(
        self,
        remote_id: int,
        path: Path,
        *,
        sha256: str,
        alt: str = "",
        caption: str = "",
        in_body: bool = False,
    ) -> None:
        raise _no_held_photos()

    def fetch_held_photo(self, remote_id: int, sha256: str = "") -> bytes:
        raise _no_held_photos()

    def drop_held_photo(self, remote_id: int, sha256: str) -> None:
        raise _no_held_photos()

    # ------------------------------------------------------------------ records

    def notes(self, remote_id: int) -> list[dict[str, Any]]:
        answer = self._call("NewsdeskNotes", id=str(remote_id))
        notes = list_answer(list_field(answer.get("notes"), self.api_url), self.api_url)
        with reading(self.api_url):
            for note in notes:
                str(note["id"])  # every note the desk keeps is known by its id
        return notes

    def add_note(self, remote_id: int, note: dict[str, Any]) -> dict[str, Any]:
        answer = self._call("NewsdeskNotes", id=str(remote_id), note=note)
        return object_answer(answer.get("note"), self.api_url)

    def audit(self, remote_id: int) -> list[dict[str, Any]]:
        answer = self._call("NewsdeskAudit", id=str(remote_id))
        entries = list_answer(list_field(answer.get("entries"), self.api_url), self.api_url)
        with reading(self.api_url):
            for entry in entries:
                AuditEntry.from_dict(entry)  # each one can be read back
        return entries

    def append_audit(self, remote_id: int, entry: dict[str, Any]) -> None:
        self._call("NewsdeskAudit", id=str(remote_id), entry=entry)


def _no_api(url: str) -> NotASite:
    return NotASite(
        Message("The address {url} does not answer as NukeViet's API.", url=url),
        Message(
            "Check the site address: it should be the portal's home page, on which NukeViet runs."
        ),
    )


def _unexpected(url: str) -> SiteError:
    return unexpected_answer(url, Message("no media in the answer"))


def _no_held_photos() -> InvalidRequest:
    return InvalidRequest(
        Message("A photo cannot wait for the editor's approval on a NukeViet site."),
        Message("Send the photo to your editor, who adds it when approving the article."),
    )


def _unchanged_bytes(path: Path, sha256: str) -> bytes:
    """The file's bytes, if they are still the ones whose hash the caller recorded."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise InvalidRequest(
            Message("The photo {name} changed while it was being sent.", name=path.name),
            Message("Sync again."),
        )
    return data
