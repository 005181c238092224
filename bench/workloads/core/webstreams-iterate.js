// bench: metric=ops+wall
//
// for await over a ReadableStream fed from a pull() that enqueues one
// chunk at a time (the async-iteration path). One op is one chunk.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 200000;
async function main() {
  let produced = 0;
  const chunk = new Uint8Array(64);
  const rs = new ReadableStream({
    pull(c) {
      c.enqueue(chunk);
      if (++produced === N) c.close();
    },
  });
  let count = 0;
  let bytes = 0;
  const start = now();
  for await (const value of rs) {
    count++;
    bytes += value.length;
  }
  const ms = now() - start;
  if (count !== N || bytes !== N * 64) {
    console.error('webstreams-iterate: wrong result', count, bytes);
    process.exit(1);
  }
  console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
}
main();
