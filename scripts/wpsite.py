#!/usr/bin/env python3
"""A real WordPress on loopback for Newsdesk's tests and demos.

The site lives in one folder: a copy of Debian's WordPress, a private MariaDB
on a unix socket and PHP's built-in web server, all started by this script and
stopped by the PIDs it recorded. Standard library only, so it runs before the
project's virtualenv exists.

    python3 scripts/wpsite.py install-packages
    python3 scripts/wpsite.py start [--dir .wpsite] [--port 8089]
    python3 scripts/wpsite.py status|stop|reset [--dir .wpsite]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PACKAGES = (
    "wordpress",
    "wordpress-theme-twentytwentythree",
    "mariadb-server",
    "php-cli",
    "php-mysql",
    "php-gd",
    "php-xml",
    "php-mbstring",
    "php-curl",
)
DEFAULT_DIR = Path(".wpsite")
DEFAULT_PORT = 8089
WORDPRESS_SOURCE = Path("/usr/share/wordpress")
PLUGIN_SOURCE = Path(__file__).resolve().parent.parent / "packaging/wordpress/newsdesk-bridge"
PLUGIN_FILE = "newsdesk-bridge/newsdesk-bridge.php"
THEME = "twentytwentythree"
PERMALINKS = "/%year%/%monthnum%/%postname%/"
PHP_WORKERS = 4
MAX_SOCKET_PATH = 100
START_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0

# login -> (role, display name)
USERS: dict[str, tuple[str, str]] = {
    "reporter": ("contributor", "Thủy Phương"),
    "author1": ("author", "Tác giả Một"),
    "editor": ("editor", "Biên tập viên"),
    "admin": ("administrator", "Quản trị"),
}
CATEGORIES = ("Tin tức", "Hoạt động Mặt trận", "Kinh tế – Đời sống")


class SiteError(RuntimeError):
    """The test site could not be set up, started or stopped."""


@dataclass(frozen=True)
class SiteUser:
    user: str
    password: str
    app_password: str
    role: str
    display_name: str
    id: int

    def __getitem__(self, key: str) -> Any:
        """A field by its site.json name, so user["app_password"] works as in the JSON."""
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class SiteInfo:
    url: str
    dir: str
    port: int
    users: dict[str, SiteUser]
    categories: dict[str, int]
    pids: dict[str, int] = field(default_factory=dict)

    def auth(self, login: str) -> tuple[str, str]:
        """(user, application password) for HTTP Basic auth."""
        user = self.users[login]
        return user.user, user.app_password

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SiteInfo:
        return cls(
            url=data["url"],
            dir=data["dir"],
            port=int(data["port"]),
            users={name: SiteUser(**user) for name, user in data["users"].items()},
            categories={name: int(term) for name, term in data["categories"].items()},
            pids={name: int(pid) for name, pid in data.get("pids", {}).items()},
        )


# ---------------------------------------------------------------- packages


def missing_packages() -> list[str]:
    """Packages from PACKAGES that dpkg does not report as installed."""
    if shutil.which("dpkg-query") is None:
        return list(PACKAGES)
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *PACKAGES],
        capture_output=True,
        text=True,
        check=False,
    )
    installed = {
        line.split()[0].split(":")[0]
        for line in result.stdout.splitlines()
        if len(line.split()) > 1 and line.split()[1].startswith("ii")
    }
    return [name for name in PACKAGES if name not in installed]


def ensure_packages() -> list[str]:
    """Install what is missing with apt-get; returns the packages it installed."""
    missing = missing_packages()
    if not missing:
        return []
    if os.geteuid() != 0:
        raise SiteError(
            "missing Debian packages: "
            + " ".join(missing)
            + "; run `sudo python3 scripts/wpsite.py install-packages`"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt = ["apt-get", "-q", "-o", "DPkg::Lock::Timeout=300"]
    # Debian would start the packaged MariaDB and Apache services; the site runs its own.
    policy = Path("/usr/sbin/policy-rc.d")
    made_policy = not policy.exists()
    if made_policy:
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
    try:
        subprocess.run([*apt, "update"], env=env, check=True)
        subprocess.run(
            [*apt, "install", "-y", "--no-install-recommends", *missing], env=env, check=True
        )
    except subprocess.CalledProcessError as exc:
        raise SiteError(
            f"apt-get failed ({exc.returncode}) installing {' '.join(missing)}"
        ) from exc
    finally:
        if made_policy:
            policy.unlink(missing_ok=True)
    still_missing = missing_packages()
    if still_missing:
        raise SiteError("apt-get did not install: " + " ".join(still_missing))
    return missing


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
    def salts(self) -> Path:
        return self.root / "salts.php"

    @property
    def setup_script(self) -> Path:
        return self.root / "setup.php"

    @property
    def plugin_switch_script(self) -> Path:
        return self.root / "plugin-switch.php"

    @property
    def pids_file(self) -> Path:
        return self.root / "pids.json"

    @property
    def site_json(self) -> Path:
        return self.root / "site.json"

    @property
    def socket(self) -> Path:
        inside = self.root / "mysql.sock"
        if len(str(inside)) < MAX_SOCKET_PATH:
            return inside
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"wpsite-{digest}.sock"

    def is_installed(self) -> bool:
        return self.site_json.is_file() and self.datadir.is_dir() and self.www.is_dir()


def _layout(dir: Path) -> Layout:
    return Layout(Path(dir).expanduser().resolve())


def _php_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------- generated files

MY_CNF = """\
[mysqld]
datadir={datadir}
socket={socket}
pid-file={root}/mariadbd.pid
log-error={logs}/mariadbd.log
{user_line}
skip-networking
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

