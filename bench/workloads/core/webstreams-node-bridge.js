// bench: metric=ops+wall
//
// Readable.fromWeb over a byte-producing ReadableStream, piped into a node
// Writable, then Readable.toWeb back: both adapter directions. One op is
// one 1 KiB chunk through each. Byte counts are checked.
'use strict';
const { Readable, Writable } = require('stream');
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 50000;
async function main() {
  const chunk = new Uint8Array(1024);
  let produced = 0;
  const web = new ReadableStream({
    pull(c) {
      c.enqueue(chunk);
      if (++produced === N) c.close();
    },
  });
  let bytes = 0;
  const start = now();
  await new Promise((resolve, reject) => {
    Readable.fromWeb(web).pipe(new Writable({
      write(c, e, cb) { bytes += c.length; cb(); },
    })).on('finish', resolve).on('error', reject);
  });
  let sent = 0;
  const node = new Readable({
    read() {
      this.push(Buffer.alloc(1024));
      if (++sent === N) this.push(null);
    },
  });
  let back = 0;
  for await (const c of Readable.toWeb(node)) back += c.byteLength;
  const ms = now() - start;
  if (bytes !== N * 1024 || back !== N * 1024) {
    console.error('webstreams-node-bridge: wrong result', bytes, back);
    process.exit(1);
  }
  console.log(`ops/s: ${Math.round((2 * N) / (ms / 1e3))}`);
}
main();
