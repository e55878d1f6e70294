"""Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk import __version__


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Newsdesk"),
        QCoreApplication.translate(
            "About",
            "<h3>Newsdesk {version}</h3><p>Write articles offline, see them as the portal shows "
            "them, and send them to the site for review and publication.</p>"
            "<p>Licence: GPL-3.0-or-later.</p>",
        ).format(version=__version__),
    )
