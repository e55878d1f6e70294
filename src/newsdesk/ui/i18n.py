"""Which language the window speaks, and loading its Qt Linguist translations.

Installing a translator makes Qt send every widget a LanguageChange event; the panels answer
it with ``retranslateUi()``, so switching language takes effect at once, without a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from newsdesk.resources import resource_path

SUPPORTED = ("vi", "en")
FALLBACK = "en"


def translations_dir() -> Path:
    return resource_path("translations")


def system_language(locale: QLocale) -> str:
    """The first supported language among the locale's UI languages, else English."""
    for name in (*locale.uiLanguages(), locale.name()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def choose_language(setting: str, locale: QLocale) -> str:
    """``setting`` when the user chose a language, otherwise the system's."""
    return setting if setting in SUPPORTED else system_language(locale)


class Translations:
    """The translators installed on one application; :meth:`use` swaps them."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self._app = app
        self._folder = folder or translations_dir()
        self._installed: list[QTranslator] = []
        self.language = ""

    def use(self, language: str) -> bool:
        """Load ``language``; True when Newsdesk's own catalogue was found."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        own = QTranslator(self._app)
        found = own.load(f"newsdesk_{language}", str(self._folder))
        if found:
            self._installed.append(own)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return found
