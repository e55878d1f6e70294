from __future__ import annotations

from newsdesk.cli import main

raise SystemExit(main())
