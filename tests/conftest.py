"""Test-wide setup: no screen, no home folder, a file keyring, the real WordPress and NukeViet
on demand."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt or keyring.
_SANDBOX = Path(tempfile.mkdtemp(prefix="newsdesk-tests-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    (_SANDBOX / _name).mkdir(mode=0o700)
    os.environ[_name] = str(_SANDBOX / _name)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ.pop("NEWSDESK_DATA_DIR", None)

from hypothesis import HealthCheck, settings  # noqa: E402

from tests.nvsite_fixture import nv_site  # noqa: E402
from tests.wpsite_fixture import wp_site  # noqa: E402

__all__ = ["nv_site", "wp_site"]

# In CI the examples are the same on every run, so a build never fails on a new random find
# (and no example is timed on a busy runner); exploring for new ones happens on developers'
# machines, where each failure found is kept as an @example.
if os.environ.get("CI"):
    settings.register_profile("ci", derandomize=True, deadline=None)
    settings.load_profile("ci")

# Mutation testing runs these tests from a copy in mutants/, first traced (many times slower):
# the examples are the same, only not timed.
if Path(__file__).resolve().parents[1].name == "mutants":
    settings.register_profile(
        "mutation", deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.load_profile("mutation")
