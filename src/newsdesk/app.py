"""Start the window: one AppContext, one QApplication, the translators, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from newsdesk import __version__
from newsdesk.paths import APP_NAME

NO_SANDBOX = "--no-sandbox"

log = logging.getLogger(__name__)


def _allow_web_engine_as_root() -> None:
    """Chromium refuses to run as root with its sandbox on (and exits without a word)."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None or geteuid() != 0:
        return
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if NO_SANDBOX not in flags.split():
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} {NO_SANDBOX}".strip()


def run_gui(data_dir: str | None = None) -> int:
    """Run the window on ``data_dir`` (None: the usual place) until it closes; the exit code."""
    _allow_web_engine_as_root()
    # Qt is imported only now: the environment above must be set first.
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWebEngineCore import QWebEngineProfile  # noqa: F401 (before QApplication)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from newsdesk.context import AppContext
    from newsdesk.core.errors import NewsdeskError
    from newsdesk.logs import start_logging
    from newsdesk.paths import Paths
    from newsdesk.resources import resource_path
    from newsdesk.ui.errors import install_exception_hooks
    from newsdesk.ui.i18n import Translations, choose_language
    from newsdesk.ui.main_window import MainWindow

    existing = QApplication.instance()
    if existing is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("newsdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "newsdesk.svg"))))

    paths = Paths.resolve(data_dir)
    log_file = start_logging(paths.data_dir)
    try:
        ctx = AppContext.open(paths)
    except NewsdeskError as error:
        log.warning("the desk did not open: %s", error)
        QMessageBox.critical(None, APP_NAME, f"{error.cause}\n\n{error.action}".strip())
        return 1
    try:
        translations = Translations(app)
        translations.use(choose_language(ctx.settings.language, QLocale.system()))
        window_state = QSettings(
            str(ctx.paths.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(ctx, translations, window_state, log_file=log_file)
        restore_hooks = install_exception_hooks(window.errors)
        try:
            window.restore_window_state()
            window.show()
            return app.exec()
        finally:
            restore_hooks()
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsdesk-gui", description="Newsdesk editorial desk.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument("--data-dir", help="folder for the database and settings")
    args = parser.parse_args(argv)
    return run_gui(args.data_dir)


if __name__ == "__main__":
    raise SystemExit(main())
