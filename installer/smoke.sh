#!/usr/bin/env bash
# CI smoke test of the packaged app: builds the Linux app-image, starts it under Xvfb on a fresh data folder with
# --smoke (ends by itself once the main window has painted and the register is open) and fails if it does not
# start, does not open its register, leaves no log file, logs an error or leaves an H2 trace file. Needs xvfb-run,
# libgtk-3-0 and libgl1 (.ci/run installs them). Usage: installer/smoke.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = "--no-build" ] || installer/build-linux.sh --app-image-only

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
status=0
output=$(timeout 240 xvfb-run -a -s "-screen 0 1440x900x24" target/installer/NormDesk/bin/NormDesk \
  --data-dir "$data" --smoke 2>&1) || status=$?
echo "$output" | grep -E '^smoke:' || true
if [ "$status" -ne 0 ]; then
  echo "smoke: FAILED (exit $status)"
  echo "$output" | tail -n 40
  exit 1
fi
if ! grep -q 'Main window painted' "$data/logs/normdesk.log"; then
  echo "smoke: FAILED: no start-up line in $data/logs/normdesk.log"
  exit 1
fi
# a start that ends cleanly leaves no error behind: none in the app's log, no H2 trace file in the data folder
if grep -q ' ERROR ' "$data/logs/normdesk.log"; then
  echo "smoke: FAILED: errors in $data/logs/normdesk.log"
  grep -A 20 ' ERROR ' "$data/logs/normdesk.log" | head -n 60
  exit 1
fi
if [ -e "$data/normdesk.trace.db" ]; then
  echo "smoke: FAILED: H2 traced errors"
  head -n 40 "$data/normdesk.trace.db"
  exit 1
fi
echo "smoke: app-image started ($(du -sh target/installer/NormDesk | cut -f1))"
