'use strict';
// File extends Blob with a name (unpaired surrogates replaced) and a
// lastModified number (default: now).
const assert = require('node:assert');
const { File, Blob } = require('node:buffer');
const util = require('node:util');

assert.strictEqual(globalThis.File, File);
const before = Date.now();
const f = new File(['ab', new Uint8Array([0x63])], 'a\ud800b.txt', { type: 'Text/X' });
assert.ok(f instanceof Blob);
assert.strictEqual(f.size, 3);
assert.strictEqual(f.type, 'text/x');
assert.strictEqual(f.name, 'a\ufffdb.txt');
assert.ok(f.lastModified >= before && f.lastModified <= Date.now());
assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
assert.strictEqual(new File([], 'n', { lastModified: '12' }).lastModified, 12);
assert.strictEqual(new File([], 'n', { lastModified: 'x' }).lastModified, 0);
assert.strictEqual(new File([], 5).name, '5');
assert.strictEqual(util.inspect(new File(['x'], 'n.txt', { lastModified: 1 })),
                   "File { size: 1, type: '', name: 'n.txt', lastModified: 1 }");
assert.ok(!(f.slice(0, 1) instanceof File));
f.text().then((text) => assert.strictEqual(text, 'abc'));

assert.throws(() => new File(['x']), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()),
              TypeError);
assert.deepStrictEqual(Object.keys(File.prototype), ['name', 'lastModified']);
