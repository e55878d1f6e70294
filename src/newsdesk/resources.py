"""Where the files shipped with Newsdesk (themes, translations, icons) live."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsdesk.core.errors import NewsdeskError


class ResourcesNotFoundError(NewsdeskError):
    """The ``resources`` folder is missing: the installation is incomplete."""


def _candidate_roots() -> tuple[Path, ...]:
    here = Path(__file__).resolve()
    # An installed wheel carries the folder inside the package; a source checkout has it at
    # the top of the repository (src/newsdesk/resources.py -> resources/).
    return (here.parent / "resources", here.parents[2] / "resources")


def find_resources_root(candidates: Iterable[Path]) -> Path:
    """The first of ``candidates`` that is a folder."""
    tried = list(candidates)
    for root in tried:
        if root.is_dir():
            return root
    raise ResourcesNotFoundError(
        "Newsdesk's resources folder is missing (looked in "
        + ", ".join(str(p) for p in tried)
        + ").",
        "Reinstall Newsdesk.",
    )


def resource_path(*parts: str) -> Path:
    """The path of ``parts`` under Newsdesk's ``resources`` folder (it may not exist)."""
    return find_resources_root(_candidate_roots()).joinpath(*parts)
