#!/usr/bin/env python3
# check-po.py - checks a translation against the project glossary (po/glossary-de.tsv)
# and, with --pot, that it is complete for the current sources.
#
#   check-po.py glossary GLOSSARY PO            terms and forbidden variants
#   check-po.py complete PO POT                 every message of POT translated, none fuzzy
#   check-po.py selftest GLOSSARY               the checker finds planted mistakes
#   check-po.py sources SRCROOT PO              POTFILES.in lists every file with strings; a
#                                               fresh xgettext run over them (the meson glib
#                                               preset's arguments) finds nothing missing in PO
#
# Prints TAP. SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile


def unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    body = s[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            n = body[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse_po(text):
    """Returns a list of dicts: ctxt, id, id_plural, strs (list), flags, comments, obsolete."""
    entries = []
    cur = None
    field = None

    def flush():
        nonlocal cur
        if cur is not None and (cur['id'] is not None):
            entries.append(cur)
        cur = None

    def new():
        return {'ctxt': None, 'id': None, 'id_plural': None, 'strs': {}, 'flags': set(),
                'comments': [], 'obsolete': False}

    for raw in text.split('\n'):
        line = raw.rstrip('\n')
        obsolete = line.startswith('#~')
        if obsolete:
            line = line[2:].lstrip()
        if not line.strip():
            flush()
            field = None
            continue
        if line.startswith('#'):
            if cur is not None and cur['id'] is not None and field in ('str', 'strn'):
                flush()
            if cur is None:
                cur = new()
            if line.startswith('#,'):
                cur['flags'].update(f.strip() for f in line[2:].split(','))
            elif line.startswith('#.'):
                cur['comments'].append(line[2:].strip())
            continue
        if cur is None:
            cur = new()
        cur['obsolete'] = cur['obsolete'] or obsolete
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if m:
            kw, idx, val = m.group(1), m.group(2), unquote(m.group(3))
            if kw == 'msgctxt':
                if cur['id'] is not None:
                    flush()
                    cur = new()
                cur['ctxt'] = val
                field = 'ctxt'
            elif kw == 'msgid':
                if cur['id'] is not None:
                    flush()
                    cur = new()
                cur['id'] = val
                field = 'id'
            elif kw == 'msgid_plural':
                cur['id_plural'] = val
                field = 'id_plural'
            else:
                n = int(idx) if idx is not None else 0
                cur['strs'][n] = val
                field = ('strn', n)
            continue
        if line.startswith('"'):
            val = unquote(line)
            if field == 'ctxt':
                cur['ctxt'] += val
            elif field == 'id':
                cur['id'] += val
            elif field == 'id_plural':
                cur['id_plural'] += val
            elif isinstance(field, tuple):
                cur['strs'][field[1]] += val
            continue
    flush()
    return [e for e in entries if e['id'] != '' and not e['obsolete']], \
        next((e for e in entries if e['id'] == ''), None)


def load_glossary(path):
    terms, forbidden = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#') or line.startswith('english\t'):
                continue
            cols = line.split('\t')
            if len(cols) < 3:
                continue
            eng, ger, kind = cols[0], cols[1], cols[2]
            if kind == 'forbidden':
                forbidden.append(ger)
            elif kind == 'term':
                if ger.startswith('re:'):
                    rx = re.compile(ger[3:])
                else:
                    rx = re.compile('|'.join(re.escape(g) for g in ger.split('|')), re.IGNORECASE)
                terms.append((eng, ger, rx))
    # longest English terms first, so "latest processed" wins over "latest"
    terms.sort(key=lambda t: -len(t[0]))
    return terms, forbidden


# A term inside an option value or identifier ("latest-processed", "a|b", "--vault") is literal.
EDGE_BEFORE = r'(?<![\w|/=\-.%{])'
EDGE_AFTER = r'(?:s|es)?(?![\w|/=\-}])'


def english_rx(term):
    words = [re.escape(w) for w in term.split(' ')]
    return re.compile(EDGE_BEFORE + r'\s+'.join(words) + EDGE_AFTER, re.IGNORECASE)


def strip_markup(s):
    s = re.sub(r'<[^>]+>', ' ', s)            # Pango markup
    s = re.sub(r'%(\d+\$)?[-#0 +]*\d*(\.\d+)?[hlLqjzt]*[diouxXeEfFgGcsp%]', ' ', s)
    s = re.sub(r'`[^`]*`', ' ', s)             # literal commands
    return s


# A quoted span of the source ("…", “…”, '…') that the translation copies verbatim is a literal:
# a command ("vaults list"), an OData filter, a service's error text.
QUOTED = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|(?<!\w)\'([^\'\n]+)\'(?!\w)')


def quoted_literals(sources, strs):
    lits = []
    for src in sources:
        for m in QUOTED.finditer(src):
            lit = next(g for g in m.groups() if g is not None)
            if all(lit in s for s in strs):
                lits.append(lit)
    return sorted(set(lits), key=len, reverse=True)


def mask(text, literals):
    for lit in literals:
        text = text.replace(lit, ' ' * len(lit))
    return text


# An option value in a list ("latest, latest-processed or ...", "(Normal, Warning, Critical)")
# that the translation keeps verbatim is a literal too.
LIST_BEFORE = re.compile(r'(^|[(,|]\s*|\bor\s+)$')
LIST_AFTER = re.compile(r'^(\s*[,|)]|\s+or\b|$)')


def kept_list_value(masked, m, strs):
    word = m.group(0)
    if re.search(r'\s', word):
        return False
    if not (LIST_BEFORE.search(masked[:m.start()]) and LIST_AFTER.search(masked[m.end():])):
        return False
    rx = re.compile(EDGE_BEFORE + re.escape(word) + r'(?![\w|/=\-}])')
    return all(rx.search(s) for s in strs)


def glossary_problems(entries, terms, forbidden):
    problems = []
    forb_rx = [(f, re.compile(r'(?<![\w\-])' + re.escape(f))) for f in forbidden]
    for e in entries:
        strs = [s for s in e['strs'].values() if s]
        if not strs:
            continue
        label = e['id'] if e['ctxt'] is None else e['ctxt'] + '|' + e['id']
        sources = [e['id']] + ([e['id_plural']] if e['id_plural'] else [])
        literals = quoted_literals(sources, strs)
        for s in strs:
            text = strip_markup(mask(s, literals))
            for f, rx in forb_rx:
                if rx.search(text):
                    problems.append('forbidden "%s" in translation of "%s": "%s"' % (f, label, s))
        if any('glossary: skip' in c for c in e['comments']):
            continue
        # the singular msgid is rendered by msgstr[0], the plural by the other forms
        plural_strs = [s for n, s in sorted(e['strs'].items()) if n > 0 and s] or strs
        for src, targets in zip(sources, [[e['strs'][0]] if e['strs'].get(0) else strs, plural_strs]
                             if e['id_plural'] else [strs]):
            masked = strip_markup(mask(src, literals))
            for eng, ger, grx in terms:
                erx = english_rx(eng)
                found = [m for m in erx.finditer(masked) if not kept_list_value(masked, m, targets)]
                masked = erx.sub(lambda m: '\0' * len(m.group(0)), masked)
                if not found:
                    continue
                for s in targets:
                    if not grx.search(strip_markup(s)):
                        problems.append('"%s" must be "%s" in translation of "%s": "%s"'
                                        % (eng, ger.replace('re:', ''), label, s))
    return problems


# xgettext as meson's i18n.gettext(preset: 'glib') runs it (mesonbuild/scripts/gettext.py);
# the preset's arguments are read from the installed meson when it is importable.
GLIB_PRESET_FALLBACK = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]


