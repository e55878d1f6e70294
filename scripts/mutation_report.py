"""Mutation testing of the modules that hold Newsdesk's promises, and its report.

    .venv/bin/python scripts/mutation_report.py [--module core/audit ...] [--no-run]

1. Runs ``mutmut run --max-children 1`` for the modules given (default: every module in
   ``[tool.mutmut] only_mutate`` of pyproject.toml), each mutant against the fast tests that
   reach it (the selection and ``-m "not wordpress"`` are in that section). Every mutant of
   a named module is tested again; results of other modules are kept from earlier runs.
   Which test reaches which function is measured again first (one traced run of the fast
   tests), since mutmut measures it only for tests it has not seen: a function added to a
   module would otherwise be tested only by the tests added with it.
2. Writes docs/mutation-report.md from all results in ``mutants/``: per module killed,
   survived, no tests, timeout and the score, then every survivor with its diff (from
   ``mutmut show``), then docs/mutation-equivalents.md as it is.

The score counts a mutant as caught when a test failed or timed out, and leaves out the
mutants docs/mutation-equivalents.md argues to be equivalent (they cannot be caught: the
program behaves the same). ``--no-run`` only writes the report; ``--reuse-stats`` skips
measuring again what the tests reach (quicker when neither the modules nor the tests changed
since the last run).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "mutation-report.md"
STATS = ROOT / "mutants" / "mutmut-stats.json"
EQUIVALENTS = ROOT / "docs" / "mutation-equivalents.md"
MUTMUT = Path(sys.executable).with_name("mutmut")
PACKAGE_DIR = "src/newsdesk/"
CAUGHT = ("killed", "timeout")
NOT_RUN = "not checked"
# A mutant's name as mutmut prints it, e.g. newsdesk.text.slug.x_slugify__mutmut_3.
MUTANT_NAME = re.compile(r"`(newsdesk\.[^`\s]+__mutmut_\d+)`")
TARGET_SCORE = 0.9
HEADER = (
    "| module | mutants | killed | survived | no tests | timeout | other | equiv. | score"
    " | caught of all |"
)


@dataclass
class ModuleResult:
    name: str  # "core/audit"
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: list[tuple[str, str]] = field(default_factory=list)  # (mutant, status)
    equivalent: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        """Mutants with a result (a mutant mutmut has made but not run yet has none)."""
        return sum(n for status, n in self.statuses.items() if status != NOT_RUN)

    @property
    def caught(self) -> int:
        return sum(self.statuses[status] for status in CAUGHT)

    @property
    def score(self) -> float | None:
        """Caught mutants among those that can be caught."""
        countable = self.total - len(self.equivalent)
        return self.caught / countable if countable > 0 else None


def configured_modules() -> list[str]:
    """The modules named in pyproject.toml, as "core/audit" (a glob counts what exists)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    modules: list[str] = []
    for pattern in config["tool"]["mutmut"]["only_mutate"]:
        for path in sorted(ROOT.glob(pattern)):
            if path.suffix == ".py" and path.name != "__init__.py":
                modules.append(path.relative_to(ROOT / PACKAGE_DIR).with_suffix("").as_posix())
    return modules


def module_of(mutant: str) -> str:
    """ "newsdesk.core.audit.x_rebase__mutmut_2" -> "core/audit"."""
    dotted = mutant.split("__mutmut_", maxsplit=1)[0].rsplit(".", 1)[0]
    return dotted.removeprefix("newsdesk.").replace(".", "/")


def mutant_glob(module: str) -> str:
    return "newsdesk." + module.replace("/", ".") + ".*"


def run_mutmut(modules: list[str], max_children: int, *, reuse_stats: bool) -> None:
    if not MUTMUT.is_file():
        sys.exit(f"{MUTMUT} is missing: install it with {sys.executable} -m pip install mutmut")
    if not reuse_stats:
        STATS.unlink(missing_ok=True)
    command = [str(MUTMUT), "run", "--max-children", str(max_children)]
    command += [mutant_glob(module) for module in modules]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def read_results() -> dict[str, tuple[str, str]]:
    """mutant name -> (module, status), for every mutant mutmut has a result for."""
    done = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    results: dict[str, tuple[str, str]] = {}
    for line in done.stdout.splitlines():
        name, sep, status = line.strip().partition(": ")
        if sep and "__mutmut_" in name:
            results[name] = (module_of(name), status.strip())
    return results


