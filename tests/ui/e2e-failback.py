#!/usr/bin/python3
# e2e-failback.py FAILBACK - the whole failback round trip, driven like a screen reader user
#
# Starts `failback --demo` (the simulator fast: FAILBACK_DEMO_SPEED) with GTK's AT-SPI
# bridge in a private D-Bus session with its own accessibility bus, finds every control by
# its role and accessible name and presses it (Atspi Action 0):
#
#   1. the recovery plan rp-billing: Fail Back… -> assistant (latest app-consistent) ->
#      "Fail Back 2 Machines" -> both machines failed back -> Commit… -> "Commit 2
#      Machines" -> both running on-premises;
#   2. one VM, erp-db-01 (running in Azure): Reprotect to On-Premises… -> Fail Back… ->
#      Commit… through the assistant, reading the phase pill of its page after each step,
#      ending in phase "Running on-premises".
#
# Accessible names are the app's msgids; in another language (LANGUAGE=de with a de_DE.UTF-8
# locale) they are translated at run time through the compiled catalog the app uses
# (FAILBACK_LOCALEDIR, else <build>/po), and the run fails when one has no translation.
# Needs an X display (xvfb-run -a); TAP output.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import gettext
import locale
import os
import re
import subprocess
import sys
import time

PLAN = 'rp-billing'
PLAN_MACHINES = ('billing-01', 'billing-02')
VM_PLAN = 'rp-erp'
VM = 'erp-db-01'

# Every accessible name the run looks for, as the app's msgid: a string, (msgctxt, msgid)
# for a C_() string, or (msgid, msgid_plural, n) for a g_dngettext() one. printf-style
# names become str.format() patterns ("Open %s" -> "Open {}"); a mnemonic's underscore is
# dropped ("_Next" -> "Next"). In another language each name is read from the compiled
# catalog the app itself uses (FAILBACK_LOCALEDIR, else <build>/po), never copied by hand.
MSGIDS = {
    'plans_tab': 'Recovery Plans',
    'open': 'Open %s',
    'fail_back': 'Fail Back…',
    'commit': 'Commit…',
    'reprotect_onprem': 'Reprotect to On-Premises…',
    'next': '_Next',
    'close': '_Close',
    'latest_app': 'Latest app-consistent',
    'understand': 'I understand the warnings and want to continue',
    'confirm_failback_one': 'Fail Back %s',
    'confirm_failback_many': ('Fail Back %u Machine', 'Fail Back %u Machines', len(PLAN_MACHINES)),
    'confirm_commit_one': 'Commit %s',
    'confirm_commit_many': ('Commit %u Machine', 'Commit %u Machines', len(PLAN_MACHINES)),
    'confirm_reprotect_one': 'Reprotect %s',
    'done': 'Done',
    'phase_protected_onprem': 'Protected to on-premises',
    'phase_failed_back': 'Failed back',
    'phase_running_onprem': 'Running on-premises',
}

tests = []


def ok(cond, desc, diag=None):
    tests.append((bool(cond), desc, diag))
    print(f"# {'ok' if cond else 'FAILED'}: {desc}", file=sys.stderr, flush=True)
    return bool(cond)


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


class Abort(Exception):
    pass


def require(cond, desc, diag=None):
    if not ok(cond, desc, diag):
        raise Abort(desc)


if not os.environ.get('DISPLAY'):
    skip('needs an X display (xvfb-run -a)')

language = (os.environ.get('LANGUAGE') or os.environ.get('LC_ALL') or os.environ.get('LC_MESSAGES')
            or os.environ.get('LANG') or 'en').split(':')[0].split('.')[0]


def printf_to_format(text):
    """"Open %s" -> "Open {}" (also %u, %d, positional %1$s; %% stays a percent sign)."""
    return re.sub(r'%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|z|h)?[sdu]|%%',
                  lambda m: '%' if m.group(0) == '%%' else '{}', text.replace('{', '{{').replace('}', '}}'))


