"""The main window's menu bar and toolbar, filled from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from newsdesk.ui.actions import MainActions


class MainMenus(QObject):
    def __init__(self, window: QMainWindow, c: MainActions) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.article = bar.addMenu("")
        self.article.addActions([c.new_article, c.delete_article])
        self.article.addSeparator()
        self.article.addActions(list(c.workflow().values()))
        self.article.addSeparator()
        self.article.addActions([c.compare_versions, c.history])
        self.article.addSeparator()
        self.article.addAction(c.quit)
        self.site = bar.addMenu("")
        self.site.addActions([c.sync_now, c.work_offline])
        self.site.addSeparator()
        self.site.addActions([c.sites, c.review_queue])
        self.view = bar.addMenu("")
        self.view.addActions([c.problems, c.notes])
        self.tools = bar.addMenu("")
        self.tools.addAction(c.settings)
        self.help = bar.addMenu("")
        self.help.addAction(c.keyboard_shortcuts)
        self.help.addAction(c.about)
        self.toolbar = window.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(
            [c.new_article, c.submit, c.return_article, c.approve, c.publish, c.sync_now]
        )
        self.toolbar.addAction(c.work_offline)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.article.setTitle(self.tr("&Article"))
        self.site.setTitle(self.tr("&Site"))
        self.view.setTitle(self.tr("&View"))
        self.tools.setTitle(self.tr("&Tools"))
        self.help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
