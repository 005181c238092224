#!/usr/bin/env python3
"""eddy: runs the JS test layer. Every test/js/**/test-*.js (or .mjs) runs in its own
eddy process with a timeout; exit code 0 is a pass. test/js/status.txt lists
tests to skip, one per line as `path: reason` (path relative to test/js).
A `// Flags: ...` line at the top of a test passes runtime flags."""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time


def load_status(root):
    skips = {}
    path = os.path.join(root, 'status.txt')
    if os.path.exists(path):
        with open(path) as fh:
            for line in fh:
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                name, _, reason = line.partition(':')
                skips[name.strip()] = reason.strip()
    return skips


def flags_of(path):
    """Runtime flags from a `// Flags: --a --b` line near the top, as in
    node's tests."""
    with open(path, encoding='utf-8', errors='replace') as fh:
        for _, line in zip(range(10), fh):
            if line.startswith('// Flags:'):
                return line[len('// Flags:'):].split()
    return []


def run_one(eddy, path, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run([eddy] + flags_of(path) + [os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        code, out = p.returncode, (p.stdout + p.stderr).decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        code, out = 'timeout', ((e.stdout or b'') + (e.stderr or b'')).decode('utf-8', 'replace')
    return path, code, out, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--eddy', required=True)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('-j', '--jobs', type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument('--filter', default='')
    ap.add_argument('root')
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    eddy = os.path.abspath(args.eddy)
    skips = load_status(root)
    tests, skipped = [], []
    for dirpath, dirnames, files in os.walk(root):
        if 'node_modules' in dirnames:
            dirnames.remove('node_modules')
        # A folder of tests that need npm packages (package.json with
        # dependencies) is skipped while they are not installed.
        needs_install = (os.path.exists(os.path.join(dirpath, 'package.json')) and
                         not os.path.isdir(os.path.join(dirpath, 'node_modules')))
        for f in sorted(files):
            if not (f.startswith('test-') and (f.endswith('.js') or f.endswith('.mjs'))):
                continue
            full = os.path.join(dirpath, f)
            rel = os.path.relpath(full, root)
            if args.filter and args.filter not in rel:
                continue
            if rel in skips:
                skipped.append((rel, skips[rel]))
            elif needs_install:
                skipped.append((rel, 'its npm packages are not installed (npm or the registry unavailable)'))
            else:
                tests.append(full)
    tests.sort()
    failed = []
    passed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, code, out, secs in pool.map(lambda t: run_one(eddy, t, args.timeout), tests):
            rel = os.path.relpath(path, root)
            if code == 0:
                passed += 1
                print(f'ok   {rel} ({secs:.2f}s)')
            else:
                failed.append(rel)
                print(f'FAIL {rel} (exit {code}, {secs:.2f}s)')
                for line in out.rstrip().splitlines()[-25:]:
                    print(f'     | {line}')
    for rel, reason in skipped:
        print(f'skip {rel}: {reason}')
    print(f'js: {passed} passed, {len(failed)} failed, {len(skipped)} skipped')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