def strip_mnemonic(text):
    return text.replace('__', '\0').replace('_', '').replace('\0', '_')


class Untranslated(gettext.NullTranslations):
    """The catalog's fallback: records every name the catalog does not have."""
    def __init__(self):
        super().__init__()
        self.missing = []

    def gettext(self, message):
        self.missing.append(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        self.missing.append(msgid1)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        self.missing.append(f'{context}|{message}')
        return message


def names_for(language):
    """The table of accessible names: the msgids in English, else from the compiled catalog.
    Returns (table, None) or (None, why) when a name cannot be found in that language."""
    catalog = gettext.NullTranslations()
    untranslated = None
    if language not in ('', 'C', 'POSIX') and not language.startswith('en'):
        source_dir = os.environ.get('FB_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..', '..'))
        try:
            with open(os.path.join(source_dir, 'po', 'LINGUAS')) as f:
                linguas = {w for line in f for w in line.split('#')[0].split()}
        except OSError:
            linguas = set()
        if language in linguas or language.split('_')[0] in linguas:
            localedir = os.environ.get('FAILBACK_LOCALEDIR') or os.path.join(os.environ.get('FB_BUILD_DIR', ''), 'po')
            try:
                catalog = gettext.translation('failback', localedir, languages=[language])
            except OSError as e:
                return None, f'no compiled catalog for "{language}" under {localedir} ({e})'
            untranslated = Untranslated()
            catalog.add_fallback(untranslated)
        # a language without a catalog: the app speaks English, and so does the test
    table = {}
    for key, msgid in MSGIDS.items():
        if isinstance(msgid, str):
            text = catalog.gettext(msgid)
        elif len(msgid) == 2:
            text = catalog.pgettext(*msgid)
        else:
            text = catalog.ngettext(*msgid)
        table[key] = printf_to_format(strip_mnemonic(text))
    if untranslated is not None and untranslated.missing:
        return None, 'untranslated: ' + ', '.join(f'"{m}"' for m in untranslated.missing)
    # two of the names the run tells apart must not become one
    seen = {}
    for key, text in table.items():
        seen.setdefault(text, []).append(key)
    clashes = [keys for keys in seen.values() if len(keys) > 1]
    if clashes:
        return None, 'the same name for ' + '; '.join(' and '.join(f'"{MSGIDS[k]}"' for k in keys) for keys in clashes)
    return table, None


english = language in ('', 'C', 'POSIX') or language.startswith('en')
if not english:
    # the app's gettext speaks German only in a real locale (glibc ignores LANGUAGE under C)
    wanted = os.environ.get('LC_ALL') or os.environ.get('LC_MESSAGES') or os.environ.get('LANG') or 'C'
    try:
        locale.setlocale(locale.LC_ALL, '')
        missing = locale.setlocale(locale.LC_MESSAGES) in ('C', 'POSIX', 'C.UTF-8', 'C.utf8')
    except locale.Error:
        missing = True
    if missing:
        skip(f'the locale "{wanted}" for LANGUAGE={language} is not installed or not set '
             f'(./dev generates de_DE.UTF-8; by hand: enable it in /etc/locale.gen and run locale-gen)')
T, why = names_for(language)
if T is None:
    print(f'1..1\nnot ok 1 - every accessible name has a translation for "{language}"\n# {why}')
    sys.exit(1)

