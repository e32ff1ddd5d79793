#!/bin/sh
# failbackctl vcenter … and failbackctl preflight … against the failback-sim program.
# Runs in its own D-Bus session with its own unlocked gnome-keyring-daemon (no prompts,
# never the user's keyring), in temporary XDG folders.
#   test-cli.sh FAILBACKCTL FAILBACK-SIM
ctl="$1"; sim="$2"
if [ -z "$FB_VC_PRIVATE_BUS" ]; then
  FB_VC_PRIVATE_BUS=1 exec dbus-run-session -- sh "$0" "$@" 2>/dev/null
fi
t=$(mktemp -d)
export HOME="$t" XDG_CONFIG_HOME="$t/config" XDG_DATA_HOME="$t/data" XDG_STATE_HOME="$t/state" \
       XDG_CACHE_HOME="$t/cache" XDG_RUNTIME_DIR="$t/run"
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
fx="$FB_SOURCE_DIR/tests/vcenter/fixtures"
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
nok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { if [ "$1" = "$2" ]; then ok "$3"; else nok "$3 (exit $1, expected $2)"; cat "$t/err" | sed 's/^/# /'; fi; }
contains () { if grep -q -- "$2" "$1"; then ok "$3"; else nok "$3"; sed 's/^/# /' "$1"; fi; }

start_sim () {  # start_sim OUT ARGS...
  out="$1"; shift
  "$sim" "$@" >"$out" 2>/dev/null &
  sim_pid=$!
  i=0
  while [ ! -s "$out" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
  base=$(head -n 1 "$out")
}

echo "1..19"
start_sim "$t/sim1" --scenario "$FB_SOURCE_DIR/data/scenarios/demo.json" --speed 600
vc="${base%/}"
G="--login-endpoint $base --arm-endpoint $base --tenant 11111111-1111-1111-1111-111111111111 \
   --client-id 22222222-2222-2222-2222-222222222222 --subscription 33333333-3333-3333-3333-333333333333"
export FAILBACK_CLIENT_SECRET=demo-secret

"$ctl" vcenter hosts >"$t/out" 2>"$t/err"; check $? 2 "vcenter hosts before any login is a usage error"

# 1. no Secret Service at all: login works for this session, storing fails with a clear message
FAILBACK_VCENTER_PASSWORD=demo-password DBUS_SESSION_BUS_ADDRESS=unix:path=$t/no-bus \
  "$ctl" vcenter login --server "$vc" --user administrator@vsphere.local >"$t/out" 2>"$t/err"
check $? 0 "vcenter login without a Secret Service still logs in"
contains "$t/err" "FAILBACK_VCENTER_PASSWORD" "and says that the password was not stored"

# 2. an unlocked keyring: the password is stored and used later
printf 'test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
FAILBACK_VCENTER_PASSWORD=wrong "$ctl" vcenter login >"$t/out" 2>"$t/err"; check $? 3 "a wrong password is an authentication error"
FAILBACK_VCENTER_PASSWORD=demo-password "$ctl" vcenter login >"$t/out" 2>"$t/err"; check $? 0 "vcenter login stores the password"
if grep -rq demo-password "$t/config" "$t/state" 2>/dev/null; then nok "no password in any file"; else ok "no password in any file"; fi
"$ctl" vcenter hosts >"$t/out" 2>"$t/err"; check $? 0 "vcenter hosts with the password from the keyring"
contains "$t/out" "esx-nbg-03.contoso.local .*128.0.*GiB .*104.0.*GiB .*24.0.*GiB" "hosts with memory total, used and free"
"$ctl" -o json vcenter datastores >"$t/out" 2>"$t/err"; check $? 0 "vcenter datastores"
contains "$t/out" '"hosts" : "host-1002,host-1003"' "datastores with the hosts that mount them"
"$ctl" -o json vcenter vm show sql-prod-01 >"$t/out" 2>"$t/err"
contains "$t/out" '"rdm" : true' "vcenter vm show: disks with RDM"
"$ctl" vcenter vm show no-such-vm >"$t/out" 2>"$t/err"; check $? 4 "vcenter vm show of a missing VM: not found"

# 3. preflight
"$ctl" $G preflight --vault vault-nbg sql-prod-01 >"$t/out" 2>"$t/err"; check $? 1 "preflight exits 1 when a check fails (8038)"
"$ctl" $G -o json preflight --vault vault-nbg sql-prod-01 >"$t/out" 2>"$t/err"
contains "$t/out" '"hostName" : "esx-nbg-02.contoso.local"' "preflight json carries the vMotion remedy"
"$ctl" $G preflight --vault vault-nbg --plan rp-billing >"$t/out" 2>"$t/err"; check $? 0 "preflight of a plan whose checks pass"
"$ctl" $G preflight --vault vault-nbg >"$t/out" 2>"$t/err"; check $? 2 "preflight needs ITEM or --plan"
kill $sim_pid; wait $sim_pid 2>/dev/null

# 4. trust on first use over https
start_sim "$t/sim2" --tls-cert "$fx/cert-a.pem" --tls-key "$fx/cert-a.key" --scenario "$FB_SOURCE_DIR/data/scenarios/demo.json"
vc="${base%/}"; port=${vc##*:}
FAILBACK_VCENTER_PASSWORD=demo-password "$ctl" vcenter login --server "$vc" >"$t/out" 2>"$t/err"
check $? 3 "an unknown self-signed certificate is refused"
fp=$(sed -n 's/.*--trust \([0-9A-F:]*\).*/\1/p' "$t/err")
FAILBACK_VCENTER_PASSWORD=demo-password "$ctl" vcenter login --server "$vc" --trust "$fp" >"$t/out" 2>"$t/err"
check $? 0 "trusted explicitly with its fingerprint ($fp)"
kill $sim_pid; wait $sim_pid 2>/dev/null
start_sim "$t/sim3" --port "$port" --tls-cert "$fx/cert-b.pem" --tls-key "$fx/cert-b.key" --scenario "$FB_SOURCE_DIR/data/scenarios/demo.json"
"$ctl" vcenter hosts >"$t/out" 2>"$t/err"
check $? 3 "a changed certificate on the same host:port is a hard stop"
kill $sim_pid; wait $sim_pid 2>/dev/null
# the keyring daemon ends with this private D-Bus session
rm -rf "$t"