WP_CONFIG = """\
<?php
// Generated by scripts/wpsite.py at every start: a loopback test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', {db_host});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
require {salts};

define('WP_HOME', {url});
define('WP_SITEURL', {url});
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);

if (!defined('ABSPATH')) {{
    define('ABSPATH', __DIR__ . '/');
}}
require_once ABSPATH . 'wp-settings.php';
"""

SALT_NAMES = (
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
)

ROUTER = """\
<?php
// Router for PHP's built-in server: real files are served as they are, every
// other path (pretty permalinks, /wp-json/... even with dots) goes to WordPress.
$root = realpath($_SERVER['DOCUMENT_ROOT']);
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$target = realpath($root . $path);
if ($target !== false && strpos($target, $root) === 0) {
    if (is_file($target)) {
        return false;
    }
    if (is_dir($target) && is_file($target . '/index.php')) {
        if (substr($path, -1) !== '/') {
            $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
            header('Location: ' . $path . '/' . ($query ? '?' . $query : ''), true, 301);
            return true;
        }
        return false;
    }
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
unset($_SERVER['PATH_INFO']);
chdir($root);
require $root . '/index.php';
"""

SETUP_PHP = """\
<?php
// Headless install of the test site: tables, theme, plugin, users, categories.
$params = json_decode(file_get_contents('php://stdin'), true, 64, JSON_THROW_ON_ERROR);

$db = new mysqli('localhost', 'root', '', '', 0, $params['socket']);
$db->query('CREATE DATABASE IF NOT EXISTS wordpress'
    . ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
$db->close();

// A loopback site sends no mail.
function wp_mail() { return true; }

define('WP_INSTALLING', true);
$host = parse_url($params['url'], PHP_URL_HOST) . ':' . parse_url($params['url'], PHP_URL_PORT);
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = parse_url($params['url'], PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
require $params['www'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function fail($what, $error) {
    $message = is_wp_error($error) ? $error->get_error_message() : var_export($error, true);
    fwrite(STDERR, "$what: $message\\n");
    exit(1);
}

$admin = $params['users']['admin'];
$installed = wp_install(
    $params['title'], $admin['user'], $admin['email'], true, '', $admin['password']
);
if (empty($installed['user_id'])) {
    fail('wp_install', $installed);
}
// Start empty: no sample post, page or privacy page.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) {
    wp_delete_post($post->ID, true);
}

update_option('blogdescription', $params['description']);
update_option('timezone_string', $params['timezone']);
update_option('date_format', 'd/m/Y');
update_option('time_format', 'H:i');
update_option('start_of_week', 1);
global $wp_rewrite;
$wp_rewrite->set_permalink_structure($params['permalinks']);
$wp_rewrite->flush_rules(false);

if (!wp_get_theme($params['theme'])->exists()) {
    fail('theme', $params['theme'] . ' is not installed');
}
switch_theme($params['theme']);
$activated = activate_plugin($params['plugin']);
if (is_wp_error($activated)) {
    fail('activate_plugin', $activated);
}

$result = ['users' => [], 'categories' => []];
foreach ($params['users'] as $login => $spec) {
    $fields = [
        'user_login' => $spec['user'],
        'user_pass' => $spec['password'],
        'user_email' => $spec['email'],
        'role' => $spec['role'],
        'display_name' => $spec['display_name'],
        'nickname' => $spec['display_name'],
    ];
    if ($login === 'admin') {
        $fields['ID'] = $installed['user_id'];
        unset($fields['user_login'], $fields['user_pass']);
        $user_id = wp_update_user($fields);
    } else {
        $user_id = wp_insert_user($fields);
    }
    if (is_wp_error($user_id)) {
        fail("user $login", $user_id);
    }
    $app = WP_Application_Passwords::create_new_application_password(
        $user_id, ['name' => 'Newsdesk tests']
    );
    if (is_wp_error($app)) {
        fail("application password for $login", $app);
    }
    $result['users'][$login] = ['id' => $user_id, 'app_password' => $app[0]];
}
foreach ($params['categories'] as $name) {
    $term = wp_insert_term($name, 'category');
    if (is_wp_error($term)) {
        fail("category $name", $term);
    }
    $result['categories'][$name] = $term['term_id'];
}
file_put_contents($params['result'], json_encode($result, JSON_UNESCAPED_UNICODE));
"""


