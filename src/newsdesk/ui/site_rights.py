"""A NukeViet user's rights in the news module, per category, as the sites dialog shows them."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from newsdesk.sites.nukeviet import CategoryRights


def right_names(rights: CategoryRights) -> list[str]:
    """The rights held in one category, in the order of NukeViet's own permissions page."""
    names = (
        (rights.add, QCoreApplication.translate("SiteRights", "create")),
        (rights.edit, QCoreApplication.translate("SiteRights", "edit")),
        (rights.approve, QCoreApplication.translate("SiteRights", "approve")),
        (rights.publish, QCoreApplication.translate("SiteRights", "publish")),
        (rights.delete, QCoreApplication.translate("SiteRights", "delete")),
    )
    return [name for held, name in names if held]


def rights_table(rights: Sequence[CategoryRights]) -> str:
    """Rich text: a heading and one row per category (its name, then the rights held)."""
    if not rights:
        return html.escape(
            QCoreApplication.translate(
                "SiteRights", "You have no rights in any category of the news module."
            )
        )
    rows = "".join(
        "<tr><td style='padding-right: 12px'>{title}</td><td>{held}</td></tr>".format(
            title=html.escape(item.title),
            held=html.escape(
                ", ".join(right_names(item))
                or QCoreApplication.translate("SiteRights", "no rights")
            ),
        )
        for item in rights
    )
    heading = html.escape(
        QCoreApplication.translate("SiteRights", "Your rights in the news module, per category:")
    )
    return f"{heading}<table cellspacing='0' cellpadding='2'>{rows}</table>"
