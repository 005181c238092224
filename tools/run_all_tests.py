#!/usr/bin/env python3
"""eddy: runs the three test layers (GoogleTest unit tests, JS tests, node
comparison tests) against a build directory and ends with one summary line:
`N passed, N failed`."""
import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd):
    print(f'$ {" ".join(cmd)}', flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace')
    sys.stdout.write(out)
    sys.stdout.flush()
    return p.returncode, out


def install_npm_fixtures():
    """Installs the real npm packages test/js/npm loads (once; they are
    gitignored). Without npm or the registry those tests are skipped."""
    npm_dir = os.path.join(ROOT, 'test', 'js', 'npm')
    if os.path.isdir(os.path.join(npm_dir, 'node_modules')):
        return
    npm = shutil.which('npm')
    if not npm:
        print('npm not found: test/js/npm will be skipped')
        return
    try:
        subprocess.run([npm, 'install', '--no-audit', '--no-fund', '--no-package-lock'],
                       cwd=npm_dir, timeout=300, check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except (subprocess.SubprocessError, OSError) as e:
        print(f'npm install failed ({e}): test/js/npm will be skipped')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    eddy = os.path.join(build, 'eddy')
    passed = failed = 0

    install_npm_fixtures()
    code, out = run([os.path.join(build, 'eddy_unit'), '--gtest_brief=1'])
    m = re.search(r'\[==========\] (\d+) tests? from', out)
    total = int(m.group(1)) if m else 0
    f = re.search(r'\[  FAILED  \] (\d+) tests?, listed below', out)
    nfail = int(f.group(1)) if f else (0 if code == 0 else max(1, total))
    passed += total - nfail
    failed += nfail

    for script, root in (('run_js_tests.py', 'test/js'), ('run_compare.py', 'test/compare')):
        code, out = run([sys.executable, os.path.join(ROOT, 'tools', script), '--eddy', eddy,
                         os.path.join(ROOT, root)])
        m = re.search(r'(\d+) passed, (\d+) failed', out.strip().splitlines()[-1] if out.strip() else '')
        if m:
            passed += int(m.group(1))
            failed += int(m.group(2))
        elif code != 0:
            failed += 1
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
