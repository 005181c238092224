#!/usr/bin/env python3
"""eddy: comparison tests. Each test/compare/<name>.js (or .mjs) runs under node and
under eddy (optional <name>.flags: runtime flags, <name>.args: script arguments, one
per line; <name>.stdin: fed to stdin). stdout, stderr and the exit code are normalised (paths, pids,
versions, runtime names, frames inside the runtime's own library, function
names in frames, which differ between engines) and diffed.
test/compare/allowlist.txt lists `name: reason` for tolerated differences."""
import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys

FRAME = re.compile(r'^(\s+)at (?:(?:async )?(.*?) \()?(.*?)\)?$')
INTERNAL_ARROW = re.compile(r'^node:[\w/.-]+:\d+$')


def normalize(text, test_dir):
    text = text.replace(test_dir + os.sep, '<DIR>/').replace(test_dir, '<DIR>')
    text = re.sub(r'\((node|eddy):\d+\)', '(<rt>:<pid>)', text)
    text = re.sub(r'`(node|eddy) --', '`<rt> --', text)
    text = re.sub(r'^(\S*/)?(node|eddy): ', '<rt>: ', text, flags=re.M)
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # The "file:line / source / caret" block for a throw inside the
        # runtime's own library: its text is the runtime's, not the user's.
        if INTERNAL_ARROW.match(line) and i + 2 < len(lines) and lines[i + 2].strip() == '^':
            i += 3
            if i < len(lines) and lines[i] == '':
                i += 1
            continue
        if re.match(r'^(Node\.js|eddy) v[\d.]+', line):
            out.append('<runtime version>')
            i += 1
            continue
        m = FRAME.match(line)
        if m and line.lstrip().startswith('at '):
            loc = m.group(3)
            if loc.startswith('node:') or loc == '<anonymous>' or loc == 'native':
                i += 1
                continue
            out.append(f'{m.group(1)}at {loc}')
            i += 1
            continue
        out.append(line)
        i += 1
    return '\n'.join(out)


# Colours off and deterministic for both runtimes.
COMPARE_ENV = {k: v for k, v in os.environ.items() if k not in ('FORCE_COLOR', 'NODE_OPTIONS')}
COMPARE_ENV['NO_COLOR'] = '1'


def run(cmd, cwd, stdin_data, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin_data, capture_output=True,
                           timeout=timeout, env=COMPARE_ENV)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''


def compare(eddy, node, path, timeout):
    test_dir = os.path.dirname(path)
    stem = path[:path.rindex('.')]
    name = os.path.basename(stem)
    args = []
    if os.path.exists(stem + '.args'):
        with open(stem + '.args') as fh:
            args = [a for a in fh.read().split('\n') if a]
    flags = []
    if os.path.exists(stem + '.flags'):
        with open(stem + '.flags') as fh:
            flags = [a for a in fh.read().split('\n') if a]
    stdin_data = b''
    if os.path.exists(stem + '.stdin'):
        with open(stem + '.stdin', 'rb') as fh:
            stdin_data = fh.read()
    results = []
    for exe in (node, eddy):
        code, out, err = run([exe] + flags + [os.path.basename(path)] + args, test_dir, stdin_data, timeout)
        results.append((code, normalize(out, test_dir), normalize(err, test_dir)))
    diffs = []
    (nc, no, ne), (ec, eo, ee) = results
    if nc != ec:
        diffs.append(f'exit code: node {nc}, eddy {ec}')
    for label, a, b in (('stdout', no, eo), ('stderr', ne, ee)):
        if a != b:
            d = difflib.unified_diff(a.split('\n'), b.split('\n'), f'node {label}', f'eddy {label}', lineterm='')
            diffs.append('\n'.join(d))
    return name, diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--eddy', required=True)
    ap.add_argument('--node', default=shutil.which('node'))
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('-j', '--jobs', type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument('--filter', default='')
    ap.add_argument('root')
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    if not a.node:
        print('compare: 0 passed, 0 failed (node not found; comparison tests skipped)')
        return 0
    allow = {}
    allow_path = os.path.join(root, 'allowlist.txt')
    if os.path.exists(allow_path):
        with open(allow_path) as fh:
            for line in fh:
                line = line.strip()
                if line and not line.startswith('#'):
                    n, _, reason = line.partition(':')
                    allow[n.strip()] = reason.strip()
    tests = sorted(os.path.join(root, f) for f in os.listdir(root)
                   if (f.endswith('.js') or f.endswith('.mjs')) and a.filter in f)
    passed = failed = allowed = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for name, diffs in pool.map(lambda t: compare(os.path.abspath(a.eddy), a.node, t, a.timeout), tests):
            if not diffs:
                passed += 1
                print(f'ok   {name}' + ('  (allow-listed but now equal)' if name in allow else ''))
            elif name in allow:
                allowed += 1
                print(f'allowed {name}: {allow[name]}')
            else:
                failed += 1
                print(f'FAIL {name}')
                for d in diffs:
                    for line in d.split('\n')[:60]:
                        print(f'     | {line}')
    print(f'compare: {passed} passed, {failed} failed, {allowed} allowed differences')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
