"""Exactly once on the real NukeViet: the sync engine reaches the site through a proxy that
breaks connections (tests/sync/faultproxy.py), and afterwards the site holds one article per
client UUID, one uploaded file per photo, and the latest text.

Targeted: the reply to a create, an update and an upload lost; a create that lands after the
client gave up. Killed: the sync runs in a child process that is killed (SIGKILL) while its
request is on the wire, and a sync afterwards finishes the work. Randomized: 200 fault
schedules by default (seeded by their number), as for WordPress:

    NEWSDESK_NV_FAULT_SCHEDULES=1000 pytest tests/sync/test_nukeviet_exactly_once.py
    NEWSDESK_NV_FAULT_SEED=137 pytest tests/sync/test_nukeviet_exactly_once.py -k random
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from newsdesk.core import FeaturedImage, OutboxAction, OutboxState, Site, SyncState, new_article
from newsdesk.core.site import SiteKind
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine, SyncReport
from tests.nukeviet_helpers import api_action_of, api_call, ids_titled, uploaded_files
from tests.sync.faultproxy import (
    Action,
    Fault,
    FaultPlan,
    FaultProxy,
    RandomFaults,
    ScriptedFaults,
    TargetedFaults,
)

pytestmark = pytest.mark.nukeviet

SCHEDULES = int(os.environ.get("NEWSDESK_NV_FAULT_SCHEDULES", "200"))
ONLY_SEED = os.environ.get("NEWSDESK_NV_FAULT_SEED")
PARALLEL_SCHEDULES = 1 if ONLY_SEED else 4  # the site's PHP server has four workers
CLIENT_TIMEOUT = (1.0, 2.0)  # connect, read: a long delay (2.2-2.6 s) is a timeout
LONG_DELAY = (2.2, 2.6)
LONG_DELAY_SHARE = 0.1
RETRY = RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0)
CLEAN_RUNS = 5
ROOT = Path(__file__).resolve().parents[2]

CREATE = r"^POST \S*api\.php NewsdeskCreate$"
UPDATE = r"^POST \S*api\.php NewsdeskUpdate$"
UPLOAD = r"^POST \S*api\.php NewsdeskUpload$"
DROP_AFTER = Action(Fault.DROP_AFTER_REQUEST)
_STORE_OPENING = threading.Lock()  # Alembic's migration context is process-global

_PLACES = ("Vĩnh Linh", "Gio Linh", "Hải Lăng", "Triệu Phong", "Cam Lộ", "Hướng Hóa")
_EVENTS = ("Hội nghị giao ban Mặt trận", "Trao nhà Đại đoàn kết", "Hỗ trợ bà con vùng lũ")


@dataclass(frozen=True)
class Content:
    title: str
    sapo: str
    body: str


def _content(rng: random.Random, key: str, version: int) -> Content:
    """Text of one article; ``key`` (unique per article and run) goes in its title."""
    place, event = rng.choice(_PLACES), rng.choice(_EVENTS)
    return Content(
        title=f"{event} ở {place} [{key} v{version}]",
        sapo=f"Ủy ban MTTQ huyện {place} tổ chức {event.lower()} (bản {version}).",
        body=(
            f"Tham dự có đồng chí Lê Thị Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh ({key}).\n\n"
            f"Toàn huyện **{place}** đã vận động được {rng.randint(100, 999)} triệu đồng cho "
            f"Quỹ “Vì người nghèo”.\n\n- Bản sửa lần {version}"
        ),
    )


def _photo(folder: Path, name: str) -> tuple[Path, str]:
    """A small PNG never seen before (random pixels), and its content hash."""
    path = folder / f"{name}.png"
    image = Image.new("RGB", (48, 32), (30, 90, 160))
    for x in range(0, 48, 6):
        image.putpixel((x, x % 32), tuple(os.urandom(3)))
    image.save(path)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def make_connector(site: Any, url: str, timeout: tuple[float, float]) -> NukeVietConnector:
    reporter = site.users["reporter"]
    return NukeVietConnector(url, reporter.api_key, reporter.api_secret, timeout=timeout)


# The desk under test ------------------------------------------------------------------------


class Desk:
    """A reporter's store and sync engine, reaching NukeViet only through a fault proxy."""

    def __init__(self, nv_site: Any, folder: Path, *, workers: int = 1, key: str = "") -> None:
        self.nv_site = nv_site
        self.folder = folder
        self.key = key or folder.name
        folder.mkdir(parents=True, exist_ok=True)
        with _STORE_OPENING:
            self.store = Store.open(folder / "desk.sqlite3")
        self.proxy = FaultProxy("127.0.0.1", nv_site.port, describe=api_action_of).start()
        reporter = nv_site.users["reporter"]
        self.site = self.store.add_site(
            Site(
                "portal",
                self.proxy.url,
                reporter.api_key,
                kind=SiteKind.NUKEVIET,
                roles=("contributor",),
            )
        )
        proxy_url = self.proxy.url
        self.engine = SyncEngine(
            self.store,
            lambda _site: make_connector(nv_site, proxy_url, CLIENT_TIMEOUT),
            retry=RETRY,
            workers=workers,
        )
        self.latest: dict[int, Content] = {}
        self.photos: dict[int, str] = {}  # article id -> its featured photo's hash

    def close(self) -> None:
        self.store.close()
        self.proxy.close()

    def write(self, content: Content, article_id: int | None = None, *, photo: bool = False) -> int:
        """Create or edit an article and queue it for the site, as the Submit button does."""
        if article_id is None:
            featured = None
            if photo:
                path, sha = _photo(self.folder, f"anh-{len(self.latest)}")
                featured = FeaturedImage(str(path), "Quang cảnh", "Thủy Phương")
            article = self.store.create_article(
                new_article(
                    title=content.title,
                    sapo=content.sapo,
                    body=content.body,
                    featured_image=featured,
                )
            )
            if photo:
                self.photos[article.pk] = sha
        else:
            article = self.store.save_article(
                self.store.get_article(article_id).edited(
                    title=content.title, sapo=content.sapo, body=content.body
                )
            )
        self.store.enqueue(article.pk, self.site.pk, OutboxAction.SUBMIT)
        self.latest[article.pk] = content
        return article.pk

    def sync(self, plan: FaultPlan) -> SyncReport:
        self.proxy.set_plan(plan)
        return self.engine.run()

    def sync_until_sent(self, runs: int = CLEAN_RUNS) -> list[SyncReport]:
        reports = []
        for _ in range(runs):
            reports.append(self.sync(ScriptedFaults()))
            if not self.store.pending_outbox():
                return reports
        pending = [(i.article_id, i.last_error) for i in self.store.pending_outbox()]
        raise AssertionError(f"still queued after {runs} runs without faults: {pending}")

    def problems(self) -> list[str]:
        """One article on the site per client UUID, holding the latest text, pending review;
        the latest edit still here and marked sent; one file per photo."""
        found = []
        for article_id, want in self.latest.items():
            said = f"article {article_id}:"
            local = self.store.get_article(article_id)
            if Content(local.title, local.sapo, local.body) != want:
                found.append(f"{said} the local edit was lost: {local!r}")
            state, reason = self.store.sync_state(article_id)
            if state is not SyncState.SENT:
                found.append(f"{said} sync state {state} ({reason})")
            if any(
                i.state is not OutboxState.DONE for i in self.store.outbox_for_article(article_id)
            ):
                found.append(f"{said} outbox items not done")
            tag = want.title[want.title.rindex("[") :].rsplit(" v", 1)[0]  # any version's
            rows = ids_titled(self.nv_site, f"{tag} v")
            if len(rows) != 1:
                found.append(f"{said} {len(rows)} articles on the site: {rows}")
                continue
            answer = api_call(self.nv_site, "editor", "NewsdeskRead", client_uuid=local.uuid)
            if answer.get("status") != "success":
                found.append(f"{said} the site does not find its UUID: {answer}")
                continue
            post = answer["post"]
            if post["id"] != rows[0]:
                found.append(f"{said} its UUID finds {post['id']}, its title {rows[0]}")
            held = Content(post["title"], post["meta"]["sapo"], post["meta"]["markdown"])
            if held != want:
                found.append(f"{said} the site holds {held!r}, not {want!r}")
            if post["status"] != "pending":
                found.append(f"{said} the article is {post['status']}, not pending")
            ref = self.store.get_remote(article_id, self.site.pk)
            if ref is None or ref.remote_id != post["id"]:
                found.append(f"{said} the store points at {ref}, the site has {post['id']}")
            sha = self.photos.get(article_id)
            if sha is not None:
                files = uploaded_files(self.nv_site, sha)
                if len(files) != 1:
                    found.append(f"{said} photo {sha[:16]} is {len(files)} files: {files}")
                if post["image"] is None or sha[:16] not in post["image"]["url"]:
                    found.append(f"{said} the article's image is {post['image']}")
        return found