PLUGIN_SWITCH_PHP = """\
<?php
// Activates or deactivates one plugin of the test site, as an administrator would.
$params = json_decode(file_get_contents('php://stdin'), true, 64, JSON_THROW_ON_ERROR);
$_SERVER['SERVER_NAME'] = parse_url($params['url'], PHP_URL_HOST);
$_SERVER['HTTP_HOST'] = $_SERVER['SERVER_NAME'] . ':' . parse_url($params['url'], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $params['www'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ($params['active']) {
    $result = activate_plugin($params['plugin']);
    if (is_wp_error($result)) {
        fwrite(STDERR, 'activate_plugin: ' . $result->get_error_message() . "\\n");
        exit(1);
    }
} else {
    deactivate_plugins($params['plugin']);
}
if (is_plugin_active($params['plugin']) !== $params['active']) {
    fwrite(STDERR, $params['plugin'] . " did not switch\\n");
    exit(1);
}
"""


WP_PHP_HEAD = """\
<?php
$params = json_decode(file_get_contents('php://stdin'), true, 64, JSON_THROW_ON_ERROR);
$_SERVER['SERVER_NAME'] = parse_url($params['url'], PHP_URL_HOST);
$_SERVER['HTTP_HOST'] = $_SERVER['SERVER_NAME'] . ':' . parse_url($params['url'], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $params['www'] . '/wp-load.php';
"""

# Sets one option of the test site, as an administrator would in its settings.
OPTION_PHP = WP_PHP_HEAD + "update_option($params['name'], $params['value']);\n"

# Deletes every post (with its meta, terms and revisions) newer than a given id, and prints the
# newest id left: the benchmark puts the site back as it was before each run.
_TRIM_POSTS_BODY = """\
global $wpdb;
$ids = $wpdb->get_col($wpdb->prepare(
    "SELECT ID FROM {$wpdb->posts} WHERE ID > %d AND post_type = 'post'", $params['after']
));
foreach ($ids as $id) {
    wp_delete_post((int) $id, true);
}
echo (int) $wpdb->get_var("SELECT MAX(ID) FROM {$wpdb->posts}");
"""
TRIM_POSTS_PHP = WP_PHP_HEAD + _TRIM_POSTS_BODY


REST_OFF_PLUGIN = """\
<?php
// Written by scripts/wpsite.py: the REST API refuses every request, as on a locked-down site.
add_filter('rest_authentication_errors', function () {
    $message = 'The REST API is disabled on this site.';
    return new WP_Error('rest_disabled', $message, ['status' => 403]);
}, 999);
"""


def _write_my_cnf(layout: Layout) -> None:
    layout.my_cnf.write_text(
        MY_CNF.format(
            datadir=layout.datadir,
            socket=layout.socket,
            root=layout.root,
            logs=layout.logs,
            user_line="user=root" if os.geteuid() == 0 else "",
        )
    )


