"""Helpers for tests against the real NukeViet test site (tests/nvsite_fixture.py): signed calls
to its api.php made by hand, its database, a desk that publishes to it, and ways to break the
site for a while (its remote API off, the Newsdesk actions gone, a right taken away) that put
everything back afterwards."""

from __future__ import annotations

import contextlib
import html
import json
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import bcrypt
import requests

from newsdesk.context import AppContext
from newsdesk.core.site import SiteKind
from newsdesk.paths import Paths
from tests.nvsite_fixture import nvsite

TIMEOUT = 30
NEWS = f"{nvsite.PREFIX}_{nvsite.LANGUAGE}_news"  # the news module's tables start so
CONFIG_GLOBAL = "www/data/config/config_global.php"
ACTIONS_DIR = "www/modules/news/Api"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Newsdesk tests"


# Signed calls, as any program may make them ----------------------------------------------


def hashsecret(secret: str, timestamp: int) -> str:
    """What api.php checks with ``password_verify(secret . '_' . timestamp)``: a bcrypt hash
    (the lowest cost: the site verifies it on every call)."""
    return bcrypt.hashpw(f"{secret}_{timestamp}".encode(), bcrypt.gensalt(rounds=4)).decode()


def signed_fields(
    api_key: str, api_secret: str, action: str, *, timestamp: int | None = None
) -> dict[str, str]:
    stamp = int(time.time()) if timestamp is None else timestamp
    return {
        "apikey": api_key,
        "timestamp": str(stamp),
        "hashsecret": hashsecret(api_secret, stamp),
        "language": nvsite.LANGUAGE,
        "module": "news",
        "action": action,
    }


