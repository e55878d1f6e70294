"""Languages: chosen from the settings or the system, switched live, complete catalogues."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from newsdesk.settings import Settings
from newsdesk.ui.i18n import choose_language, system_language, translations_dir
from newsdesk.ui.settings_dialog import Choices, SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    found = {}
    root = ET.parse(ts).getroot()  # noqa: S314 (our own catalogue)
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            key = (name, message.findtext("source", ""))
            found[key] = (translation.text or "", translation.get("type"))
    return found


@pytest.mark.parametrize(
    ("setting", "locale", "expected"),
    [
        ("vi", "en_US", "vi"),
        ("en", "vi_VN", "en"),
        ("", "vi_VN", "vi"),
        ("", "de_DE", "en"),
        ("", "en_GB", "en"),
    ],
)
def test_choose_language(setting, locale, expected):
    assert choose_language(setting, QLocale(locale)) == expected


def test_system_language_reads_the_locale():
    assert system_language(QLocale(QLocale.Language.Vietnamese)) == "vi"
    assert system_language(QLocale(QLocale.Language.French)) == "en"


def test_switching_to_vietnamese_retranslates_the_open_window(qtbot, window):
    window.commands.new_article.trigger()
    assert window.commands.submit.text() == "Su&bmit for review"
    window.apply_settings(Choices(language="vi", sync_interval_seconds=120))
    try:
        # Qt delivers the language change as an event to every window.
        qtbot.waitUntil(lambda: window.commands.submit.text() == "&Gửi duyệt")
        assert window.commands.publish.text() == "Xuất &bản ngay"
        assert window.commands.work_offline.text() == "Làm việc ng&oại tuyến"
        assert window.tabs.tabText(0) == "Bài viết"
        assert window.tabs.tabText(1) == "Thông tin và tác giả"
        assert window.editor.sapo_label.text() == "Sa-&pô (đoạn mở đầu)"
        assert window.metadata.image.title() == "Ảnh đại diện"
        assert window.article_list.tree.headerItem().text(0) == "Tít"
        assert window.article_list.tree.topLevelItem(0).text(2) == "Chỉ trên máy"
        assert window.article_list.status.itemText(1) == "Bản nháp"
        # Qt has no Vietnamese catalogue; its button words come from ours.
        dialog = SettingsDialog(window.ctx.settings, window)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert (ok.text(), cancel.text()) == ("Đồng ý", "Hủy")
        dialog.deleteLater()
        saved = Settings.load(window.ctx.paths.settings_file)
        assert saved.language == "vi"
        assert saved.sync_interval_seconds == 120
    finally:
        window.apply_settings(Choices(language="en", sync_interval_seconds=60))
    qtbot.waitUntil(lambda: window.commands.submit.text() == "Su&bmit for review")
    assert window.tabs.tabText(0) == "Article"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_catalogue_is_complete(language):
    ts = translations_dir() / f"newsdesk_{language}.ts"
    found = messages(ts)
    assert found
    unfinished = [key for key, (text, kind) in found.items() if kind is not None or not text]
    assert unfinished == []


def test_vietnamese_catalogue_is_really_translated():
    found = messages(translations_dir() / "newsdesk_vi.ts")
    same = [key for key, (text, _kind) in found.items() if text == key[1]]
    # Only names, symbols and formats may stay as they are.
    allowed = {"Newsdesk", "B", "I", "{state}: {reason}", " pt"}
    assert {source for _context, source in same} <= allowed


def test_catalogues_cover_every_string_in_the_code_and_the_qm_files_are_built(tmp_path):
    script = load_script()
    for language in ("vi", "en"):
        committed = script.ts_file(language)
        copy = tmp_path / committed.name
        shutil.copy(committed, copy)
        script.lupdate(language, copy)
        hint = f"run scripts/update_translations.py ({language})"
        assert messages(copy) == messages(committed), hint
        built = tmp_path / f"newsdesk_{language}.qm"
        script.lrelease(committed, built)
        assert built.read_bytes() == script.qm_file(language).read_bytes()


def test_messages_from_the_layers_below_the_window_are_collected():
    script = load_script()
    templates = script.message_templates()
    assert "{cause} The site said: {said}" in templates  # sites/errors.py
    assert "Shorten the sapo to {limit} words (now {now})." in templates  # core/checklist.py
    assert "changed since last sent" in templates  # store/summaries.py
    assert len(templates) == len(set(templates))
    found = messages(translations_dir() / "newsdesk_vi.ts")
    assert {source for context, source in found if context == "Messages"} == set(templates)


def test_a_message_template_that_is_not_a_literal_stops_the_script(tmp_path, monkeypatch):
    script = load_script()
    module = tmp_path / "later.py"
    module.write_text(
        "from newsdesk.core.messages import Message\n"
        'ok = Message("Fine {x}.", x=1)\n'
        'text = "A {name}."\n'
        'bad = Message(text, name="x")\n'
        'worse = Message(f"B {text}")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(script, "message_sources", lambda: [module])
    with pytest.raises(SystemExit, match=r"later\.py:4, .*later\.py:5"):
        script.message_templates()
    module.write_text('from newsdesk.core import messages\nm = messages.Message("Fine.")\n')
    assert script.message_templates() == ["Fine."]
