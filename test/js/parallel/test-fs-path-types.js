'use strict';
// Paths may be strings, Buffers (any bytes) or file: URLs; anything else,
// strings with NUL bytes and non-file URLs are rejected with node's errors.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'plain.txt');

fs.writeFileSync(Buffer.from(file), 'via buffer');
assert.strictEqual(fs.readFileSync(pathToFileURL(file), 'utf8'), 'via buffer');
assert.strictEqual(fs.readFileSync(new URL(`file://${file}`), 'utf8'), 'via buffer');
assert.ok(fs.statSync(new Uint8Array(Buffer.from(file))).isFile());

// A name that is not valid UTF-8 works as a Buffer and lists as one.
const odd = Buffer.concat([Buffer.from(`${tmp}/`), Buffer.from([0x66, 0xff, 0x67])]);
fs.writeFileSync(odd, 'odd');
assert.strictEqual(fs.readFileSync(odd, 'utf8'), 'odd');
const listed = fs.readdirSync(tmp, { encoding: 'buffer' });
assert.ok(listed.some((b) => b.equals(Buffer.from([0x66, 0xff, 0x67]))));
fs.unlinkSync(odd);

// Spaces and percent-encoded characters in URLs.
const spaced = path.join(tmp, 'a b%.txt');
fs.writeFileSync(spaced, 's');
assert.strictEqual(fs.readFileSync(pathToFileURL(spaced), 'utf8'), 's');

for (const bad of [42, true, {}, [], null, undefined, () => {}]) {
  assert.throws(() => fs.readFileSync(bad === 42 ? 4.5 : bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.statSync(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL\. Received/,
  });
}
assert.throws(() => fs.openSync('a\u0000b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => fs.statSync(Buffer.from('a\u0000b')), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://host/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2fb')), {
  code: 'ERR_INVALID_FILE_URL_PATH',
});
fs.stat(pathToFileURL(file), common.mustSucceed((st) => assert.ok(st.isFile())));
assert.throws(() => fs.stat(7, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
