#!/usr/bin/env bash
# Qt 6 needs a few shared libraries that minimal Debian/Ubuntu images lack. Installs them only when missing.
# (No Chinese system fonts are needed: the app ships its own.)
set -uo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0"
missing=""
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing system libraries for Qt:$missing"
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null || \
  echo "warning: could not install$missing; Qt may fail to start" >&2
exit 0
