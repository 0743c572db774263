#!/usr/bin/env bash
# System packages on Debian/Ubuntu, installed only when missing.
#   bash scripts/system-deps.sh          Qt 6's few shared libraries that minimal images lack (to run the app)
#   bash scripts/system-deps.sh --test   also what the tests use for real: LibreOffice Calc (spreadsheets the app
#                                        reads and writes are checked through it), poppler-utils (PDF pages) and
#                                        postgresql (the headquarters store on PostgreSQL: tests start a throwaway
#                                        cluster with its initdb/pg_ctl)
# (No Chinese system fonts are needed: the app ships its own.)
set -uo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0"
if [ "${1:-}" = "--test" ]; then
  pkgs="$pkgs libreoffice-calc-nogui poppler-utils postgresql"
fi
missing=""
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing system packages:$missing"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  $missing >/dev/null || echo "warning: could not install$missing" >&2
exit 0