def api_call(
    site: Any,
    login: str,
    action: str,
    *,
    session: requests.Session | None = None,
    timestamp: int | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """One signed call to the site's api.php as ``login`` (signed for ``timestamp``, now by
    default); its JSON answer. Dicts and lists among ``fields`` go as JSON (the ``payload``,
    ``note`` and ``entry`` fields)."""
    user = site.users[login]
    data = signed_fields(user.api_key, user.api_secret, action, timestamp=timestamp)
    for name, value in fields.items():
        data[name] = json.dumps(value) if isinstance(value, dict | list) else str(value)
    post = session.post if session is not None else requests.post
    answer = post(site.api_url, data=data, timeout=TIMEOUT)
    assert answer.headers.get("Content-Type", "").startswith("application/json"), answer.text
    result: dict[str, Any] = answer.json()
    return result


def api_action_of(head: bytes, body: bytes) -> str:
    """A request as the fault proxy names it: ``POST /api.php NewsdeskCreate`` (every call
    goes to the one address; the action is a field of the form)."""
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    method, _, rest = line.partition(" ")
    described = f"{method} {rest.rsplit(' ', 1)[0]}"
    try:
        form = parse_qs(body.decode("latin-1"), max_num_fields=64)
    except ValueError:
        return described
    action = form.get("action", [""])[0]
    return f"{described} {action}" if action else described


# The site's database and files -----------------------------------------------------------


def query(site: Any, sql: str) -> list[list[str]]:
    """Rows of a statement on the site's database (through its own server's socket)."""
    result = subprocess.run(
        [
            "mariadb",
            f"--defaults-file={Path(site.dir) / 'my.cnf'}",
            "-u",
            "root",
            "--batch",
            "--skip-column-names",
            nvsite.DB_NAME,
            "-e",
            sql,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.split("\t") for line in result.stdout.splitlines()]


def sql_text(value: str) -> str:
    """A string literal for a statement (the tests' own values, quoted all the same)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def clear_cache(site: Any) -> None:
    """NukeViet keeps settings, module admins and the news lists in files: drop them."""
    for path in (Path(site.dir) / "www/data/cache").rglob("*.cache"):
        path.unlink(missing_ok=True)


def row(site: Any, article_id: int) -> dict[str, str]:
    """The article's row in the news module's rows table (status, admin_id, author...)."""
    columns = ("id", "catid", "listcatid", "admin_id", "author", "status", "publtime", "title")
    sql = f"SELECT {', '.join(columns)} FROM {NEWS}_rows WHERE id = {int(article_id)}"  # noqa: S608
    found = query(site, sql)
    assert len(found) == 1, found
    return dict(zip(columns, found[0], strict=True))


def body_html(site: Any, article_id: int) -> str:
    """The article's body as the site stores it (the detail table)."""
    sql = f"SELECT bodyhtml FROM {NEWS}_detail WHERE id = {int(article_id)}"  # noqa: S608
    (found,) = query(site, sql)
    return found[0]


# NukeViet's input filter (nv_htmlspecialchars) stores these characters of a title as entities.
_TITLE_ENTITIES = {
    "&": "&amp;", "'": "&#039;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "\\": "&#x005C;",
    "/": "&#x002F;", "(": "&#40;", ")": "&#41;", "*": "&#42;", "[": "&#91;", "]": "&#93;",
    "!": "&#33;", "=": "&#x3D;", "%": "&#x25;", "^": "&#x5E;", ":": "&#x3A;", "{": "&#x7B;",
    "}": "&#x7D;", "`": "&#x60;", "~": "&#x7E;", "#": "&#x23;",
}  # fmt: skip


def stored_title(text: str) -> str:
    """A title as NukeViet keeps it in its rows table."""
    return "".join(_TITLE_ENTITIES.get(char, char) for char in text)


def ids_titled(site: Any, part: str) -> list[int]:
    """Ids of the articles whose title contains ``part``, whatever their status."""
    like = stored_title(part).replace("\\", "\\\\").replace("_", "\\_")
    sql = f"SELECT id FROM {NEWS}_rows WHERE title LIKE {sql_text('%' + like + '%')}"  # noqa: S608
    return [int(found[0]) for found in query(site, sql)]


def uploaded_files(site: Any, sha256: str) -> list[Path]:
    """Files under uploads/news named for this content hash (the first 16 hex digits)."""
    uploads = Path(site.dir) / "www/uploads/news"
    return sorted(uploads.rglob(f"*{sha256[:16]}*"))


# A desk publishing to the site -----------------------------------------------------------


def nv_desk(root: Path, who: str, site: Any, *, url: str = "", name: str = "portal") -> AppContext:
    """The desk of ``who`` (reporter or editor) in root/who, with the NukeViet site added as a
    person adds it: found from its home page, the API key and secret checked by the site.
    ``url``: reach the site there instead (a fault proxy)."""
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    added = ctx.desk.add_site(name, url or site.url, user.api_key, user.api_secret)
    assert added.kind is SiteKind.NUKEVIET, added
    return ctx


def remote_of(ctx: AppContext, article_id: int, name: str = "portal") -> tuple[int, str]:
    """The id and the address of the article on the site, as this desk knows them."""
    ref = ctx.store.get_remote(article_id, ctx.desk.site(name).pk)
    assert ref is not None, f"article {article_id} is not on {name}"
    assert ref.remote_id is not None, ref
    return ref.remote_id, ref.link


def admin_session(site: Any, login: str) -> requests.Session:
    """A session signed in to NukeViet's own admin pages, as the person signs in there."""
    user = site.users[login]
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    admin = f"{site.url}/admin/index.php"
    form = session.get(admin, timeout=TIMEOUT)
    token = re.search(r'name="checkss" value="([^"]+)"', form.text)
    assert token is not None, form.text[:500]
    session.post(
        admin,
        data={"nv_login": user.user, "nv_password": user.password, "checkss": token.group(1)},
        headers={"Referer": admin},
        timeout=TIMEOUT,
    )
    return session


def admin_list_entry(site: Any, login: str, article_id: int) -> dict[str, str]:
    """The article's line in the news module's admin list (admin/index.php?nv=news), as an
    admin signed in there sees it: title, author and status columns."""
    with admin_session(site, login) as session:
        page = session.get(
            f"{site.url}/admin/index.php",
            params={"language": nvsite.LANGUAGE, "nv": "news", "per_page": "100"},
            timeout=TIMEOUT,
        )
    assert page.status_code == 200, page.status_code
    line = re.search(
        rf'<tr[^>]*>\s*<td[^>]*>\s*<input[^>]+value="{article_id}" name="idcheck\[\]"'
        r"(?P<line>.*?)</tr>",
        page.text,
        re.S,
    )
    assert line is not None, f"article {article_id} is not in the admin list"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", line.group("line"), re.S)
    texts = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in cells]
    full_title = re.search(r'title="([^"]*)"', cells[0])  # the text shows 60 characters
    title = html.unescape(full_title.group(1)) if full_title else texts[0]
    return {"title": title, "published": texts[1], "author": texts[2], "status": texts[3]}


# Breaking the site for a while -----------------------------------------------------------


def _set_remote_api(site: Any, *, on: bool) -> None:
    config = Path(site.dir) / CONFIG_GLOBAL
    text = config.read_text(encoding="utf-8")
    updated, count = re.subn(
        r"(\$global_config\['remote_api_access'\]\s*=\s*)[^;]*;",
        rf"\g<1>{1 if on else 0};",
        text,
    )
    assert count == 1, "config_global.php has no remote_api_access"
    config.write_text(updated, encoding="utf-8")
    query(
        site,
        f"UPDATE {nvsite.PREFIX}_config SET config_value = '{1 if on else 0}'"  # noqa: S608
        " WHERE lang = 'sys' AND module = 'global' AND config_name = 'remote_api_access'",
    )
    clear_cache(site)


@contextlib.contextmanager
def remote_api_switched_off(site: Any) -> Iterator[None]:
    """The portal's administrator turned the remote API off (Settings > Remote API)."""
    _set_remote_api(site, on=False)
    try:
        yield
    finally:
        _set_remote_api(site, on=True)


@contextlib.contextmanager
def newsdesk_actions_removed(site: Any) -> Iterator[None]:
    """The Newsdesk actions are not on the site (never installed, or removed)."""
    actions = Path(site.dir) / ACTIONS_DIR
    kept = Path(tempfile.mkdtemp(prefix="nv-actions-"))
    moved = sorted(actions.glob("Newsdesk*.php"))
    assert moved, f"no Newsdesk actions in {actions}"
    for path in moved:
        shutil.move(path, kept / path.name)
    try:
        yield
    finally:
        for path in moved:
            shutil.move(kept / path.name, path)
        kept.rmdir()
        clear_cache(site)


@contextlib.contextmanager
def right_taken_away(
    site: Any, login: str, catid: int, right: str = "add_content"
) -> Iterator[None]:
    """The portal's administrator took ``right`` in category ``catid`` from ``login``."""
    assert re.fullmatch(r"[a-z_]+", right)
    userid = site.users[login].admin_id
    where = f"WHERE userid = {userid} AND catid = {catid}"
    (before,) = query(site, f"SELECT {right} FROM {NEWS}_admins {where}")  # noqa: S608
    query(site, f"UPDATE {NEWS}_admins SET {right} = 0 {where}")  # noqa: S608
    clear_cache(site)
    try:
        yield
    finally:
        restore = f"UPDATE {NEWS}_admins SET {right} = {int(before[0])} {where}"  # noqa: S608
        query(site, restore)
        clear_cache(site)
