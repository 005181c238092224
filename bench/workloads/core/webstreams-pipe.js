// bench: metric=ops+wall
//
// ReadableStream -> TransformStream (upper-casing, as a parser would) ->
// WritableStream with pipeThrough/pipeTo: the per-chunk cost of the
// pipe loop, the transform and the sink. One op is one chunk through all
// three. The chunk count and total length are checked.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 100000;
async function main() {
  let produced = 0;
  const rs = new ReadableStream({
    pull(c) {
      for (let i = 0; i < 8 && produced < N; i++, produced++) c.enqueue('chunk-' + (produced & 1023));
      if (produced === N) c.close();
    },
  }, { highWaterMark: 8 });
  let count = 0;
  let length = 0;
  const ws = new WritableStream({
    write(chunk) {
      count++;
      length += chunk.length;
    },
  }, { highWaterMark: 8 });
  const ts = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
  });
  const start = now();
  await rs.pipeThrough(ts).pipeTo(ws);
  const ms = now() - start;
  let expected = 0;
  for (let i = 0; i < N; i++) expected += ('chunk-' + (i & 1023)).length;
  if (count !== N || length !== expected) {
    console.error('webstreams-pipe: wrong result', count, length);
    process.exit(1);
  }
  console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
}
main();
