#!/usr/bin/env bash
# Opt-in: the date-sensitive part of the suite (domain, services, reports, CLI, package exchange) on each of the
# days that have broken it before (year ends and starts, quarter ends, a leap day) and on the real calendar.
# The whole suite pins its own date (tests/conftest.py); this shows it holds on any other.
#   bash scripts/test-dates.sh                 # every date below
#   bash scripts/test-dates.sh 2027-01-01      # just these
set -uo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run 'bash scripts/test.sh' once first (it makes .venv)" >&2; exit 2; }
dates=("$@")
[ ${#dates[@]} -eq 0 ] && dates=(2027-01-01 2027-02-28 2027-03-31 2027-06-30 2027-12-31 2028-02-29 real)
paths=(tests/domain tests/services tests/reports tests/cli tests/exchange tests/storage tests/test_cli.py
       tests/test_cli_meetings.py tests/test_cli_pledges_room.py tests/test_clock.py)
failed=()
for d in "${dates[@]}"; do
  echo "=== DANGJIAN_TODAY=$d"
  if ! DANGJIAN_TODAY="$d" .venv/bin/python -m pytest -q -p no:cacheprovider -n auto --maxprocesses 4 -m "not slow" "${paths[@]}"; then
    failed+=("$d")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED on: ${failed[*]}" >&2
  exit 1
fi
echo "all dates passed: ${dates[*]}"