def _write_web_files(layout: Layout, url: str) -> None:
    """wp-config.php (URL and socket may change between starts), salts once, the router."""
    if not layout.salts.exists():
        lines = [f"define('{name}', {_php_str(secrets.token_urlsafe(48))});" for name in SALT_NAMES]
        layout.salts.write_text("<?php\n" + "\n".join(lines) + "\n")
    (layout.www / "wp-config.php").write_text(
        WP_CONFIG.format(
            db_host=_php_str(f"localhost:{layout.socket}"),
            salts=_php_str(str(layout.salts)),
            url=_php_str(url),
        )
    )
    layout.router.write_text(ROUTER)


def _copy_wordpress(layout: Layout) -> None:
    # Debian's wp-config.php reads /etc/wordpress and .htaccess links into /etc: both
    # are replaced by our own. Symlinks are copied as files so the tree stands alone.
    shutil.copytree(
        WORDPRESS_SOURCE,
        layout.www,
        ignore=shutil.ignore_patterns(".htaccess", "wp-config.php"),
        ignore_dangling_symlinks=True,
    )
    for sub in ("plugins", "themes", "uploads", "upgrade", "languages"):
        (layout.www / "wp-content" / sub).mkdir(parents=True, exist_ok=True)


def _install_plugin(layout: Layout) -> None:
    """Make the site's copy of the plugin the one in packaging/, even while the site runs.

    Each file is replaced in one step, so a request being served never sees it missing;
    files the packaged plugin no longer has are removed.
    """
    target = layout.www / "wp-content/plugins" / PLUGIN_SOURCE.name
    wanted = {
        path.relative_to(PLUGIN_SOURCE) for path in PLUGIN_SOURCE.rglob("*") if path.is_file()
    }
    for relative in sorted(wanted):
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.new")
        shutil.copyfile(PLUGIN_SOURCE / relative, partial)
        partial.replace(destination)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(target) not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


# ---------------------------------------------------------------- processes


def _spawn(argv: list[str], log: Path, env: dict[str, str] | None = None) -> int:
    """Start a detached process (own session) whose output goes to log; returns its PID."""
    log.parent.mkdir(parents=True, exist_ok=True)
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(log), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ]
    pid = os.posix_spawnp(
        argv[0],
        argv,
        env if env is not None else dict(os.environ),
        file_actions=actions,
        setsid=True,
    )
    # /proc/PID/cmdline is empty for a moment after the spawn; callers identify our
    # processes by it, so wait until it shows the program (or the child has died).
    deadline = time.monotonic() + 5
    while not _cmdline(pid) and _stat(pid) is not None and time.monotonic() < deadline:
        time.sleep(0.002)
    return pid


def _cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, process group) of a process, or None when it does not exist."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[2])


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _is_ours(pid: int, marker: str) -> bool:
    """True when pid is alive and its command line names our file (so it is not a reused PID)."""
    stat = _stat(pid)
    if stat is None or stat[0] in "ZX":
        _reap(pid)
        return False
    return any(marker in arg for arg in _cmdline(pid))


def _group(leader: int, marker: str) -> list[int]:
    """Live processes in the session we started as leader (php forks its workers)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            pid = int(entry.name)
            stat = _stat(pid)
            if stat is not None and stat[1] == leader and _is_ours(pid, marker):
                members.append(pid)
    return members


def _terminate(leader: int, marker: str, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the process group we started, and wait until all of it has exited."""
    deadline = time.monotonic() + timeout
    sig = signal.SIGTERM
    while members := _group(leader, marker):
        for pid in members:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        if time.monotonic() > deadline:
            if sig == signal.SIGKILL:
                raise SiteError(f"processes {members} did not exit")
            sig, deadline = signal.SIGKILL, time.monotonic() + 5
        time.sleep(0.05)
    _reap(leader)


def _markers(layout: Layout) -> dict[str, str]:
    return {"mariadbd": str(layout.my_cnf), "php": str(layout.router)}


def _record_pids(layout: Layout, pids: dict[str, int]) -> None:
    _write_json(layout.pids_file, dict(pids))
    site = _read_json(layout.site_json)
    if site:
        site["pids"] = dict(pids)
        _write_json(layout.site_json, site)


