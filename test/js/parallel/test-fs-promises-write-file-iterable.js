'use strict';
// fs.promises.writeFile takes iterables and async iterables of strings and
// Buffers (and readable streams), written in order; AbortSignal stops it.
const assert = require('node:assert');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { Readable } = require('node:stream');

(async () => {
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'eddy-test-fs-'));
  const file = path.join(tmp, 'it.txt');
  try {
    await fsp.writeFile(file, ['a', Buffer.from('b'), 'c']);
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'abc');

    async function* gen() {
      yield 'one ';
      await new Promise((resolve) => setTimeout(resolve, 5));
      yield Buffer.from('two');
    }
    await fsp.writeFile(file, gen());
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'one two');

    await fsp.writeFile(file, Readable.from(['x', 'y', 'z']));
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'xyz');

    // Strings in an iterable use the encoding option.
    await fsp.writeFile(file, ['6869'], { encoding: 'hex' });
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'hi');

    await fsp.appendFile(file, ['!', '?']);
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'hi!?');

    const ac = new AbortController();
    async function* slow() {
      yield 'first';
      ac.abort();
      yield 'second';
    }
    await assert.rejects(fsp.writeFile(file, slow(), { signal: ac.signal }), { name: 'AbortError' });
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'first');
  } finally {
    await fsp.rm(tmp, { recursive: true, force: true });
  }
})().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});
