// bench: metric=stream-sink+stream-sha256+stream-pipe-file+wall, runs=5, timeout=120
//
// fs.createReadStream throughput on a 256 MiB file (eddy issue 5, target 2).
// The file (a fresh directory under os.tmpdir()) is written once, untimed;
// each metric is MB/s (MiB per second) from creating the read stream to the
// end of the consumer:
//
// - stream-sink: readStream.pipe(new Writable({ write(c, e, cb) { cb(); } })),
//   a sink that discards. Checks every chunk is 64 KiB (the default
//   highWaterMark) except the last, the total byte count, and the first and
//   last byte of every chunk against the known pattern.
// - stream-sha256: readStream.pipe(crypto.createHash('sha256')), the digest
//   compared with the one computed while writing the file.
// - stream-pipe-file: readStream.pipe(fs.createWriteStream(copy)), timed to
//   the write stream's 'close' (the copy complete and its descriptor closed);
//   then the copy's size and sampled contents are checked.
//
// os.tmpdir() follows TMPDIR. Where /tmp is a disk file system (ext4 on the
// bench machine) file creation and write-back dominate and swamp the
// runtime's share; `TMPDIR=/dev/shm python3 bench/run.py --filter fs/`
// measures the runtime on tmpfs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { Writable } = require('stream');

const SIZE = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;
const MB = SIZE / (1024 * 1024);
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-fs-stream-'));
const src = path.join(dir, 'src.bin');
const copy = path.join(dir, 'copy.bin');

function fail(msg) {
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  console.error(msg);
  process.exit(1);
}

function metric(name, value) {
  console.log(JSON.stringify({ metric: name, value, unit: 'MB/s', better: 'higher' }));
}

// Byte at offset o: low byte of (o * 7 + (o >> 16)).
function byteAt(o) { return (o * 7 + Math.floor(o / 65536)) & 0xff; }

// Write the file in 1 MiB blocks, hashing as we go.
const hash = crypto.createHash('sha256');
{
  const block = Buffer.allocUnsafe(1024 * 1024);
  const fd = fs.openSync(src, 'w');
  for (let base = 0; base < SIZE; base += block.length) {
    for (let i = 0; i < block.length; i++) block[i] = byteAt(base + i);
    hash.update(block);
    fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
}
const expectDigest = hash.digest('hex');

function sinkRound(done) {
  let total = 0;
  let chunks = 0;
  let short = 0;
  const sink = new Writable({
    write(chunk, enc, cb) {
      if (chunk.length !== CHUNK) short++;
      const first = chunk[0];
      const last = chunk[chunk.length - 1];
      if (first !== byteAt(total) || last !== byteAt(total + chunk.length - 1)) {
        fail(`bad bytes in chunk ${chunks}`);
      }
      total += chunk.length;
      chunks++;
      cb();
    },
  });
  const t0 = now();
  const rs = fs.createReadStream(src);
  rs.on('error', (e) => fail(e.message));
  sink.on('finish', () => {
    const ms = now() - t0;
    if (total !== SIZE) fail(`sink saw ${total} bytes`);
    if (short !== 0 || chunks !== SIZE / CHUNK) fail(`sink saw ${chunks} chunks, ${short} short`);
    done(ms);
  });
  rs.pipe(sink);
}

function hashRound(done) {
  const t0 = now();
  const h = crypto.createHash('sha256');
  const rs = fs.createReadStream(src);
  rs.on('error', (e) => fail(e.message));
  h.on('finish', () => {
    const ms = now() - t0;
    const got = h.read().toString('hex');
    if (got !== expectDigest) fail(`digest ${got} != ${expectDigest}`);
    done(ms);
  });
  rs.pipe(h);
}

function copyRound(done) {
  const t0 = now();
  const rs = fs.createReadStream(src);
  const ws = fs.createWriteStream(copy);
  rs.on('error', (e) => fail(e.message));
  ws.on('error', (e) => fail(e.message));
  ws.on('close', () => {
    const ms = now() - t0;
    const st = fs.statSync(copy);
    if (st.size !== SIZE) fail(`copy is ${st.size} bytes`);
    const fd = fs.openSync(copy, 'r');
    const b = Buffer.alloc(16);
    for (const off of [0, 65535, 1 << 20, SIZE / 2 + 3, SIZE - 16]) {
      fs.readSync(fd, b, 0, 16, off);
      for (let i = 0; i < 16; i++) {
        if (b[i] !== byteAt(off + i)) fail(`copy differs at ${off + i}`);
      }
    }
    fs.closeSync(fd);
    fs.unlinkSync(copy);
    done(ms);
  });
  rs.pipe(ws);
}

sinkRound((sinkMs) => {
  hashRound((hashMs) => {
    copyRound((copyMs) => {
      metric('stream-sink', Math.round(MB / (sinkMs / 1e3)));
      metric('stream-sha256', Math.round(MB / (hashMs / 1e3)));
      metric('stream-pipe-file', Math.round(MB / (copyMs / 1e3)));
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
});