@pytest.fixture
def desk(nv_site: Any, tmp_path: Path) -> Iterator[Desk]:
    desk = Desk(nv_site, tmp_path / "desk", key=f"t{time.time_ns() % 10**9}")
    yield desk
    desk.close()


def _text(desk: Desk, version: int = 1) -> Content:
    return _content(random.Random(desk.key), desk.key, version)  # noqa: S311 - test text


def _assert_all_well(desk: Desk, reports: list[SyncReport]) -> None:
    problems = desk.problems()
    assert not problems, "\n".join(problems) + "\nrequests:\n" + desk.proxy.log()
    assert not [p for r in reports for p in r.problems if not p.will_retry]


def _faulted_then_sent(desk: Desk, plan: TargetedFaults) -> list[SyncReport]:
    reports = [desk.sync(plan)]
    assert plan.unused() == [], f"the faults never fired:\n{desk.proxy.log()}"
    return reports + desk.sync_until_sent()


# One fault at one place ----------------------------------------------------------------------


def test_a_lost_reply_to_a_create_makes_no_second_article(desk: Desk) -> None:
    desk.write(_text(desk))

    reports = _faulted_then_sent(desk, TargetedFaults([(CREATE, DROP_AFTER)]))

    _assert_all_well(desk, reports)


def test_a_lost_reply_to_an_update_is_not_a_conflict_with_oneself(desk: Desk) -> None:
    article_id = desk.write(_text(desk))
    desk.sync_until_sent()
    desk.write(_text(desk, 2), article_id)
    # The site takes v2 but the reply is lost, and the retry does not get through either.
    plan = TargetedFaults([(UPDATE, DROP_AFTER), (UPDATE, Action(Fault.DROP_BEFORE_REQUEST))])
    report = desk.sync(plan)
    assert plan.unused() == [], desk.proxy.log()
    assert [p.will_retry for p in report.problems] == [True]

    desk.write(_text(desk, 3), article_id)
    reports = desk.sync_until_sent()

    _assert_all_well(desk, reports)


