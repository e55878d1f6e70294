#!/usr/bin/env python3
"""A real NukeViet 4.5 on loopback for Newsdesk's tests and demos.

The site lives in one folder: NukeViet unpacked from its release tarball and
installed by its own installer over HTTP, a private MariaDB on a TCP port of
127.0.0.1 and PHP's built-in web server, all started by this script and stopped
by the PIDs it recorded. Standard library only, as scripts/wpsite.py, whose
process and package helpers it shares.

    python3 scripts/nvsite.py install-packages
    python3 scripts/nvsite.py start [--dir .nvsite] [--port 8090] [--source TARBALL]
    python3 scripts/nvsite.py status|stop|reset [--dir .nvsite]
"""

from __future__ import annotations

import argparse
import hashlib
import http.cookiejar
import importlib.util
import json
import os
import re
import secrets
import shutil
import socket
import string
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
CHECKOUT = SCRIPTS.parent


def _load_wpsite() -> ModuleType:
    """scripts/ is not a package: load the WordPress site script as the module ``wpsite``."""
    if "wpsite" in sys.modules:
        return sys.modules["wpsite"]
    spec = importlib.util.spec_from_file_location("wpsite", SCRIPTS / "wpsite.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {SCRIPTS / 'wpsite.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["wpsite"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


wpsite = _load_wpsite()
SiteError = wpsite.SiteError
free_port = wpsite.free_port

VERSION = "4.5.05"
TARBALL_NAME = f"nukeviet-{VERSION}.tar.xz"
TARBALL_SHA256 = "8d4a4bc9e060becde30dea19048464758f33d61b9ad333e9c9f6fe5b76ed4d81"
TARBALL_ENV = "NEWSDESK_NUKEVIET_TARBALL"


def _main_checkout(checkout: Path) -> Path:
    """The main checkout when checkout is a linked git worktree, else checkout itself."""
    dot_git = checkout / ".git"
    if dot_git.is_file():
        found = re.match(r"gitdir:\s*(.+)", dot_git.read_text(encoding="utf-8").strip())
        if found and Path(found.group(1)).parent.name == "worktrees":
            return Path(found.group(1)).parent.parent.parent
    return checkout


DEFAULT_TARBALLS = tuple(
    dict.fromkeys(
        base.parent / "shared" / "vendor" / TARBALL_NAME
        for base in (CHECKOUT, _main_checkout(CHECKOUT))
    )
)
RELEASE_URL = f"https://github.com/nukeviet/nukeviet/releases/tag/{VERSION}"
DEFAULT_DIR = Path(".nvsite")
DEFAULT_PORT = 8090
PHP_WORKERS = 4
START_TIMEOUT = 60.0
HTTP_TIMEOUT = 60.0
DB_NAME = "nukeviet"
DB_USER = "nukeviet"
PREFIX = "nv4"
LANGUAGE = "vi"
USER_AGENT = "Newsdesk nvsite"

# The actions the Newsdesk API offers on the news module; the core ClearCache is a system one.
NEWS_ACTIONS = (
    "NewsdeskWhoami",
    "NewsdeskCategories",
    "NewsdeskCreate",
    "NewsdeskRead",
    "NewsdeskList",
    "NewsdeskUpdate",
    "NewsdeskStatus",
    "NewsdeskUpload",
    "NewsdeskNotes",
    "NewsdeskAudit",
)
SYSTEM_ACTIONS = ("ClearCache",)

# login -> (display name, rights in every news category); a reporter adds, an editor publishes.
USERS: dict[str, tuple[str, dict[str, int]]] = {
    "reporter": (
        "Thủy Phương",
        {"add_content": 1, "pub_content": 0, "edit_content": 0, "del_content": 0, "app_content": 0},
    ),
    "editor": (
        "Biên tập viên",
        {"add_content": 1, "pub_content": 1, "edit_content": 1, "del_content": 1, "app_content": 1},
    ),
    # A second reporter, for tests that one reporter cannot touch another's articles.
    "reporter2": (
        "Minh Anh",
        {"add_content": 1, "pub_content": 0, "edit_content": 0, "del_content": 0, "app_content": 0},
    ),
}
# Categories (by alias) a user has no right in at all, for tests of a category refused.
LEFT_OUT_CATEGORIES: dict[str, tuple[str, ...]] = {"reporter2": ("Tuyen-dung",)}

# The Newsdesk API package of this checkout, installed into the site on every start.
PACKAGE = CHECKOUT / "packaging" / "nukeviet"
LANGUAGE_BEGIN = "// Newsdesk API: begin"
LANGUAGE_END = "// Newsdesk API: end"


@dataclass(frozen=True)
class SiteUser:
    user: str
    password: str
    admin_id: int
    display_name: str
    api_key: str
    api_secret: str

    def __getitem__(self, key: str) -> Any:
        """A field by its site.json name, so user["api_key"] works as in the JSON."""
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class SiteInfo:
    url: str
    dir: str
    port: int
    db_port: int
    admin: dict[str, str]
    users: dict[str, SiteUser]
    categories: dict[str, int]
    pids: dict[str, int] = field(default_factory=dict)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api.php"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SiteInfo:
        return cls(
            url=data["url"],
            dir=data["dir"],
            port=int(data["port"]),
            db_port=int(data["db_port"]),
            admin=dict(data["admin"]),
            users={name: SiteUser(**user) for name, user in data["users"].items()},
            categories={name: int(catid) for name, catid in data["categories"].items()},
            pids={name: int(pid) for name, pid in data.get("pids", {}).items()},
        )


# ---------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    """Where everything of one site lives."""

    root: Path

    @property
    def www(self) -> Path:
        return self.root / "www"

    @property
    def datadir(self) -> Path:
        return self.root / "db"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def my_cnf(self) -> Path:
        return self.root / "my.cnf"

    @property
    def router(self) -> Path:
        return self.root / "router.php"

    @property
    def setup_script(self) -> Path:
        return self.root / "setup.php"

    @property
    def pids_file(self) -> Path:
        return self.root / "pids.json"

    @property
    def site_json(self) -> Path:
        return self.root / "site.json"

    @property
    def config_php(self) -> Path:
        return self.www / "config.php"

    @property
    def config_global(self) -> Path:
        return self.www / "data/config/config_global.php"

    @property
    def socket(self) -> Path:
        inside = self.root / "mysql.sock"
        if len(str(inside)) < wpsite.MAX_SOCKET_PATH:
            return inside
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"nvsite-{digest}.sock"

    def is_installed(self) -> bool:
        return self.site_json.is_file() and self.datadir.is_dir() and self.config_php.is_file()


def _layout(dir: Path) -> Layout:
    return Layout(Path(dir).expanduser().resolve())


# ---------------------------------------------------------------- the release


def find_tarball(source: Path | None = None) -> Path:
    """The NukeViet release to install: the given path, $NEWSDESK_NUKEVIET_TARBALL, or the
    copy kept beside the checkout; its sha256 must be the one of the published release."""
    if source is not None:
        candidates = [("--source", Path(source))]
    elif os.environ.get(TARBALL_ENV):
        candidates = [(TARBALL_ENV, Path(os.environ[TARBALL_ENV]))]
    else:
        present = [path for path in DEFAULT_TARBALLS if path.is_file()]
        candidates = [("default", (present or list(DEFAULT_TARBALLS))[0])]
    origin, path = candidates[0]
    path = path.expanduser()
    if not path.is_file():
        where = "" if origin == "default" else f" (given by {origin})"
        raise SiteError(
            f"NukeViet {VERSION} release not found at {path}{where}. Get it from the tag "
            f"{VERSION} of the nukeviet/nukeviet repository ({RELEASE_URL}) as "
            f"`git archive --prefix=nukeviet-{VERSION}/ {VERSION} | xz > {TARBALL_NAME}` and "
            f"pass it with --source PATH or the environment variable {TARBALL_ENV}."
        )
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != TARBALL_SHA256:
        raise SiteError(
            f"{path} is not the NukeViet {VERSION} release this script knows: its sha256 is "
            f"{digest.hexdigest()}, expected {TARBALL_SHA256}"
        )
    return path


def _unpack(tarball: Path, www: Path) -> None:
    """Unpack the release into www, without its top folder (``nukeviet-4.5.05/``)."""

    def strip_top_folder(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
        _, _, inside = member.name.partition("/")
        if not inside:
            return None
        return tarfile.data_filter(member.replace(name=inside, deep=False), dest)

    www.mkdir(parents=True)
    try:
        with tarfile.open(tarball, "r:xz") as archive:
            archive.extractall(www, filter=strip_top_folder)  # noqa: S202 (data_filter)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise SiteError(f"could not unpack {tarball}: {exc}") from exc


# ---------------------------------------------------------------- generated files

MY_CNF = """\
[mysqld]
datadir={datadir}
socket={socket}
port={port}
bind-address=127.0.0.1
pid-file={root}/mariadbd.pid
log-error={logs}/mariadbd.log
{user_line}
skip-name-resolve
skip-log-bin
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
performance_schema=OFF
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
innodb_flush_log_at_trx_commit=2
innodb_doublewrite=0

[client]
socket={socket}
default-character-set=utf8mb4
"""

# What NukeViet's .htaccess (and install/.htaccess) does under Apache.
ROUTER = r"""<?php
// Router for PHP's built-in server, doing what NukeViet's .htaccess does under Apache.
$_SERVER['HTTP_SUPPORT_REWRITE'] = 'on';
$nvRoot = realpath($_SERVER['DOCUMENT_ROOT']);
$nvPath = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$nvQuery = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
$nvDenied = [
    '#/(\.(.*)|composer\.json|default\.(htaccess\.txt|web\.config\.txt|php)|mainfile\.php|web\.config|config\.php)$#i',
    '#^/(data/ip6?|includes|install/tpl|vendor|assets/tpl|data/cache|data/certs|data/logs)/#i',
    '#^/admin/.*/.*$#i',
    '#^/(install/(css|images)|modules|themes|assets|data/config|data/tmp|uploads)/.*\.((j|a)spx?|(p|s)html|cgi|inc|ini|php|pl|py|sh|sql\.gz|tpl|xml)($|\?|/)#i',
];
foreach ($nvDenied as $nvPattern) {
    if (preg_match($nvPattern, $nvPath)) {
        http_response_code(404);
        echo 'Not Found';
        return true;
    }
}
if (preg_match('#^/api\.php#', $nvPath) && $_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(403);
    echo 'Forbidden';
    return true;
}
$nvFile = $nvRoot . $nvPath;
$nvScript = null;
if ($nvPath === '/robots.txt') {
    $_GET['action'] = $_SERVER['HTTP_HOST'] ?? '';
    $nvScript = 'robots.php';
} elseif (preg_match('#sitemap\.xml$#', $nvPath)) {
    $_GET['nv'] = 'SitemapIndex';
    $nvScript = 'index.php';
} elseif (preg_match('#sitemap\-([a-z]{2})\.xml$#', $nvPath, $nvMatch)) {
    $_GET += ['language' => $nvMatch[1], 'nv' => 'SitemapIndex'];
    $nvScript = 'index.php';
} elseif (preg_match('#sitemap\-([a-z]{2})\.([a-zA-Z0-9-]+)\.xml$#', $nvPath, $nvMatch)) {
    $_GET += ['language' => $nvMatch[1], 'nv' => $nvMatch[2], 'op' => 'sitemap'];
    $nvScript = 'index.php';
} elseif (preg_match(
    '#sitemap\-([a-z]{2})\.([a-zA-Z0-9-]+)\.([a-zA-Z0-9-]+)\.xml$#', $nvPath, $nvMatch
)) {
    $_GET += ['language' => $nvMatch[1], 'nv' => $nvMatch[2], 'op' => 'sitemap/' . $nvMatch[3]];
    $nvScript = 'index.php';
} elseif (is_file($nvFile)) {
    return false;
} elseif (is_dir($nvFile)) {
    if (substr($nvPath, -1) !== '/') {
        header('Location: ' . $nvPath . '/' . ($nvQuery ? '?' . $nvQuery : ''), true, 301);
        return true;
    }
    return false;
} elseif (preg_match('#^/install/.*\.rewrite$#', $nvPath)) {
    $nvScript = 'install/rewrite.php';
} elseif (preg_match('#(/|\.html)$#', $nvPath) || preg_match('#tag/[^?]+$#', $nvPath)) {
    $nvScript = 'index.php';
} elseif (preg_match('#^/[a-zA-Z0-9\-/]*[a-zA-Z0-9\-]$#', $nvPath)) {
    header('Location: ' . $nvPath . '/' . ($nvQuery ? '?' . $nvQuery : ''), true, 301);
    return true;
} else {
    http_response_code(404);
    echo 'Not Found';
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/' . $nvScript;
$_SERVER['PHP_SELF'] = '/' . $nvScript;
$_SERVER['SCRIPT_FILENAME'] = $nvRoot . '/' . $nvScript;
unset($_SERVER['PATH_INFO'], $nvDenied, $nvPattern, $nvFile, $nvMatch, $nvPath, $nvQuery);
chdir(dirname($_SERVER['SCRIPT_FILENAME']));
// At top level: NukeViet keeps its state ($db, $nv_Request, ...) in globals.
require $_SERVER['SCRIPT_FILENAME'];
"""

# After the installer: the remote API on, and the reporter and the editor as news admins
# with API credentials, made as NukeViet's own admin pages make them.
SETUP_PHP = r"""<?php
$params = json_decode(file_get_contents('php://stdin'), true, 64, JSON_THROW_ON_ERROR);
define('NV_MAINFILE', true);
define('NV_ROOTDIR', $params['www']);
$global_config = [];
$db_config = [];
require NV_ROOTDIR . '/config.php';
require NV_ROOTDIR . '/data/config/config_global.php';
require NV_ROOTDIR . '/vendor/vinades/nukeviet/Core/Encryption.php';
$crypt = new NukeViet\Core\Encryption($global_config['sitekey']);
$prefix = $db_config['prefix'];
$news = $prefix . '_' . $params['language'] . '_news';
$db = new PDO(
    'mysql:dbname=' . $db_config['dbname'] . ';host=' . $db_config['dbhost']
        . ';port=' . $db_config['dbport'] . ';charset=utf8mb4',
    $db_config['dbuname'], $db_config['dbpass'],
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
$now = time();
$db->exec("UPDATE {$prefix}_config SET config_value='1'"
    . " WHERE lang='sys' AND module='global' AND config_name='remote_api_access'");

$role_data = serialize([
    'sys' => $params['system_actions'],
    $params['language'] => ['news' => $params['news_actions']],
]);
// The role holding the Newsdesk actions: made once, and given every action on each start.
$role_id = (int) $db->query("SELECT role_id FROM {$prefix}_authors_api_role"
    . " WHERE role_title='Newsdesk'")->fetchColumn();
if ($role_id) {
    $db->prepare("UPDATE {$prefix}_authors_api_role SET role_data=?, edittime=? WHERE role_id=?")
        ->execute([$role_data, $now, $role_id]);
} else {
    $db->prepare("INSERT INTO {$prefix}_authors_api_role"
        . ' (role_title, role_description, role_data, addtime, edittime) VALUES (?, ?, ?, ?, 0)')
        ->execute(['Newsdesk', 'Newsdesk API', $role_data, $now]);
    $role_id = (int) $db->lastInsertId();
}

$categories = [];
foreach ($db->query("SELECT catid, alias FROM {$news}_cat ORDER BY catid") as $row) {
    $categories[$row['alias']] = (int) $row['catid'];
}

$result = ['users' => [], 'categories' => $categories];
$admin_ids = [];
foreach ($params['users'] as $login => $spec) {
    $db->prepare("INSERT INTO {$prefix}_users (group_id, username, md5username, password, email,"
        . ' first_name, last_name, gender, photo, birthday, sig, regdate, question, answer,'
        . ' passlostkey, view_mail, remember, in_groups, active, checknum, last_login, last_ip,'
        . " last_agent, last_openid, idsite, email_verification_time) VALUES (3, ?, ?, ?, ?, ?, '',"
        . " '', '', 0, '', ?, '', '', '', 0, 1, '3,4', 1, '', 0, '', '', '', 0, ?)")
        ->execute([
            $spec['user'], md5(strtolower($spec['user'])),
            $crypt->hash_password($spec['password'], $global_config['hashprefix']),
            $spec['email'], $spec['display_name'], $now, $now,
        ]);
    $userid = (int) $db->lastInsertId();
    $db->exec("INSERT INTO {$prefix}_users_info (userid) VALUES ($userid)");
    foreach ([3, 4] as $group_id) {
        $db->exec("INSERT INTO {$prefix}_users_groups_users (group_id, userid, is_leader,"
            . " approved, data, time_requested, time_approved) VALUES ($group_id, $userid, 0, 1,"
            . " '0', $now, $now)");
        $db->exec("UPDATE {$prefix}_users_groups SET numbers=numbers+1 WHERE group_id=$group_id");
    }
    $db->prepare("INSERT INTO {$prefix}_authors (admin_id, editor, lev, files_level, position,"
        . ' admin_theme, addtime, edittime, is_suspend, susp_reason, check_num, last_login,'
        . " last_ip, last_agent) VALUES (?, 'ckeditor', 3, ?, ?, '', ?, 0, 0, '', '', 0, '', '')")
        ->execute([$userid, 'images|1|0|0', $spec['display_name'], $now]);
    $rights = $db->prepare("INSERT INTO {$news}_admins (userid, catid, admin, add_content,"
        . ' pub_content, edit_content, del_content, app_content) VALUES (?, ?, 0, ?, ?, ?, ?, ?)');
    foreach ($categories as $alias => $catid) {
        if (in_array($alias, $spec['without'], true)) {
            continue;
        }
        $r = $spec['rights'];
        $rights->execute([$userid, $catid, $r['add_content'], $r['pub_content'],
            $r['edit_content'], $r['del_content'], $r['app_content']]);
    }
    $api_key = $params['credentials'][$login]['api_key'];
    $api_secret = $params['credentials'][$login]['api_secret'];
    $db->prepare("INSERT INTO {$prefix}_authors_api_credential (admin_id, credential_title,"
        . ' credential_ident, credential_secret, credential_ips, auth_method, api_roles, addtime)'
        . " VALUES (?, ?, ?, ?, '', 'password_verify', ?, ?)")
        ->execute([$userid, 'Newsdesk ' . $login, $api_key, $crypt->encrypt($api_secret),
            (string) $role_id, $now]);
    $admin_ids[] = $userid;
    $result['users'][$login] = ['admin_id' => $userid];
}
// The desktops' address spared the flood blocker (40 requests a minute per address by
// default), as the README asks a portal's administrator to do for the office's address.
$db->prepare("INSERT IGNORE INTO {$prefix}_ips (type, ip, mask, area, begintime, endtime, notice)"
    . " VALUES (1, '127.0.0.1', 0, 1, ?, 0, 'Newsdesk')")->execute([$now - 60]);
file_put_contents(NV_ROOTDIR . '/data/config/efloodip.php', "<?php\n\n"
    . "if (!defined('NV_MAINFILE')) {\n    exit('Stop!!!');\n}\n\n"
    . "\$array_except_flood_site = [];\n"
    . "\$array_except_flood_site['127.0.0.1'] = ['ip6' => 0, 'mask' => \"//\", 'begintime' => "
    . ($now - 60) . ", 'endtime' => 0];\n\n\$array_except_flood_admin = [];\n");
$modules = $db->query("SELECT admins FROM {$prefix}_{$params['language']}_modules"
    . " WHERE title='news'")->fetchColumn();
$admins = array_filter(array_merge(explode(',', (string) $modules), $admin_ids));
$db->prepare("UPDATE {$prefix}_{$params['language']}_modules SET admins=? WHERE title='news'")
    ->execute([implode(',', array_unique($admins))]);
file_put_contents($params['result'], json_encode($result, JSON_UNESCAPED_UNICODE));
"""


def _write_my_cnf(layout: Layout, db_port: int) -> None:
    layout.my_cnf.write_text(
        MY_CNF.format(
            datadir=layout.datadir,
            socket=layout.socket,
            port=db_port,
            root=layout.root,
            logs=layout.logs,
            user_line="user=root" if os.geteuid() == 0 else "",
        )
    )


def _set_db_port(layout: Layout, db_port: int) -> None:
    """Point NukeViet's config.php at the database port of this start."""
    text = layout.config_php.read_text(encoding="utf-8")
    updated, count = re.subn(
        r"(\$db_config\['dbport'\]\s*=\s*)'[^']*';", rf"\g<1>'{db_port}';", text
    )
    if count != 1:
        raise SiteError(f"{layout.config_php} has no database port to update")
    layout.config_php.write_text(updated, encoding="utf-8")


def _switch_remote_api_on(layout: Layout) -> None:
    """The site reads its settings from config_global.php; the table row is set by setup."""
    text = layout.config_global.read_text(encoding="utf-8")
    updated, count = re.subn(
        r"(\$global_config\['remote_api_access'\]\s*=\s*)[^;]*;", r"\g<1>1;", text
    )
    if count != 1:
        raise SiteError(f"{layout.config_global} has no remote_api_access setting")
    layout.config_global.write_text(updated, encoding="utf-8")


def _clear_cache(layout: Layout) -> None:
    """Drop NukeViet's file cache so it reads the modules' admins and settings again."""
    cache = layout.www / "data/cache"
    for path in cache.rglob("*.cache"):
        path.unlink(missing_ok=True)


# ---------------------------------------------------------------- processes and database


def _markers(layout: Layout) -> dict[str, str]:
    return {"mariadbd": str(layout.my_cnf), "php": str(layout.router)}


def _record_pids(layout: Layout, pids: dict[str, int]) -> None:
    wpsite._write_json(layout.pids_file, dict(pids))
    site = wpsite._read_json(layout.site_json)
    if site:
        site["pids"] = dict(pids)
        wpsite._write_json(layout.site_json, site)


def _running(layout: Layout) -> dict[str, int]:
    markers = _markers(layout)
    return {
        name: pid
        for name, pid in wpsite._read_json(layout.pids_file).items()
        if name in markers and wpsite._is_ours(int(pid), markers[name])
    }


def _start_database(layout: Layout, started: dict[str, int]) -> None:
    """Start mariadbd, recording its PID before waiting so a failed start can be cleaned up."""
    layout.socket.unlink(missing_ok=True)
    started["mariadbd"] = wpsite._spawn(
        ["mariadbd", f"--defaults-file={layout.my_cnf}"], layout.logs / "mariadbd.out"
    )
    _record_pids(layout, started)
    wpsite._wait_for_database(layout, started["mariadbd"])


def _create_database(layout: Layout, password: str) -> None:
    sql = (
        f"CREATE DATABASE IF NOT EXISTS {DB_NAME} CHARACTER SET utf8mb4"
        " COLLATE utf8mb4_unicode_ci;"
        f" CREATE USER IF NOT EXISTS '{DB_USER}'@'127.0.0.1' IDENTIFIED BY '{password}';"
        f" GRANT ALL ON {DB_NAME}.* TO '{DB_USER}'@'127.0.0.1';"
    )
    result = subprocess.run(
        ["mariadb", f"--defaults-file={layout.my_cnf}", "-u", "root", "-e", sql],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise SiteError(f"could not create the database: {result.stderr.decode(errors='replace')}")


def _start_web(layout: Layout, port: int) -> int:
    logs = layout.logs
    argv = [
        "php",
        "-d", "display_errors=0",
        "-d", "log_errors=1",
        "-d", f"error_log={logs / 'php-errors.log'}",
        "-d", "memory_limit=256M",
        "-d", "upload_max_filesize=64M",
        "-d", "post_max_size=64M",
        "-d", "opcache.enable_cli=1",
        "-d", "opcache.revalidate_freq=0",
        "-S", f"127.0.0.1:{port}",
        "-t", str(layout.www),
        str(layout.router),
    ]  # fmt: skip
    env = {**os.environ, "PHP_CLI_SERVER_WORKERS": str(PHP_WORKERS)}
    return int(wpsite._spawn(argv, logs / "php-server.log", env))


def _wait_for_port(layout: Layout, port: int, pid: int) -> None:
    """Wait until the PHP server accepts connections."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not wpsite._is_ours(pid, str(layout.router)):
            raise SiteError(
                "php server exited:\n" + wpsite._log_tail(layout.logs / "php-server.log")
            )
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise SiteError(f"php server did not listen on port {port} within {START_TIMEOUT:.0f} s")


def _wait_until_answering(layout: Layout, url: str, pid: int) -> None:
    """Poll the home page until NukeViet answers it."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not wpsite._is_ours(pid, str(layout.router)):
            raise SiteError(
                "php server exited:\n" + wpsite._log_tail(layout.logs / "php-server.log")
            )
        try:
            with urllib.request.urlopen(f"{url}/", timeout=10) as response:  # noqa: S310
                response.read()
                return
        except urllib.error.HTTPError as exc:
            body = exc.read(500).decode(errors="replace")
            raise SiteError(f"{url}/ answered {exc.code}: {body}") from exc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    raise SiteError(f"{url}/ did not answer within {START_TIMEOUT:.0f} s")


# ---------------------------------------------------------------- the installer


class _Installer:
    """NukeViet's web installer driven as a browser would: one cookie jar, a Referer."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def step_url(self, step: int) -> str:
        return f"{self.url}/install/index.php?language={LANGUAGE}&step={step}"

    def request(self, step: int, form: dict[str, str] | None = None) -> tuple[str, str]:
        """(final address, page) of one step, GET or POST."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(  # noqa: S310
            self.step_url(step),
            data=data,
            headers={"User-Agent": USER_AGENT, "Referer": self.step_url(step)},
        )
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as response:
                return response.geturl(), response.read().decode(errors="replace")
        except urllib.error.HTTPError as exc:
            body = exc.read(1000).decode(errors="replace")
            raise SiteError(f"installer step {step} answered {exc.code}: {body}") from exc

    def set_cookie(self, name: str, value: str) -> None:
        self.cookies.set_cookie(
            http.cookiejar.Cookie(
                version=0,
                name=name,
                value=value,
                port=None,
                port_specified=False,
                domain="127.0.0.1",
                domain_specified=False,
                domain_initial_dot=False,
                path="/",
                path_specified=True,
                secure=False,
                expires=None,
                discard=True,
                comment=None,
                comment_url=None,
                rest={},
            )
        )

    def expect_step(self, step: int, reached: str, page: str, what: str) -> None:
        if f"step={step}" not in reached:
            found = re.search(r'class="[^"]*error[^"]*"[^>]*>(.*?)</', page, re.S)
            detail = re.sub(r"<[^>]+>", " ", found.group(1)).strip() if found else page[-800:]
            raise SiteError(f"NukeViet installer did not accept {what}: {detail}")


def _run_installer(url: str, db_port: int, db_password: str, admin: dict[str, str]) -> None:
    installer = _Installer(url)
    _, page = installer.request(1)
    token = re.search(r"supports_rewrite = '([0-9a-f]+)'", page)
    if token is None:
        raise SiteError("NukeViet installer step 1 did not offer its rewrite check")
    installer.set_cookie("supports_rewrite", token.group(1))
    for step in (2, 3, 4):
        installer.request(step)
    reached, page = installer.request(
        5,
        {
            "dbtype": "mysql",
            "dbhost": "127.0.0.1",
            "dbport": str(db_port),
            "dbname": DB_NAME,
            "dbuname": DB_USER,
            "dbpass": db_password,
            "prefix": PREFIX,
            "db_detete": "1",
        },
    )
    installer.expect_step(6, reached, page, "the database")
    reached, page = installer.request(
        6,
        {
            "site_name": "Newsdesk NukeViet",
            "nv_login": admin["user"],
            "nv_email": admin["email"],
            "nv_password": admin["password"],
            "re_password": admin["password"],
            "question": "Newsdesk",
            "answer_question": "Newsdesk",
            "lang_multi": "0",
            "dev_mode": "0",
        },
    )
    installer.expect_step(8, reached, page, "the administrator account")


# ---------------------------------------------------------------- site life cycle


def _password() -> str:
    """8-32 characters with a digit, a lower- and an upper-case letter, as NukeViet wants."""
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(17))
    return f"Nd{body}7x"


def _api_token() -> str:
    """A key or secret shaped like those NukeViet's admin generates (32 letters and digits)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


def _create(
    layout: Layout, url: str, *, port: int, db_port: int, tarball: Path, started: dict[str, int]
) -> SiteInfo:
    layout.logs.mkdir(parents=True, exist_ok=True)
    _write_my_cnf(layout, db_port)
    layout.datadir.mkdir(parents=True)
    with (layout.logs / "install-db.log").open("wb") as log:
        init_db = subprocess.Popen(
            [
                "mariadb-install-db",
                f"--defaults-file={layout.my_cnf}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        _unpack(tarball, layout.www)  # while the database initialises
        layout.router.write_text(ROUTER)
    finally:
        init_db.wait()
    if init_db.returncode != 0:
        raise SiteError(
            "mariadb-install-db failed:\n" + wpsite._log_tail(layout.logs / "install-db.log")
        )
    _start_database(layout, started)
    db_password = _password()
    _create_database(layout, db_password)

    started["php"] = _start_web(layout, port)
    _record_pids(layout, started)
    _wait_for_port(layout, port, started["php"])
    admin = {"user": "admin", "password": _password(), "email": "admin@newsdesk.test"}
    _run_installer(url, db_port, db_password, admin)
    if not layout.config_php.is_file():
        raise SiteError("NukeViet installer finished without writing config.php")

    install_package(layout)
    users, categories = _add_users(layout, list(USERS))
    _switch_remote_api_on(layout)
    _clear_cache(layout)
    return SiteInfo(
        url=url,
        dir=str(layout.root),
        port=port,
        db_port=db_port,
        admin={"user": admin["user"], "password": admin["password"]},
        users=users,
        categories=categories,
        pids=dict(started),
    )


def _add_users(layout: Layout, logins: list[str]) -> tuple[dict[str, SiteUser], dict[str, int]]:
    """Give the Newsdesk API role every action, and add the users named (news admins with
    an API credential); returns them and the news categories by alias."""
    specs: dict[str, dict[str, Any]] = {
        login: {
            "user": login,
            "password": _password(),
            "email": f"{login}@newsdesk.test",
            "display_name": USERS[login][0],
            "rights": USERS[login][1],
            "without": list(LEFT_OUT_CATEGORIES.get(login, ())),
        }
        for login in logins
    }
    credentials = {login: {"api_key": _api_token(), "api_secret": _api_token()} for login in logins}
    result_path = layout.root / "setup-result.json"
    params = {
        "www": str(layout.www),
        "language": LANGUAGE,
        "users": specs,
        "credentials": credentials,
        "news_actions": list(NEWS_ACTIONS),
        "system_actions": list(SYSTEM_ACTIONS),
        "result": str(result_path),
    }
    layout.setup_script.write_text(SETUP_PHP)
    with (layout.logs / "setup.log").open("wb") as log:
        setup = subprocess.run(
            ["php", "-d", "display_errors=stderr", str(layout.setup_script)],
            input=json.dumps(params).encode(),
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if setup.returncode != 0 or not result_path.exists():
        raise SiteError("NukeViet setup failed:\n" + wpsite._log_tail(layout.logs / "setup.log"))
    created = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    users = {
        login: SiteUser(
            user=spec["user"],
            password=spec["password"],
            admin_id=int(created["users"][login]["admin_id"]),
            display_name=spec["display_name"],
            api_key=credentials[login]["api_key"],
            api_secret=credentials[login]["api_secret"],
        )
        for login, spec in specs.items()
    }
    return users, {alias: int(catid) for alias, catid in created["categories"].items()}


def install_package(layout: Layout) -> None:
    """Install the Newsdesk API as a portal's administrator would (packaging/nukeviet/
    README.md): the module's files copied in, the language keys of its actions added to the
    module's admin language files (replacing those of an earlier install)."""
    modules = PACKAGE / "modules"
    if not modules.is_dir():
        raise SiteError(f"the Newsdesk API package is missing: {modules}")
    shutil.copytree(modules, layout.www / "modules", dirs_exist_ok=True)
    for snippet in sorted((PACKAGE / "language").glob("admin_*.txt")):
        target = layout.www / "modules/news/language" / f"{snippet.stem}.php"
        text = target.read_text(encoding="utf-8")
        begin, end = text.find(LANGUAGE_BEGIN), text.find(LANGUAGE_END)
        if begin >= 0 and end > begin:
            text = text[:begin].rstrip("\n") + text[end + len(LANGUAGE_END) :].lstrip("\n")
        keys = snippet.read_text(encoding="utf-8").strip("\n")
        text = f"{text.rstrip(chr(10))}\n\n{LANGUAGE_BEGIN}\n{keys}\n{LANGUAGE_END}\n"
        target.write_text(text, encoding="utf-8")


