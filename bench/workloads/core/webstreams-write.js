// bench: metric=ops+wall
//
// writer.write() into a WritableStream with a synchronous sink, awaiting
// writer.ready between writes (the documented back-pressure pattern). One
// op is one write. The count is checked.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 200000;
async function main() {
  let count = 0;
  const ws = new WritableStream({ write() { count++; } }, { highWaterMark: 16 });
  const writer = ws.getWriter();
  const start = now();
  for (let i = 0; i < N; i++) {
    if (writer.desiredSize <= 0) await writer.ready;
    writer.write(i);
  }
  await writer.close();
  const ms = now() - start;
  if (count !== N) {
    console.error('webstreams-write: wrong result', count);
    process.exit(1);
  }
  console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
}
main();
