#!/usr/bin/python3
# test-widgets-a11y.py GALLERY - the drawn widgets as a screen reader meets them (AT-SPI).
#
# Starts widgets-gallery (the round trip in every phase, then the item page with a job
# timeline) with GTK's AT-SPI bridge in a private D-Bus session and checks that each
# picture is an image named with what it shows, and that none takes the keyboard focus.
# TAP output; skips without a display, dbus-run-session or the Atspi bindings.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import time

results = []


def check(cond, what, diag=None):
    results.append((bool(cond), what, diag))


def done():
    print(f"1..{len(results)}")
    for n, (cond, what, diag) in enumerate(results, 1):
        print(f"{'ok' if cond else 'not ok'} {n} - {what}")
        if not cond and diag is not None:
            for line in str(diag).splitlines():
                print(f"# {line}")
    sys.exit(0 if all(c for c, _, _ in results) else 1)


def skip(why):
    print(f"1..0 # SKIP {why}")
    sys.exit(0)


if not os.environ.get('DISPLAY'):
    skip('needs an X display (xvfb-run -a)')

if '--in-session' not in sys.argv:
    try:
        run = subprocess.run(['dbus-run-session', '--', sys.executable, __file__, '--in-session'] + sys.argv[1:],
                             stdout=subprocess.PIPE, text=True, timeout=90)
    except FileNotFoundError:
        skip('needs dbus-run-session')
    # The bus services share stdout; pass on the TAP lines only.
    print('\n'.join(l for l in run.stdout.splitlines() if l.startswith(('ok ', 'not ok ', '1..', '# '))))
    sys.exit(run.returncode)
sys.argv.remove('--in-session')

# Fatal warnings are for the gallery (GTK); libatspi in this process warns about
# applications that leave the bus while it reads them.
gallery_debug = os.environ.pop('G_DEBUG', None)

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as e:
    skip(f'no AT-SPI bindings ({e})')

gallery = sys.argv[1]

PHASES = [
    'Running on-premises; replication from on-premises to Azure; next step: Failover',
    'Running in Azure after failover, not committed yet; no replication; next step: Commit',
    'Running in Azure; no replication; next step: Reprotect to on-premises',
    'Running in Azure; replication from Azure to on-premises; next step: Failback',
    'Running on-premises after failback, not committed yet; no replication; next step: Commit',
    'Running on-premises; no replication; next step: Reprotect to Azure',
    'In transition, a job is running; no next step',
    'State unknown; no next step',
]


def images(acc, out):
    try:
        role = acc.get_role_name()
        if role == 'image':
            out.append((acc.get_name(), acc.get_state_set().contains(Atspi.StateType.FOCUSABLE)))
        for i in range(acc.get_child_count()):
            child = acc.get_child_at_index(i)
            if child is not None:
                images(child, out)
    except Exception:
        pass
    return out


def gallery_images(page, wanted):
    # A second try when the gallery died at once (xvfb-run -a can race for a display
    # with other test runs on the same machine).
    for attempt in range(2):
        found, status = gallery_images_once(page, wanted)
        if found or status in (None, 0, -15):
            return found
        print(f'# widgets-gallery --page {page} exited with status {status}; trying again')
    return found


def gallery_images_once(page, wanted):
    env = dict(os.environ, GTK_A11Y='atspi', LC_ALL='C.UTF-8')
    if gallery_debug:
        env['G_DEBUG'] = gallery_debug
    env.pop('NO_AT_BRIDGE', None)
    env.pop('LANGUAGE', None)
    proc = subprocess.Popen([gallery, '--page', page], env=env)
    found = []
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(found) < wanted and proc.poll() is None:
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                try:
                    if app is not None and app.get_process_id() == proc.pid:
                        found = images(app, [])
                except Exception:
                    pass
            time.sleep(0.3)
    finally:
        status = proc.poll()
        proc.terminate()
        proc.wait(timeout=10)
    return found, status


found = gallery_images('phases', len(PHASES))
names = [name for name, _ in found]
for text in PHASES:
    check(text in names, f'an image named "{text}"', names)
check(found and not any(focusable for _, focusable in found), 'no round trip picture is focusable', found)

found = gallery_images('item', 2)
names = [name for name, _ in found]
check('7 tasks: 2 succeeded, 1 failed, 1 in progress, 2 not started, 1 skipped' in names,
      'the job timeline is an image named with its summary', names)
check(found and not any(focusable for _, focusable in found), 'the timeline is not focusable', found)

done()
