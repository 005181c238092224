// Accepted and rejected process.exitCode values (errors by name and code),
// then an integer string as the final code.
'use strict';
for (const v of [undefined, null, 0, 1, '2', 255, -1, 1.5, 'x', true, {}, 2n, NaN, '']) {
  try {
    process.exitCode = v;
    console.log('accepted', typeof v, String(v), '->', process.exitCode);
  } catch (e) {
    console.log('rejected', typeof v, String(v), e.name, e.code);
  }
}
for (const v of [1.5, 'x', true]) {
  try {
    process.exit(v);
  } catch (e) {
    console.log('exit() rejected', typeof v, String(v), e.name, e.code);
  }
}
process.exitCode = '12';
