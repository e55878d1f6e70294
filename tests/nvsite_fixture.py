"""The real NukeViet test site as a pytest fixture (see scripts/nvsite.py)."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "nvsite.py"


def _load_nvsite() -> ModuleType:
    """scripts/ is not a package: load the script as the module ``nvsite``."""
    if "nvsite" in sys.modules:
        return sys.modules["nvsite"]
    spec = importlib.util.spec_from_file_location("nvsite", _SCRIPT)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["nvsite"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


nvsite = _load_nvsite()
SiteInfo = nvsite.SiteInfo


def start_site(site_dir: Path) -> nvsite.SiteInfo:
    """Start a site in site_dir on a free port; skips when the NukeViet release is not here."""
    missing = nvsite.wpsite.missing_packages()
    if missing and os.geteuid() != 0:
        pytest.fail(
            "the NukeViet test site needs Debian packages that are not installed: "
            + " ".join(missing)
            + "\nrun: sudo python3 scripts/nvsite.py install-packages"
        )
    if missing:
        nvsite.wpsite.ensure_packages()
    if not (site_dir / "site.json").is_file():
        try:
            nvsite.find_tarball()
        except nvsite.SiteError as exc:
            pytest.skip(str(exc))
    return nvsite.start(site_dir, nvsite.free_port())


@pytest.fixture(scope="session")
def nv_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[nvsite.SiteInfo]:
    """The running site: URL, the reporter and the editor with their API credentials."""
    site_dir = tmp_path_factory.mktemp("nvsite")
    info = start_site(site_dir)
    try:
        yield info
    finally:
        nvsite.stop(site_dir)