# A private D-Bus session with its own accessibility bus: the unique application and the
# AT-SPI registry stay apart from other tests. Only TAP lines are passed on.
if len(sys.argv) < 3 or sys.argv[1] != '--inner':
    # libatspi warns about short-lived bus peers; the test suite's G_DEBUG=fatal-warnings
    # must not turn that into a crash of the driver (the app's own warnings are not checked here).
    inner_env = dict(os.environ)
    inner_env.pop('G_DEBUG', None)
    # The inner run and everything it starts (failback, the bus launcher) form one process
    # group: a driver that dies must not leave the app running, holding the output open.
    # Its output goes to a file, so that waiting ends with the driver, not with the last
    # process that inherited the pipe.
    # Its own XDG_RUNTIME_DIR: the bus launcher puts the accessibility bus's socket there
    # (else at one fixed path, ~/.cache/at-spi/bus, that a parallel run would take over).
    import shutil
    import tempfile
    runtime_dir = tempfile.mkdtemp(prefix='e2e-failback-')
    inner_env['XDG_RUNTIME_DIR'] = runtime_dir
    with tempfile.TemporaryFile(mode='w+') as out:
        try:
            inner = subprocess.Popen(['dbus-run-session', '--', sys.executable, __file__, '--inner'] + sys.argv[1:],
                                     stdout=out, env=inner_env, start_new_session=True)
        except FileNotFoundError:
            skip('needs dbus-run-session')
        try:
            rc = inner.wait(timeout=280)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
        try:
            os.killpg(inner.pid, 9)
        except ProcessLookupError:
            pass
        inner.wait()
        shutil.rmtree(runtime_dir, ignore_errors=True)
        if timed_out:
            print('1..1\nnot ok 1 - the end-to-end run finished in time')
            sys.exit(1)
        out.seek(0)
        lines = out.read().splitlines()
    for line in lines:
        if line.startswith(('ok ', 'not ok ', '1..', '#', 'Bail out!')):
            print(line)
    if not any(line.startswith('1..') for line in lines):
        print(f'1..1\nnot ok 1 - the end-to-end driver ran to its end (exit status {rc})')
        sys.exit(1)
    sys.exit(rc)
sys.argv.pop(1)

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as e:
    skip(f'no AT-SPI bindings ({e})')

BUTTONS = ('push button', 'toggle button')
bus_launcher = None
if os.path.exists('/usr/libexec/at-spi-bus-launcher'):
    # without DISPLAY: it must not publish its bus on the X display (AT_SPI_BUS), where a
    # second run on the same display would take it - and its registry daemon then finds
    # the bus through this session bus, like the driver and the app below
    launcher_env = {k: v for k, v in os.environ.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
    bus_launcher = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=launcher_env)


def a11y_bus_address(timeout=15):
    """The address of this session's own accessibility bus (org.a11y.Bus on the private
    session bus), passed on as AT_SPI_BUS_ADDRESS. Without it libatspi and GTK would take
    the one named by the X display's AT_SPI_BUS property - shared by every test on that
    display, e.g. the English and the German run of this test when meson runs them side by
    side (one run then talked to the other's registry: "Couldn't get application list")."""
    from gi.repository import Gio, GLib
    conn = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    deadline = time.monotonic() + timeout
    # the launcher started above, not one D-Bus activates with this session's environment
    while bus_launcher is not None and bus_launcher.poll() is None and time.monotonic() < deadline:
        owned = conn.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'NameHasOwner',
                               GLib.Variant('(s)', ('org.a11y.Bus',)), GLib.VariantType.new('(b)'),
                               Gio.DBusCallFlags.NONE, 5000, None).unpack()[0]
        if owned:
            break
        time.sleep(0.1)
    while True:
        try:
            reply = conn.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress', None,
                                   GLib.VariantType.new('(s)'), Gio.DBusCallFlags.NONE, 5000, None)
            if reply.unpack()[0]:
                return reply.unpack()[0]
        except GLib.Error:
            pass
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


A11Y_BUS = a11y_bus_address()
if not A11Y_BUS:
    print('1..1\nnot ok 1 - the private session has an accessibility bus')
    sys.exit(1)
os.environ['AT_SPI_BUS_ADDRESS'] = A11Y_BUS


# ---- the accessible tree ------------------------------------------------------------

def walk(acc, out, want=None):
    try:
        role, name = acc.get_role_name(), acc.get_name()
    except Exception:
        return
    if want is None or want(role, name):
        out.append(acc)
    try:
        n = acc.get_child_count()
    except Exception:
        return
    for i in range(n):
        try:
            child = acc.get_child_at_index(i)
        except Exception:
            child = None
        if child is not None:
            walk(child, out, want)


