'use strict';
// group/groupCollapsed indent everything after them, every line of
// multi-line output included, on both streams; groupEnd undoes one level
// and is harmless at level 0; groupIndentation sets the width.
const assert = require('node:assert');
const { Console } = require('node:console');

function sink() {
  const s = { out: '', write(chunk) { s.out += chunk; } };
  return s;
}

{
  const stdout = sink();
  const stderr = sink();
  const c = new Console({ stdout, stderr, ignoreErrors: false, colorMode: false });
  c.group('Label %s', 'one');
  c.log('a\nb');
  c.groupCollapsed();
  c.error('err\nline');
  c.log({ x: 1, yyyyyyyyyyyyyyyyyyyy: 'y'.repeat(40), zzzzzzzzzzzzzzzzzzz: 'z'.repeat(20) });
  c.groupEnd();
  c.info('back');
  c.groupEnd();
  c.groupEnd();  // extra: no effect
  c.log('top');
  c.group();
  c.table([1]);
  c.groupEnd();
  assert.strictEqual(stdout.out,
    'Label one\n' +
    '  a\n' +
    '  b\n' +
    '    {\n' +
    '      x: 1,\n' +
    "      yyyyyyyyyyyyyyyyyyyy: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n" +
    "      zzzzzzzzzzzzzzzzzzz: 'zzzzzzzzzzzzzzzzzzzz'\n" +
    '    }\n' +
    '  back\n' +
    'top\n' +
    '  ┌─────────┬────────┐\n' +
    '  │ (index) │ Values │\n' +
    '  ├─────────┼────────┤\n' +
    '  │ 0       │ 1      │\n' +
    '  └─────────┴────────┘\n');
  assert.strictEqual(stderr.out, '    err\n    line\n');
}

{
  const stdout = sink();
  const c = new Console({ stdout, ignoreErrors: false, groupIndentation: 3 });
  c.group('x');
  c.group();
  c.log('y');
  c.groupEnd();
  c.log('z');
  assert.strictEqual(stdout.out, 'x\n      y\n   z\n');
}

{
  const stdout = sink();
  const c = new Console({ stdout, ignoreErrors: false, groupIndentation: 0 });
  c.group();
  c.log('flat');
  assert.strictEqual(stdout.out, 'flat\n');
}
