'use strict';
// Real npm packages (installed at test time): the CommonJS side of dual
// packages resolves through their "exports" "require" conditions.
const assert = require('assert');
const { dequal } = require('dequal');
const kleur = require('kleur');

assert.strictEqual(require.resolve('dequal').endsWith('/dequal/dist/index.js'), true);
assert.strictEqual(dequal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(dequal({ a: 1 }, { a: 2 }), false);
kleur.enabled = true;
assert.strictEqual(kleur.red('x'), '\u001b[31mx\u001b[39m');
