"""The sync engine against the real WordPress with a proxy that breaks connections at random.

Each schedule (seeded by its number) makes one to three articles, syncs them through a
:class:`FaultProxy` for two to four rounds with 30-70 % of connections faulted (dropped before
the request, after it, in the middle of the reply, or delayed, some past the client's read
timeout), edits some articles between rounds and resubmits them, then syncs with faults off
until the outbox is empty. Then every article must be on the site exactly once with its
latest content, and the local store must still hold the latest edit, marked sent.

    NEWSDESK_FAULT_SCHEDULES=1000 pytest tests/sync/test_fault_injection.py   # more schedules
    NEWSDESK_FAULT_SEED=137 pytest tests/sync/test_fault_injection.py -s      # just one
"""

from __future__ import annotations

import os
import random
import threading
import time
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest
import requests

from newsdesk.core import OutboxAction, OutboxState, Site, SyncState, new_article
from newsdesk.sites.wordpress import WordPressConnector
from newsdesk.store import Store
from newsdesk.sync import RetryPolicy, SyncEngine, SyncReport
from tests.sync.faultproxy import Fault, FaultProxy, RandomFaults, ScriptedFaults

pytestmark = pytest.mark.wordpress

SCHEDULES = int(os.environ.get("NEWSDESK_FAULT_SCHEDULES", "200"))
ONLY_SEED = os.environ.get("NEWSDESK_FAULT_SEED")
BATCH = 25
CLIENT_TIMEOUT = (1.0, 1.5)  # connect, read: a delay of 2 s or more is a timeout
RETRY = RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0)
CLEAN_RUNS = 5
PARALLEL_WORKERS = 4
PARALLEL_SCHEDULES = 1 if ONLY_SEED else 3
LONG_DELAY_SHARE = 0.15  # a long delay costs a full read timeout, so keep them few
EXPECTED_KINDS = (
    "pass",
    "drop_before_request",
    "drop_after_request",
    "drop_mid_reply_head_fin",
    "drop_mid_reply_head_rst",
    "drop_mid_reply_body_fin",
    "drop_mid_reply_body_rst",
    "delay_short",
    "delay_long",
)
MAX_FAILURES_PER_BATCH = 3

_STORE_OPENING = threading.Lock()  # Alembic's migration context is process-global

_SEEDS = [int(ONLY_SEED)] if ONLY_SEED else list(range(SCHEDULES))
_BATCHES = [_SEEDS[i : i + BATCH] for i in range(0, len(_SEEDS), BATCH)]

_PLACES = ("Vĩnh Linh", "Gio Linh", "Hải Lăng", "Triệu Phong", "Cam Lộ", "Hướng Hóa")
_EVENTS = (
    "Hội nghị giao ban Mặt trận",
    "Trao nhà Đại đoàn kết",
    "Hỗ trợ bà con vùng lũ",
    "Ngày hội Đại đoàn kết toàn dân tộc",
)


@dataclass(frozen=True)
class Content:
    title: str
    sapo: str
    body: str


def _content(rng: random.Random, seed: int, number: int, version: int) -> Content:
    place, event = rng.choice(_PLACES), rng.choice(_EVENTS)
    tag = f"{seed}-{number} v{version}"
    return Content(
        title=f"{event} ở {place} ({tag})",
        sapo=f"Sáng {seed % 28 + 1}/12, Ủy ban MTTQ huyện {place} tổ chức {event.lower()} ({tag}).",
        body=(
            f"Tham dự có đồng chí Lê Thị Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh ({tag}).\n\n"
            f"Năm {2000 + seed % 25}, toàn huyện **{place}** đã vận động được "
            f"{rng.randint(100, 999)} triệu đồng cho Quỹ “Vì người nghèo”.\n\n"
            f"- Bản sửa lần {version}\n- Mã lịch {seed}"
        ),
    )


@dataclass
class Outcome:
    seed: int
    failure: str = ""
    seconds: float = 0.0
    faults: Counter[str] = field(default_factory=Counter)
    connections: int = 0


def _posts_with_uuid(site: Any, client_uuid: str) -> list[dict[str, Any]]:
    """Every post with this client UUID, read straight from the site (not through the proxy)."""
    response = requests.get(
        f"{site.url}/?rest_route=/wp/v2/posts",
        params={"newsdesk_client_uuid": client_uuid, "status": "any", "context": "edit"},
        auth=site.auth("editor"),
        timeout=30,
    )
    response.raise_for_status()
    posts: list[dict[str, Any]] = response.json()
    return posts


def _describe(report: SyncReport) -> str:
    problems = "; ".join(
        f"article {p.article_id}: {p.message[:90]}{' (will retry)' if p.will_retry else ''}"
        for p in report.problems
    )
    return f"sent {report.sent}" + (f", problems: {problems}" if problems else "")


