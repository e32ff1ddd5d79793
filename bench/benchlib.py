# bench/benchlib.py - shared helpers of the Failback benchmarks (stdlib only)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Everything here is loopback only: the simulator listens on 127.0.0.1 and
# every request goes there. Every wait is bounded in time.

import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("FB_BENCH_BUILD", os.path.join(ROOT, "_build-bench"))
SIM = os.path.join(BUILD, "src", "sim", "failback-sim")
CTL = os.path.join(BUILD, "src", "cli", "failbackctl")

TENANT = "11111111-1111-1111-1111-111111111111"
CLIENT = "22222222-2222-2222-2222-222222222222"
SECRET = "demo-secret"
SUB = "33333333-3333-3333-3333-333333333333"
LARGE_VAULT = ("/subscriptions/%s/resourceGroups/rg-dr-large/providers/"
               "Microsoft.RecoveryServices/vaults/vault-large" % SUB)
ITEMS_API = "2026-05-01"


def need_build():
    for p in (SIM, CTL):
        if not os.access(p, os.X_OK):
            sys.exit("bench: %s is missing; build first:\n"
                     "  meson setup _build-bench -Dbuildtype=release && ninja -C _build-bench" % p)


def load():
    """The 1-minute load average and a short uptime line."""
    with open("/proc/loadavg") as f:
        parts = f.read().split()
    return "load %s %s %s" % (parts[0], parts[1], parts[2])


def stats(values):
    """median, min, max of a list of numbers."""
    return statistics.median(values), min(values), max(values)


def fmt_stats(values, unit, scale=1.0, digits=1):
    med, lo, hi = stats(values)
    f = "%%.%df" % digits
    return ("median " + f + " %s (min " + f + ", max " + f + ", n=%d)") % (
        med * scale, unit, lo * scale, hi * scale, len(values))


def proc_status_kb(pid, key):
    """VmRSS / VmHWM of a running process in KiB, or None."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Sim:
    """failback-sim as a child process; stops by itself (kill on exit, and a
    hard time limit via timeout(1))."""

    def __init__(self, scenario, page_size=None, request_log=None, speed=None, seed=1,
                 limit_s=600):
        args = ["timeout", "-s", "KILL", str(limit_s), SIM, "--scenario", scenario,
                "--port", "0", "--seed", str(seed)]
        if page_size:
            args += ["--page-size", str(page_size)]
        if request_log:
            args += ["--request-log", request_log]
        if speed:
            args += ["--speed", str(speed)]
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()   # the base URI, once it listens
        self.start_s = time.monotonic() - self.t0
        if not line.startswith("http"):
            err = self.proc.stderr.read() if self.proc.poll() is not None else ""
            self.stop()
            raise RuntimeError("failback-sim did not start: %r %s" % (line, err))
        self.uri = line.strip()
        # the real simulator is the child of timeout(1)
        self.pid = self._child_pid(self.proc.pid)

    @staticmethod
    def _child_pid(ppid):
        for _ in range(50):
            try:
                with open("/proc/%d/task/%d/children" % (ppid, ppid)) as f:
                    kids = f.read().split()
                if kids:
                    return int(kids[0])
            except OSError:
                pass
            time.sleep(0.02)
        return ppid

    def rss_kb(self):
        return proc_status_kb(self.pid, "VmRSS")

    def hwm_kb(self):
        return proc_status_kb(self.pid, "VmHWM")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def curl(args, timeout=120):
    """Runs curl; returns (stdout bytes, the -w text on stderr)."""
    p = subprocess.run(["curl", "-sS", "--max-time", "60", "--noproxy", "*"] + args,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError("curl failed (%d): %s" % (p.returncode, p.stderr.decode()[:300]))
    return p.stdout, p.stderr.decode()


def token(base):
    body, _ = curl(["-X", "POST", base + TENANT + "/oauth2/v2.0/token",
                    "--data-urlencode", "grant_type=client_credentials",
                    "--data-urlencode", "client_id=" + CLIENT,
                    "--data-urlencode", "client_secret=" + SECRET,
                    "--data-urlencode", "scope=https://management.azure.com/.default"])
    return json.loads(body)["access_token"]


NEXT_RE = re.compile(rb'"nextLink"\s*:\s*("(?:[^"\\]|\\.)*"|null)\s*}\s*$')


def curl_list(base, tok, path, api=ITEMS_API, max_pages=2000):
    """The floor: one curl process per page, following nextLink (read from the
    document's tail). Returns (wall s, sum of curl time_total s, pages, bytes, items)."""
    url = base.rstrip("/") + path + "?api-version=" + api
    hdr = "Authorization: Bearer " + tok
    pages = nbytes = 0
    curl_total = 0.0
    t0 = time.monotonic()
    while url and pages < max_pages:
        body, w = curl(["-H", hdr, "-w", "%{stderr}%{time_total}", url])
        curl_total += float(w.strip().splitlines()[-1])
        pages += 1
        nbytes += len(body)
        m = NEXT_RE.search(body[-4096:])
        if m is None:
            raise RuntimeError("no nextLink at the end of page %d" % pages)
        url = None if m.group(1) == b"null" else json.loads(m.group(1))
    wall = time.monotonic() - t0
    return wall, curl_total, pages, nbytes


def time_v(cmd, env=None, timeout=300, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time -v; returns dict wall_s, user_s, sys_s, maxrss_kb, rc."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, stdout=stdout,
                       stderr=subprocess.PIPE, text=True, timeout=timeout)
    out = {"rc": p.returncode, "wall_s": time.monotonic() - t0, "stdout": p.stdout}
    for line in p.stderr.splitlines():
        line = line.strip()
        if line.startswith("User time (seconds):"):
            out["user_s"] = float(line.split(":")[1])
        elif line.startswith("System time (seconds):"):
            out["sys_s"] = float(line.split(":")[1])
        elif line.startswith("Maximum resident set size (kbytes):"):
            out["maxrss_kb"] = int(line.split(":")[1])
    out["stderr"] = p.stderr
    return out


def summary_line(path, name, text):
    """Appends one line to the run-all summary file when FB_BENCH_SUMMARY is set."""
    f = os.environ.get("FB_BENCH_SUMMARY")
    if f:
        with open(f, "a") as fh:
            fh.write("%s\t%s\n" % (name, text))
    print("SUMMARY %s: %s" % (name, text))
