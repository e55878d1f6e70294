"""The NukeViet test site: installed by its own installer, with API credentials that work."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.nvsite_fixture import nvsite, start_site

pytestmark = pytest.mark.nukeviet

TIMEOUT = 20
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "nvsite.py"
# A sample article of the news module as the installer creates it (id 9, category Tin-tuc).
SAMPLE_ARTICLE = "/Tin-tuc/chuong-trinh-thuc-tap-sinh-tai-cong-ty-vinades-9.html"
SAMPLE_TITLE = "Chương trình thực tập sinh tại công ty VINADES"


def bcrypt_hash(text: str) -> str:
    """A bcrypt hash as PHP's password_verify accepts it (the project has no bcrypt module)."""
    return subprocess.run(
        ["php", "-r", "echo password_hash($argv[1], PASSWORD_BCRYPT);", "--", text],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def call_api(
    site: Any, api_key: str, api_secret: str, action: str, **fields: str
) -> dict[str, Any]:
    """A signed request to the site's api.php; returns its JSON answer."""
    timestamp = str(int(time.time()))
    response = requests.post(
        site.api_url,
        data={
            "apikey": api_key,
            "timestamp": timestamp,
            "hashsecret": bcrypt_hash(f"{api_secret}_{timestamp}"),
            "action": action,
            "language": "vi",
            **fields,
        },
        timeout=TIMEOUT,
    )
    assert response.headers["Content-Type"].startswith("application/json"), response.text
    return dict(response.json())


def query(site: Any, sql: str) -> list[list[str]]:
    """Rows of a query on the site's database, through its own server's socket."""
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


def run_script(*args: str) -> str:
    """Run scripts/nvsite.py as a user would; returns what it printed."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] not in "ZX"


def group_members(leader: int) -> list[int]:
    """Processes in the process group led by leader (the PHP server forks workers)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) == leader and fields[0] not in "ZX":
                members.append(int(entry.name))
    return members


def test_site_json_lists_reporter_and_editor_with_credentials(nv_site):
    recorded = json.loads((Path(nv_site.dir) / "site.json").read_text(encoding="utf-8"))
    assert recorded == nv_site.to_json()
    assert recorded["url"] == f"http://127.0.0.1:{nv_site.port}"
    assert set(recorded["users"]) == {"reporter", "editor", "reporter2"}
    for user in recorded["users"].values():
        assert len(user["api_key"]) == len(user["api_secret"]) == 32
    assert recorded["categories"]["Tin-tuc"] == 1


def test_home_page_and_sample_article_render(nv_site):
    home = requests.get(f"{nv_site.url}/", timeout=TIMEOUT)
    assert home.status_code == 200
    assert "/Tin-tuc/" in home.text  # the session's other tests add articles: not only #9

    article = requests.get(nv_site.url + SAMPLE_ARTICLE, timeout=TIMEOUT)
    assert article.status_code == 200
    assert 'itemprop="headline">' + SAMPLE_TITLE in article.text
    assert 'id="news-bodyhtml"' in article.text


def test_router_does_what_the_htaccess_does(nv_site):
    for denied in ("/config.php", "/includes/mainfile.php", "/data/config/config_global.php"):
        response = requests.get(nv_site.url + denied, timeout=TIMEOUT)
        assert response.status_code == 404, denied
        assert "$db_config" not in response.text
    assert requests.get(nv_site.api_url, timeout=TIMEOUT).status_code == 403
    folder = requests.get(f"{nv_site.url}/news", allow_redirects=False, timeout=TIMEOUT)
    assert folder.status_code == 301
    assert folder.headers["Location"] == "/news/"
    css = requests.get(f"{nv_site.url}/themes/default/css/style.css", timeout=TIMEOUT)
    assert css.status_code == 200
    assert css.headers["Content-Type"].startswith("text/css")


@pytest.mark.parametrize("login", ["reporter", "editor"])
def test_credential_signs_clear_cache(nv_site, login):
    user = nv_site.users[login]
    answer = call_api(nv_site, user["api_key"], user["api_secret"], "ClearCache")
    assert answer["status"] == "success", answer
    # ClearCache rewrites the settings file from the database: the remote API stays on.
    again = call_api(nv_site, user.api_key, user.api_secret, "ClearCache")
    assert again["status"] == "success", again


def test_wrong_secret_and_unknown_key_are_refused(nv_site):
    reporter = nv_site.users["reporter"]
    wrong = call_api(nv_site, reporter.api_key, "not the secret", "ClearCache")
    assert (wrong["status"], wrong["code"]) == ("error", "0014")
    assert "Authentication fail" in wrong["message"]

    unknown = call_api(nv_site, "x" * 32, reporter.api_secret, "ClearCache")
    assert unknown["status"] == "error"
    assert "No Api Credential found" in unknown["message"]


