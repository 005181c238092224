'use strict';
// fs.ReadStream chunks: highWaterMark-sized chunks, each its own buffer
// (byteOffset 0, buffer exactly as long as a short final chunk), start/end
// ranges, a user-supplied fs.read is still called, and read errors carry
// node's fields.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-rsc-'));
const file = path.join(dir, 'data.bin');
const SIZE = 200000;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 31) & 0xff;
fs.writeFileSync(file, data);

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('error', cb);
  stream.on('end', () => cb(null, chunks));
}

const steps = [
  (next) => collect(fs.createReadStream(file), (err, chunks) => {
    assert.ifError(err);
    assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 65536, SIZE - 3 * 65536]);
    for (const c of chunks) {
      assert.ok(Buffer.isBuffer(c));
      assert.strictEqual(c.byteOffset, 0);
    }
    assert.strictEqual(chunks[3].buffer.byteLength, chunks[3].length);
    assert.ok(Buffer.concat(chunks).equals(data));
    next();
  }),
  (next) => collect(fs.createReadStream(file, { start: 10, end: 70009, highWaterMark: 1000 }),
                    (err, chunks) => {
    assert.ifError(err);
    assert.strictEqual(chunks.length, 70);
    assert.ok(chunks.every((c) => c.length === 1000));
    assert.ok(Buffer.concat(chunks).equals(data.subarray(10, 70010)));
    next();
  }),
  (next) => {
    const s = fs.createReadStream(file, { encoding: 'hex', start: 0, end: 3 });
    collect(s, (err, chunks) => {
      assert.ifError(err);
      assert.strictEqual(chunks.join(''), data.subarray(0, 4).toString('hex'));
      next();
    });
  },
  (next) => {
    let reads = 0;
    const myFs = {
      open: fs.open,
      close: fs.close,
      read(...args) { reads++; return fs.read(...args); },
    };
    collect(fs.createReadStream(file, { fs: myFs }), (err, chunks) => {
      assert.ifError(err);
      assert.strictEqual(Buffer.concat(chunks).length, SIZE);
      assert.ok(reads >= 4);
      next();
    });
  },
  (next) => {
    const s = fs.createReadStream(dir);
    s.on('data', assert.fail);
    s.on('error', (e) => {
      assert.strictEqual(e.code, 'EISDIR');
      assert.strictEqual(e.syscall, 'read');
      assert.strictEqual(e.errno, -21);
      next();
    });
  },
  (next) => {
    // bytesRead and pos count the chunks handed out, however the runtime
    // reads ahead; destroying after three chunks ends the data there.
    const s = fs.createReadStream(file, { start: 5, highWaterMark: 1000 });
    let seen = 0;
    s.on('data', (c) => {
      seen++;
      assert.ok(c.equals(data.subarray(5 + (seen - 1) * 1000, 5 + seen * 1000)));
      assert.strictEqual(s.bytesRead, seen * 1000);
      assert.strictEqual(s.pos, 5 + seen * 1000);
      if (seen === 3) s.destroy();
    });
    s.on('close', () => {
      assert.strictEqual(seen, 3);
      next();
    });
  },
  (next) => {
    // Destroyed while a read is in flight: no more data, closes.
    const s = fs.createReadStream(file);
    s.on('data', assert.fail);
    s.on('close', next);
    s.on('open', () => { s.read(0); setImmediate(() => s.destroy()); });
  },
];

let i = 0;
function next() {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  steps[i++](next);
}
next();
