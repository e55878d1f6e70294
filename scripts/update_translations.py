"""Bring the window's Qt Linguist catalogues up to date and build the .qm files.

    .venv/bin/python scripts/update_translations.py

1. pyside6-lupdate reads src/newsdesk/ui/*.py and src/newsdesk/app.py into
   resources/translations/newsdesk_<lang>.ts (new strings are added as unfinished, strings no
   longer in the code are dropped, existing translations are kept).
2. English is the source language: its unfinished entries get the source text and are marked
   finished.
3. pyside6-lrelease builds newsdesk_<lang>.qm next to each .ts.

Exits 1 (after building) while any Vietnamese string is still unfinished: translate it in
Qt Linguist (pyside6-linguist resources/translations/newsdesk_vi.ts) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"


def sources() -> list[Path]:
    return [*sorted((ROOT / "src" / "newsdesk" / "ui").glob("*.py")), ROOT / "src/newsdesk/app.py"]


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
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(p) for p in sources()),
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
