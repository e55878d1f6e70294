"""An in-process NukeViet ``api.php`` with the Newsdesk API actions (packaging/nukeviet/API.md).

It checks what NukeViet's ``api.php`` checks (the key, the ±5 s window by its clock, the bcrypt
``hashsecret``) and keeps articles, media, notes and audit entries in memory, so the connector
can be tested field by field without the real portal. ``fail_next`` makes it answer the next
calls with a given error code; ``calls`` records every action with its decoded fields.
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import bcrypt

from tests.sites.hostile import FakeServer, Handler

SITE_ZONE = timezone(timedelta(hours=7))
WINDOW = 5  # seconds api.php accepts a timestamp off its clock
FEATURES = ["workflow_statuses", "notes", "audit"]
CATEGORIES = [
    {"id": 1, "title": "Tin tức", "alias": "Tin-tuc", "parentid": 0},
    {"id": 2, "title": "Sản phẩm", "alias": "San-pham", "parentid": 0},
]
_NV_STATUS = {
    "draft": 4,
    "pending": 5,
    "nd-returned": 6,
    "nd-approved": 8,
    "future": 2,
    "publish": 1,
    "private": 0,
}


@dataclass
class FakeUser:
    key: str
    secret: str
    admin_id: int
    username: str
    role: str  # editor | reporter | none

    def rights(self) -> list[dict[str, Any]]:
        editor = self.role == "editor"
        return [
            {
                "catid": c["id"],
                "title": c["title"],
                "add": self.role != "none",
                "edit": editor,
                "publish": editor,
                "delete": editor,
                "approve": editor,
            }
            for c in CATEGORIES
        ]


REPORTER = FakeUser("k" * 32, "Reporter-Secret-0123456789abcdef", 2, "reporter", "reporter")
EDITOR = FakeUser("e" * 32, "Editor-Secret-0123456789abcdefgh", 3, "editor", "editor")


@dataclass
class Seen:
    action: str
    fields: dict[str, Any]


@dataclass
class FakeNukeViet:
    server: FakeServer
    users: dict[str, FakeUser] = field(
        default_factory=lambda: {u.key: u for u in (REPORTER, EDITOR)}
    )
    features: list[str] = field(default_factory=lambda: list(FEATURES))
    posts: dict[int, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    audit: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    calls: list[Seen] = field(default_factory=list)
    fail_next: list[tuple[str, str]] = field(default_factory=list)
    remote_api: bool = True
    send_date: bool = True

    def __post_init__(self) -> None:
        self.server.route("POST", "/api.php", self._serve)

    @property
    def url(self) -> str:
        return self.server.url

    def actions(self) -> list[str]:
        return [seen.action for seen in self.calls]

    # ------------------------------------------------------------------ the envelope

    def _serve(self, handler: Handler) -> None:
        form = {k: v[0] for k, v in parse_qs(handler.body.decode(), keep_blank_values=True).items()}
        answer = self._answer(form)
        body = json.dumps(answer).encode()
        handler.send_response_only(200)
        if self.send_date:
            handler.send_header("Date", handler.date_time_string())
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.write(body)

    def _answer(self, form: dict[str, str]) -> dict[str, Any]:
        action = form.get("action", "")
        fields = {
            k: json.loads(v) if k in ("payload", "note", "entry") else v
            for k, v in form.items()
            if k not in ("apikey", "timestamp", "hashsecret", "language", "module", "action")
        }
        self.calls.append(Seen(action, fields))
        if not self.remote_api:
            return _error("0011", "Remote is off!!!")
        stamp = int(form.get("timestamp") or 0)
        now = int(time.time())
        if stamp + WINDOW < now or stamp - WINDOW > now:
            return _error(
                "0020", f"Incorrect API time: {_site_time(stamp)}, Server time: {_site_time(now)}"
            )
        user = self.users.get(form.get("apikey", ""))
        if user is None:
            return _error("0013", "No Api Credential found !!!")
        signed = f"{user.secret}_{stamp}".encode()
        if not bcrypt.checkpw(signed, form.get("hashsecret", "").encode()):
            return _error("0014", "Api Authentication fail !!! ")
        if self.fail_next:
            return _error(*self.fail_next.pop(0))
        handler = getattr(self, "_" + action, None)
        if handler is None or not action.startswith("Newsdesk"):
            return _error("0004", "API not exists!!!")
        result: dict[str, Any] = handler(user, fields)
        return result if "status" in result else {"status": "success", "code": "0000", **result}

    # ------------------------------------------------------------------ actions

    def _NewsdeskWhoami(self, user: FakeUser, _fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {
            "user": {
                "id": user.admin_id,
                "username": user.username,
                "display_name": user.username.title(),
                "admin_lev": 3,
            },
            "rights": user.rights(),
            "role": user.role,
            "features": self.features,
            "api_version": "1.0",
            "time": int(time.time()),
        }

    def _NewsdeskCategories(self, _user: FakeUser, _fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {"categories": CATEGORIES, "tags": [{"id": 1, "name": "hội nghị"}]}

    def _NewsdeskCreate(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        values = fields["payload"]
        uuid = (values.get("meta") or {}).get("client_uuid", "")
        for post in self.posts.values():
            if uuid and post["meta"].get("client_uuid") == uuid:
                return {"post": self._view(post, user), "created": False}
        if values.get("status") in ("publish", "future") and user.role != "editor":
            return _error("5003", "no pub_content in Tin tức")
        post_id = len(self.posts) + 16
        post: dict[str, Any] = {
            "id": post_id,
            "title": "",
            "hometext": "",
            "bodyhtml": "",
            "alias": "",
            "catids": [1],
            "tags": [],
            "author": "",
            "source": "",
            "image": None,
            "admin_id": user.admin_id,
            "admin_name": user.username.title(),
            "date_gmt": "2026-12-07T08:00:00",
            "modified_gmt": "2026-12-07T08:00:00",
            "rev": 0,
            "activity": 0,
            "meta": {},
            "status": "draft",
        }
        self.posts[post_id] = post
        self._write(post, values)
        return {"post": self._view(post, user), "created": True}

    def _write(self, post: dict[str, Any], values: dict[str, Any]) -> None:
        for key in ("title", "hometext", "bodyhtml", "alias", "author", "source", "status"):
            if key in values:
                post[key] = values[key]
        if "catid" in values:
            post["catids"] = [int(values["catid"])]
        if "tags" in values:
            post["tags"] = sorted(values["tags"])  # as NukeViet lists them
        if values.get("media_id"):
            media = next(m for m in self.media.values() if m["id"] == values["media_id"])
            post["image"] = {"media_id": media["id"], "url": media["url"], "alt": ""}
        elif "media_id" in values:
            post["image"] = None
        if "image_alt" in values and post["image"] is not None:
            post["image"]["alt"] = values["image_alt"]
        post["meta"] = {**post["meta"], **values.get("meta", {})}
        post["rev"] += 1

    def _view(self, post: dict[str, Any], user: FakeUser) -> dict[str, Any]:
        names = {c["id"]: c["title"] for c in CATEGORIES}
        return {
            **post,
            "nv_status": _NV_STATUS[post["status"]],
            "link": f"{self.url}/tin-tuc/{post['alias'] or 'bai'}-{post['id']}.html",
            "catnames": [names[c] for c in post["catids"]],
            "editable": user.role == "editor" or post["status"] in ("draft", "pending"),
        }

    def _find(self, fields: dict[str, Any]) -> dict[str, Any] | None:
        if "client_uuid" in fields:
            return next(
                (
                    p
                    for p in self.posts.values()
                    if p["meta"].get("client_uuid") == fields["client_uuid"]
                ),
                None,
            )
        return self.posts.get(int(fields.get("id", 0)))

    def _NewsdeskRead(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        post = self._find(fields)
        if post is None:
            return _error("5002", "No such article")
        return {"post": self._view(post, user)}

    def _NewsdeskList(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        found = [p for p in self.posts.values() if p["status"] == fields["status"]]
        return {"posts": [self._view(p, user) for p in reversed(found)]}

    def _NewsdeskUpdate(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        post = self._find(fields)
        if post is None:
            return _error("5002", "No such article")
        if "if_rev" in fields and int(fields["if_rev"]) != post["rev"]:
            return {**_error("5004", "Stale write"), "post": self._view(post, user)}
        self._write(post, fields["payload"])
        return {"post": self._view(post, user)}

    def _NewsdeskStatus(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        post = self._find(fields)
        if post is None:
            return _error("5002", "No such article")
        if fields["status"] not in ("draft", "pending") and user.role != "editor":
            return _error("5003", "app_content needed in Tin tức")
        post["status"] = fields["status"]
        post["rev"] += 1
        return {"post": self._view(post, user)}

    def _NewsdeskUpload(self, _user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        if "find" in fields:
            return {"media": self.media.get(fields["find"])}
        sha = fields["sha256"]
        if sha not in self.media:
            data = base64.b64decode(fields["data"])
            if not data.startswith(b"\xff\xd8"):
                return _error("5006", "Not an image")
            name = f"{sha[:16]}-{fields['filename'].lower()}"  # the site makes it ASCII too
            self.media[sha] = {
                "id": len(self.media) + 1,
                "url": f"{self.url}/uploads/news/2026_12/{name}",
                "path": f"2026_12/{name}",
                "data": fields["data"],
            }
        return {"media": self.media[sha]}

    def _NewsdeskNotes(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        post_id = int(fields["id"])
        notes = self.notes.setdefault(post_id, [])
        if "note" in fields:
            note = {**fields["note"], "id": str(len(notes) + 1), "user_id": user.admin_id}
            notes.append(note)
            self.posts[post_id]["activity"] += 1
            return {"note": note}
        return {"notes": notes}

    def _NewsdeskAudit(self, user: FakeUser, fields: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        post_id = int(fields["id"])
        entries = self.audit.setdefault(post_id, [])
        if "entry" in fields:
            head = entries[-1]["hash"] if entries else ""
            if fields["entry"].get("prev_hash", "") != head:
                return {**_error("5005", "Audit chain moved"), "head": head}
            entries.append(
                {
                    "content_sha": "",
                    **fields["entry"],
                    "article_uuid": self.posts[post_id]["meta"].get("client_uuid", ""),
                    "user": user.username,
                    "user_name": user.username.title(),
                    "user_id": str(user.admin_id),
                    "at": "2026-12-07T08:00:00Z",
                    "hash": f"{len(entries) + 1:064x}",
                }
            )
        return {"entries": entries}


def _site_time(stamp: int) -> str:
    """A time as api.php shows it: ``date('H:i:s d/m/Y')`` in the site's zone (here UTC+7)."""
    return datetime.fromtimestamp(stamp, SITE_ZONE).strftime("%H:%M:%S %d/%m/%Y")


def _error(code: str, message: str) -> dict[str, Any]:
    return {"status": "error", "code": code, "message": message}
