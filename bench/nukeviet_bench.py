"""What submitting many articles to NukeViet through the sync engine costs next to a plain loop
of signed ``requests`` calls.

Starts a throw-away NukeViet 4.5 (scripts/nvsite.py), then submits N new articles four ways,
each run on fresh articles so that every run creates N articles:

1. a plain loop: one ``requests.Session`` posting to ``api.php`` the same signed
   ``NewsdeskCreate`` calls Newsdesk makes (the same payload, bcrypt-signed the same way);
2. the same loop on W threads, one session each;
3. the sync engine with one worker;
4. the sync engine with W workers.

It prints the best of a few runs of each, the ratios the budget speaks of (the engine may cost
at most 10% more than the plain loop, and with workers it must beat it), and the calls each
kind made.

Run from the repository: ``python bench/nukeviet_bench.py [--articles N] [--workers W]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any
from urllib.parse import parse_qs, urlencode

import requests
from request_census import Census, counting

from newsdesk.core import Byline, OutboxAction, Site
from newsdesk.core.article import Article, WorkflowStatus, new_article
from newsdesk.core.site import SiteKind
from newsdesk.sites.base import RemoteStatus
from newsdesk.sites.mapping import outgoing_post
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.sites.nv_posts import payload
from newsdesk.sites.nv_signing import ApiCredential
from newsdesk.store import Store
from newsdesk.sync import SyncEngine
from newsdesk.text import parse_plain_article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "sample_article.txt"
NVSITE = ROOT / "scripts" / "nvsite.py"

LOGIN = "reporter"  # adds articles for review, as a reporter's desk does
BODY_BYTES = 2048
BUDGET_W1 = 1.10
TIMEOUT = (6.0, 30.0)
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
PLACES = ("Đông Hà", "Quảng Trị", "Vĩnh Linh", "Gio Linh", "Cam Lộ", "Triệu Phong", "Hải Lăng")
TOPICS = (
    "Hội nghị giao ban công tác Mặt trận quý {q} tại {place}",
    "{place} ra quân xây dựng nông thôn mới năm {year}",
    "Trao {n} suất quà cho hộ nghèo huyện {place}",
    "Hỗ trợ {n} hộ dân vùng lũ {place} sửa chữa nhà ở",
)
TAGS = ("Mặt trận", "Nông thôn mới", "An sinh xã hội", "Vì người nghèo", "Quảng Trị")
REPORTERS = ("Thủy Phương", "Minh Anh", "Hoàng Nam", "Lê Hiền")


def load_nvsite() -> ModuleType:
    """scripts/ is not a package: load the script as the module ``nvsite``."""
    if "nvsite" in sys.modules:
        return sys.modules["nvsite"]
    spec = importlib.util.spec_from_file_location("nvsite", NVSITE)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {NVSITE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["nvsite"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Target:
    url: str
    api_key: str
    api_secret: str
    categories: dict[str, int]

    def connector(self) -> NukeVietConnector:
        return NukeVietConnector(self.url, self.api_key, self.api_secret, timeout=TIMEOUT)


# -------------------------------------------------------------------------- the articles


def _sentence_pool() -> list[str]:
    body = parse_plain_article(SAMPLE.read_text(encoding="utf-8")).body
    text = " ".join(body.split())
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if len(s.strip()) > 30]


def make_articles(count: int, run: str, seed: int, categories: list[str]) -> list[Article]:
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
        }
        paragraphs: list[str] = []
        size = 0
        while size < BODY_BYTES:
            paragraph = " ".join(rng.sample(pool, rng.randint(2, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        articles.append(
            new_article(
                title=rng.choice(TOPICS).format(**words) + f" ({run}-{number})",
                sapo=f"QTO - {rng.choice(pool)}",
                body="\n\n".join(paragraphs),
                bylines=(Byline(rng.choice(REPORTERS)),),
                category=rng.choice(categories),
                tags=tuple(rng.sample(TAGS, 2)),
                source="Báo Quảng Trị",
                status=WorkflowStatus.SUBMITTED,  # as the desk leaves it when submitted
            )
        )
    return articles


# ------------------------------------------------------------------ counting the calls


def _action_of(request: requests.PreparedRequest) -> str:
    body = request.body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    action = parse_qs(text).get("action", [""])[0]
    return f"{request.method} {action or (request.path_url or '').split('?')[0]}"


# ------------------------------------------------------------------------------- the runs


@dataclass
class Timing:
    label: str
    seconds: list[float] = field(default_factory=list)
    census: Census | None = None

    @property
    def best(self) -> float:
        return min(self.seconds)


def payloads_for(target: Target, articles: list[Article]) -> list[str]:
    """The ``payload`` fields Newsdesk sends to create these articles, as it encodes them."""
    return [
        json.dumps(
            payload(outgoing_post(article, RemoteStatus.PENDING), target.categories.__getitem__),
            ensure_ascii=False,
        )
        for article in articles
    ]


def _post_all(target: Target, payloads: list[str]) -> None:
    credential = ApiCredential(target.api_key, target.api_secret)
    with requests.Session() as session:
        for body in payloads:
            form = {
                **credential.signed_fields(int(time.time())),
                "language": "vi",
                "module": "news",
                "action": "NewsdeskCreate",
                "payload": body,
            }
            answer = session.post(
                f"{target.url}/api.php", data=urlencode(form), headers=FORM, timeout=TIMEOUT
            )
            if answer.status_code != 200 or answer.json().get("status") != "success":
                raise RuntimeError(
                    f"plain create answered {answer.status_code}: {answer.text[:200]}"
                )


def plain_loop(target: Target, payloads: list[str], threads: int) -> float:
    start = time.perf_counter()
    if threads == 1:
        _post_all(target, payloads)
    else:
        with ThreadPoolExecutor(threads) as pool:
            shares = [payloads[i::threads] for i in range(threads)]
            list(pool.map(lambda share: _post_all(target, share), shares))
    return time.perf_counter() - start


def engine_run(target: Target, folder: Path, articles: list[Article], workers: int) -> float:
    """Seconds of one ``SyncEngine.run()`` of a fresh desk whose outbox holds ``articles``."""
    store = Store.open(folder / f"desk-{articles[0].uuid}.sqlite3")
    try:
        site = store.add_site(
            Site(
                "portal", target.url, target.api_key, kind=SiteKind.NUKEVIET, roles=("contributor",)
            )
        )
        for article in articles:
            stored = store.create_article(article)
            store.enqueue(stored.pk, site.pk, OutboxAction.SUBMIT)
        engine = SyncEngine(store, lambda _site: target.connector(), workers=workers)
        start = time.perf_counter()
        report = engine.run()
        seconds = time.perf_counter() - start
    finally:
        store.close()
    if not report.ok or len(report.sent) != len(articles):
        problems = "; ".join(p.message for p in report.problems[:3])
        raise RuntimeError(f"the engine run did not send everything: {report.summary()} {problems}")
    return seconds


# ------------------------------------------------------------------------------ reporting


def print_census(label: str, census: Census, articles: int) -> None:
    print(f"\ncalls made by {label}: {census.total} ({census.total / articles:.2f} per article)")
    print(f"  {'call':<30}{'count':>7}{'per article':>13}{'mean ms':>9}{'total s':>9}")
    for action, count in sorted(census.counts.items(), key=lambda item: -census.seconds[item[0]]):
        seconds = census.seconds[action]
        print(
            f"  {action:<30}{count:7d}{count / articles:13.2f}"
            f"{seconds / count * 1000:9.1f}{seconds:9.2f}"
        )


def print_results(timings: dict[str, Timing], articles: int, workers: int, repeats: int) -> None:
    seq, par = timings["plain1"], timings["plainW"]
    w1, wn = timings["engine1"], timings["engineW"]
    print(f"\n{articles} articles per run, best of {repeats}")
    print(f"  {'run':<36}{'articles':>9}{'seconds':>9}{'articles/s':>11}")
    for timing in (seq, par, w1, wn):
        print(f"  {timing.label:<36}{articles:9d}{timing.best:9.2f}{articles / timing.best:11.1f}")
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
    print(
        f"\nper-article overhead, engine w1 − plain sequential: "
        f"{(w1.best - seq.best) / articles * 1000:.1f} ms"
    )
    if seq.census is not None:
        print_census("the plain sequential loop", seq.census, articles)
    if w1.census is not None:
        print_census("the engine, workers=1", w1.census, articles)


# ---------------------------------------------------------------------------------- main


def _stop_on_term(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def measure(target: Target, folder: Path, args: argparse.Namespace) -> dict[str, Timing]:
    """Every kind, ``args.repeats`` rounds, interleaved so a busy machine hits each alike."""
    n, w = args.articles, args.workers
    timings = {
        "plain1": Timing("plain requests, sequential"),
        "plainW": Timing(f"plain requests, {w} threads"),
        "engine1": Timing("Newsdesk engine, workers=1"),
        "engineW": Timing(f"Newsdesk engine, workers={w}"),
    }
    categories = sorted(target.categories)
    # Warm the site up (PHP compiles on first use) with a few articles that are not timed.
    plain_loop(target, payloads_for(target, make_articles(5, "warm", 0, categories)), 1)
    seed = 1
    for round_no in range(1, args.repeats + 1):
        for key, timing in timings.items():
            seed += 1
            articles = make_articles(n, f"{key}.{round_no}", seed, categories)
            census = Census()
            if key.startswith("plain"):
                payloads = payloads_for(target, articles)
                with counting(census, _action_of):
                    seconds = plain_loop(target, payloads, 1 if key == "plain1" else w)
            else:
                with counting(census, _action_of):
                    seconds = engine_run(target, folder, articles, 1 if key == "engine1" else w)
            if not timing.seconds or seconds < timing.best:
                timing.census = census
            timing.seconds.append(seconds)
            print(f"  round {round_no}: {timing.label:<32}{seconds:8.2f} s", flush=True)
    return timings


def make_target(info: Any) -> Target:
    user = info.users[LOGIN]
    connector = NukeVietConnector(info.url, user.api_key, user.api_secret, timeout=TIMEOUT)
    try:
        categories = {term.name: term.id for term in connector.categories()}
    finally:
        connector.close()
    return Target(info.url, user.api_key, user.api_secret, categories)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles per run (200)")
    parser.add_argument("--workers", type=int, default=4, help="engine workers, plain threads")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each kind; best counts")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.workers < 1 or args.repeats < 1:
        parser.error("--articles, --workers and --repeats must be at least 1")

    nvsite = load_nvsite()
    missing = nvsite.wpsite.missing_packages()
    if missing:
        print("the test site needs Debian packages: " + " ".join(missing), file=sys.stderr)
        print("run: sudo python3 scripts/nvsite.py install-packages", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_term)
    with tempfile.TemporaryDirectory(prefix="newsdesk-nvbench-") as temp:
        folder = Path(temp)
        site_dir = folder / "site"
        try:
            started = time.perf_counter()
            info = nvsite.start(site_dir, nvsite.free_port())
            target = make_target(info)
            print(
                f"site: {info.url} (NukeViet {nvsite.VERSION}, started in "
                f"{time.perf_counter() - started:.1f} s), submitting as {LOGIN}"
            )
            timings = measure(target, folder, args)
            print_results(timings, args.articles, args.workers, args.repeats)
        except KeyboardInterrupt:
            print("\ninterrupted", file=sys.stderr)
            return 130
        except (nvsite.SiteError, RuntimeError, OSError, requests.RequestException) as exc:
            print(f"the benchmark could not run: {exc}", file=sys.stderr)
            return 1
        finally:
            nvsite.stop(site_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
