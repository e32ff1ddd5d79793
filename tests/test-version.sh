#!/bin/sh
# The three programs print their names and the project version.
echo "1..3"
n=0
check () {
  n=$((n + 1))
  out=$("$1" --version 2>&1)
  if [ "$out" = "$2" ]; then echo "ok $n - $2"; else echo "not ok $n - expected '$2', got '$out'"; fi
}
check "$1" "failback 0.1.0"
check "$2" "failbackctl 0.1.0"
check "$3" "failback-sim 0.1.0"
