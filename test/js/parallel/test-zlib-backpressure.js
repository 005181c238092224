// A large decompression into a slow consumer: output arrives in chunkSize
// pieces, the readable side's buffer stays bounded while the consumer is
// paused, and everything arrives in the end.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const SIZE = 32 * 1024 * 1024;
const packed = zlib.gzipSync(Buffer.alloc(SIZE, 'q'));
const g = zlib.createGunzip({ chunkSize: 32 * 1024 });
let total = 0;
let maxBuffered = 0;
let pauses = 0;
g.on('data', (chunk) => {
  assert.ok(chunk.length <= 32 * 1024);
  total += chunk.length;
  maxBuffered = Math.max(maxBuffered, g.readableLength);
  if (total % (4 * 1024 * 1024) === 0) {
    pauses++;
    g.pause();
    setTimeout(() => g.resume(), 5);
  }
});
g.on('end', common.mustCall(() => {
  assert.strictEqual(total, SIZE);
  assert.ok(pauses >= 7);
  // Bounded well below the total (one thread-pool batch at most).
  assert.ok(maxBuffered < 4 * 1024 * 1024, String(maxBuffered));
}));
g.end(packed);
