#!/usr/bin/env bash
# Install everything the tests need into .venv (and Qt's system libraries on Debian/Ubuntu), then run all tests.
# This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --test
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# On every core, at most four workers (pytest-xdist; each worker has its own session fixtures, PostgreSQL cluster
# and temp folders). Arguments after the command go to pytest: `-n 0` runs the tests in one process.
exec .venv/bin/python -m pytest -n auto --maxprocesses 4 "$@"