def _running(layout: Layout) -> dict[str, int]:
    markers = _markers(layout)
    return {
        name: pid
        for name, pid in _read_json(layout.pids_file).items()
        if name in markers and _is_ours(int(pid), markers[name])
    }


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# ---------------------------------------------------------------- database


def _init_database(layout: Layout) -> subprocess.Popen[bytes]:
    layout.datadir.mkdir(parents=True)
    log = (layout.logs / "install-db.log").open("wb")
    with log:
        return subprocess.Popen(
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


def _spawn_database(layout: Layout) -> int:
    layout.socket.unlink(missing_ok=True)
    return _spawn(["mariadbd", f"--defaults-file={layout.my_cnf}"], layout.logs / "mariadbd.out")


def _wait_for_database(layout: Layout, pid: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not _is_ours(pid, str(layout.my_cnf)):
            raise SiteError("mariadbd exited:\n" + _log_tail(layout.logs / "mariadbd.log"))
        with socket.socket(socket.AF_UNIX) as client, contextlib.suppress(OSError):
            client.connect(str(layout.socket))
            return
        time.sleep(0.02)
    raise SiteError("mariadbd did not open its socket:\n" + _log_tail(layout.logs / "mariadbd.log"))


def _start_database(layout: Layout, started: dict[str, int]) -> None:
    """Start mariadbd, recording its PID before waiting so a failed start can be cleaned up."""
    started["mariadbd"] = _spawn_database(layout)
    _record_pids(layout, started)
    _wait_for_database(layout, started["mariadbd"])


# ---------------------------------------------------------------- web server


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
    return _spawn(argv, logs / "php-server.log", env)


def _wait_until_answering(layout: Layout, url: str, pid: int) -> None:
    """Poll the plugin's info route until WordPress answers it."""
    probe = f"{url}/wp-json/newsdesk/v1/info"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not _is_ours(pid, str(layout.router)):
            raise SiteError("php server exited:\n" + _log_tail(layout.logs / "php-server.log"))
        try:
            with urllib.request.urlopen(probe, timeout=5) as response:  # noqa: S310
                json.load(response)
                return
        except urllib.error.HTTPError as exc:
            body = exc.read(500).decode(errors="replace")
            raise SiteError(f"{probe} answered {exc.code}: {body}") from exc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    raise SiteError(f"{probe} did not answer within {START_TIMEOUT:.0f} s")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As PHP does: a port whose last connections are in TIME_WAIT is free to listen on.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


# ---------------------------------------------------------------- site life cycle


def _user_specs() -> dict[str, dict[str, str]]:
    return {
        login: {
            "user": login,
            "password": secrets.token_urlsafe(18),
            "email": f"{login}@newsdesk.test",
            "role": role,
            "display_name": display,
        }
        for login, (role, display) in USERS.items()
    }


def _create(
    layout: Layout, url: str, started: dict[str, int]
) -> tuple[dict[str, SiteUser], dict[str, int]]:
    """Build a new site in an empty folder; returns its users and categories."""
    layout.logs.mkdir(parents=True, exist_ok=True)
    _write_my_cnf(layout)
    init_db = _init_database(layout)
    try:
        _copy_wordpress(layout)  # while the database initialises
        _write_web_files(layout, url)
        _install_plugin(layout)
    finally:
        init_db.wait()
    if init_db.returncode != 0:
        raise SiteError("mariadb-install-db failed:\n" + _log_tail(layout.logs / "install-db.log"))
    _start_database(layout, started)

    specs = _user_specs()
    result_path = layout.root / "setup-result.json"
    params = {
        "socket": str(layout.socket),
        "url": url,
        "www": str(layout.www),
        "title": "Newsdesk test site",
        "description": "Cổng thông tin thử nghiệm",
        "timezone": "Asia/Ho_Chi_Minh",
        "permalinks": PERMALINKS,
        "theme": THEME,
        "plugin": PLUGIN_FILE,
        "users": specs,
        "categories": list(CATEGORIES),
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
        raise SiteError("WordPress install failed:\n" + _log_tail(layout.logs / "setup.log"))
    created = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    users = {
        login: SiteUser(
            user=spec["user"],
            password=spec["password"],
            app_password=created["users"][login]["app_password"],
            role=spec["role"],
            display_name=spec["display_name"],
            id=int(created["users"][login]["id"]),
        )
        for login, spec in specs.items()
    }
    categories = {name: int(term) for name, term in created["categories"].items()}
    return users, categories


def _clear_partial(layout: Layout) -> None:
    """Remove what an interrupted first start left behind (never anything else)."""
    stop(layout.root)
    for path in (layout.www, layout.datadir):
        shutil.rmtree(path, ignore_errors=True)
    for path in (layout.my_cnf, layout.router, layout.salts, layout.setup_script, layout.socket):
        path.unlink(missing_ok=True)


def start(dir: Path = DEFAULT_DIR, port: int = DEFAULT_PORT) -> SiteInfo:
    """Create the site in dir, or start it again with the data it has; returns it running."""
    layout = _layout(dir)
    url = f"http://127.0.0.1:{port}"
    running = _running(layout)
    if layout.is_installed() and set(running) == {"mariadbd", "php"}:
        info = SiteInfo.from_json(_read_json(layout.site_json))
        if info.port == port:
            _install_plugin(layout)
            _switch_plugin(layout, info.url, active=True)
            return info
    stop(layout.root)
    if not _port_is_free(port):
        raise SiteError(f"port {port} is in use on 127.0.0.1")

    layout.root.mkdir(parents=True, exist_ok=True)
    started: dict[str, int] = {}
    try:
        if layout.is_installed():
            known = SiteInfo.from_json(_read_json(layout.site_json))
            users, categories = known.users, known.categories
            _write_my_cnf(layout)
            _write_web_files(layout, url)
            _install_plugin(layout)
            _start_database(layout, started)
            _switch_plugin(layout, url, active=True)
        else:
            _clear_partial(layout)
            users, categories = _create(layout, url, started)
        started["php"] = _start_web(layout, port)
        _record_pids(layout, started)
        info = SiteInfo(
            url=url,
            dir=str(layout.root),
            port=port,
            users=users,
            categories=categories,
            pids=dict(started),
        )
        _write_json(layout.site_json, info.to_json())
        _wait_until_answering(layout, url, started["php"])
    except BaseException:
        stop(layout.root)
        raise
    return info


def stop(dir: Path = DEFAULT_DIR) -> None:
    """Stop the processes this script started for dir (web server first), and wait for them."""
    layout = _layout(dir)
    recorded = _read_json(layout.pids_file)
    markers = _markers(layout)
    for name in ("php", "mariadbd"):
        if name in recorded:
            _terminate(int(recorded[name]), markers[name])
    if recorded:
        _record_pids(layout, {})
    if layout.socket.parent != layout.root:
        layout.socket.unlink(missing_ok=True)


def pause_web(dir: Path = DEFAULT_DIR) -> None:
    """Stop only the web server: the site is unreachable, its database keeps running."""
    layout = _layout(dir)
    running = _running(layout)
    if "php" in running:
        _terminate(running["php"], str(layout.router))
    running.pop("php", None)
    _record_pids(layout, running)


def resume_web(dir: Path = DEFAULT_DIR) -> SiteInfo:
    """Start the web server again after pause_web, on the same port."""
    layout = _layout(dir)
    running = _running(layout)
    if "mariadbd" not in running:
        raise SiteError(f"the site in {layout.root} is not running; start it first")
    info = SiteInfo.from_json(_read_json(layout.site_json))
    if "php" not in running:
        running["php"] = _start_web(layout, info.port)
        _record_pids(layout, running)
        _wait_until_answering(layout, info.url, running["php"])
    return SiteInfo.from_json(_read_json(layout.site_json))


def _switch_plugin(layout: Layout, url: str, *, active: bool) -> None:
    script = layout.plugin_switch_script
    script.write_text(PLUGIN_SWITCH_PHP)
    params = {"url": url, "www": str(layout.www), "plugin": PLUGIN_FILE, "active": active}
    result = subprocess.run(
        ["php", "-d", "display_errors=stderr", str(script)],
        input=json.dumps(params).encode(),
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).decode(errors="replace").strip()
        action = "activate" if active else "deactivate"
        raise SiteError(f"could not {action} {PLUGIN_FILE}: {output[-2000:]}")


def set_plugin(dir: Path, *, active: bool) -> None:
    """Activate or deactivate the Newsdesk Bridge plugin on the running site in dir."""
    layout = _layout(dir)
    if "mariadbd" not in _running(layout):
        raise SiteError(f"the site in {layout.root} is not running; start it first")
    _switch_plugin(layout, SiteInfo.from_json(_read_json(layout.site_json)).url, active=active)


def _run_wp_php(dir: Path, name: str, code: str, params: dict[str, Any]) -> str:
    """Run a PHP script inside the running site's WordPress; returns what it printed."""
    layout = _layout(dir)
    url = SiteInfo.from_json(_read_json(layout.site_json)).url
    script = layout.root / f"{name}.php"
    script.write_text(code)
    result = subprocess.run(
        ["php", "-d", "display_errors=stderr", str(script)],
        input=json.dumps({"url": url, "www": str(layout.www), **params}).encode(),
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).decode(errors="replace").strip()
        raise SiteError(f"{name} failed: {output[-2000:]}")
    return result.stdout.decode(errors="replace")


def set_option(dir: Path, name: str, value: object) -> None:
    """Set a WordPress option on the running site in dir (e.g. the plugin's
    ``newsdesk_bridge_reporter_uploads``)."""
    _run_wp_php(dir, "set-option", OPTION_PHP, {"name": name, "value": value})


def trim_posts(dir: Path, after: int = 0) -> int:
    """Delete every post whose id is above ``after`` from the running site in dir; returns the
    newest post id left (call with a huge ``after`` to learn the newest id)."""
    return int(_run_wp_php(dir, "trim-posts", TRIM_POSTS_PHP, {"after": after}).strip() or 0)


def set_rest_api(dir: Path, *, enabled: bool) -> None:
    """Switch the site's REST API off (every route answers 403 rest_disabled) or back on."""
    layout = _layout(dir)
    mu_plugins = layout.www / "wp-content/mu-plugins"
    switch = mu_plugins / "newsdesk-test-rest-off.php"
    if enabled:
        switch.unlink(missing_ok=True)
    else:
        mu_plugins.mkdir(exist_ok=True)
        switch.write_text(REST_OFF_PLUGIN)


def site_status(layout: Any, running: dict[str, int], probe: str, timeout: float) -> dict[str, Any]:
    """What ``status`` prints for a test site in ``layout`` (this script's or nvsite.py's):
    whether PHP answers at ``probe`` (a path under the site's address)."""
    site = _read_json(layout.site_json)
    answering = False
    if "php" in running and site:
        try:
            with urllib.request.urlopen(f"{site['url']}{probe}", timeout=timeout):  # noqa: S310
                answering = True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            answering = False
    return {
        "dir": str(layout.root),
        "installed": layout.is_installed(),
        "url": site.get("url"),
        "running": running,
        "answering": answering,
    }


def delete_site_folder(layout: Any, stop_site: Callable[[Path], None]) -> None:
    """Stop the test site in ``layout`` and delete its folder, if the folder is one."""
    if not layout.root.exists():
        return
    ours = layout.my_cnf.exists() or layout.site_json.exists() or not any(layout.root.iterdir())
    if not ours:
        raise SiteError(f"{layout.root} does not look like a test site folder; not deleting it")
    stop_site(layout.root)
    shutil.rmtree(layout.root)


def status(dir: Path = DEFAULT_DIR) -> dict[str, Any]:
    layout = _layout(dir)
    return site_status(layout, _running(layout), "/wp-json/", timeout=5)


def reset(dir: Path = DEFAULT_DIR) -> None:
    """Stop the site and delete its folder."""
    delete_site_folder(_layout(dir), stop)


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
    args = parser.parse_args(argv)
    try:
        if args.command == "install-packages":
            installed = ensure_packages()
            print("installed: " + " ".join(installed) if installed else "all packages present")
        elif args.command == "start":
            print(json.dumps(start(args.dir, args.port).to_json(), ensure_ascii=False, indent=2))
        elif args.command == "stop":
            stop(args.dir)
        elif args.command == "status":
            print(json.dumps(status(args.dir), ensure_ascii=False, indent=2))
        else:
            reset(args.dir)
    except SiteError as exc:
        print(f"wpsite: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