def glib_preset_args():
    try:
        from mesonbuild.modules.i18n import PRESET_ARGS
        return list(PRESET_ARGS['glib'])
    except Exception:  # meson not importable: the same list, copied from meson 1.0
        return GLIB_PRESET_FALLBACK


def run_xgettext(srcroot, outdir):
    listfile = os.path.join(srcroot, 'po', 'POTFILES.in')
    cmd = ['xgettext', '--package-name=failback', '-p', outdir, '-f', listfile, '-D', srcroot,
           '-k_', '-o', 'failback.pot'] + glib_preset_args()
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode, r.stderr, os.path.join(outdir, 'failback.pot')


# Files that may hold translatable strings, and the marks that say they do.
STRING_MARK = re.compile(r'\b(_|N_|C_|NC_|g_dngettext|ngettext|g_dpgettext2|g_dcgettext)\s*\(')


def files_with_strings(srcroot):
    found = set()
    for top in ('src', 'ui', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcroot, top)):
            rel_dir = os.path.relpath(dirpath, srcroot)
            if rel_dir.startswith(os.path.join('src', 'sim')):
                continue  # the simulator speaks for Azure and vCenter: English by design
            for fn in filenames:
                rel = os.path.join(rel_dir, fn)
                if fn.endswith(('.desktop.in', '.metainfo.xml.in', '.gschema.xml')):
                    found.add(rel)
                    continue
                if not fn.endswith(('.c', '.ui')):
                    continue
                text = open(os.path.join(srcroot, rel), encoding='utf-8', errors='replace').read()
                if fn.endswith('.c'):
                    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)  # examples in comments
                    if STRING_MARK.search(text):
                        found.add(rel)
                elif 'translatable="yes"' in text:
                    found.add(rel)
    return found


