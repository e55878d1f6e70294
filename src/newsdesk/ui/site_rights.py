"""A NukeViet user's rights in the news module, per category, as the sites dialog shows them."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from newsdesk.sites.nukeviet import CategoryRights


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteRights", text)


def right_names(rights: CategoryRights) -> list[str]:
    """The rights held in one category, in the order of NukeViet's own permissions page."""
    names = (
        (rights.add, _tr("create")),
        (rights.edit, _tr("edit")),
        (rights.approve, _tr("approve")),
        (rights.publish, _tr("publish")),
        (rights.delete, _tr("delete")),
    )
    return [name for held, name in names if held]


def rights_table(rights: Sequence[CategoryRights]) -> str:
    """Rich text: a heading and one row per category (its name, then the rights held)."""
    if not rights:
        return html.escape(_tr("You have no rights in any category of the news module."))
    rows = "".join(
        "<tr><td style='padding-right: 12px'>{title}</td><td>{held}</td></tr>".format(
            title=html.escape(item.title),
            held=html.escape(", ".join(right_names(item)) or _tr("no rights")),
        )
        for item in rights
    )
    heading = html.escape(_tr("Your rights in the news module, per category:"))
    return f"{heading}<table cellspacing='0' cellpadding='2'>{rows}</table>"