def matches(name, label):
    """GTK 4.8 names a button with a mnemonic from its raw label and its child label
    ("_Next Next"), and one with an explicit label plus its child's ("Open rp-erp Open")."""
    if name == label or name.replace('_', '') == f'{label} {label}':
        return True
    # the child's label is the visible word of the explicit one: "Open" of "Open rp-erp",
    # "Ö_ffnen" of "rp-erp öffnen"
    rest = name[len(label) + 1:] if name.startswith(label + ' ') else None
    return bool(rest) and rest.replace('_', '').casefold() in label.casefold()


def find_all(root, role=None, name=None, prefix=None, contains=None, label=None):
    def want(r, n):
        if role is not None and r != role and not (isinstance(role, tuple) and r in role):
            return False
        n = n or ''
        if name is not None and n != name:
            return False
        if label is not None and not matches(n, label):
            return False
        if prefix is not None and not n.startswith(prefix):
            return False
        if contains is not None and contains not in n:
            return False
        return True
    out = []
    walk(root, out, want)
    return out


def states(acc):
    try:
        return acc.get_state_set()
    except Exception:
        return None


def enabled(acc):
    s = states(acc)
    return s is not None and s.contains(Atspi.StateType.SENSITIVE) and s.contains(Atspi.StateType.VISIBLE)


def visible(acc):
    s = states(acc)
    return s is not None and s.contains(Atspi.StateType.VISIBLE)


def wait_for(fn, timeout=30, interval=0.3):
    deadline = time.monotonic() + timeout
    while True:
        result = fn()
        if result:
            return result
        if time.monotonic() > deadline:
            return None
        time.sleep(interval)


def find_app(pid, timeout=20):
    def look():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        return None
    return wait_for(look, timeout)


def windows(app):
    return [app.get_child_at_index(i) for i in range(app.get_child_count()) if app.get_child_at_index(i) is not None]


MAIN = []


def main_window(app):
    # Looked up once: GTK 4.8 can crash answering for a window that is being destroyed,
    # so the application's list of windows is read as little as possible.
    if not MAIN:
        MAIN.append(windows(app)[0])
    return MAIN[0]


def press(acc, what):
    try:
        n = acc.get_n_actions()
        done = n > 0 and acc.do_action(0)
        if not done:
            what = f'{what} (role {acc.get_role_name()}, {n} actions)'
    except Exception as e:
        done = False
        what = f'{what} ({e})'
    require(done, f'press {what}')


def press_check(acc, what):
    """Presses a radio button or check box and waits until it is checked."""
    press(acc, what)
    require(wait_for(lambda: (states(acc) or Atspi.StateSet()).contains(Atspi.StateType.CHECKED), 10),
            f'{what} is checked')


def window_action(app, name, done_fn):
    """Activates an action the main window exposes over AT-SPI (e.g. win.back) and waits
    until done_fn() says it has had its effect."""
    win = main_window(app)
    for i in range(win.get_n_actions()):
        if win.get_action_name(i) == name:
            return win.do_action(i) and wait_for(done_fn, 10)
    return False


def press_until(root_fn, label, done_fn, desc, timeout=30, tries=3):
    """Presses the button and waits for its effect; presses again when a list was rebuilt
    under the pointer (the accessible pressed was already gone)."""
    for attempt in range(tries):
        press_button(root_fn, label, timeout=timeout, desc=desc if attempt == 0 else f'{desc} (again)')
        if wait_for(done_fn, 8):
            return True
    return False


