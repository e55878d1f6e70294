#!/usr/bin/env bash
# Quick start 1: install what the app needs (Debian packages for Qt, a Python venv) and start it.
# Any arguments go to newsdesk, e.g. scripts/run.sh --data-dir ~/newsdesk-demo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-debian-packages.sh app
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
exec .venv/bin/newsdesk "$@"
