'use strict';
// FileHandle.readableWebStream(): the file's bytes as ArrayBuffer chunks
// (or a byte stream with type 'bytes'); the handle is locked to it, and
// closing the handle cancels the stream.
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const common = require('../../common');

(async () => {
  const file = path.join(os.tmpdir(), `eddy-webstreams-${process.pid}.bin`);
  const data = Buffer.alloc(150000);
  for (let i = 0; i < data.length; i++) data[i] = i % 251;
  fs.writeFileSync(file, data);
  try {
    const fh = await fsp.open(file);
    const stream = fh.readableWebStream();
    assert.throws(() => fh.readableWebStream(), {
      code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is locked',
    });
    const chunks = [];
    for await (const c of stream) {
      assert.ok(c instanceof ArrayBuffer);
      chunks.push(Buffer.from(c));
    }
    assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 18928]);
    assert.deepStrictEqual(Buffer.concat(chunks), data);
    await fh.close();
    assert.throws(() => fh.readableWebStream(), { message: 'Invalid state: The FileHandle is closed' });

    const fh2 = await fsp.open(file);
    const bytes = fh2.readableWebStream({ type: 'bytes' });
    const reader = bytes.getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint8Array(10));
    assert.deepStrictEqual([...value], [...data.subarray(0, 10)]);
    reader.releaseLock();
    let total = 10;
    for await (const c of bytes) total += c.length;
    assert.strictEqual(total, data.length);
    await fh2.close();

    const fh3 = await fsp.open(file);
    const cancelled = fh3.readableWebStream();
    const closing = fh3.close();
    assert.strictEqual((await cancelled.getReader().read()).done, true);
    await closing;
  } finally {
    fs.unlinkSync(file);
  }
})().then(common.mustCall());
