"""The checklist before approval is set per site in the Sites dialog and kept at once."""

from __future__ import annotations

from newsdesk.core.checklist import Checklist
from newsdesk.ui.sites_dialog import SitesDialog
from tests.ui.sync_fakes import add_site


def open_sites(qtbot, window) -> SitesDialog:
    dialog = SitesDialog(window.ctx.desk, window.tasks, persistent=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_site_keeps_its_own_checklist(qtbot, window):
    add_site(window, "portal", ("editor",))
    add_site(window, "toa-soan", ("editor",))
    dialog = open_sites(qtbot, window)
    editor = dialog.checklist
    assert dialog.sites.currentRow() == 0  # "portal"
    assert editor.isEnabled()
    assert editor.checklist() == Checklist()

    dialog.sites.setCurrentRow(1)  # "toa-soan"
    editor.featured_image.setChecked(True)
    editor.category.setChecked(False)
    editor.sapo_words.setValue(40)
    editor.min_bylines.setValue(2)
    editor.title_words.setValue(15)
    store = window.ctx.store
    assert store.find_site("toa-soan").checklist == Checklist(
        require_category=False,
        require_featured_image=True,
        max_sapo_words=40,
        min_bylines=2,
        max_title_words=15,
    )
    assert store.find_site("portal").checklist == Checklist()

    dialog.sites.setCurrentRow(0)
    assert editor.checklist() == Checklist()
    dialog.sites.setCurrentRow(1)
    assert editor.featured_image.isChecked()
    assert editor.sapo_words.value() == 40
    dialog.close()


def test_zero_means_no_limit(qtbot, window):
    add_site(window, "portal", ("editor",))
    dialog = open_sites(qtbot, window)
    dialog.checklist.title_words.setValue(0)
    assert dialog.checklist.title_words.text() == "no limit"
    dialog.checklist.sapo_words.setValue(0)
    assert window.ctx.store.find_site("portal").checklist.max_sapo_words == 0
    dialog.close()


def test_without_a_site_there_is_nothing_to_set(qtbot, window):
    dialog = open_sites(qtbot, window)
    assert not dialog.checklist.isEnabled()
    dialog.close()
