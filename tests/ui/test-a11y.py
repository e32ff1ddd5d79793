#!/usr/bin/python3
# test-a11y.py FAILBACK - read the window like a screen reader does (AT-SPI), TAP output.
#
# Starts failback with GTK's AT-SPI bridge, finds the welcome page's controls by their
# accessible names, checks that no button is nameless, and presses "Try the Demo Site".
# In another language (test a11y-de: LANGUAGE=de with the de_DE.UTF-8 locale) the names are
# read from the compiled catalog the app uses (FAILBACK_LOCALEDIR, else <build>/po), and the
# run fails when one has no translation - it cannot pass on English.
# Needs an X display (xvfb-run -a) and dbus-run-session; skips without.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import gettext
import locale
import os
import subprocess
import sys
import time

tests = []


def ok(cond, desc, diag=None):
    tests.append((bool(cond), desc, diag))


def finish():
    print(f"1..{len(tests)}")
    failed = 0
    for i, (cond, desc, diag) in enumerate(tests, 1):
        print(f"{'ok' if cond else 'not ok'} {i} - {desc}")
        if not cond:
            failed += 1
            for line in str(diag or '').splitlines():
                print(f"# {line}")
    sys.exit(1 if failed else 0)


def skip(reason):
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


if not os.environ.get('DISPLAY'):
    skip('needs an X display (xvfb-run -a)')

# The accessible names, as the app's msgids; translated below in another language.
MSGIDS = {
    'sign_in': 'Sign in to Azure',
    'demo': 'Try the Demo Site',
    'menu': 'Main Menu',
    'demo_site': 'Demo Site',
    'window': 'Failback',          # a name: the same in every language
}
language = (os.environ.get('LANGUAGE') or os.environ.get('LC_ALL') or os.environ.get('LC_MESSAGES')
            or os.environ.get('LANG') or 'en').split(':')[0].split('.')[0]
T = dict(MSGIDS)
untranslated = []
if language not in ('', 'C', 'POSIX') and not language.startswith('en'):
    # the app's gettext speaks another language only in a real locale (glibc ignores LANGUAGE under C)
    try:
        current = locale.setlocale(locale.LC_ALL, '')
    except locale.Error:
        current = 'C'
    if not current.startswith(language):
        skip(f'no locale for LANGUAGE={language} (LC_ALL {current}; ./dev generates de_DE.UTF-8)')
    localedir = os.environ.get('FAILBACK_LOCALEDIR') or os.path.join(os.environ.get('FB_BUILD_DIR', ''), 'po')
    try:
        catalog = gettext.translation('failback', localedir, languages=[language])
    except OSError as e:
        print(f'1..1\nnot ok 1 - a compiled catalog for "{language}" under {localedir}\n# {e}')
        sys.exit(1)
    for key, msgid in MSGIDS.items():
        T[key] = catalog.gettext(msgid)
        if T[key] == msgid and key != 'window':
            untranslated.append(msgid)

# Run in a private D-Bus session, so that the unique application and the accessibility
# bus stay apart from other tests. The services it starts (the AT-SPI registry) write
# to the same stdout; only TAP lines are passed on.
if len(sys.argv) < 3 or sys.argv[1] != '--inner':
    try:
        # libatspi warns when a bus peer has no cache object yet ("Error in GetItems"); the
        # test suite's G_DEBUG=fatal-warnings must not turn that into a crash of this driver
        # (it did, in about two runs of three). The app gets G_DEBUG back below.
        inner_env = dict(os.environ)
        if 'G_DEBUG' in inner_env:
            inner_env['FB_APP_G_DEBUG'] = inner_env.pop('G_DEBUG')
        inner = subprocess.run(['dbus-run-session', '--', sys.executable, __file__, '--inner'] + sys.argv[1:],
                               stdout=subprocess.PIPE, text=True, timeout=50, env=inner_env)
    except FileNotFoundError:
        skip('needs dbus-run-session')
    for line in inner.stdout.splitlines():
        if line.startswith(('ok ', 'not ok ', '1..', '#', 'Bail out!')):
            print(line)
    sys.exit(inner.returncode)
sys.argv.pop(1)
try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as e:
    skip(f'no AT-SPI bindings ({e})')

BUTTON_ROLES = ('push button', 'toggle button')


def walk(acc, out, depth=0):
    try:
        role, name = acc.get_role_name(), acc.get_name()
        states = acc.get_state_set()
        # GTK 4.8 sets "showing" on the window only; "visible" on its widgets.
        showing = states.contains(Atspi.StateType.VISIBLE)
    except Exception:
        return
    out.append((role, name, showing, acc))
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            walk(child, out, depth + 1)


def find_app(pid, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.2)
    return None


def controls(app):
    out = []
    walk(app, out)
    return out


def wait_for(app, pred, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [c for c in controls(app) if pred(c)]
        if found:
            return found
        time.sleep(0.2)
    return []


env = dict(os.environ)
if 'FB_APP_G_DEBUG' in env:
    env['G_DEBUG'] = env.pop('FB_APP_G_DEBUG')
env.pop('NO_AT_BRIDGE', None)
env['GTK_A11Y'] = 'atspi'
env.setdefault('GSETTINGS_BACKEND', 'memory')
proc = subprocess.Popen([sys.argv[1]], env=env)
try:
    ok(not untranslated, f'every accessible name has a translation for "{language}"', ', '.join(untranslated))
    app = find_app(proc.pid)
    ok(app is not None, 'failback appears on the accessibility bus')
    if app is None:
        finish()

    showing = wait_for(app, lambda c: c[0] in BUTTON_ROLES and c[1] == T['demo'] and c[2])
    everything = controls(app)
    names = {(role, name) for role, name, shown, _ in everything if shown}
    for label in (T['sign_in'], T['demo'], T['menu']):
        ok(('push button', label) in names, f'a button named "{label}" is visible', sorted(names))

    nameless = [(role, name) for role, name, shown, _ in everything
                if shown and role in BUTTON_ROLES and not name]
    ok(not nameless, 'every visible button has an accessible name', nameless)

    ok(app.get_child_count() >= 1 and app.get_child_at_index(0).get_name() == T['window'],
       f'the window is named "{T["window"]}"')

    if showing:
        ok(showing[0][3].do_action(0), f'"{T["demo"]}" can be pressed')
        # The simulator starts in-process and the demo site shows in the sidebar.
        answer = wait_for(app, lambda c: c[2] and c[1] == T['demo_site'] and c[0] == 'label')
        ok(answer, 'the demo site opens', sorted({(r, n) for r, n, s, _ in controls(app) if s}))
        nameless = [(role, name) for role, name, shown, _ in controls(app)
                    if shown and role in BUTTON_ROLES and not name]
        ok(not nameless, 'every visible button still has an accessible name', nameless)
finally:
    proc.terminate()
    try:
        rc = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = proc.wait()
    ok(rc in (0, -15), f'failback ended cleanly (exit status {rc})')

finish()
