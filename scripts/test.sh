#!/usr/bin/env bash
# Quick start 2: install what the tests need (Debian packages for Qt, a virtual screen and the
# real WordPress; the Python packages in .venv) and run lint, type checks and the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-debian-packages.sh app test wordpress
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/pytest "$@"
