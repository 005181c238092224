// bench: metric=utf8-decode-1m+utf8-decode-64+utf8-encode-1m+utf8-encode-64+base64-encode-1m+base64-encode-64+base64-decode-1m+base64-decode-64+hex-encode-1m+hex-encode-64+hex-decode-1m+hex-decode-64+wall, runs=5
//
// Issue 4's Buffer encodings, each on a 1 MiB input and on 64-byte inputs:
// buf.toString('utf8'), Buffer.from(str) (utf8), toString('base64'),
// Buffer.from(s, 'base64'), toString('hex'), Buffer.from(s, 'hex'). The
// utf8 text is mostly ASCII with some 2- and 3-byte characters; the base64
// and hex inputs are pseudo-random bytes. Every case runs for a fixed time
// slice after a short warm-up and prints its own ops/s metric; the 64-byte
// cases rotate over 16 different inputs. Results are checked in the loop and
// in full afterwards, so a broken runtime fails instead of scoring.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const MiB = 1 << 20;
// Time slices: the 1 MiB cases get longer ones, as their speed swings with
// when the collector frees the previous results.
const SLICE_MS = { small: 60, big: 150 };
const WARM_MS = { small: 15, big: 30 };

function fail(msg) {
  console.error(`buffer-encodings: ${msg}`);
  process.exit(1);
}

// Text: mostly ASCII, with 'é' (2 bytes) and '€' (3 bytes) here and there.
function text(bytes, seed) {
  const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog',
    'café', 'naïve', '€5', 'data', 'buffer', 'stream', 'node', 'eddy'];
  let s = '';
  let n = 0;
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = words[x >>> 28] + ' ';
    const len = Buffer.byteLength(w);
    if (n + len > bytes) break;
    s += w;
    n += len;
  }
  return s + 'x'.repeat(bytes - n);
}

