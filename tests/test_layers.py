"""The non-UI packages import and work with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

NON_UI = ["core", "text", "render", "store", "sites", "sync", "desk"]

_PROBE = """
import importlib, importlib.abc, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"{name} is not allowed here")
        return None

sys.meta_path.insert(0, NoQt())
import newsdesk
for package in sys.argv[1:]:
    module = importlib.import_module(f"newsdesk.{package}")
    for info in pkgutil.walk_packages(module.__path__, module.__name__ + "."):
        if ".migrations." in info.name:
            continue
        importlib.import_module(info.name)
import newsdesk.cli, newsdesk.context
assert not [m for m in sys.modules if m.startswith("PySide6")]
print("ok")
"""


def test_non_ui_packages_never_import_pyside6() -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *NON_UI],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize("package", NON_UI)
def test_package_sources_do_not_mention_pyside6(package: str) -> None:
    root = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / package
    offenders = [p for p in root.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
