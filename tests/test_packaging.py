"""A built wheel carries its templates, migrations and translations and runs on its own."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return next(out.glob("newsdesk-*.whl"))


def test_wheel_contains_resources_and_entry_points(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsdesk/resources/themes/portal/page.html.j2" in names
    assert any(
        n.startswith("newsdesk/resources/translations/") and n.endswith("_vi.qm") for n in names
    )
    assert any(n.startswith("newsdesk/store/migrations/versions/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nnewsdesk = newsdesk.cli:main" in text
    assert "[gui_scripts]\nnewsdesk-gui = newsdesk.app:main" in text


def test_installed_wheel_runs_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    article = tmp_path / "tin.md"
    article.write_text("# Hội nghị giao ban\n\nNgày 25/12/2020, đồng chí …\n", encoding="utf-8")
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-s", "-m", "newsdesk", "--data-dir", str(tmp_path / "d"), *args],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    where = subprocess.run(
        [sys.executable, "-s", "-c", "import newsdesk; print(newsdesk.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
    ).stdout
    assert where.startswith(str(target))
    article_id = run("import", str(article)).strip()
    page = run("export", article_id, "--format", "html")
    assert "Hội nghị giao ban" in page
    assert "Go top" in page
    assert "Hội nghị" in run("search", "hoi nghi")
