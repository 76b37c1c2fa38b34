#!/usr/bin/env bash
# Starts the packaged app (dist/satchel) offscreen with a demo wallet and checks it is still running
# after a few seconds: it imported everything it needs, found its resources and signed and verified
# the demo credentials. Run by `make package`.
set -euo pipefail
app=dist/satchel/satchel-app
[ -x "$app" ] || { echo "no packaged app at $app" >&2; exit 1; }
log=$(mktemp)
set +e
QT_QPA_PLATFORM=offscreen timeout 12 "$app" --demo >"$log" 2>&1
code=$?
set -e
if [ "$code" -ne 124 ]; then
  echo "the packaged app stopped by itself (exit $code):" >&2
  cat "$log" >&2
  exit 1
fi
if grep -qiE "traceback|error" "$log"; then
  echo "the packaged app reported errors:" >&2
  cat "$log" >&2
  exit 1
fi
echo "packaged app started and ran its demo wallet"
