// bench: metric=gzip-mbps+gunzip-mbps, runs=5, timeout=180
//
// node:zlib streaming throughput on a 64 MiB text file, the way programs
// compress files: fs.createReadStream -> zlib.createGzip() ->
// fs.createWriteStream, then back through zlib.createGunzip().
//
// - gzip-mbps: MB/s of input (64 MiB / seconds), default level.
// - gunzip-mbps: MB/s of output (the same 64 MiB).
//
// The round trip is checked (size and crc32 of the restored file), so a
// broken runtime fails instead of printing a number. Files live in a fresh
// directory under os.tmpdir(), removed at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const SIZE = 64 * 1024 * 1024;
const now = () => Number(process.hrtime.bigint()) / 1e6;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-zlib-'));
const src = path.join(dir, 'input.txt');
const gz = path.join(dir, 'input.txt.gz');
const back = path.join(dir, 'restored.txt');

function fail(msg) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.error(msg);
  process.exit(1);
}

function metric(name, value, unit, better) {
  console.log(JSON.stringify({ metric: name, value, unit, better }));
}

// Log-like text: numbered lines of words from a small vocabulary, picked by
// a fixed generator (compresses about 5:1, like real logs and source).
function writeInput() {
  const words = ('the quick brown fox jumps over lazy dog lorem ipsum dolor sit amet ' +
    'request response server client error warning info debug value number string ' +
    'object array function return').split(' ');
  let seed = 12345;
  const fd = fs.openSync(src, 'w');
  let written = 0;
  let crc = 0;
  let n = 0;
  while (written < SIZE) {
    let block = '';
    while (block.length < 1 << 20) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      let line = `${n++} `;
      const k = 5 + (seed % 12);
      for (let i = 0; i < k; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        line += words[seed % words.length] + ' ';
      }
      block += line + '\n';
    }
    let buf = Buffer.from(block, 'latin1');
    if (written + buf.length > SIZE) buf = buf.subarray(0, SIZE - written);
    fs.writeSync(fd, buf);
    crc = zlib.crc32(buf, crc);
    written += buf.length;
  }
  fs.closeSync(fd);
  return crc;
}

function pipe(from, through, to, done) {
  const input = fs.createReadStream(from);
  const output = fs.createWriteStream(to);
  input.on('error', (e) => fail(e.message));
  through.on('error', (e) => fail(e.message));
  output.on('error', (e) => fail(e.message));
  output.on('finish', done);
  input.pipe(through).pipe(output);
}

const expectedCrc = writeInput();
let t0 = now();
pipe(src, zlib.createGzip(), gz, () => {
  const gzipMs = now() - t0;
  const packed = fs.statSync(gz).size;
  if (packed <= 0 || packed >= SIZE) fail(`bad gzip size ${packed}`);
  metric('gzip-mbps', Number((SIZE / 1e6 / (gzipMs / 1e3)).toFixed(1)), 'MB/s', 'higher');

  t0 = now();
  pipe(gz, zlib.createGunzip(), back, () => {
    const gunzipMs = now() - t0;
    const restored = fs.readFileSync(back);
    if (restored.length !== SIZE || zlib.crc32(restored) !== expectedCrc) {
      fail('round trip mismatch');
    }
    metric('gunzip-mbps', Number((SIZE / 1e6 / (gunzipMs / 1e3)).toFixed(1)), 'MB/s', 'higher');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
