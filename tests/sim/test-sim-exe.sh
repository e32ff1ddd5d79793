#!/bin/sh
# failback-sim as a program: the first stdout line is the base URI, it serves
# the demo scenario with the demo identity, and SIGTERM ends it with status 0;
# it answers in the request's Accept-Language from the catalog of
# FAILBACK_LOCALEDIR whatever LANGUAGE says.
sim="$1"
echo "1..7"
out=$(mktemp); log=$(mktemp)
"$sim" --scenario demo --speed 50 --request-log "$log" >"$out" 2>/dev/null &
pid=$!
i=0
while [ ! -s "$out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
base=$(head -n 1 "$out")
case "$base" in
  http://127.0.0.1:*/) echo "ok 1 - first line is the base URI ($base)";;
  *) echo "not ok 1 - first line '$base'";;
esac
tok=$(curl -s -X POST "${base}11111111-1111-1111-1111-111111111111/oauth2/v2.0/token" \
  -d client_id=22222222-2222-2222-2222-222222222222 -d client_secret=demo-secret \
  -d grant_type=client_credentials --data-urlencode scope=https://management.azure.com/.default \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
vaults=$(curl -s -H "Authorization: Bearer $tok" \
  "${base}subscriptions/33333333-3333-3333-3333-333333333333/providers/Microsoft.RecoveryServices/vaults?api-version=2026-08-01")
case "$vaults" in
  *'"name":"vault-nbg"'*'"name":"vault-ffm"'*) echo "ok 2 - lists the demo vaults";;
  *) echo "not ok 2 - vaults: $vaults";;
esac
kill -TERM $pid
wait $pid
rc=$?
if [ $rc -eq 0 ]; then echo "ok 3 - exits 0 on SIGTERM"; else echo "not ok 3 - exit status $rc"; fi
if grep -q '"path":"/subscriptions/33333333-3333-3333-3333-333333333333/providers/Microsoft.RecoveryServices/vaults"' "$log" \
   && ! grep -q "demo-secret" "$log" && ! grep -q "$tok" "$log"; then
  echo "ok 4 - request log without secrets"
else
  echo "not ok 4 - request log"; cat "$log"
fi
rm -f "$out" "$log"

# https with --tls-cert/--tls-key (the vCenter tests' self-signed certificate)
fx="$FB_SOURCE_DIR/tests/vcenter/fixtures"
out=$(mktemp)
"$sim" --tls-cert "$fx/cert-a.pem" --tls-key "$fx/cert-a.key" --scenario large:200 --page-size 50 >"$out" 2>/dev/null &
pid=$!
i=0
while [ ! -s "$out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
base=$(head -n 1 "$out")
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$fx/cert-a.pem" "${base}subscriptions?api-version=2022-12-01")
case "$base" in
  https://127.0.0.1:*/) if [ "$code" = 401 ]; then echo "ok 5 - serves https ($base)"; else echo "not ok 5 - https answered $code"; fi;;
  *) echo "not ok 5 - first line '$base'";;
esac
kill -INT $pid
wait $pid
rc=$?
if [ $rc -eq 0 ]; then echo "ok 6 - exits 0 on SIGINT"; else echo "not ok 6 - exit status $rc"; fi
rm -f "$out"

# Accept-Language: the German text of the build tree's catalog (looked up by gettext(1)),
# with LANGUAGE=fr in the simulator's environment (it must not override the request)
out=$(mktemp)
LANGUAGE=fr FAILBACK_LOCALEDIR="$FB_BUILD_DIR/po" "$sim" --scenario demo >"$out" 2>/dev/null &
pid=$!
i=0
while [ ! -s "$out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
base=$(head -n 1 "$out")
tok=$(curl -s -X POST "${base}11111111-1111-1111-1111-111111111111/oauth2/v2.0/token" \
  -d client_id=22222222-2222-2222-2222-222222222222 -d client_secret=demo-secret \
  -d grant_type=client_credentials --data-urlencode scope=https://management.azure.com/.default \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
plan="${base}subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-dr-nbg/providers/Microsoft.RecoveryServices/vaults/vault-nbg/replicationRecoveryPlans/rp-mail?api-version=2026-05-01"
german=$(LANGUAGE=de LC_ALL=de_DE.UTF-8 TEXTDOMAINDIR="$FB_BUILD_DIR/po" gettext -d failback "Verify mail flow")
de=$(curl -s -H "Authorization: Bearer $tok" -H "Accept-Language: de-DE, de;q=0.9, en;q=0.8" "$plan")
en=$(curl -s -H "Authorization: Bearer $tok" "$plan")
case "$de" in
  *"\"actionName\":\"$german\""*)
    case "$en" in
      *'"actionName":"Verify mail flow"'*) echo "ok 7 - answers in the request's language (de: $german)";;
      *) echo "not ok 7 - English answer: $en";;
    esac;;
  *) echo "not ok 7 - German answer without \"$german\": $de";;
esac
kill -TERM $pid
wait $pid
rm -f "$out"
