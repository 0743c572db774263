#!/usr/bin/env bash
# Install the app into .venv (and Qt's system libraries on Debian/Ubuntu) and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/dangjian-desktop "$@"