def test_a_lost_reply_to_an_upload_uploads_the_photo_once(desk: Desk) -> None:
    desk.write(_text(desk), photo=True)

    reports = _faulted_then_sent(desk, TargetedFaults([(UPLOAD, DROP_AFTER)]))

    _assert_all_well(desk, reports)


def test_a_create_that_lands_after_the_client_gave_up_makes_no_second_article(
    desk: Desk,
) -> None:
    # The create waits in the network past the read timeout, the client tries again, then the
    # first create lands too: only the site can refuse a second article for the same UUID.
    desk.write(_text(desk))
    late = Action(Fault.DELAY, delay=CLIENT_TIMEOUT[1] + 0.5, late=True)

    reports = [desk.sync(TargetedFaults([(CREATE, late)]))]
    assert desk.proxy.wait_idle(), desk.proxy.log()
    reports += desk.sync_until_sent()

    _assert_all_well(desk, reports)


# A sync killed while its request is on the wire ----------------------------------------------


def _sync_in_child(desk: Desk) -> subprocess.Popen[str]:
    reporter = desk.nv_site.users["reporter"]
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.nukeviet_sync_child",
            str(desk.folder / "desk.sqlite3"),
            desk.proxy.url,
            reporter.api_key,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(reporter.api_secret + "\n")
    child.stdin.close()
    return child


