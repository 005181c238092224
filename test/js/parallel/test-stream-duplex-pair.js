'use strict';
// duplexPair(): what is written to one side is read from the other, in both
// directions; ending one side ends the other's readable side.
const assert = require('node:assert');
const { duplexPair, Duplex } = require('node:stream');
const common = require('../../common');

const [a, b] = duplexPair();
assert.ok(a instanceof Duplex && b instanceof Duplex);
b.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'to b')));
a.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'to a')));
a.write('to b', common.mustCall());
b.write('to a');
a.end();
b.on('end', common.mustCall());
