"""UI tests run without a screen and without touching the home folder.

The environment is set before Qt is imported, so these tests also work when run on their own
(the suite-wide conftest sets the same things).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="newsdesk-ui-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    if not os.environ.get(_name, "").startswith(tempfile.gettempdir()):
        (_SANDBOX / _name).mkdir(mode=0o700)
        os.environ[_name] = str(_SANDBOX / _name)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
for _flag in ("--no-sandbox", "--disable-gpu"):
    if _flag not in _flags:
        _flags.append(_flag)
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(_flags)
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.pop("NEWSDESK_DATA_DIR", None)

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402, F401 (before the app)
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsdesk.context import AppContext  # noqa: E402
from newsdesk.paths import Paths  # noqa: E402
from newsdesk.ui.i18n import Translations  # noqa: E402
from newsdesk.ui.main_window import MainWindow  # noqa: E402

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture(scope="session", autouse=True)
def _delete_widgets_before_exit(qapp: QApplication) -> Iterator[None]:
    """Widgets closed by the last test are deleted while Qt still runs (a web page left
    for interpreter exit outlives its browser profile)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def _empty_clipboard_after_each_test(qapp: QApplication) -> Iterator[None]:
    """What a test put on the clipboard is let go while Qt still runs: mime data the
    clipboard still owns at interpreter exit is freed twice (a crash after the last test)."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture(scope="session")
def translations(qapp: QApplication) -> Translations:
    return Translations(qapp)


@pytest.fixture
def english(translations: Translations) -> Translations:
    translations.use("en")
    return translations


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "desk"


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.open(Paths.resolve(data_dir))
    yield context
    context.close()


@pytest.fixture
def window(qtbot, ctx: AppContext, english: Translations) -> Iterator[MainWindow]:
    main = MainWindow(ctx, english)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    # Deleted here, while this test's objects are all alive, not in whichever test's event
    # processing comes next.
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
