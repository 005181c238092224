'use strict';
// writeFileSync / readFileSync: strings in every encoding, Buffers and
// typed arrays, the 'buffer' encoding, encoding given as a string or in
// options, and the flag option.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'data.txt');

fs.writeFileSync(file, 'héllo wörld');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo wörld');
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf-8' }), 'héllo wörld');
const raw = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(raw));
assert.deepStrictEqual(raw, Buffer.from('héllo wörld'));
// 'buffer' is not an encoding readFile knows.
assert.throws(() => fs.readFileSync(file, { encoding: 'buffer' }), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: buffer',
});
assert.strictEqual(fs.readFileSync(file, 'hex'), raw.toString('hex'));
assert.strictEqual(fs.readFileSync(file, 'base64'), raw.toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), raw.toString('latin1'));

for (const encoding of ['hex', 'base64', 'latin1', 'utf16le', 'ascii', 'base64url']) {
  const text = encoding === 'hex' ? 'deadbeef' : 'abcXYZ09';
  fs.writeFileSync(file, text, encoding);
  assert.deepStrictEqual(fs.readFileSync(file), Buffer.from(text, encoding), encoding);
  fs.writeFileSync(file, text, { encoding });
  assert.strictEqual(fs.readFileSync(file, encoding), Buffer.from(text, encoding).toString(encoding));
}

// Views of any kind are written as their bytes.
fs.writeFileSync(file, new Uint16Array([0x4241, 0x4443]));
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'ABCD');
fs.writeFileSync(file, new DataView(new ArrayBuffer(3)));
assert.deepStrictEqual(fs.readFileSync(file), Buffer.alloc(3));

// An empty file reads as an empty Buffer or string.
fs.writeFileSync(file, '');
assert.strictEqual(fs.readFileSync(file).length, 0);
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

// A larger file than one read call returns.
const big = Buffer.alloc(3 * 1024 * 1024 + 7);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
fs.writeFileSync(file, big);
assert.ok(fs.readFileSync(file).equals(big));

// flag: 'wx' refuses an existing file, 'a' appends.
assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
fs.writeFileSync(file, 'one');
fs.writeFileSync(file, 'two', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'onetwo');
assert.throws(() => fs.readFileSync(file, { flag: 'w+x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'w+x'",
});

// /proc files report size 0 but have contents.
if (fs.existsSync('/proc/self/status')) {
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);
}

// Bad data and encodings.
assert.throws(() => fs.writeFileSync(file, 42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (42)',
});
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFileSync(file, 7), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (7)',
});