def press_button(root_fn, label, timeout=30, desc=None, changes=None):
    """Waits until a visible, enabled button named @label exists under root_fn() and presses it.
    With changes (a function), waits until its value differs from the one before the press:
    GTK 4.8 clicks a button activated over AT-SPI only after a short animation, so the next
    look must not find the old page still there."""
    def look():
        root = root_fn()
        if root is None:
            return None
        found = find_all(root, BUTTONS, label=label)
        found = [b for b in found if enabled(b)]
        return found[-1] if found else None
    button = wait_for(look, timeout)
    if button is None:
        root = root_fn()
        seen = sorted({f'{b.get_name()} (enabled: {enabled(b)})' for b in find_all(root, BUTTONS)}) if root else []
    require(button is not None, desc or f'the button "{label}" is there and enabled',
            None if button is not None else '\n'.join(seen))
    before = changes() if changes is not None else None
    press(button, f'"{label}"')
    if changes is not None:
        require(wait_for(lambda: changes() != before, 15), f'{desc or label}: pressing it had its effect')


class Defunct:
    """Tells when GTK declares an accessible defunct (AT-SPI's state-changed:defunct event, sent
    for every widget of a window that is destroyed), from the events alone: waiting for a
    window to go this way never asks the app about it (GTK 4.8 can crash answering for a
    window being destroyed)."""

    def __init__(self):
        self.watched = None
        self.gone = False
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register('object:state-changed:defunct')

    def watch(self, acc):
        self.pump()
        self.watched, self.gone = acc, False

    def on_event(self, event):
        if event.detail1 and self.watched is not None and event.source == self.watched:
            self.gone = True

    def pump(self):
        from gi.repository import GLib
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def is_gone(self):
        self.pump()
        return self.gone


DEFUNCT = Defunct()


# ---- the assistant ----------------------------------------------------------------------

def assistant_window(app):
    wins = [w for w in windows(app)[1:] if visible(w)]
    return wins[-1] if wins else None


def assistant_gone(app):
    return assistant_window(app) is None


def assistant_content(app):
    """What the assistant shows, as names: every page fills its rows when it is entered, and
    Back appears after the first page and Next goes on the summary."""
    win = assistant_window(app)
    if win is None:
        return None
    return sorted(f'{a.get_role_name()}:{a.get_name()}'
                  for a in find_all(win, ('label', 'radio button', 'check box') + BUTTONS) if a.get_name())


def assistant_next(app, desc):
    press_button(lambda: assistant_window(app), T['next'], desc=desc, changes=lambda: assistant_content(app))


def checks_and_next(app, what):
    """The checks page: accept warnings when asked, then Next (enabled only when nothing fails)."""
    def ready():
        win = assistant_window(app)
        if win is None:
            return None
        nxt = [b for b in find_all(win, BUTTONS, label=T['next']) if visible(b)]
        box = [c for c in find_all(win, 'check box', label=T['understand']) if visible(c)]
        if nxt and enabled(nxt[-1]):
            return 'next'
        if box:
            return 'understand'
        return None
    state = wait_for(ready, 40)
    require(state is not None, f'{what}: the pre-flight checks let the assistant go on')
    if state == 'understand':
        box = [c for c in find_all(assistant_window(app), 'check box', label=T['understand']) if visible(c)]
        press_check(box[-1], '"I understand"')
    assistant_next(app, f'{what}: Next after the checks')


def confirm_and_wait(app, label, what):
    press_button(lambda: assistant_window(app), label, desc=f'{what}: the confirm button "{label}" names the machines')

    def done():
        win = assistant_window(app)
        return win is not None and find_all(win, 'label', name=T['done'])
    require(wait_for(done, 120), f'{what}: the job succeeded', describe_assistant(app))
    DEFUNCT.watch(assistant_window(app))
    press_button(lambda: assistant_window(app), T['close'], desc=f'{what}: Close')
    # the application's windows are read again only once the assistant is destroyed
    require(wait_for(DEFUNCT.is_gone, 10), f'{what}: the assistant window is destroyed')
    require(wait_for(lambda: assistant_gone(app), 10), f'{what}: the assistant closed')


