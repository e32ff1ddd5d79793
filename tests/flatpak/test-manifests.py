#!/usr/bin/python3
"""The Flatpak manifests: parse both, check ids, runtime, command, the exact permissions and
that the app module builds with the same meson options as ./dev and the READMEs. Prints TAP.

Usage: test-manifests.py [SOURCE_DIR]   (default: $FB_SOURCE_DIR, else two folders up)
"""
import json
import os
import re
import shlex
import sys

SRC = (sys.argv[1] if len(sys.argv) > 1 else
       os.environ.get("FB_SOURCE_DIR") or
       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

BASE_ID = "io.github.failback.Failback"
MANIFESTS = {
    # file, app id, profile
    "default": ("flatpak/%s.json" % BASE_ID, BASE_ID, "default"),
    "development": ("flatpak/%s.Devel.json" % BASE_ID, BASE_ID + ".Devel", "development"),
}
FINISH_ARGS = ["--share=network", "--share=ipc", "--socket=fallback-x11",
               "--socket=wayland", "--device=dri"]

results = []


def check(name, cond, detail=""):
    results.append((bool(cond), name, detail))
    return bool(cond)


def skip(name, why):
    results.append((None, name, why))


def read(rel):
    with open(os.path.join(SRC, rel), encoding="utf-8") as f:
        return f.read()


def meson_options():
    """option name -> list of choices (None when not a combo), from meson_options.txt."""
    text = read("meson_options.txt")
    opts = {}
    for m in re.finditer(r"option\(\s*'([^']+)'(.*?)\)\s*(?=option\(|\Z)", text, re.S):
        name, body = m.group(1), m.group(2)
        c = re.search(r"choices\s*:\s*\[([^\]]*)\]", body)
        opts[name] = re.findall(r"'([^']*)'", c.group(1)) if c else None
    return opts


def d_options(args):
    """The -Dname=value options of an argument list, as a dict."""
    out = {}
    for a in args:
        m = re.match(r"^-D([A-Za-z0-9_.:-]+)=(.*)$", a)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def meson_setup_lines(text):
    """Argument lists of every `meson setup ...` command line in a script or README."""
    found = []
    for line in text.splitlines():
        line = line.split("#", 1)[0] if not line.lstrip().startswith("#!") else ""
        if "meson setup" not in line:
            continue
        try:
            words = shlex.split(line.replace("`", " "))
        except ValueError:
            words = line.split()
        found.append(words)
    return found


manifests = {}
for key, (path, app_id, profile) in MANIFESTS.items():
    try:
        m = json.loads(read(path))
        ok = isinstance(m, dict)
    except (OSError, ValueError) as e:
        m, ok = None, False
        check("%s parses as JSON" % path, False, str(e))
        continue
    check("%s parses as JSON" % path, ok)
    manifests[key] = m

for key, m in manifests.items():
    path, app_id, profile = MANIFESTS[key]
    check("%s: app-id is %s" % (path, app_id), m.get("app-id", m.get("id")) == app_id,
          "got %r" % m.get("app-id", m.get("id")))
    check("%s: runtime org.gnome.Platform, sdk org.gnome.Sdk" % path,
          m.get("runtime") == "org.gnome.Platform" and m.get("sdk") == "org.gnome.Sdk",
          "got %r / %r" % (m.get("runtime"), m.get("sdk")))
    rv = m.get("runtime-version")
    check("%s: runtime-version is a GNOME release branch (a string like \"51\")" % path,
          isinstance(rv, str) and re.fullmatch(r"[1-9][0-9]*", rv or "") is not None,
          "got %r" % rv)
    check("%s: command is failback" % path, m.get("command") == "failback",
          "got %r" % m.get("command"))
    fa = m.get("finish-args")
    check("%s: finish-args are exactly %s" % (path, " ".join(FINISH_ARGS)),
          isinstance(fa, list) and sorted(fa) == sorted(FINISH_ARGS) and len(fa) == len(set(fa)),
          "got %r" % fa)
    # Nothing reaches the network or extra permissions at build time.
    def build_args(obj):
        bo = obj.get("build-options") or {}
        return bo.get("build-args") or []
    mods = m.get("modules")
    net = [a for o in [m] + (mods if isinstance(mods, list) else []) if isinstance(o, dict)
           for a in build_args(o)]
    check("%s: no build-args (no network at build time)" % path, not net, "got %r" % net)
    ok = isinstance(mods, list) and len(mods) == 1 and isinstance(mods[0], dict)
    check("%s: exactly one module" % path, ok, "got %r" % mods)
    if not ok:
        continue
    mod = mods[0]
    check("%s: module 'failback' with buildsystem meson" % path,
          mod.get("name") == "failback" and mod.get("buildsystem") == "meson",
          "got name %r, buildsystem %r" % (mod.get("name"), mod.get("buildsystem")))
    srcs = mod.get("sources")
    check("%s: one source, the local repository (type dir, path ..)" % path,
          isinstance(srcs, list) and len(srcs) == 1 and isinstance(srcs[0], dict) and
          srcs[0].get("type") == "dir" and srcs[0].get("path") == "..",
          "got %r" % srcs)
    co = mod.get("config-opts")
    check("%s: config-opts is -Dprofile=%s" % (path, profile),
          co == ["-Dprofile=%s" % profile], "got %r" % co)

if len(manifests) == 2:
    a, b = manifests["default"], manifests["development"]
    check("both manifests use the same runtime branch",
          a.get("runtime-version") == b.get("runtime-version"),
          "%r vs %r" % (a.get("runtime-version"), b.get("runtime-version")))
    strip = lambda m: {k: v for k, v in m.items() if k not in ("app-id", "id", "modules")}
    check("the manifests differ only in app-id and the profile option",
          strip(a) == strip(b) and
          json.dumps([{k: v for k, v in mod.items() if k != "config-opts"} for mod in a.get("modules", [])],
                     sort_keys=True) ==
          json.dumps([{k: v for k, v in mod.items() if k != "config-opts"} for mod in b.get("modules", [])],
                     sort_keys=True))

# The options are real meson options with allowed values.
try:
    options = meson_options()
except OSError as e:
    options = None
    check("meson_options.txt readable", False, str(e))
if options is not None:
    for key, m in manifests.items():
        path = MANIFESTS[key][0]
        for mod in m.get("modules") or []:
            if not isinstance(mod, dict):
                continue
            opts = d_options(mod.get("config-opts") or [])
            bad = [(k, v) for k, v in opts.items()
                   if k not in options or (options[k] is not None and v not in options[k])]
            check("%s: every config-opt is an option of meson_options.txt with an allowed value"
                  % path, opts and not bad, "unknown or invalid: %r" % bad)

# The same options as ./dev builds with, and as the READMEs show.
def manifest_opts(key):
    if key not in manifests:
        return {}
    mods = manifests[key].get("modules") or [{}]
    return d_options((mods[0] if isinstance(mods[0], dict) else {}).get("config-opts") or [])


main_opts, devel_opts = manifest_opts("default"), manifest_opts("development")
for doc in ("dev", "README.md", "flatpak/README.md"):
    try:
        text = read(doc)
    except OSError:
        skip("%s builds with the manifest's meson options" % doc, "%s does not exist" % doc)
        continue
    lines = [d_options(w) for w in meson_setup_lines(text)]
    lines = [o for o in lines if o]
    if doc == "dev":
        check("./dev configures meson with the options of the main manifest %s" % main_opts,
              lines and all(o == main_opts for o in lines), "dev uses %r" % lines)
    elif lines:
        check("%s: its meson setup lines use the options of a manifest (%s or %s)"
              % (doc, main_opts, devel_opts),
              main_opts in lines and all(o in (main_opts, devel_opts) for o in lines),
              "%s uses %r" % (doc, lines))
    else:
        skip("%s builds with the manifest's meson options" % doc,
             "%s shows no meson setup with -D options" % doc)

# flatpak/README.md names the manifests it explains.
try:
    text = read("flatpak/README.md")
    check("flatpak/README.md explains both manifests and ./dev flatpak",
          all(MANIFESTS[k][0].split("/")[1] in text for k in MANIFESTS) and "./dev flatpak" in text)
except OSError:
    check("flatpak/README.md exists", False)

print("1..%d" % len(results))
failed = 0
for i, (ok, name, detail) in enumerate(results, 1):
    if ok is None:
        print("ok %d - %s # SKIP %s" % (i, name, detail))
    elif ok:
        print("ok %d - %s" % (i, name))
    else:
        failed += 1
        print("not ok %d - %s" % (i, name))
        if detail:
            print("# %s" % detail)
sys.exit(1 if failed else 0)