def _fault_kinds(proxy: FaultProxy) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for event in proxy.events():
        action = event.action
        kind = str(action.fault)
        if action.fault is Fault.DELAY:
            kind += "_long" if action.delay > CLIENT_TIMEOUT[1] else "_short"
        elif action.fault is Fault.DROP_MID_REPLY:
            kind += f"_{action.cut_in}_{'rst' if action.reset else 'fin'}"
        kinds[kind] += 1
    return kinds


class _ScheduleFailed(AssertionError):
    pass


class Schedule:
    """One randomized run, reproducible from its seed."""

    def __init__(self, seed: int, wp_site: Any, folder: Path) -> None:
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - reproducible, not secret
        self.wp_site = wp_site
        self.folder = folder
        self.log: list[str] = []
        self.latest: dict[int, Content] = {}
        # One worker keeps the order of connections, and so the faults each request meets,
        # the same on every run of the seed. Every fourth seed runs the engine's parallel
        # workers instead: its faults land on requests in whatever order the workers go.
        self.workers = PARALLEL_WORKERS if seed % 4 == 3 else 1

    def fail(self, proxy: FaultProxy, why: str) -> NoReturn:
        again = f"NEWSDESK_FAULT_SEED={self.seed} pytest {__file__}"
        if self.workers > 1:
            again += f" (with {self.workers} workers the faults may fall differently)"
        raise _ScheduleFailed(
            f"seed {self.seed} failed: {why}\n"
            f"reproduce: {again}\n"
            "schedule:\n  " + "\n  ".join(self.log) + "\n"
            "connections through the proxy:\n  " + proxy.log().replace("\n", "\n  ")
        )

    def run(self) -> Outcome:
        started = time.monotonic()
        outcome = Outcome(self.seed)
        with _STORE_OPENING:
            store = Store.open(self.folder / "desk.sqlite3")
        proxy = FaultProxy("127.0.0.1", self.wp_site.port).start()
        try:
            self._run(store, proxy)
        except _ScheduleFailed as exc:
            outcome.failure = str(exc)
        finally:
            store.close()
            proxy.close()
            outcome.faults = _fault_kinds(proxy)
            outcome.connections = len(proxy.events())
            outcome.seconds = time.monotonic() - started
        return outcome

    def _engine(self, store: Store, proxy: FaultProxy) -> SyncEngine:
        reporter = self.wp_site.users["reporter"]

        def connect(_site: Site) -> WordPressConnector:
            return WordPressConnector(
                proxy.url, reporter.user, reporter.app_password, timeout=CLIENT_TIMEOUT
            )

        return SyncEngine(store, connect, retry=RETRY, workers=self.workers)

    def _sync(self, engine: SyncEngine, proxy: FaultProxy, label: str) -> SyncReport:
        first = len(proxy.events())
        try:
            report = engine.run()
        except Exception:  # noqa: BLE001 - whatever escapes run() is a finding to report
            self.log.append(f"{label}: connections #{first}-#{len(proxy.events()) - 1}")
            trace = traceback.format_exc(limit=-12)
            self.fail(proxy, f"engine.run() raised during {label}:\n{trace}")
        self.log.append(
            f"{label}: connections #{first}-#{len(proxy.events()) - 1}, {_describe(report)}"
        )
        return report

    def _run(self, store: Store, proxy: FaultProxy) -> None:
        rng = self.rng
        site = store.add_site(
            Site("portal", proxy.url, self.wp_site.users["reporter"].user, roles=("contributor",))
        )
        engine = self._engine(store, proxy)
        versions: dict[int, int] = {}
        for number in range(rng.randint(1, 3)):
            content = _content(rng, self.seed, number, 1)
            article = store.create_article(
                new_article(title=content.title, sapo=content.sapo, body=content.body)
            )
            store.enqueue(article.pk, site.pk, OutboxAction.SUBMIT)
            self.latest[article.pk] = content
            versions[article.pk] = 1
            self.log.append(f"article {article.pk} ({article.uuid}) created and submitted")
        self.log.append(f"engine with {self.workers} worker(s)")

        rounds = rng.randint(2, 4)
        for round_number in range(1, rounds + 1):
            rate = rng.uniform(0.3, 0.7)
            proxy.set_plan(
                RandomFaults(rng.randrange(2**32), rate=rate, long_delay_share=LONG_DELAY_SHARE)
            )
            self._sync(engine, proxy, f"round {round_number} (faults {rate:.0%})")
            for article_id in self.latest:
                if rng.random() < 0.5:
                    versions[article_id] += 1
                    self._edit(store, site, article_id, versions[article_id])

        proxy.set_plan(ScriptedFaults())
        for run in range(1, CLEAN_RUNS + 1):
            self._sync(engine, proxy, f"clean run {run}")
            if not store.pending_outbox():
                break
        else:
            pending = [(i.article_id, i.last_error) for i in store.pending_outbox()]
            self.fail(proxy, f"still queued after {CLEAN_RUNS} runs without faults: {pending}")
        self._check(store, site, proxy)

    def _edit(self, store: Store, site: Site, article_id: int, version: int) -> None:
        old = self.latest[article_id]
        new = _content(self.rng, self.seed, article_id, version)
        what = self.rng.choice(("title", "body", "sapo", "all"))
        content = Content(
            title=new.title if what in ("title", "all") else old.title,
            sapo=new.sapo if what in ("sapo", "all") else old.sapo,
            body=new.body if what in ("body", "all") else old.body,
        )
        article = store.get_article(article_id)
        store.save_article(
            article.edited(title=content.title, sapo=content.sapo, body=content.body)
        )
        store.enqueue(article_id, site.pk, OutboxAction.SUBMIT)
        self.latest[article_id] = content
        self.log.append(f"article {article_id}: {what} edited (v{version}) and resubmitted")

    def _check(self, store: Store, site: Site, proxy: FaultProxy) -> None:
        problems: list[str] = []
        for article_id, want in self.latest.items():
            local = store.get_article(article_id)
            if (local.title, local.sapo, local.body) != (want.title, want.sapo, want.body):
                problems.append(f"article {article_id}: the local edit was lost: {local!r}")
            state, reason = store.sync_state(article_id)
            if state is not SyncState.SENT:
                problems.append(f"article {article_id}: sync state {state} ({reason})")
            failed = [
                i for i in store.outbox_for_article(article_id) if i.state is not OutboxState.DONE
            ]
            if failed:
                problems.append(f"article {article_id}: outbox items not done: {failed}")
            posts = _posts_with_uuid(self.wp_site, local.uuid)
            if len(posts) != 1:
                ids = [p["id"] for p in posts]
                problems.append(f"article {article_id}: {len(posts)} posts on the site {ids}")
                continue
            post = posts[0]
            meta = post["meta"]
            got = Content(post["title"]["raw"], meta["newsdesk_sapo"], meta["newsdesk_markdown"])
            if got != want:
                problems.append(f"article {article_id}: the site holds {got!r}, want {want!r}")
            ref = store.get_remote(article_id, site.pk)
            if ref is None or ref.remote_id != post["id"]:
                problems.append(
                    f"article {article_id}: the store points at {ref}, post {post['id']}"
                )
            if post["status"] != "pending":
                problems.append(f"article {article_id}: post status {post['status']}")
        if problems:
            self.fail(proxy, "\n".join(problems))