CONSTANT = re.compile(r'\b[A-Z0-9]+(_[A-Z0-9]+)+\b')   # FAILBACK_CLIENT_SECRET


def mnemonics(text):
    return len(re.findall(r'_(?=\w)', CONSTANT.sub(' ', text)))


def mnemonic_problems(po):
    """A label with a mnemonic (_Open, Re_start) keeps exactly one in each translation."""
    entries, _ = parse_po(open(po, encoding='utf-8').read())
    problems = []
    for e in entries:
        if mnemonics(e['id']) != 1:
            continue
        for s in e['strs'].values():
            if s and mnemonics(s) != 1:
                problems.append('mnemonic lost or doubled: "%s" -> "%s"' % (e['id'], s))
    return problems


def sources_results(srcroot, po):
    listed = []
    for line in open(os.path.join(srcroot, 'po', 'POTFILES.in'), encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            listed.append(line)
    gone = ['listed in POTFILES.in but missing: %s' % f for f in listed
            if not os.path.exists(os.path.join(srcroot, f))]
    unlisted = ['has translatable strings but is not in POTFILES.in: %s' % f
                for f in sorted(files_with_strings(srcroot) - set(listed))]
    results = [('every file in POTFILES.in exists', gone),
               ('every file with translatable strings is in POTFILES.in', unlisted)]
    with tempfile.TemporaryDirectory() as tmp:
        rc, err, pot = run_xgettext(srcroot, tmp)
        results.append(('xgettext extracts the strings of POTFILES.in',
                        [] if rc == 0 else ['xgettext failed (%d): %s' % (rc, err.strip())]))
        if rc == 0:
            results += complete_results(po, pot)
    results.append(('mnemonic underscores are kept', mnemonic_problems(po)))
    r = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                       capture_output=True, text=True)
    stats = (r.stdout + r.stderr).strip()
    results.append(('msgfmt --check accepts %s (%s)' % (os.path.basename(po), stats),
                    [] if r.returncode == 0 and 'fuzzy' not in stats and 'untranslated' not in stats
                    else [stats]))
    return results


def complete_results(po_path, pot_path):
    entries, header = parse_po(open(po_path, encoding='utf-8').read())
    pot, _ = parse_po(open(pot_path, encoding='utf-8').read())
    have = {(e['ctxt'], e['id']): e for e in entries}
    missing, fuzzy, untranslated, plural = [], [], [], []
    nplurals = 2
    if header:
        m = re.search(r'nplurals=(\d+)', header['strs'].get(0, ''))
        nplurals = int(m.group(1)) if m else 2
    for p in pot:
        e = have.get((p['ctxt'], p['id']))
        label = p['id'] if p['ctxt'] is None else p['ctxt'] + '|' + p['id']
        if e is None:
            missing.append('not in de.po: "%s"' % label)
            continue
        if 'fuzzy' in e['flags']:
            fuzzy.append('fuzzy: "%s"' % label)
        if not all(e['strs'].get(i) for i in range(nplurals if p['id_plural'] else 1)):
            untranslated.append('untranslated: "%s"' % label)
        if p['id_plural'] and e['id_plural'] is None:
            plural.append('needs plural forms: "%s"' % label)
    return [('every source message is in de.po', missing),
            ('no fuzzy message', fuzzy),
            ('every message translated', untranslated),
            ('plural messages have plural forms', plural)]


