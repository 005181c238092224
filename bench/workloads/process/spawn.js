// bench: metric=spawns+spawns-ignore+spawnsync, runs=10, timeout=120
//
// node:child_process start-up cost per child, sequentially:
//
// - spawns/s: spawn('/bin/true') 500 times, awaiting 'close' each time, with
//   the default stdio (three pipes, so three net.Sockets per child): the
//   path exec/execFile and most programs take.
// - spawns-ignore/s: the same with stdio 'ignore' (no streams): the cost of
//   the process handle and the ChildProcess object alone.
// - spawnsync/s: spawnSync('/bin/true') 500 times.
//
// Every child must exit with code 0, or the workload fails.
'use strict';
const { spawn, spawnSync } = require('child_process');

const N = 500;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

function metric(name, value, unit, better) {
  console.log(JSON.stringify({ metric: name, value, unit, better }));
}

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

function once(options) {
  return new Promise((resolve) => {
    const child = options ? spawn('/bin/true', options) : spawn('/bin/true');
    child.on('error', (err) => fail(`spawn failed: ${err.message}`));
    child.on('close', (code) => {
      if (code !== 0) fail(`child exited with ${code}`);
      resolve();
    });
  });
}

async function run(options) {
  for (let i = 0; i < 20; i++) await once(options);  // warm-up
  const t0 = now();
  for (let i = 0; i < N; i++) await once(options);
  return N / ((now() - t0) / 1000);
}

(async () => {
  metric('spawns', Math.round(await run()), 'spawns/s', 'higher');
  metric('spawns-ignore', Math.round(await run({ stdio: 'ignore' })), 'spawns/s', 'higher');
  const t0 = now();
  for (let i = 0; i < N; i++) {
    const r = spawnSync('/bin/true');
    if (r.status !== 0) fail(`spawnSync child exited with ${r.status}`);
  }
  metric('spawnsync', Math.round(N / ((now() - t0) / 1000)), 'spawns/s', 'higher');
})();