def describe_assistant(app):
    win = assistant_window(app)
    if win is None:
        return 'no assistant window'
    return '\n'.join(sorted({f'{a.get_role_name()}: {a.get_name()}' for a in find_all(win, ('label', 'push button', 'radio button', 'check box'))
                             if a.get_name()}))


# ---- pages ------------------------------------------------------------------------------

def page(app, type_name, title):
    """The page of that type whose title label is @title (the leaflet may keep older pages)."""
    for p in reversed(find_all(main_window(app), name=type_name)):
        if find_all(p, 'label', name=title):
            return p
    return None


def page_has_label(app, type_name, title, text, count=1):
    p = page(app, type_name, title)
    return p is not None and len(find_all(p, 'label', name=text)) >= count


def item_phase_is(app, phase):
    return wait_for(lambda: page_has_label(app, 'FbItemPage', VM, T[phase]), 60)


# ---- the run -----------------------------------------------------------------------------

env = dict(os.environ)
env.pop('NO_AT_BRIDGE', None)
env['GTK_A11Y'] = 'atspi'
env.setdefault('GSETTINGS_BACKEND', 'memory')
env['FAILBACK_DEMO_SPEED'] = env.get('FAILBACK_DEMO_SPEED', '200')
env.setdefault('FAILBACK_KEYRING', 'none')
proc = subprocess.Popen([sys.argv[1], '--demo'], env=env)
try:
    app = find_app(proc.pid)
    if app is None:
        try:
            desktop = Atspi.get_desktop(0)
            seen = [f'{a.get_name()} (pid {a.get_process_id()})' for a in
                    (desktop.get_child_at_index(i) for i in range(desktop.get_child_count())) if a is not None]
        except Exception as e:
            seen = [str(e)]
        seen.append(f'failback pid {proc.pid}, exit status {proc.poll()}, AT_SPI_BUS_ADDRESS {A11Y_BUS}')
    require(app is not None, 'failback --demo appears on the accessibility bus', None if app else '\n'.join(seen))

    # The demo site loads; the vault's Recovery Plans.
    tab = wait_for(lambda: [t for t in find_all(main_window(app), 'page tab', name=T['plans_tab']) if enabled(t)], 40)
    require(tab, 'the vault view offers its Recovery Plans')
    press(tab[0], f'"{T["plans_tab"]}"')

    # 1. The recovery plan: failback with the latest app-consistent point, then commit.
    require(press_until(lambda: main_window(app), T['open'].format(PLAN), lambda: page(app, 'FbPlanPage', PLAN),
                        f'the plans view opens {PLAN}', timeout=40), f'the page of {PLAN} opens')
    press_button(lambda: page(app, 'FbPlanPage', PLAN), T['fail_back'], desc=f'the plan page offers "{T["fail_back"]}"')
    require(wait_for(lambda: assistant_window(app), 10), 'the failback assistant opens for the plan')
    assistant_next(app, 'plan: Next after the direction')
    radio = wait_for(lambda: [r for r in find_all(assistant_window(app), ('radio button', 'check box'), label=T['latest_app']) if enabled(r)], 30)
    require(radio, 'plan: the recovery point page offers "Latest app-consistent"', describe_assistant(app))
    press_check(radio[-1], f'"{T["latest_app"]}"')
    assistant_next(app, 'plan: Next after the recovery point')
    checks_and_next(app, 'plan')
    confirm_and_wait(app, T['confirm_failback_many'].format(len(PLAN_MACHINES)), 'plan failback')
    ok(wait_for(lambda: page_has_label(app, 'FbPlanPage', PLAN, T['phase_failed_back'], len(PLAN_MACHINES)), 60),
       'both machines of the plan are failed back (read from the plan page)')

    press_button(lambda: page(app, 'FbPlanPage', PLAN), T['commit'], timeout=60, desc=f'the plan page offers "{T["commit"]}"')
    require(wait_for(lambda: assistant_window(app), 10), 'the commit assistant opens for the plan')
    assistant_next(app, 'plan commit: Next after the direction')
    confirm_and_wait(app, T['confirm_commit_many'].format(len(PLAN_MACHINES)), 'plan commit')
    ok(wait_for(lambda: page_has_label(app, 'FbPlanPage', PLAN, T['phase_running_onprem'], len(PLAN_MACHINES)), 60),
       'both machines of the plan run on-premises after the commit')

    # 2. One VM: reprotect to on-premises, fail back, commit - from its own page.
    # back from the plan page to the vault view (the folded leaflet hides it): the
    # window's own action, as the Back button or Alt+Left would
    require(window_action(app, 'win.back', lambda: page(app, 'FbPlanPage', PLAN) is None),
            'the window goes back to the vault view')
    require(press_until(lambda: main_window(app), T['open'].format(VM_PLAN), lambda: page(app, 'FbPlanPage', VM_PLAN),
                        f'the plans view opens {VM_PLAN}'), f'the page of {VM_PLAN} opens')
    require(press_until(lambda: page(app, 'FbPlanPage', VM_PLAN), T['open'].format(VM), lambda: page(app, 'FbItemPage', VM),
                        f'the plan page opens {VM}'), f'the page of {VM} opens')
    press_button(lambda: page(app, 'FbItemPage', VM), T['reprotect_onprem'],
                 desc=f'the page of {VM} offers "{T["reprotect_onprem"]}"')
    require(wait_for(lambda: assistant_window(app), 10), 'the reprotect assistant opens')
    assistant_next(app, 'reprotect: Next after the direction')
    assistant_next(app, 'reprotect: Next after the settings (valid choices preselected)')
    checks_and_next(app, 'reprotect')
    confirm_and_wait(app, T['confirm_reprotect_one'].format(VM), 'reprotect')
    require(item_phase_is(app, 'phase_protected_onprem'), f'{VM} is protected to on-premises (its phase pill)')

    press_button(lambda: page(app, 'FbItemPage', VM), T['fail_back'], timeout=60,
                 desc=f'the page of {VM} offers "{T["fail_back"]}" as the next step')
    require(wait_for(lambda: assistant_window(app), 10), 'the failback assistant opens for the VM')
    assistant_next(app, 'VM: Next after the direction')
    radio = wait_for(lambda: [r for r in find_all(assistant_window(app), ('radio button', 'check box'), label=T['latest_app']) if enabled(r)], 30)
    require(radio, 'VM: the recovery point page offers "Latest app-consistent"')
    press_check(radio[-1], f'"{T["latest_app"]}"')
    assistant_next(app, 'VM: Next after the recovery point')
    checks_and_next(app, 'VM')
    confirm_and_wait(app, T['confirm_failback_one'].format(VM), 'VM failback')
    require(item_phase_is(app, 'phase_failed_back'), f'{VM} is failed back (its phase pill)')

    press_button(lambda: page(app, 'FbItemPage', VM), T['commit'], timeout=60,
                 desc=f'the page of {VM} offers "{T["commit"]}" as the next step')
    require(wait_for(lambda: assistant_window(app), 10), 'the commit assistant opens for the VM')
    assistant_next(app, 'VM commit: Next after the direction')
    confirm_and_wait(app, T['confirm_commit_one'].format(VM), 'VM commit')
    ok(item_phase_is(app, 'phase_running_onprem'), f'{VM} runs on-premises after the commit (its phase pill)')

    nameless = [(a.get_role_name(), a.get_name()) for a in find_all(main_window(app), BUTTONS)
                if visible(a) and not a.get_name()]
    ok(not nameless, 'every visible button still has an accessible name', nameless)
except Abort:
    pass
finally:
    proc.terminate()
    try:
        rc = proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = proc.wait()
    ok(rc in (0, -15), f'failback ended cleanly (exit status {rc})')
    if bus_launcher is not None:
        bus_launcher.terminate()
        bus_launcher.wait()

finish()