function random(bytes, seed) {
  const b = Buffer.alloc(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const bigText = text(MiB, 1);
const bigTextBuf = Buffer.from(bigText);
const bigBin = random(MiB, 2);
const bigB64 = bigBin.toString('base64');
const bigHex = bigBin.toString('hex');

const smallTexts = [];
const smallTextBufs = [];
const smallBins = [];
const smallB64 = [];
const smallHex = [];
for (let i = 0; i < 16; i++) {
  const t = text(64, 100 + i);
  smallTexts.push(t);
  smallTextBufs.push(Buffer.from(t));
  const b = random(64, 200 + i);
  smallBins.push(b);
  smallB64.push(b.toString('base64'));
  smallHex.push(b.toString('hex'));
}
if (bigTextBuf.length !== MiB || smallTextBufs.some((b) => b.length !== 64)) {
  fail('utf8 byte lengths are wrong');
}
if (bigText.length === MiB) fail('utf8 text has no multibyte characters');

// Runs op(i) in batches for the slice (after a warm-up) and prints ops/s
// under `name`. op returns a number the caller's check() receives.
function measure(name, batch, op, check) {
  const size = name.endsWith('-1m') ? 'big' : 'small';
  let t0 = now();
  let i = 0;
  while (now() - t0 < WARM_MS[size]) {
    for (let k = 0; k < batch; k++) check(op(i++), i - 1);
  }
  let ops = 0;
  t0 = now();
  let elapsed;
  do {
    for (let k = 0; k < batch; k++) check(op(i++), i - 1);
    ops += batch;
    elapsed = now() - t0;
  } while (elapsed < SLICE_MS[size]);
  const value = Math.round(ops / (elapsed / 1e3));
  console.log(JSON.stringify({ metric: name, value, unit: 'ops/s', better: 'higher' }));
}

function expectLength(want) {
  return (got) => { if (got !== want) fail(`length ${got} !== ${want}`); };
}

// utf8 decode
measure('utf8-decode-1m', 1, () => bigTextBuf.toString('utf8').length,
  expectLength(bigText.length));
measure('utf8-decode-64', 256, (i) => smallTextBufs[i & 15].toString('utf8').length,
  (got, i) => { if (got !== smallTexts[i & 15].length) fail('utf8-decode-64 length'); });

// utf8 encode
measure('utf8-encode-1m', 1, () => Buffer.from(bigText).length, expectLength(MiB));
measure('utf8-encode-64', 256, (i) => Buffer.from(smallTexts[i & 15])[i & 63],
  (got, i) => { if (got !== smallTextBufs[i & 15][i & 63]) fail('utf8-encode-64 byte'); });

// base64
measure('base64-encode-1m', 1, () => bigBin.toString('base64').length,
  expectLength(bigB64.length));
measure('base64-encode-64', 256, (i) => smallBins[i & 15].toString('base64').charCodeAt(i & 63),
  (got, i) => { if (got !== smallB64[i & 15].charCodeAt(i & 63)) fail('base64-encode-64 char'); });
measure('base64-decode-1m', 1, () => Buffer.from(bigB64, 'base64').length, expectLength(MiB));
measure('base64-decode-64', 256, (i) => Buffer.from(smallB64[i & 15], 'base64')[i & 63],
  (got, i) => { if (got !== smallBins[i & 15][i & 63]) fail('base64-decode-64 byte'); });

// hex
measure('hex-encode-1m', 1, () => bigBin.toString('hex').length, expectLength(2 * MiB));
measure('hex-encode-64', 256, (i) => smallBins[i & 15].toString('hex').charCodeAt(i & 127),
  (got, i) => { if (got !== smallHex[i & 15].charCodeAt(i & 127)) fail('hex-encode-64 char'); });
measure('hex-decode-1m', 1, () => Buffer.from(bigHex, 'hex').length, expectLength(MiB));
measure('hex-decode-64', 256, (i) => Buffer.from(smallHex[i & 15], 'hex')[i & 63],
  (got, i) => { if (got !== smallBins[i & 15][i & 63]) fail('hex-decode-64 byte'); });

// Full checks of every result kind.
if (bigTextBuf.toString('utf8') !== bigText) fail('utf8 decode of 1 MiB differs');
if (!Buffer.from(bigText).equals(bigTextBuf)) fail('utf8 encode of 1 MiB differs');
if (!Buffer.from(bigB64, 'base64').equals(bigBin)) fail('base64 decode of 1 MiB differs');
if (!Buffer.from(bigHex, 'hex').equals(bigBin)) fail('hex decode of 1 MiB differs');
if (bigBin.toString('hex') !== bigHex || bigBin.toString('base64') !== bigB64) {
  fail('encode of 1 MiB is not stable');
}
if (bigB64.length !== 4 * Math.ceil(MiB / 3) || !/^[A-Za-z0-9+/]+=*$/.test(bigB64)) {
  fail('base64 text malformed');
}
const hexHead = [0, 1, 2, 3].map((i) => bigBin[i].toString(16).padStart(2, '0')).join('');
if (bigHex.slice(0, 8) !== hexHead) {
  fail('hex text malformed');
}
for (let i = 0; i < 16; i++) {
  if (smallTextBufs[i].toString('utf8') !== smallTexts[i]) fail('utf8 decode of 64 B differs');
  if (!Buffer.from(smallTexts[i]).equals(smallTextBufs[i])) fail('utf8 encode of 64 B differs');
  if (!Buffer.from(smallB64[i], 'base64').equals(smallBins[i])) fail('base64 decode of 64 B');
  if (!Buffer.from(smallHex[i], 'hex').equals(smallBins[i])) fail('hex decode of 64 B differs');
  if (smallBins[i].toString('base64') !== smallB64[i]) fail('base64 encode of 64 B unstable');
  if (smallBins[i].toString('hex') !== smallHex[i]) fail('hex encode of 64 B unstable');
}
// Known answers, so a runtime that is consistently wrong fails too.
if (Buffer.from('héllo€').toString('hex') !== '68c3a96c6c6fe282ac') fail('utf8 known answer');
if (Buffer.from([0xfb, 0xff, 0x01]).toString('base64') !== '+/8B') fail('base64 known answer');
if (Buffer.from('+/8B', 'base64').toString('hex') !== 'fbff01') fail('base64 decode known answer');
