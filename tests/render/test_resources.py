from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.resources import ResourcesNotFoundError, find_resources_root, resource_path


def test_portal_theme_is_found() -> None:
    theme = resource_path("themes", "portal")
    for name in ("page.html.j2", "article.html.j2", "portal.css"):
        assert (theme / name).is_file()


def test_first_existing_candidate_wins(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    second.mkdir()
    assert find_resources_root([first, second]) == second
    first.mkdir()
    assert find_resources_root([first, second]) == first


def test_missing_resources_name_the_places_looked_at(tmp_path: Path) -> None:
    with pytest.raises(ResourcesNotFoundError) as caught:
        find_resources_root([tmp_path / "x", tmp_path / "y"])
    assert str(tmp_path / "x") in caught.value.cause
    assert str(tmp_path / "y") in caught.value.cause
    assert caught.value.action