@pytest.mark.parametrize("seeds", _BATCHES, ids=lambda seeds: f"seeds-{seeds[0]}-{seeds[-1]}")
def test_sync_survives_random_connection_faults(
    wp_site: Any, tmp_path: Path, seeds: list[int]
) -> None:
    started = time.monotonic()
    failures = 0
    lock = threading.Lock()

    def run(seed: int) -> Outcome | None:
        nonlocal failures
        with lock:
            if failures >= MAX_FAILURES_PER_BATCH:
                return None  # enough to read; the rest of the batch would say the same
        outcome = Schedule(seed, wp_site, tmp_path / f"seed-{seed}").run()
        with lock:
            failures += bool(outcome.failure)
        return outcome

    # Schedules are independent (own store, proxy and articles); running a few side by side
    # keeps the site busy while others wait out a timeout.
    with ThreadPoolExecutor(PARALLEL_SCHEDULES) as pool:
        outcomes = [o for o in pool.map(run, seeds) if o is not None]

    faults = sum((o.faults for o in outcomes), Counter[str]())
    print(  # shown with -s: what this batch exercised
        f"\n{len(outcomes)} schedules in {time.monotonic() - started:.1f}s "
        f"(slowest {max(o.seconds for o in outcomes):.1f}s), "
        f"{sum(o.connections for o in outcomes)} connections: "
        + ", ".join(f"{kind} {n}" for kind, n in sorted(faults.items()))
    )
    failed = [o for o in outcomes if o.failure]
    assert not failed, (
        f"{len(failed)} of {len(outcomes)} schedules failed (seeds {[o.seed for o in failed]})\n\n"
        + "\n\n".join(o.failure for o in failed)
    )
    if len(seeds) == BATCH:
        # Every kind of fault must really have happened, or the batch proved little.
        missing = set(EXPECTED_KINDS) - set(faults)
        assert not missing, f"this batch never exercised {sorted(missing)}"
