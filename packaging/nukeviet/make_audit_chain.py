#!/usr/bin/env python3
"""Write the NukeViet package's copy of the audit chain's rules.

The canonical form, the hash and the table of workflow moves are defined once, in the
WordPress plugin's ``includes/audit-chain.php`` (which needs nothing of WordPress). The
NukeViet actions require ``modules/news/Newsdesk/audit-chain.php``, made from it by this
script with only the guard line changed; a test fails when the copy is out of date.

    python3 packaging/nukeviet/make_audit_chain.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "wordpress" / "newsdesk-bridge" / "includes" / "audit-chain.php"
TARGET = HERE / "modules" / "news" / "Newsdesk" / "audit-chain.php"
WORDPRESS_GUARD = "defined( 'ABSPATH' ) || exit;"
NUKEVIET_GUARD = "defined( 'NV_MAINFILE' ) || exit;"
NOTICE = (
    "// Made from packaging/wordpress/newsdesk-bridge/includes/audit-chain.php by\n"
    "// packaging/nukeviet/make_audit_chain.py: edit that file and run the script.\n"
)


def nukeviet_copy(wordpress_text: str) -> str:
    """The NukeViet copy of the WordPress plugin's audit-chain.php."""
    if wordpress_text.count(WORDPRESS_GUARD) != 1 or not wordpress_text.startswith("<?php\n"):
        raise ValueError(f"{SOURCE} no longer has the shape this script knows")
    body = wordpress_text.replace(WORDPRESS_GUARD, NUKEVIET_GUARD)
    return "<?php\n" + NOTICE + body.removeprefix("<?php\n")


def main() -> int:
    TARGET.write_text(nukeviet_copy(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