def _clear_partial(layout: Layout) -> None:
    """Remove what an interrupted first start left behind (never anything else)."""
    leftovers = [path for path in (layout.www, layout.datadir) if path.exists()]
    if leftovers and not layout.my_cnf.exists():
        raise SiteError(
            f"{layout.root} holds {', '.join(path.name for path in leftovers)} but is not a test "
            "site folder; not deleting it: choose another --dir"
        )
    stop(layout.root)
    for path in (layout.www, layout.datadir):
        shutil.rmtree(path, ignore_errors=True)
    for path in (layout.my_cnf, layout.router, layout.setup_script, layout.socket):
        path.unlink(missing_ok=True)


def _db_port_for(layout: Layout, web_port: int) -> int:
    """The database port of the last start while it is free, else a new free one."""
    known = wpsite._read_json(layout.site_json).get("db_port")
    if known and int(known) != web_port and wpsite._port_is_free(int(known)):
        return int(known)
    while (port := int(free_port())) == web_port:
        pass
    return port


def start(
    dir: Path = DEFAULT_DIR, port: int = DEFAULT_PORT, source: Path | None = None
) -> SiteInfo:
    """Create the site in dir, or start it again with the data it has; returns it running."""
    layout = _layout(dir)
    url = f"http://127.0.0.1:{port}"
    running = _running(layout)
    if layout.is_installed() and set(running) == {"mariadbd", "php"}:
        info = SiteInfo.from_json(wpsite._read_json(layout.site_json))
        if info.port == port:
            install_package(layout)  # the running site serves this checkout's actions
            return info
    stop(layout.root)
    if not wpsite._port_is_free(port):
        raise SiteError(f"port {port} is in use on 127.0.0.1")
    tarball = None if layout.is_installed() else find_tarball(source)

    layout.root.mkdir(parents=True, exist_ok=True)
    started: dict[str, int] = {}
    try:
        db_port = _db_port_for(layout, port)
        if tarball is None:
            known = SiteInfo.from_json(wpsite._read_json(layout.site_json))
            _write_my_cnf(layout, db_port)
            _set_db_port(layout, db_port)
            layout.router.write_text(ROUTER)
            _start_database(layout, started)
            install_package(layout)
            added, _ = _add_users(layout, [login for login in USERS if login not in known.users])
            _clear_cache(layout)
            started["php"] = _start_web(layout, port)
            info = SiteInfo(
                url=url,
                dir=str(layout.root),
                port=port,
                db_port=db_port,
                admin=known.admin,
                users={**known.users, **added},
                categories=known.categories,
                pids=dict(started),
            )
        else:
            _clear_partial(layout)
            info = _create(
                layout, url, port=port, db_port=db_port, tarball=tarball, started=started
            )
        _record_pids(layout, started)
        wpsite._write_json(layout.site_json, info.to_json())
        _wait_until_answering(layout, url, started["php"])
    except BaseException:
        stop(layout.root)
        raise
    return info


