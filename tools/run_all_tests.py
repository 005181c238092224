#!/usr/bin/env python3
"""eddy: runs the three test layers (GoogleTest unit tests, JS tests, node
comparison tests) against a build directory and ends with one summary line:
`N passed, N failed`."""
import argparse
import json
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
    with open(os.path.join(npm_dir, 'package.json')) as f:
        deps = json.load(f).get('dependencies', {})
    if all(os.path.isfile(os.path.join(npm_dir, 'node_modules', d, 'package.json'))
           for d in deps):
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


def run_fuzzers(seconds=20):
    """Builds test/fuzz (clang, libFuzzer) into build-fuzz/ and runs each target
    for a few seconds; skipped when clang's fuzzer runtime is missing. Returns
    (passed, failed). test/fuzz/README.md describes long runs."""
    clang = shutil.which('clang++') or shutil.which('clang++-14')
    out_dir = os.path.join(ROOT, 'build-fuzz')
    probe = os.path.join(out_dir, 'probe')
    os.makedirs(probe, exist_ok=True)
    with open(os.path.join(probe, 'p.cc'), 'w') as f:
        f.write('#include <cstdint>\n#include <cstddef>\nextern "C" int '
                'LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n')
    if not clang or subprocess.run(
            [clang, '-fsanitize=fuzzer,address,undefined', os.path.join(probe, 'p.cc'),
             '-o', os.path.join(probe, 'p')], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode != 0:
        print('fuzz: skipped (clang++ with libFuzzer not found; install libclang-rt-14-dev)')
        return 0, 0
    code, _ = run(['cmake', '-S', os.path.join(ROOT, 'test', 'fuzz'), '-B', out_dir, '-G',
                   'Ninja', f'-DCMAKE_CXX_COMPILER={clang}'])
    if code == 0:
        code, _ = run(['ninja', '-C', out_dir])
    if code != 0:
        return 0, 1
    passed = failed = 0
    for target, corpus, extra in (('http_parser_fuzzer', 'http_parser',
                                   ['-max_len=4096', '-dict=' + os.path.join(
                                       ROOT, 'test', 'fuzz', 'http.dict')]),):
        work = os.path.join(out_dir, 'corpus', corpus)
        os.makedirs(work, exist_ok=True)
        cmd = ([os.path.join(out_dir, target), f'-max_total_time={seconds}',
                f'-artifact_prefix={out_dir}/'] + extra +
               [work, os.path.join(ROOT, 'test', 'fuzz', 'corpus', corpus)])
        print(f'$ {" ".join(cmd)}', flush=True)
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        lines = p.stdout.decode('utf-8', 'replace').splitlines()
        done = [l for l in lines if ' DONE ' in l or l.startswith('Done ')]
        print('\n'.join(done if p.returncode == 0 else lines[-200:]), flush=True)
        code = p.returncode
        if code == 0:
            passed += 1
        else:
            failed += 1
    return passed, failed


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

    fuzz_passed, fuzz_failed = run_fuzzers()
    passed += fuzz_passed
    failed += fuzz_failed

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