def tap(results):
    print('1..%d' % len(results))
    ok_all = True
    for i, (name, problems) in enumerate(results, 1):
        if problems:
            ok_all = False
            print('not ok %d - %s' % (i, name))
            for p in problems:
                print('# ' + p)
        else:
            print('ok %d - %s' % (i, name))
    return 0 if ok_all else 1


def main(argv):
    mode = argv[1]
    if mode == 'glossary':
        terms, forbidden = load_glossary(argv[2])
        entries, _ = parse_po(open(argv[3], encoding='utf-8').read())
        return tap([('glossary terms and forbidden variants in %s' % argv[3],
                     glossary_problems(entries, terms, forbidden))])
    if mode == 'complete':
        return tap(complete_results(argv[2], argv[3]))
    if mode == 'sources':
        return tap(sources_results(argv[2], argv[3]))
    if mode == 'selftest':
        terms, forbidden = load_glossary(argv[2])
        sample = '\n'.join([
            'msgid "Unplanned failover"', 'msgstr "Nicht geplantes Failover"', '',
            'msgid "Latest recovery point"', 'msgstr "Neuester Punkt"', '',
            'msgid "Delete snapshot"', 'msgstr "Snapshot löschen"', '',
            'msgid "Failover direction"', 'msgstr "Failover-Richtung"', '',
            'msgid "Datastore"', 'msgstr "Datastore"', '',
            'msgid "Jobs"', 'msgstr "Jobs"', '',
            'msgid "Latest processed"', 'msgstr "Letzte Verarbeitung"', '',
            'msgid "--recovery-point latest|latest-processed"',
            'msgstr "--recovery-point latest|latest-processed"', '',
            'msgid "latest, latest-processed or a recovery point id"',
            'msgstr "latest, latest-processed oder die ID eines Wiederherstellungspunkts"', '',
            'msgid "Only items with this health (Normal, Warning, Critical)"',
            'msgstr "Nur Elemente mit dieser Integrität (Normal, Warning, Critical)"', '',
            'msgid "Use “vaults list”"', 'msgstr "Verwenden Sie „vaults list“"', '',
            'msgid "OData filter, e.g. \\"JobStatus eq \'InProgress\'\\""',
            'msgstr "OData-Filter, z. B. \\"JobStatus eq \'InProgress\'\\""', '',
            'msgid "Open the vault"', 'msgstr "Den vault öffnen"', '',
            'msgid "Replicated item"', 'msgid_plural "Replicated items"',
            'msgstr[0] "Repliziertes Element"', 'msgstr[1] "Replizierte Elemente"', '',
            'msgid "%u job"', 'msgid_plural "%u jobs"',
            'msgstr[0] "%u Auftrag"', 'msgstr[1] "%u Jobs"', '',
            'msgid "The snapshot is old"', 'msgstr "Der Snapshot-Stand ist alt"', '',
            'msgid "Delete the “old” job"', 'msgstr "Den „old“ Job löschen"', '',
        ])
        entries, _ = parse_po(sample)
        problems = glossary_problems(entries, terms, forbidden)
        expect = ['Nicht geplantes Failover', 'Neueste', 'Snapshot', 'Failover-Richtung',
                  'Datastore', '"Job"']
        res = []
        for x in expect:
            res.append(('finds %s' % x, [] if any(x in p for p in problems)
                        else ['not found in %r' % problems]))
        res.append(('accepts a correct translation and literal option values',
                    [p for p in problems if 'Letzte Verarbeitung' in p or 'latest|' in p
                     or 'latest,' in p or 'Warning' in p or 'vaults list' in p
                     or 'JobStatus' in p or 'Replicated item' in p]))
        # a term kept in English outside a quoted literal or a list of values is still wrong
        for x in ['"vault" must be "Tresor" in translation of "Open the vault"',
                  'forbidden "Snapshot" in translation of "The snapshot is old"',
                  'forbidden "Job" in translation of "Delete the “old” job"',
                  '"job" must be "Auftrag|Aufträge|Auftrags" in translation of "%u job"']:
            res.append(('finds %s' % x.split(' in translation')[0],
                        [] if any(p.startswith(x) for p in problems)
                        else ['not found in %r' % problems]))
        return tap(res)
    print('usage: check-po.py glossary|complete|selftest ...', file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
