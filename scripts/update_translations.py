"""Bring the window's Qt Linguist catalogues up to date and build the .qm files.

    .venv/bin/python scripts/update_translations.py

1. pyside6-lupdate reads src/newsdesk/ui/*.py and src/newsdesk/app.py into
   resources/translations/newsdesk_<lang>.ts (new strings are added as unfinished, strings no
   longer in the code are dropped, existing translations are kept). The packages below the
   window do not use Qt: the template of every ``Message("...")`` they make is collected from
   their source and handed to lupdate as well, in the context "Messages".
2. English is the source language: its unfinished entries get the source text and are marked
   finished.
3. pyside6-lrelease builds newsdesk_<lang>.qm next to each .ts.

Exits 1 (after building) while any Vietnamese string is still unfinished: translate it in
Qt Linguist (pyside6-linguist resources/translations/newsdesk_vi.ts) and run this again.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"
# Below the window: no Qt there, so their messages are found by reading the source.
MESSAGE_PACKAGES = ("core", "text", "render", "store", "sites", "sync", "desk")
MESSAGE_CONTEXT = "Messages"
MESSAGE_CLASS = "Message"
MESSAGE_MODULE = ROOT / "src" / "newsdesk" / "core" / "messages.py"  # makes them, from data


def sources() -> list[Path]:
    return [*sorted((ROOT / "src" / "newsdesk" / "ui").glob("*.py")), ROOT / "src/newsdesk/app.py"]


def message_sources() -> list[Path]:
    package = ROOT / "src" / "newsdesk"
    found = {path for name in MESSAGE_PACKAGES for path in (package / name).rglob("*.py")}
    return sorted(found - {MESSAGE_MODULE})


def _message_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == MESSAGE_CLASS:
                yield node


def message_templates() -> list[str]:
    """Every ``Message("template", ...)`` template in the packages below the window, in the
    order found. Exits naming the place when a template is not a string literal (the
    translators would never see it)."""
    found: dict[str, None] = {}
    faults = []
    for path in message_sources():
        for call in _message_calls(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, None)
            else:
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                faults.append(f"{where}:{call.lineno}")
    if faults:
        sys.exit("a Message template must be a string literal: " + ", ".join(faults))
    return list(found)


def message_catalogue(folder: Path) -> Path:
    """A Python file lupdate reads: one ``QT_TRANSLATE_NOOP`` per message template."""
    target = folder / "messages.py"
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(MESSAGE_CONTEXT)}, {json.dumps(text, ensure_ascii=False)})"
        for text in message_templates()
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def tool(name: str) -> str:
    """The Qt tool installed next to this Python (the venv), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"newsdesk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"newsdesk_{language}.qm"


def lupdate(language: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _lupdate([*sources(), message_catalogue(Path(folder))], language, target)


def _lupdate(files: list[Path], language: str, target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(p) for p in files),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 (ours)
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            missing.append(message.findtext("source", ""))
    return missing


def finish_as_source(ts: Path) -> None:
    """Source-language catalogue: each unfinished translation becomes the source text."""
    tree = ET.parse(ts)  # noqa: S314 (our own catalogue)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished":
            translation.text = message.findtext("source", "")
            del translation.attrib["type"]
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(language, ts)
        if language == SOURCE_LANGUAGE:
            finish_as_source(ts)
            lupdate(language, ts)  # back to lupdate's own layout
        lrelease(ts, qm_file(language))
        missing = unfinished(ts)
        if missing:
            status = 1
            print(f"{ts.name}: {len(missing)} unfinished:")
            for text in missing:
                print(f"  {text!r}")
        else:
            print(f"{ts.name}: complete; built {qm_file(language).name}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
