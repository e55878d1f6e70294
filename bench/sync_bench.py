"""What a sync of many articles costs next to a plain loop of ``requests`` calls.

Starts a throw-away WordPress (scripts/wpsite.py), then sends N new articles four ways, each
run on fresh articles so that every run creates N posts:

1. a plain loop: one ``requests.Session`` posting the same JSON Newsdesk sends, one by one;
2. the same loop on W threads, one session each;
3. the sync engine with one worker;
4. the sync engine with W workers.

It prints the best of a few runs of each, the ratios the budget speaks of (the engine may cost
at most 10% more than the plain loop, and with workers it must beat it), the requests each
engine run made, and a profile of one engine run showing where Newsdesk's own time goes.

Run from the repository: ``python bench/sync_bench.py [--articles N] [--workers W]``.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import pstats
import random
import re
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from request_census import Census, counting

from newsdesk.core import Byline, OutboxAction, Site
from newsdesk.core.article import Article, WorkflowStatus, new_article
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.mapping import outgoing_post
from newsdesk.sites.wordpress import WordPressConnector
from newsdesk.store import Store
from newsdesk.sync import SyncEngine, SyncReport
from newsdesk.text import parse_plain_article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "sample_article.txt"
WPSITE = ROOT / "scripts" / "wpsite.py"

LOGIN = "reporter"  # a contributor: submits for review, as a reporter's desk does
BODY_BYTES = 2048
BUDGET_W1 = 1.10  # the engine with one worker may cost at most this much of the plain loop
TIMEOUT = (6.0, 30.0)

PLACES = (
    "Đông Hà",
    "Quảng Trị",
    "Vĩnh Linh",
    "Gio Linh",
    "Cam Lộ",
    "Triệu Phong",
    "Hải Lăng",
    "Hướng Hóa",
    "Đakrông",
    "Cồn Cỏ",
)
TOPICS = (
    "Hội nghị giao ban công tác Mặt trận quý {q} tại {place}",
    "{place} ra quân xây dựng nông thôn mới năm {year}",
    "Trao {n} suất quà cho hộ nghèo huyện {place}",
    "Ủy ban MTTQ {place} tổng kết cuộc vận động “Ngày vì người nghèo”",
    "Hỗ trợ {n} hộ dân vùng lũ {place} sửa chữa nhà ở",
    "Đại hội đại biểu Mặt trận {place} nhiệm kỳ {year}–{next_year}",
    "Phát động phong trào “Toàn dân đoàn kết” ở {place}",
    "Giám sát việc thực hiện chính sách an sinh xã hội tại {place}",
)
EXTRA_SENTENCES = (
    (
        "Ngày {day}/{month}/{year}, Ủy ban MTTQ Việt Nam {place} tổ chức hội nghị với sự tham "
        "dự của {n} đại biểu."
    ),
    "Trong quý, toàn {place} đã vận động được hơn {n} triệu đồng ủng hộ Quỹ “Vì người nghèo”.",
    (
        "Đồng chí Chủ tịch Ủy ban MTTQ {place} đề nghị các đoàn thể tiếp tục bám sát cơ sở, "
        "lắng nghe ý kiến của nhân dân."
    ),
    "Hội nghị cũng đã khen thưởng {n} tập thể và cá nhân có thành tích xuất sắc.",
    (
        "Các đại biểu thống nhất tập trung giám sát việc hỗ trợ người dân bị ảnh hưởng bởi "
        "mưa lũ ở {place}."
    ),
)
CATEGORIES = ("Tin tức", "Hoạt động Mặt trận", "Kinh tế – Đời sống")
TAGS = (
    "Mặt trận",
    "Nông thôn mới",
    "An sinh xã hội",
    "Vì người nghèo",
    "Đại đoàn kết",
    "Quảng Trị",
)
REPORTERS = ("Thủy Phương", "Minh Anh", "Hoàng Nam", "Lê Hiền")


# ------------------------------------------------------------------------------ the site


def load_wpsite() -> ModuleType:
    """scripts/ is not a package: load the script as the module ``wpsite``."""
    if "wpsite" in sys.modules:
        return sys.modules["wpsite"]
    spec = importlib.util.spec_from_file_location("wpsite", WPSITE)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {WPSITE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["wpsite"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Target:
    """The running site as the benchmark uses it."""

    url: str
    user: str
    password: str
    posts_url: str  # where the connector sends new posts (pretty or ?rest_route=)

    def connector(self) -> WordPressConnector:
        return WordPressConnector(self.url, self.user, self.password, timeout=TIMEOUT)


def _api_url(info: Any, route: str) -> str:
    editor = info.users["editor"]
    connector = WordPressConnector(info.url, editor["user"], editor["app_password"])
    try:
        return connector.api.url(route)
    finally:
        connector.close()


def make_target(info: Any) -> Target:
    """Create the tags the articles use as the editor (a contributor may not), find the API."""
    editor = info.users["editor"]
    tags_url = _api_url(info, "wp/v2/tags")
    with requests.Session() as session:
        session.auth = (editor["user"], editor["app_password"])
        for name in TAGS:
            answer = session.post(tags_url, json={"name": name}, timeout=TIMEOUT)
            if answer.status_code not in (201, 400):  # 400: term_exists
                answer.raise_for_status()
    reporter = info.users[LOGIN]
    return Target(
        info.url, reporter["user"], reporter["app_password"], _api_url(info, "wp/v2/posts")
    )


# -------------------------------------------------------------------------- the articles


def _sentence_pool() -> list[str]:
    body = parse_plain_article(SAMPLE.read_text(encoding="utf-8")).body
    text = " ".join(body.split())
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if len(s.strip()) > 30]


def make_articles(count: int, run: str, seed: int) -> list[Article]:
    """``count`` articles of about 2 KB each, a category and two tags, no two alike."""
    rng = random.Random(seed)  # noqa: S311 - varied text, not secrets
    pool = _sentence_pool()
    articles = []
    for number in range(1, count + 1):
        words = {
            "place": rng.choice(PLACES),
            "q": rng.choice(("I", "II", "III", "IV")),
            "year": rng.randint(2019, 2025),
            "n": rng.randint(12, 480),
            "day": rng.randint(1, 28),
            "month": rng.randint(1, 12),
        }
        words["next_year"] = int(words["year"]) + 5
        title = rng.choice(TOPICS).format(**words) + f" ({run}-{number})"
        sapo = rng.choice(EXTRA_SENTENCES).format(**words)
        paragraphs: list[str] = []
        size = 0
        while size < BODY_BYTES:
            sentences = rng.sample(pool, rng.randint(2, 3))
            extra = rng.choice(EXTRA_SENTENCES).format(**words)
            sentences.insert(rng.randint(0, len(sentences)), extra)
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        articles.append(
            new_article(
                title=title,
                sapo=sapo,
                body="\n\n".join(paragraphs),
                bylines=(Byline(rng.choice(REPORTERS)),),
                category=rng.choice(CATEGORIES),
                tags=tuple(rng.sample(TAGS, 2)),
                # As the desk leaves it when a reporter submits: the local move is made then,
                # not by the sync.
                status=WorkflowStatus.SUBMITTED,
            )
        )
    return articles


# ------------------------------------------------------------------ counting the requests


def route_of(request: requests.PreparedRequest) -> str:
    """``GET wp/v2/tags``: the method and the REST route, ids folded, query left out."""
    parts = urlsplit(request.url or "")
    query = parse_qs(parts.query)
    if "rest_route" in query:
        route = query["rest_route"][0]
    elif "/wp-json" in parts.path:
        route = parts.path.split("/wp-json", 1)[1]
    else:
        route = parts.path
    route = re.sub(r"/\d+", "/{id}", route.strip("/")) or "/ (the API index)"
    return f"{request.method} {route}"


# ------------------------------------------------------------------------------- the runs


@dataclass
class Timing:
    label: str
    seconds: list[float] = field(default_factory=list)
    push_seconds: list[float] = field(default_factory=list)  # engine runs: the outbox part
    census: Census | None = None  # of the best run

    @property
    def best(self) -> float:
        return min(self.seconds)

    def best_push(self) -> float | None:
        if not self.push_seconds:
            return None
        return self.push_seconds[self.seconds.index(self.best)]


def payloads_for(target: Target, articles: list[Article]) -> list[dict[str, Any]]:
    """The JSON bodies Newsdesk sends for these articles (category and tag ids looked up)."""
    connector = target.connector()
    try:
        return [
            connector._payload(outgoing_post(article, RemoteStatus.PENDING)) for article in articles
        ]
    finally:
        connector.close()


def _post_all(target: Target, payloads: list[dict[str, Any]]) -> None:
    with requests.Session() as session:
        session.auth = (target.user, target.password)
        for payload in payloads:
            answer = session.post(target.posts_url, json=payload, timeout=TIMEOUT)
            if answer.status_code != 201:
                raise RuntimeError(f"plain POST answered {answer.status_code}: {answer.text[:200]}")


def plain_loop(target: Target, payloads: list[dict[str, Any]], threads: int) -> float:
    """Seconds to POST every payload; with threads > 1 each thread has its own session."""
    start = time.perf_counter()
    if threads == 1:
        _post_all(target, payloads)
    else:
        with ThreadPoolExecutor(threads) as pool:
            shares = [payloads[i::threads] for i in range(threads)]
            list(pool.map(lambda share: _post_all(target, share), shares))
    return time.perf_counter() - start


@dataclass
class EngineRun:
    seconds: float
    push_seconds: float
    report: SyncReport


def engine_run(
    target: Target,
    folder: Path,
    articles: list[Article],
    workers: int,
    *,
    around: Callable[[], Any] | None = None,
) -> EngineRun:
    """One ``SyncEngine.run()`` of a fresh desk whose outbox holds ``articles``."""
    store = Store.open(folder / f"desk-{articles[0].uuid}.sqlite3")
    try:
        site = store.add_site(Site("portal", target.url, target.user, roles=("contributor",)))
        for article in articles:
            stored = store.create_article(article)
            store.enqueue(stored.pk, site.pk, OutboxAction.SUBMIT)
        engine = SyncEngine(store, lambda _site: target.connector(), workers=workers)
        pushed: list[float] = []

        def progress(done: int, total: int) -> None:
            if done == total:
                pushed.append(time.perf_counter())

        with around() if around else _nothing():
            start = time.perf_counter()
            report = engine.run(progress=progress)
            end = time.perf_counter()
    finally:
        store.close()
    if not report.ok or len(report.sent) != len(articles):
        problems = "; ".join(p.message for p in report.problems[:3])
        raise RuntimeError(f"the engine run did not send everything: {report.summary()} {problems}")
    return EngineRun(end - start, (pushed[0] if pushed else end) - start, report)


@contextmanager
def _nothing() -> Iterator[None]:
    yield


# ---------------------------------------------------------------------- profiling threads


class ThreadProfiles:
    """cProfile for the calling thread and for every thread started while it runs."""

    def __init__(self) -> None:
        self._profiles: list[cProfile.Profile] = []
        self._lock = threading.Lock()

    def _start_here(self, _frame: FrameType, _event: str, _arg: object) -> None:
        profile = cProfile.Profile()
        with self._lock:
            self._profiles.append(profile)
        profile.enable()  # replaces this hook for the rest of the thread

    @contextmanager
    def running(self) -> Iterator[None]:
        main = cProfile.Profile()
        self._profiles.append(main)
        threading.setprofile(self._start_here)
        main.enable()
        try:
            yield
        finally:
            main.disable()
            threading.setprofile(None)

    def stats(self) -> pstats.Stats:
        stats = pstats.Stats(self._profiles[0])
        for profile in self._profiles[1:]:
            stats.add(profile)
        return stats


Func = tuple[str, int, str]


def _package(func: Func) -> str:
    """``store``, ``render`` ... for Newsdesk's code, else the top-level module's folder."""
    path = func[0].replace("\\", "/")
    if "/newsdesk/" in path:
        return "newsdesk." + path.split("/newsdesk/")[-1].split("/")[0].removesuffix(".py")
    return ""


def _entered(stats: pstats.Stats, package: str) -> float:
    """Seconds spent in ``package`` (callees included), counted where another part of
    Newsdesk calls into it, so that re-entry through the standard library is not counted twice."""
    seconds = 0.0
    for func, (_cc, _nc, _tt, _ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if _package(func) != package:
            continue
        for caller, (_ccc, _ncalls, _ttt, cumulative) in callers.items():
            if _package(caller).startswith("newsdesk.") and _package(caller) != package:
                seconds += cumulative
    return seconds


def _waits_for_site(stats: pstats.Stats, send: list[Func]) -> set[Func]:
    """Every function that (through its callees) makes a request: it waits for the site."""
    table = stats.stats  # type: ignore[attr-defined]
    seen: set[Func] = set(send)
    todo = list(send)
    while todo:
        for caller in table[todo.pop()][4]:
            if caller not in seen:
                seen.add(caller)
                todo.append(caller)
    return seen


def _where(func: Func) -> str:
    path = func[0].replace("\\", "/")
    module = path.split("/newsdesk/")[-1].removesuffix(".py").replace("/", ".")
    return f"newsdesk.{module}:{func[2]}"


def _print_functions(title: str, rows: list[tuple[Func, Any]]) -> None:
    print(f"\n  {title}")
    print(f"  {'cumulative s':>12}{'calls':>8}{'ms/call':>9}  function")
    for func, (_cc, ncalls, _tt, cumulative, _callers) in rows[:10]:
        print(f"  {cumulative:12.2f}{ncalls:8d}{cumulative / ncalls * 1000:9.2f}  {_where(func)}")


def print_profile(stats: pstats.Stats, articles: int, wall: float) -> None:
    table = stats.stats  # type: ignore[attr-defined]
    send = [f for f in table if f[2] == "send" and f[0].endswith("requests/sessions.py")]
    network = sum(table[f][3] for f in send)
    print(f"\nwhere the time goes (one engine run, workers=1, under cProfile: {wall:.2f} s)")
    print(f"  {'part':<46}{'seconds':>9}{'ms/article':>12}")
    parts = [("waiting for the site (requests Session.send)", network)]
    for package in ("newsdesk.store", "newsdesk.render", "newsdesk.sites"):
        label = package + (" (with the wait above)" if package == "newsdesk.sites" else "")
        parts.append((label, _entered(stats, package)))
    for label, seconds in parts:
        print(f"  {label:<46}{seconds:9.2f}{seconds / articles * 1000:12.1f}")
    ours = [(f, v) for f, v in table.items() if _package(f).startswith("newsdesk.")]
    ours.sort(key=lambda item: item[1][3], reverse=True)
    _print_functions("top 10 of Newsdesk's own functions by cumulative time", ours)
    waiting = _waits_for_site(stats, send)
    # Leave out the functions that only hand the work to the worker threads.
    local = [(f, v) for f, v in ours if f not in waiting and v[3] < wall / 2]
    _print_functions("top 10 of those that make no request (local work)", local)


# ------------------------------------------------------------------------------ reporting


def print_census(label: str, census: Census, articles: int) -> None:
    print(f"\nrequests made by {label}: {census.total} ({census.total / articles:.2f} per article)")
    print(f"  {'request':<34}{'count':>7}{'per article':>13}{'mean ms':>9}{'total s':>9}")
    for route, count in sorted(census.counts.items(), key=lambda item: -census.seconds[item[0]]):
        seconds = census.seconds[route]
        print(
            f"  {route:<34}{count:7d}{count / articles:13.2f}"
            f"{seconds / count * 1000:9.1f}{seconds:9.2f}"
        )


def print_results(timings: dict[str, Timing], articles: int, workers: int, repeats: int) -> None:
    seq, par = timings["plain1"], timings["plainW"]
    w1, wn = timings["engine1"], timings["engineW"]
    print(f"\n{articles} articles per run, best of {repeats}")
    print(f"  {'run':<36}{'articles':>9}{'seconds':>9}{'posts/s':>9}   push + pull")
    for timing in (seq, par, w1, wn):
        push = timing.best_push()
        split = f"   {push:.2f} + {timing.best - push:.2f}" if push is not None else ""
        print(
            f"  {timing.label:<36}{articles:9d}{timing.best:9.2f}"
            f"{articles / timing.best:9.1f}{split}"
        )
    print("\nratios")
    print(f"  engine w1 / plain sequential      {w1.best / seq.best:6.2f}")
    print(f"  engine w{workers} / plain sequential      {wn.best / seq.best:6.2f}")
    print(f"  engine w{workers} / plain {workers} threads       {wn.best / par.best:6.2f}")
    print("\nbudgets")
    ok1 = w1.best <= BUDGET_W1 * seq.best
    okn = wn.best < seq.best
    print(
        f"  {'PASS' if ok1 else 'FAIL'}  w1 ≤ {BUDGET_W1:.2f} × plain"
        f"        ({w1.best:.2f} s vs {BUDGET_W1 * seq.best:.2f} s allowed)"
    )
    print(
        f"  {'PASS' if okn else 'FAIL'}  w{workers} < plain sequential"
        f"    ({wn.best:.2f} s vs {seq.best:.2f} s)"
    )
    overhead = (w1.best - seq.best) / articles * 1000
    print(f"\nper-article overhead, engine w1 − plain sequential: {overhead:.1f} ms")
    push = w1.best_push()
    if push is not None:
        print(
            f"  of which the push phase: {(push - seq.best) / articles * 1000:.1f} ms, "
            f"the pull phase after it: {(w1.best - push) / articles * 1000:.1f} ms"
        )
    if w1.census is not None:
        waiting = sum(w1.census.seconds.values())
        print(
            f"  engine w1 outside requests (local work): "
            f"{(w1.best - waiting) / articles * 1000:.1f} ms per article"
        )
    if seq.census is not None:
        print_census("the plain sequential loop", seq.census, articles)
    if w1.census is not None:
        print_census("the engine, workers=1", w1.census, articles)


# ---------------------------------------------------------------------------------- main


def _stop_on_term(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def measure(
    target: Target, folder: Path, args: argparse.Namespace, reset: Callable[[], object]
) -> dict[str, Timing]:
    """Every kind, ``args.repeats`` rounds. ``reset`` deletes the posts of the run before, so
    that every run meets the same site: WordPress slows down as its tables grow, and a kind
    that always ran later in its round would pay for the posts of the kinds before it."""
    n, w = args.articles, args.workers
    timings = {
        "plain1": Timing("plain requests, sequential"),
        "plainW": Timing(f"plain requests, {w} threads"),
        "engine1": Timing("Newsdesk engine, workers=1"),
        "engineW": Timing(f"Newsdesk engine, workers={w}"),
    }
    # Warm the site up (PHP compiles on first use) with a few posts that are not timed.
    plain_loop(target, payloads_for(target, make_articles(5, "warm", 0)), 1)
    seed = 1
    for round_no in range(1, args.repeats + 1):
        for key, timing in timings.items():
            seed += 1
            articles = make_articles(n, f"{key}.{round_no}", seed)
            census = Census()
            if key.startswith("plain"):
                payloads = payloads_for(target, articles)
                with counting(census, route_of):
                    seconds = plain_loop(target, payloads, 1 if key == "plain1" else w)
            else:
                with counting(census, route_of):
                    run = engine_run(target, folder, articles, 1 if key == "engine1" else w)
                seconds = run.seconds
                timing.push_seconds.append(run.push_seconds)
            if not timing.seconds or seconds < timing.best:
                timing.census = census
            timing.seconds.append(seconds)
            print(f"  round {round_no}: {timing.label:<32}{seconds:8.2f} s", flush=True)
            reset()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles per run (200)")
    parser.add_argument("--workers", type=int, default=4, help="engine workers, plain threads")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each kind; best counts")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled run")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.workers < 1 or args.repeats < 1:
        parser.error("--articles, --workers and --repeats must be at least 1")

    wpsite = load_wpsite()
    missing = wpsite.missing_packages()
    if missing:
        print("the test site needs Debian packages: " + " ".join(missing), file=sys.stderr)
        print("run: sudo python3 scripts/wpsite.py install-packages", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_term)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as temp:
        folder = Path(temp)
        site_dir = folder / "site"
        try:
            started = time.perf_counter()
            info = wpsite.start(site_dir, wpsite.free_port())
            target = make_target(info)
            print(
                f"site: {info.url} (started in {time.perf_counter() - started:.1f} s), "
                f"posting as {LOGIN}, {target.posts_url.removeprefix(info.url)}"
            )
            newest = wpsite.trim_posts(site_dir, after=2**62)  # the site's own posts stay
            timings = measure(
                target, folder, args, lambda: wpsite.trim_posts(site_dir, after=newest)
            )
            print_results(timings, args.articles, args.workers, args.repeats)
            if not args.no_profile:
                profiles = ThreadProfiles()
                articles = make_articles(args.articles, "profile", 999)
                run = engine_run(target, folder, articles, 1, around=profiles.running)
                print_profile(profiles.stats(), args.articles, run.seconds)
        except KeyboardInterrupt:
            print("\ninterrupted", file=sys.stderr)
            return 130
        except (wpsite.SiteError, RuntimeError, OSError, requests.RequestException) as exc:
            print(f"the benchmark could not run: {exc}", file=sys.stderr)
            return 1
        finally:
            wpsite.stop(site_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