def _output(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    assert child.stderr is not None
    return child.stdout.read() + child.stderr.read()


def _wait_for(condition: Callable[[], bool], child: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if child.poll() is not None:
            raise AssertionError(f"the sync ended before {what}: {_output(child)}")
        assert time.monotonic() < deadline, f"no {what} in 60 s"
        time.sleep(0.01)


@pytest.mark.parametrize("target", ["create", "update", "upload"])
def test_a_sync_killed_mid_request_is_finished_by_the_next(desk: Desk, target: str) -> None:
    pattern = {"create": CREATE, "update": UPDATE, "upload": UPLOAD}[target]
    article_id = desk.write(_text(desk), photo=target == "upload")
    if target == "update":
        desk.sync_until_sent()
        desk.write(_text(desk, 2), article_id)
    # The request waits in the network, the process is killed, then the request lands.
    desk.proxy.set_plan(TargetedFaults([(pattern, Action(Fault.DELAY, delay=1.0, late=True))]))
    child = _sync_in_child(desk)
    try:
        _wait_for(
            lambda: any(re.search(pattern, e.request) for e in desk.proxy.events()),
            child,
            f"{target} request",
        )
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL, _output(child)
    assert desk.proxy.wait_idle(), desk.proxy.log()
    assert [e.forwarded for e in desk.proxy.events() if e.action.late] == [True]
    state, _reason = desk.store.sync_state(article_id)
    assert state is not SyncState.SENT  # the killed sync recorded nothing

    reports = desk.sync_until_sent()

    _assert_all_well(desk, reports)


# Randomized schedules ------------------------------------------------------------------------


class Schedule:
    """One randomized run, reproducible from its seed (with one worker)."""

    def __init__(self, seed: int, nv_site: Any, folder: Path, run_key: str) -> None:
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - reproducible, not secret
        self.nv_site = nv_site
        self.folder = folder
        self.run_key = run_key
        self.log: list[str] = []
        self.workers = 3 if seed % 4 == 3 else 1

    def run(self) -> tuple[str, Counter[Fault]]:
        desk = Desk(self.nv_site, self.folder, workers=self.workers)
        try:
            self._run(desk)
            problems = desk.problems()
            failure = ""
            if problems:
                failure = self._failure(desk, "\n".join(problems))
        except Exception:  # noqa: BLE001 - reported with the seed, like any other failure
            failure = self._failure(desk, traceback.format_exc(limit=-12))
        finally:
            desk.close()
        return failure, desk.proxy.counts()

    def _failure(self, desk: Desk, why: str) -> str:
        return (
            f"seed {self.seed} failed: {why}\n"
            f"reproduce: NEWSDESK_NV_FAULT_SEED={self.seed} pytest {__file__} -k random\n"
            "schedule:\n  " + "\n  ".join(self.log) + "\n"
            "requests through the proxy:\n  " + desk.proxy.log().replace("\n", "\n  ")
        )

    def _run(self, desk: Desk) -> None:
        rng = self.rng
        versions: Counter[int] = Counter()
        for number in range(rng.randint(1, 2)):
            key = f"{self.run_key}-{self.seed}-{number}"
            photo = rng.random() < 0.3
            article_id = desk.write(_content(rng, key, 1), photo=photo)
            versions[article_id] = 1
            self.log.append(f"article {article_id} [{key}] submitted, photo: {photo}")
        for round_number in range(1, rng.randint(2, 3) + 1):
            rate = rng.uniform(0.3, 0.6)
            plan = RandomFaults(
                rng.randrange(2**32),
                rate=rate,
                long_delay=LONG_DELAY,
                long_delay_share=LONG_DELAY_SHARE,
            )
            first = len(desk.proxy.events())
            report = desk.sync(plan)
            self.log.append(
                f"round {round_number} ({rate:.0%} faulted): requests #{first}-"
                f"#{len(desk.proxy.events()) - 1}, sent {report.sent}, "
                f"problems {[p.message[:80] for p in report.problems]}"
            )
            for article_id in list(desk.latest):
                if rng.random() < 0.4:
                    versions[article_id] += 1
                    key = desk.latest[article_id].title.rsplit("[", 1)[1].split(" v")[0]
                    desk.write(_content(rng, key, versions[article_id]), article_id)
                    self.log.append(f"article {article_id} edited to v{versions[article_id]}")
        desk.sync_until_sent()


def test_random_fault_schedules(nv_site: Any, tmp_path: Path) -> None:
    seeds = [int(ONLY_SEED)] if ONLY_SEED else list(range(SCHEDULES))
    run_key = f"r{time.time_ns() % 10**9}"
    started = time.monotonic()
    with ThreadPoolExecutor(PARALLEL_SCHEDULES) as pool:
        outcomes = list(
            pool.map(
                lambda seed: Schedule(seed, nv_site, tmp_path / f"s{seed}", run_key).run(),
                seeds,
            )
        )
    kinds: Counter[Fault] = Counter()
    for _failure, counts in outcomes:
        kinds.update(counts)
    print(
        f"\n{len(seeds)} schedules in {time.monotonic() - started:.0f} s, requests: "
        + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    )
    failed = [failure for failure, _counts in outcomes if failure]
    assert not failed, f"{len(failed)} of {len(seeds)} schedules failed\n\n" + "\n\n".join(
        failed[:5]
    )
    if len(seeds) >= 50:
        assert set(Fault) <= set(kinds), f"never exercised: {set(Fault) - set(kinds)}"
        assert kinds[Fault.PASS] > 0