def test_role_offers_the_newsdesk_actions_of_the_news_module(nv_site):
    reporter = nv_site.users["reporter"]
    # Listed in the role and installed: the action itself answers (its payload is missing).
    offered = call_api(
        nv_site, reporter.api_key, reporter.api_secret, "NewsdeskCreate", module="news"
    )
    assert (offered["status"], offered["code"]) == ("error", "5001")
    # Not in the role: refused before the site looks for it.
    other = call_api(nv_site, reporter.api_key, reporter.api_secret, "DeleteEverything")
    assert (other["status"], other["message"]) == ("error", "Api Command Not Found!!!")


def test_reporter_adds_and_editor_publishes_in_every_category(nv_site):
    categories = {row[0] for row in query(nv_site, "SELECT catid FROM nv4_vi_news_cat")}
    assert categories == {str(catid) for catid in nv_site.categories.values()}
    rights = query(
        nv_site,
        "SELECT userid, catid, admin, add_content, pub_content, edit_content, del_content,"
        " app_content FROM nv4_vi_news_admins",
    )
    levels = dict(query(nv_site, "SELECT admin_id, lev FROM nv4_authors"))
    expected = {
        "reporter": ["0", "1", "0", "0", "0", "0"],
        "editor": ["0", "1", "1", "1", "1", "1"],
    }
    for login, granted in expected.items():
        admin_id = str(nv_site.users[login].admin_id)
        rows = [row[1:] for row in rights if row[0] == admin_id]
        assert {row[0] for row in rows} == categories
        assert all(row[1:] == granted for row in rows), (login, rows)
        assert levels[admin_id] == "3"  # a module admin, not a site administrator
    news_admins = query(nv_site, "SELECT admins FROM nv4_vi_modules WHERE title = 'news'")
    assert set(news_admins[0][0].split(",")) >= {
        str(user.admin_id) for user in nv_site.users.values()
    }


def test_missing_or_foreign_release_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv(nvsite.TARBALL_ENV, raising=False)
    with pytest.raises(nvsite.SiteError) as missing:
        nvsite.find_tarball(tmp_path / "nukeviet.tar.xz")
    for part in ("nukeviet/nukeviet", "4.5.05", "--source", nvsite.TARBALL_ENV):
        assert part in str(missing.value)

    foreign = tmp_path / "other.tar.xz"
    foreign.write_bytes(b"not nukeviet")
    monkeypatch.setenv(nvsite.TARBALL_ENV, str(foreign))
    with pytest.raises(nvsite.SiteError, match="sha256"):
        nvsite.find_tarball()


def test_start_is_idempotent_and_stop_ends_every_process(tmp_path):
    site_dir = tmp_path / "site"
    first = start_site(site_dir)
    try:
        assert nvsite.start(site_dir, first.port) == first  # a running site is left as it is
        started = {pid for leader in first.pids.values() for pid in group_members(leader)}
        assert len(started) == 2 + nvsite.PHP_WORKERS  # mariadbd, php and its workers
    finally:
        nvsite.stop(site_dir)
    assert [pid for pid in started if alive(pid)] == []
    assert nvsite.status(site_dir)["running"] == {}

    # Its database port taken meanwhile: the site comes back on another one.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past its TIME_WAITs
        squatter.bind(("127.0.0.1", first.db_port))
        squatter.listen()
        started_again = run_script("start", "--dir", str(site_dir), "--port", str(first.port))
    again = nvsite.SiteInfo.from_json(json.loads(started_again))
    try:
        assert again.to_json() == json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
        assert again.users == first.users
        assert again.db_port != first.db_port
        editor = again.users["editor"]
        answer = call_api(again, editor.api_key, editor.api_secret, "ClearCache")
        assert answer["status"] == "success", answer
    finally:
        run_script("stop", "--dir", str(site_dir))
    assert [pid for pid in again.pids.values() if alive(pid)] == []


def test_folder_that_is_not_a_site_is_left_alone(tmp_path):
    try:
        nvsite.find_tarball()
    except nvsite.SiteError as exc:
        pytest.skip(str(exc))
    kept = tmp_path / "www" / "index.php"
    kept.parent.mkdir()
    kept.write_text("<?php // someone else's")
    try:
        with pytest.raises(nvsite.SiteError, match="not a test site folder"):
            nvsite.start(tmp_path, nvsite.free_port())
    finally:
        nvsite.stop(tmp_path)  # should a site have started there after all
    assert kept.read_text() == "<?php // someone else's"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["www"]
