'use strict';
// Keys matching /^[a-zA-Z_][a-zA-Z_0-9]*$/ print bare, all others quoted.
const assert = require('node:assert');
const util = require('node:util');

const pattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const chars = ['a', 'z', 'A', 'Z', '_', '0', '9', '@', '[', '`', '{', '/', ':',
               '$', '-', ' ', '\u00e9', '\u0100', '\u00ff', '\u0000'];
const keys = [''];
for (const a of chars) {
  keys.push(a);
  for (const b of chars) {
    keys.push(a + b);
    for (const c of chars) keys.push(a + b + c);
  }
}
for (const key of keys) {
  const text = util.inspect({ [key]: 1 });
  if (pattern.test(key)) {
    assert.strictEqual(text, `{ ${key}: 1 }`);
  } else {
    assert.ok(text.startsWith("{ '") || text.startsWith('{ "') || text.startsWith('{ `'),
              `${JSON.stringify(key)} -> ${text}`);
  }
}
assert.strictEqual(util.inspect({ key_1_2: null, 'a-b': 1, _x9: 2, '9a': 3 }),
                   "{ key_1_2: null, 'a-b': 1, _x9: 2, '9a': 3 }");
