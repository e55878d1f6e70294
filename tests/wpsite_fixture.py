"""A real WordPress test site for the whole test session (built by scripts/wpsite.py).

Use from a conftest or a test module::

    from tests.wpsite_fixture import wp_site  # noqa: F401
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "wpsite.py"


def _load_wpsite() -> ModuleType:
    """scripts/ is not a package: load the script as the module ``wpsite``."""
    if "wpsite" in sys.modules:
        return sys.modules["wpsite"]
    spec = importlib.util.spec_from_file_location("wpsite", _SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["wpsite"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


wpsite = _load_wpsite()
SiteInfo = wpsite.SiteInfo


def start_site(site_dir: Path) -> wpsite.SiteInfo:
    """Start a site in site_dir on a free port, installing Debian packages first if needed."""
    missing = wpsite.missing_packages()
    if missing and os.geteuid() != 0:
        pytest.fail(
            "the WordPress test site needs Debian packages that are not installed: "
            + " ".join(missing)
            + "\nrun: sudo python3 scripts/wpsite.py install-packages"
        )
    if missing:
        wpsite.ensure_packages()
    return wpsite.start(site_dir, wpsite.free_port())


@pytest.fixture(scope="session")
def wp_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[wpsite.SiteInfo]:
    """The running site: URL, users with application passwords, category ids."""
    site_dir = tmp_path_factory.mktemp("wpsite")
    info = start_site(site_dir)
    try:
        yield info
    finally:
        wpsite.stop(site_dir)
