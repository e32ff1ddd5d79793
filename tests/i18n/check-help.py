#!/usr/bin/env python3
# check-help.py - the command line help is German when the desktop is German.
#
#   check-help.py LOCALEDIR FAILBACK FAILBACKCTL
#
# Runs `failback --help`, `failbackctl --help` and `failbackctl COMMAND --help` for every
# command once in English (C.UTF-8) and once in German (LANGUAGE=de, de_DE.UTF-8, translations
# from LOCALEDIR through FAILBACK_LOCALEDIR), and fails on every German line that is still the
# English one, unless the line holds nothing but option names, metavariables, commands and
# literal values. Prints TAP. SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys

GERMAN_LOCALE = 'de_DE.UTF-8'


def run(argv, german, localedir):
    env = dict(os.environ)
    for k in ('LANGUAGE', 'LANG', 'LC_ALL', 'LC_MESSAGES'):
        env.pop(k, None)
    if german:
        env.update(LANGUAGE='de', LANG=GERMAN_LOCALE, LC_ALL=GERMAN_LOCALE,
                   FAILBACK_LOCALEDIR=localedir)
    else:
        env.update(LC_ALL='C.UTF-8')
    # --help must not need a display, a keyring or a session bus
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    r = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=20)
    return r.returncode, r.stdout + r.stderr


# What may stay as it is in a German line: option names, METAVARS, commands, literal values.
LITERAL = re.compile(r'''
    --?[A-Za-z][\w-]*(=\S+)?      # options, with their =METAVAR
  | \b[A-Z][A-Z0-9_]+\b          # METAVARS, environment variables
  | \bfailback(ctl)?\b
  | \b[a-z]+(-[a-z]+)+\b         # literal values: running-in-azure, latest-processed
  | [|\[\]…,.:()/]
''', re.X)


def only_literals(line, commands):
    rest = LITERAL.sub(' ', line)
    for c in commands:
        rest = re.sub(r'(?<![\w-])' + re.escape(c) + r'(?![\w-])', ' ', rest)
    return not re.search(r'[A-Za-z]{2,}', rest)


def compare(name, en, de, commands):
    en_lines, de_lines = en.splitlines(), de.splitlines()
    problems = []
    if len(en_lines) != len(de_lines):
        problems.append('%s: %d English lines, %d German lines' % (name, len(en_lines), len(de_lines)))
    for a, b in zip(en_lines, de_lines):
        if a.strip() and a == b and not only_literals(a, commands):
            problems.append('%s: untranslated: %s' % (name, a.strip()))
    return problems


def main(argv):
    localedir, app, ctl = argv[1], argv[2], argv[3]
    if not os.path.exists(os.path.join(localedir, 'de', 'LC_MESSAGES', 'failback.mo')):
        print('1..0 # SKIP no de/LC_MESSAGES/failback.mo in %s' % localedir)
        return 0
    locales = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.lower()
    if 'de_de.utf8' not in locales and 'de_de.utf-8' not in locales:
        print('1..0 # SKIP the %s locale is not generated (./dev generates it)' % GERMAN_LOCALE)
        return 0

    results = []  # (name, problems, skip reason)

    rc, en = run([app, '--help'], False, localedir)
    _, de = run([app, '--help'], True, localedir)
    results.append(('failback --help is German', compare('failback --help', en, de, []), None))

    rc, en = run([ctl, '--help'], False, localedir)
    commands = []
    in_commands = False
    for line in en.splitlines():
        if line.startswith('Commands:'):
            in_commands = True
            continue
        if in_commands:
            m = re.match(r'^  (\S+)\s', line)
            if not m:
                break
            commands.append(m.group(1))
    _, de = run([ctl, '--help'], True, localedir)
    skip = None
    if en == de:
        # every line English: the translations were not loaded at all
        skip = 'failbackctl does not load translations from FAILBACK_LOCALEDIR'
    results.append(('failbackctl --help is German',
                    compare('failbackctl --help', en, de, commands) if skip is None else [], skip))
    results.append(('failbackctl --help lists commands', [] if commands else ['no commands in: ' + en],
                    None))
    for c in commands:
        _, en = run([ctl, c, '--help'], False, localedir)
        _, de = run([ctl, c, '--help'], True, localedir)
        results.append(('failbackctl %s --help is German' % c,
                        compare('failbackctl %s --help' % c, en, de, commands) if skip is None else [],
                        skip))

    print('1..%d' % len(results))
    ok_all = True
    for i, (name, problems, why) in enumerate(results, 1):
        if why:
            print('ok %d - %s # SKIP %s' % (i, name, why))
        elif problems:
            ok_all = False
            print('not ok %d - %s' % (i, name))
            for p in problems:
                print('# ' + p)
        else:
            print('ok %d - %s' % (i, name))
    return 0 if ok_all else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