def mutant_diff(name: str) -> str:
    """The changed lines of a mutant, "-" the original and "+" the mutant."""
    done = subprocess.run(
        [str(MUTMUT), "show", name], cwd=ROOT, capture_output=True, text=True, check=True
    )
    lines = [
        line
        for line in done.stdout.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    return "\n".join(lines)


def equivalent_mutants() -> set[str]:
    if not EQUIVALENTS.is_file():
        return set()
    return set(MUTANT_NAME.findall(EQUIVALENTS.read_text(encoding="utf-8")))


def collect(modules: list[str]) -> list[ModuleResult]:
    results = {module: ModuleResult(module) for module in modules}
    equivalent = equivalent_mutants()
    for name, (module, status) in sorted(read_results().items(), key=lambda item: _order(item[0])):
        result = results.setdefault(module, ModuleResult(module))
        result.statuses[status] += 1
        if status in (*CAUGHT, NOT_RUN):
            continue  # an "equivalent" mutant a test catches is not equivalent after all
        if name in equivalent:
            result.equivalent.add(name)
        else:
            result.survivors.append((name, status))
    return list(results.values())


def _order(name: str) -> tuple[str, int]:
    stem, _, number = name.rpartition("__mutmut_")
    return stem, int(number)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def render(results: list[ModuleResult]) -> str:
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    lines = [
        "# Mutation report",
        "",
        f"Written by `scripts/mutation_report.py` on {today} from the results in `mutants/`;",
        "do not edit by hand (the equivalent mutants are argued in",
        "`docs/mutation-equivalents.md`, included at the end). Each mutant ran against the fast",
        "tests that reach its function (`[tool.mutmut]` in pyproject.toml). Score: mutants",
        "caught (a test failed or timed out) among all mutants but the equivalent ones; the bar",
        f"is {TARGET_SCORE:.0%}.",
        "",
        HEADER,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        if not result.total:
            lines.append(f"| {result.name} | not run | | | | | | | | |")
            continue
        known = ("killed", "survived", "no tests", "timeout")
        other = result.total - sum(result.statuses[status] for status in known)
        if result.statuses[NOT_RUN]:
            other_note = f" ({result.statuses[NOT_RUN]} not run yet)"
        else:
            other_note = ""
        lines.append(
            f"| {result.name} | {result.total} | {result.statuses['killed']}"
            f" | {result.statuses['survived']} | {result.statuses['no tests']}"
            f" | {result.statuses['timeout']} | {other} | {len(result.equivalent)}"
            f" | {_percent(result.score)}{other_note} | {_percent(result.caught / result.total)} |"
        )
    lines += ["", "## Survivors", ""]
    survivors = [survivor for result in results for survivor in result.survivors]
    if not survivors:
        lines.append("None: every mutant not argued equivalent was caught.")
    for name, status in survivors:
        lines += [f"- `{name}` ({status})", "", "  ```diff"]
        lines += [f"  {line}" for line in mutant_diff(name).splitlines()]
        lines += ["  ```", ""]
    lines += ["", *_equivalents_section()]
    return "\n".join(lines).rstrip() + "\n"


def _equivalents_section() -> list[str]:
    if not EQUIVALENTS.is_file():
        return ["## Equivalent mutants", "", "None argued yet."]
    text = EQUIVALENTS.read_text(encoding="utf-8").strip()
    # Every heading one level down: the file's title becomes a section of the report.
    return [re.sub(r"^#", "##", text, flags=re.MULTILINE)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--module",
        action="append",
        default=[],
        help="a module to test, as core/audit (repeatable; default: every configured one)",
    )
    parser.add_argument("--no-run", action="store_true", help="only write the report")
    parser.add_argument(
        "--reuse-stats", action="store_true", help="do not measure again what the tests reach"
    )
    parser.add_argument("--max-children", type=int, default=1, help="parallel mutants (1)")
    args = parser.parse_args(argv)
    modules = configured_modules()
    unknown = [module for module in args.module if module not in modules]
    if unknown:
        parser.error(
            f"not configured in pyproject.toml [tool.mutmut]: {', '.join(unknown)};"
            f" choose from {', '.join(modules)}"
        )
    if not args.no_run:
        run_mutmut(args.module or modules, args.max_children, reuse_stats=args.reuse_stats)
    results = collect(modules)
    REPORT.write_text(render(results), encoding="utf-8")
    for result in results:
        if result.total:
            print(
                f"{result.name}: {result.caught}/{result.total} caught, score"
                f" {_percent(result.score)}, {len(result.survivors)} survivors"
            )
    print(f"Wrote {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
