// The engine's share of net/json-lines: the same 100,000 messages built with
// JSON.stringify and read back with JSON.parse, with no sockets at all. Run
// it under eddy and compare with node's whole net/json-lines run: when this
// alone takes more than half of node's run, 2x node is out of reach.
'use strict';
const N = 100000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const t0 = now();
  const lines = new Array(N);
  for (let i = 0; i < N; i++) {
    lines[i] = JSON.stringify({
      seq: i,
      type: 'quote',
      symbol: i % 3 === 0 ? 'EDDY' : 'NODE',
      bid: 100 + (i % 97) / 8,
      ask: 100.5 + (i % 89) / 8,
      tags: ['live', i % 2 ? 'odd' : 'even'],
      ok: true,
    }) + '\n';
  }
  let sum = 0;
  for (let i = 0; i < N; i++) sum += JSON.parse(lines[i]).seq;
  if (sum !== (N * (N - 1)) / 2) throw new Error('bad sum');
  best = Math.min(best, now() - t0);
}
console.log(`JSON.stringify + JSON.parse of 100,000 messages: ${best.toFixed(0)} ms (best of 5)`);
