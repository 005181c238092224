#!/usr/bin/env python3
"""Generates the module-loading benchmark inputs under bench/.cache/:
a tree of 1,000 small CommonJS modules spread over node_modules-style
packages (each package requires two others and a file of its own), the same
tree as ES modules, and nothing else. Idempotent."""
import os

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), '.cache')
PACKAGES = 250   # 4 files per package -> 1,000 modules


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as fh:
        fh.write(text)


def gen(kind):
    base = os.path.join(ROOT, f'{kind}-tree')
    stamp = os.path.join(base, '.done')
    if os.path.exists(stamp):
        return
    esm = kind == 'esm'
    for i in range(PACKAGES):
        pkg = os.path.join(base, 'node_modules', f'pkg{i}')
        deps = [j for j in (2 * i + 1, 2 * i + 2) if j < PACKAGES]
        meta = {'name': f'pkg{i}', 'version': '1.0.0', 'main': 'index.js'}
        if esm:
            meta['type'] = 'module'
        write(os.path.join(pkg, 'package.json'), repr(meta).replace("'", '"'))
        if esm:
            imports = ''.join(f"import d{j} from 'pkg{j}';\n" for j in deps)
            body = (imports + "import a from './lib/a.js';\nimport b from './lib/b.js';\n"
                    "import c from './lib/c.js';\n"
                    f"export default {i} + a + b + c" + ''.join(f' + d{j}' for j in deps) + ';\n')
            write(os.path.join(pkg, 'index.js'), body)
            for n, name in enumerate('abc'):
                write(os.path.join(pkg, 'lib', f'{name}.js'), f'export default {n};\n')
        else:
            requires = ''.join(f" + require('pkg{j}')" for j in deps)
            body = (f"module.exports = {i} + require('./lib/a') + require('./lib/b')"
                    f" + require('./lib/c'){requires};\n")
            write(os.path.join(pkg, 'index.js'), body)
            for n, name in enumerate('abc'):
                write(os.path.join(pkg, 'lib', f'{name}.js'), f'module.exports = {n};\n')
    entry = "import total from 'pkg0';\nexport default total;\n" if esm else \
        "module.exports = require('pkg0');\n"
    write(os.path.join(base, 'entry.mjs' if esm else 'entry.js'), entry)
    write(stamp, '')


if __name__ == '__main__':
    gen('cjs')
    gen('esm')
