#!/bin/sh
# test-po.sh MSGFMT PODIR - `msgfmt --check` over every po file, one TAP line each.
# SPDX-License-Identifier: GPL-3.0-or-later
msgfmt=$1
podir=$2

set -- "$podir"/*.po
if [ ! -e "$1" ]; then
  echo "1..0 # SKIP no po files in $podir"
  exit 0
fi

echo "1..$#"
n=0
status=0
for po in "$@"; do
  n=$((n + 1))
  if out=$("$msgfmt" --check --check-accelerators=_ -o /dev/null "$po" 2>&1); then
    echo "ok $n - $(basename "$po")"
  else
    echo "not ok $n - $(basename "$po")"
    printf '%s\n' "$out" | sed 's/^/# /'
    status=1
  fi
done
exit $status
