'use strict';
// fs.ReadStream in flowing mode (piped, paused by back-pressure, paused and
// resumed, destroyed midway) hands out every byte once, in order, in chunks
// of the highWaterMark, within start/end.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-readahead-'));
const file = path.join(dir, 'data.bin');
const SIZE = 64 * 1024 * 23 + 1234;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 31 + (i >> 12)) & 0xff;
fs.writeFileSync(file, data);

let pending = 0;
function done() {
  if (--pending === 0) fs.rmSync(dir, { recursive: true, force: true });
}

// Piped into a slow writer: all bytes, 64 KiB chunks but the last.
pending++;
{
  const got = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk, enc, cb) { got.push(chunk); setImmediate(cb); },
  });
  sink.on('finish', () => {
    const all = Buffer.concat(got);
    assert.strictEqual(all.length, SIZE);
    assert(all.equals(data));
    for (let i = 0; i < got.length - 1; i++) assert.strictEqual(got[i].length, 65536);
    assert.strictEqual(got[got.length - 1].length, 1234);
    done();
  });
  fs.createReadStream(file).pipe(sink);
}

// start/end in flowing mode, with a small highWaterMark.
pending++;
{
  const got = [];
  const rs = fs.createReadStream(file, { start: 1000, end: 300000, highWaterMark: 7000 });
  rs.on('data', (c) => got.push(c));
  rs.on('end', () => {
    const all = Buffer.concat(got);
    assert(all.equals(data.subarray(1000, 300001)));
    for (let i = 0; i < got.length - 1; i++) assert.strictEqual(got[i].length, 7000);
    assert.strictEqual(rs.bytesRead, 299001);
    done();
  });
}

// Paused for a while after some chunks, then resumed.
pending++;
{
  const got = [];
  const rs = fs.createReadStream(file);
  let paused = false;
  rs.on('data', (c) => {
    assert.strictEqual(rs.isPaused(), false);
    got.push(c);
    if (got.length === 3 && !paused) {
      paused = true;
      rs.pause();
      setTimeout(() => rs.resume(), 20);
    }
  });
  rs.on('end', () => {
    assert(Buffer.concat(got).equals(data));
    done();
  });
}

// Destroyed after a few chunks: closes its descriptor, no error, no end.
pending++;
{
  const rs = fs.createReadStream(file);
  let n = 0;
  rs.on('data', () => {
    if (++n === 2) rs.destroy();
  });
  rs.on('end', () => assert.fail('end after destroy'));
  rs.on('error', (e) => assert.fail(e));
  rs.on('close', () => {
    assert.strictEqual(n, 2);
    assert.strictEqual(rs.fd, null);
    assert.strictEqual(rs.destroyed, true);
    done();
  });
}