def stop(dir: Path = DEFAULT_DIR) -> None:
    """Stop the processes this script started for dir (web server first), and wait for them."""
    layout = _layout(dir)
    recorded = wpsite._read_json(layout.pids_file)
    markers = _markers(layout)
    for name in ("php", "mariadbd"):
        if name in recorded:
            wpsite._terminate(int(recorded[name]), markers[name])
    if recorded:
        _record_pids(layout, {})
    if layout.socket.parent != layout.root:
        layout.socket.unlink(missing_ok=True)


def status(dir: Path = DEFAULT_DIR) -> dict[str, Any]:
    layout = _layout(dir)
    return wpsite.site_status(layout, _running(layout), "/", timeout=10)


def reset(dir: Path = DEFAULT_DIR) -> None:
    """Stop the site and delete its folder."""
    wpsite.delete_site_folder(_layout(dir), stop)


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install-packages", help="apt-get install what the site needs")
    for name in ("start", "stop", "status", "reset"):
        command = commands.add_parser(name)
        command.add_argument("--dir", type=Path, default=DEFAULT_DIR)
        if name == "start":
            command.add_argument("--port", type=int, default=DEFAULT_PORT)
            command.add_argument(
                "--source",
                type=Path,
                default=None,
                help=f"the NukeViet {VERSION} tarball (default: ${TARBALL_ENV}, "
                f"else {DEFAULT_TARBALLS[0]})",
            )
    args = parser.parse_args(argv)
    try:
        if args.command == "install-packages":
            installed = wpsite.ensure_packages()
            print("installed: " + " ".join(installed) if installed else "all packages present")
        elif args.command == "start":
            info = start(args.dir, args.port, args.source)
            print(json.dumps(info.to_json(), ensure_ascii=False, indent=2))
        elif args.command == "stop":
            stop(args.dir)
        elif args.command == "status":
            print(json.dumps(status(args.dir), ensure_ascii=False, indent=2))
        else:
            reset(args.dir)
    except SiteError as exc:
        print(f"nvsite: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
