// bench: metric=ops+wall
//
// A default ReadableStream whose pull() enqueues 16 chunks, drained with a
// reader: read() while chunks are queued is the hot path. One op is one
// chunk read. The count and the sum of the chunks are checked.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 300000;
async function main() {
  let produced = 0;
  const rs = new ReadableStream({
    pull(c) {
      for (let i = 0; i < 16 && produced < N; i++) c.enqueue(produced++);
      if (produced === N) c.close();
    },
  }, { highWaterMark: 16 });
  const reader = rs.getReader();
  let count = 0;
  let sum = 0;
  const start = now();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    count++;
    sum += value;
  }
  const ms = now() - start;
  if (count !== N || sum !== (N * (N - 1)) / 2) {
    console.error('webstreams-read: wrong result', count, sum);
    process.exit(1);
  }
  console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
}
main();
